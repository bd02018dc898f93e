import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import KmChart from '../../../src/components/km/KmChart.svelte';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { normaliseSvg } from './normalise-svg';

// survival::aml, the two arms (Maintained, Nonmaintained).
const aml = {
  Maintained: {
    time: [9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161],
    status: [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0],
  },
  Nonmaintained: {
    time: [5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45],
    status: [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1],
  },
};
const curves = Object.entries(aml).map(([label, d]) => ({
  label,
  ...kaplanMeier(Float64Array.from(d.time), Uint8Array.from(d.status)),
}));

const draw = (o: Partial<FigureOptions>) =>
  render(KmChart, {
    props: {
      title: 'Overall survival',
      curves,
      showBands: true,
      showEvents: false,
      simulated: true,
      testLabel: 'Log-rank p = 0.065',
      options: { ...DEFAULT_FIGURE, ...o },
    },
  }).body;

describe('KmChart figure options', () => {
  it('time axis in years, ending at 5 years with a tick every year, clips the curves, as in its snapshot', async () => {
    const body = draw({ timeUnit: 'years', xMax: 5, xBy: 1 });
    expect(body).toContain('Years since CAR-T infusion');
    expect(body).toContain('clip-path="url(#km-clip-');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/km-options-time.html');
  });

  it('survival axis as probabilities from 0.5, as in its snapshot', async () => {
    const body = draw({ yScale: 'prob', yMin: 0.5 });
    expect(body).toContain('>0.5<');
    expect(body).not.toContain('50%');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/km-options-survival.html');
  });

  it('censor marks, median lines and the test annotation off, as in its snapshot', async () => {
    const body = draw({ censorMarks: false, medianGuides: false, testAnnotation: false });
    expect(body).not.toContain('censor-mark');
    expect(body).not.toContain('median-guide');
    expect(body).not.toContain('Log-rank');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/km-options-marks.html');
  });

  it('greyscale palette with dash patterns and large text, as in its snapshot', async () => {
    const body = draw({ palette: { kind: 'grey' }, font: 'large' });
    expect(body).not.toContain('#0072B2');
    expect(body).toContain('stroke-dasharray="6 3"');
    expect(body).toContain('font-size="14"');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/km-options-palette.html');
  });

  it('typed titles and the legend at the right, as in its snapshot', async () => {
    const body = draw({
      title: 'Figure 2. OS',
      xLabel: 'Time (months)',
      yLabel: 'OS (%)',
      legend: 'right',
    });
    expect(body).toContain('Figure 2. OS');
    expect(body).toContain('OS (%)');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/km-options-texts.html');
  });

  it('legend none draws no legend items', () => {
    const body = draw({ legend: 'none' });
    expect(body).toMatch(/<g class="legend"[^>]*>(<!--[^>]*-->)*<\/g>/);
  });
});
