import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import KmChart from '../../../src/components/km/KmChart.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import { captionHeight, standaloneSvg, svgSizeMm } from '../../../src/lib/export/standalone-svg';
import { survivalFigureCaption } from '../../../src/lib/export/captions';
import { DEFAULT_FIGURE } from '../../../src/lib/layout/figure-options';
import { exportFrame, UNITS_PER_MM } from '../../../src/lib/layout/figure-size';
import { hrAnnotation } from '../../../src/lib/layout/hr-annotation';
import { groupNames } from '../../../src/lib/layout/table-units';
import demo from '../../reference/explorer-demo.json';
import { normaliseSvg } from '../components/normalise-svg';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const request = { endpoint: 'pfs', stratifier: 'triple_refractory' } as const;
const result = engine.run({ kind: 'survival', ...request });
const hazards = engine.run({ kind: 'hazards', ...request });
const dataset = { label: 'Simulated BCMA CAR-T cohort (n = 56)' };
// tests/reference/r/explorer.R: coxph(Surv(pfs_months, pfs_event) ~ triple_refractory, ties = "efron").
const rCase = demo.cases.find(
  (c) => c.endpoint === 'pfs' && c.stratifier === 'triple_refractory' && !c.as_published,
)!;

/** The exported SVG of a figure `widthMm` × `heightMm` with the HR annotation, as the page makes it. */
function sized(widthMm: number, heightMm: number | null) {
  const options = {
    ...DEFAULT_FIGURE,
    widthMm,
    heightMm,
    hrAnnotation: true,
    groupLabels: ['Not refractory', 'Refractory'],
  };
  const caption = survivalFigureCaption(result, hazards, dataset.label);
  const frame = exportFrame(
    widthMm,
    heightMm,
    captionHeight(caption, exportFrame(widthMm, null).width),
  );
  const { body } = render(KmChart, {
    props: {
      title: result.title,
      curves: result.groups,
      showBands: true,
      showEvents: false,
      simulated: true,
      testLabel: 'Log-rank p = 0.027',
      options,
      hrLines: hrAnnotation(groupNames(result.groups, options), hazards),
      frame,
    },
  });
  const markup = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);
  return { markup, svg: standaloneSvg(markup, caption, widthMm) };
}

describe('a figure exported at its size in mm', () => {
  it.each([
    [85, 130],
    [120, 130],
    [174, 140],
  ])(
    '%s × %s mm: the SVG says width and height in mm over a viewBox laid out at that size',
    (w, h) => {
      const { svg } = sized(w, h);
      const [, wmm, hmm] = /<svg[^>]*\swidth="([\d.]+)mm" height="([\d.]+)mm"/.exec(svg)!;
      const [, vw, vh] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
      expect(Number(wmm)).toBe(w);
      expect(Number(hmm)).toBe(h); // to the 0.1 mm written
      expect(svgSizeMm(svg)).toEqual({ width: w, height: h });
      expect(Number(vw)).toBe(Math.floor(w * UNITS_PER_MM));
      // One scale for both directions: the aspect of the mm size is the viewBox's.
      expect(Number(hmm) / Number(wmm)).toBeCloseTo(Number(vh) / Number(vw), 3);
    },
  );

  it('the text is 12 units, 8 pt at print, at every width', () => {
    for (const w of [85, 174]) {
      const { svg } = sized(w, null);
      expect(svg).toMatch(/<svg[^>]*font-size="12"/);
      const [, wmm] = /\swidth="([\d.]+)mm"/.exec(svg)!;
      const [, vw] = /viewBox="0 0 ([\d.]+)/.exec(svg)!;
      const ptPerUnit = ((Number(wmm) / 25.4) * 72) / Number(vw);
      expect(12 * ptPerUnit).toBeCloseTo(8, 1);
    }
  });

  it('the HR annotation is in the export with R’s hazard ratio and the reference named', () => {
    const { svg } = sized(174, 130);
    const f = (x: number) => x.toFixed(2);
    expect(svg).toContain(
      `HR ${f(rCase.hr[0]!)} (95% CI ${f(rCase.hr_lower[0]!)}–${f(rCase.hr_upper[0]!)}) vs Not refractory, Cox`,
    );
    expect(svg).toContain('data-testid="km-hr"');
  });

  it('an 85 × 130 mm figure with the HR annotation, as in its snapshot', async () => {
    const { markup } = sized(85, 130);
    await expect(normaliseSvg(markup)).toMatchFileSnapshot(
      '../components/__snapshots__/km-options-size-hr.html',
    );
  });

  it('svgSizeMm is null for a figure in pixels (the on-screen export)', () => {
    expect(svgSizeMm(standaloneSvg(sized(85, null).markup, []))).toBeNull();
  });
});
