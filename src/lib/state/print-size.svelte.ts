/** Publication width: 180 mm (a two-column journal figure) at 300 dpi. */
export const PRINT_MM = 180;
export const PRINT_DPI = 300;

/** The publication-size PNG: its width in mm and resolution (default 180 mm at 300 dpi). */
export interface PrintSpec {
  mm: number;
  dpi: number;
}

/**
 * The width and resolution of every chart's "PNG … mm" export: the Figure panel's (its URL keys
 * `wmm` and `dpi`, one set for the whole explorer, as every Figure option). The explorer keeps it
 * in step with the panel (setPrintSize); a chart's export buttons read it when they are made, so
 * they follow it. The survival chart also lays itself out at that size (and at its height); the
 * other charts keep their shape and are scaled to the width.
 */
const current = $state<PrintSpec>({ mm: PRINT_MM, dpi: PRINT_DPI });

export function printSize(): PrintSpec {
  return { mm: current.mm, dpi: current.dpi };
}

/** Sets it from the Figure panel's width (none: 180 mm) and dpi. */
export function setPrintSize(widthMm: number | null, dpi: number): void {
  current.mm = widthMm ?? PRINT_MM;
  current.dpi = dpi;
}
