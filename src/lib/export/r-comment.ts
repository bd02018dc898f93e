/**
 * Text as R comment lines ("# …"), wrapped at `width` characters, continuation lines indented by
 * `hang` more spaces. All whitespace — line breaks included — becomes one space, so no text from
 * a dataset (a label, a file name) can end the comment and become code.
 * @example rComment('Dataset: demo cohort') // '# Dataset: demo cohort'
 */
export function rComment(text: string, options: { width?: number; hang?: number } = {}): string {
  const { width = 100, hang = 0 } = options;
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '#';
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '#' + ' '.repeat(hang);
    }
    line += ' ' + word;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}
