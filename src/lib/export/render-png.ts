import { withDpi } from './png-dpi';

/**
 * A standalone SVG drawn into a PNG `widthPx` wide (height to scale), in the browser: the SVG is
 * loaded as an image from a Blob URL (no network, works offline) and painted on a canvas on
 * white. With `dpi`, the PNG says its resolution (publication size). With `heightPx`, the canvas is
 * that tall (a figure sized in mm: the browser rounds an image's natural size to whole pixels, so
 * the height is not left to scale).
 * @example await renderPng(svgText, 2126, 300) // 180 mm wide at 300 dpi
 */
export async function renderPng(
  svg: string,
  widthPx: number,
  dpi?: number,
  heightPx?: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = widthPx / image.naturalWidth;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = heightPx ?? Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images for export.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The image could not be encoded as PNG.');
    if (dpi === undefined) return blob;
    const bytes = withDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
    return new Blob([bytes as BlobPart], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
