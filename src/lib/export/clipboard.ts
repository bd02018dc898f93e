/**
 * Copies text to the clipboard; false when the browser refuses (no clipboard permission, e.g. an
 * insecure context or an iframe without it), so the caller can show the text to copy by hand.
 * @example await copyText(location.href) // true
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
