/**
 * Average advance width of a glyph, in ems, for the system sans-serif fonts the charts name
 * (measured on DejaVu Sans and Arial mixed text, digits and spaces): enough to lay text out
 * without a DOM, so layouts stay pure and run in the worker, in Node and in tests.
 */
const EM = 0.56;

/** Approximate width in pixels of a text at a font size. @example textWidth('n = 12', 12) // ≈ 40 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * EM;
}

/**
 * Greedy word wrap of a text to lines no wider than `maxWidth` (a word longer than a line stays
 * whole on its own line).
 * @example wrapText('Progression-free survival by CAR-T persistence', 150, 15) // two lines
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
