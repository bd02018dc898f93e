/** Known file signatures (magic bytes) of files people pick by mistake, for the error message. */
const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an Excel .xlsx or Word file is one too)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office file (Excel .xls)'],
  [[0x1f, 0x8b], 'a gzip-compressed file'],
  [[0x50, 0x41, 0x52, 0x31], 'a Parquet file'],
  [[0x46, 0x45, 0x41, 0x31], 'a Feather version 1 file (write Feather version 2, which is Arrow)'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
  [[0xff, 0xfe], 'a UTF-16 text file (save the CSV as UTF-8)'],
  [[0xfe, 0xff], 'a UTF-16 text file (save the CSV as UTF-8)'],
];

function hex(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/**
 * What a binary (non-Arrow, non-text) file appears to be, from its first bytes.
 * @example whatBinary(pngBytes) // 'a PNG image'
 */
export function whatBinary(bytes: Uint8Array): string {
  for (const [magic, what] of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return what;
  }
  return `an unknown binary file (it starts with the bytes ${hex(bytes)})`;
}
