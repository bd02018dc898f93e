/** Normalises server-rendered markup for file snapshots: no hydration comments, fixed decimals. */
export function normaliseSvg(html: string): string {
  return html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\s+class="([^"]*?)\s*svelte-[a-z0-9]+"/g, (_, c: string) =>
      c ? ` class="${c}"` : '',
    )
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<');
}
