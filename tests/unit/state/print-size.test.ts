import { afterEach, describe, expect, it } from 'vitest';
import {
  PRINT_DPI,
  PRINT_MM,
  printSize,
  setPrintSize,
} from '../../../src/lib/state/print-size.svelte';

// The export buttons that read it (figureActions: label "PNG 85 mm", file name, pixel width) are
// checked in the browser: tests/e2e/figure-export-size.spec.ts.
describe('printSize', () => {
  afterEach(() => setPrintSize(null, PRINT_DPI));

  it('printSize is 180 mm at 300 dpi until the Figure panel sets a size', () => {
    expect(printSize()).toEqual({ mm: PRINT_MM, dpi: PRINT_DPI });
    expect([PRINT_MM, PRINT_DPI]).toEqual([180, 300]);
  });

  it('printSize takes the Figure panel’s width and dpi', () => {
    setPrintSize(85, 600);
    expect(printSize()).toEqual({ mm: 85, dpi: 600 });
  });

  it('printSize goes back to 180 mm when the width is "as on screen" again, keeping the dpi', () => {
    setPrintSize(85, 600);
    setPrintSize(null, 600);
    expect(printSize()).toEqual({ mm: 180, dpi: 600 });
  });
});
