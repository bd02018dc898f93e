import { textWidth, wrapText } from '../layout/text-width';

const CAPTION_FONT = 11;
const LINE = 15;
const FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/**
 * A chart's SVG markup made standalone for export: an XML declaration, the SVG namespaces, no
 * class attributes (nothing depends on a stylesheet), fonts named with fallbacks, and the method
 * caption — n used / N, the test, the methods, the dataset — drawn inside the figure below what
 * was there, wrapped to its width. Pure text in, text out, so it runs and is tested in Node.
 * With `widthMm`, the figure says its printed size: width="…mm" and height="…mm" (to scale) over the
 * same viewBox, so layout software places it at that size (see layout/figure-size.ts).
 * @example standaloneSvg('<svg width="300" height="200" viewBox="0 0 300 200">…</svg>', ['n used 56 of 56.'])
 */
export function standaloneSvg(
  markup: string,
  caption: readonly string[],
  widthMm?: number,
): string {
  const open = /<svg\b[^>]*>/.exec(markup);
  if (!open) throw new Error('standaloneSvg: no <svg> element');
  const width = Number(/\swidth="([\d.]+)"/.exec(open[0])?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(open[0])?.[1] ?? 0);
  const lines = captionLines(caption, width);
  const total = height + captionHeight(caption, width);
  const mm = (units: number) => `${Math.round((units * (widthMm ?? 0) * 10) / width) / 10}mm`;
  let tag = open[0]
    .replace(/\sclass="[^"]*"/g, '')
    .replace(/\sheight="[\d.]+"/, ` height="${widthMm ? mm(total) : total}"`)
    .replace(/\sviewBox="[^"]*"/, ` viewBox="0 0 ${width} ${total}"`);
  if (widthMm) tag = tag.replace(/\swidth="[\d.]+"/, ` width="${mm(width)}"`);
  if (!/\sxmlns=/.test(tag)) tag = tag.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  if (!/\sfont-family=/.test(tag)) tag = tag.replace('<svg', `<svg font-family="${FONTS}"`);
  const body = markup
    .slice(open.index + open[0].length, markup.lastIndexOf('</svg>'))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\sclass="[^"]*"/g, '');
  const text = lines
    .map(
      (l, i) =>
        `<text x="0" y="${height + 8 + (i + 1) * LINE - 4}" font-size="${CAPTION_FONT}" fill="#333">${escapeXml(l)}</text>`,
    )
    .join('');
  const background = `<rect x="0" y="0" width="${width}" height="${total}" fill="#ffffff"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag}${background}${body}${text ? `<g>${text}</g>` : ''}</svg>\n`;
}

/**
 * The printed size an exported SVG says (width="…mm" height="…mm"), or null for one in pixels.
 * @example svgSizeMm('<svg width="85mm" height="140mm" …>') // { width: 85, height: 140 }
 */
export function svgSizeMm(svg: string): { width: number; height: number } | null {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const w = /\swidth="([\d.]+)mm"/.exec(open);
  const h = /\sheight="([\d.]+)mm"/.exec(open);
  return w && h ? { width: Number(w[1]), height: Number(h[1]) } : null;
}

function captionLines(caption: readonly string[], width: number): string[] {
  return caption.flatMap((c) => wrapText(c, Math.max(100, width - 4), CAPTION_FONT));
}

/** Height the caption adds under a figure `width` wide (0 for no caption), in its units. */
export function captionHeight(caption: readonly string[], width: number): number {
  const n = captionLines(caption, width).length;
  return n > 0 ? 8 + n * LINE : 0;
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Width of a caption line, for tests and layout checks. */
export function captionWidth(line: string): number {
  return textWidth(line, CAPTION_FONT);
}
