/**
 * Saves text or bytes as a file through the browser's download (a Blob URL, so it works offline
 * and from file://; nothing leaves the machine).
 * @example download('a,b\r\n', 'table.csv', 'text/csv')
 */
export function download(content: Blob | string, fileName: string, type = 'text/plain'): void {
  const blob =
    content instanceof Blob ? content : new Blob([content], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
