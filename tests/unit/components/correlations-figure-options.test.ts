import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CorrelationMatrix from '../../../src/components/CorrelationMatrix.svelte';
import ScatterPlot from '../../../src/components/ScatterPlot.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import type { CorrelationsResult } from '../../../src/lib/engine/types';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { figureFor } from '../../../src/lib/layout/figure-scope';
import { normaliseSvg } from './normalise-svg';

// The correlations view's charts with one non-default option set: greys, large text, a typed title
// (the matrix is the view's first chart and takes it; the scatter plot keeps its own).
const PRINT: FigureOptions = {
  ...DEFAULT_FIGURE,
  palette: { kind: 'grey' },
  font: 'large',
  title: 'Figure 6 (typed title)',
};
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const result = engine.run({ kind: 'correlations' }) as CorrelationsResult;

describe('the correlations view’s charts under the Figure options', () => {
  it('CorrelationMatrix takes the typed title and 14 px text, keeping its red–blue cells, as in its snapshot', async () => {
    const props = {
      title: 'Own title',
      result,
      selected: null,
      simulated: true,
      onselect: () => {},
    };
    const plain = render(CorrelationMatrix, { props }).body;
    const body = render(CorrelationMatrix, {
      props: { ...props, options: figureFor('correlations', PRINT) },
    }).body;
    expect(body).toContain('Figure 6 (typed title)');
    expect(body).not.toContain('Own title');
    expect(body).toContain('font-size="14"');
    const fills = (html: string) => html.match(/fill="#[0-9a-f]{6}"/gi)?.sort();
    expect(fills(body)).toEqual(fills(plain));
    await expect(normaliseSvg(body)).toMatchFileSnapshot(
      '__snapshots__/correlation-matrix-options.html',
    );
  });

  it('ScatterPlot draws black points and 14 px text and keeps its own title, as in its snapshot', async () => {
    const pair = result.pairs.find((p) => p.nCensored > 0) ?? result.pairs[0];
    const body = render(ScatterPlot, {
      props: {
        title: 'Own scatter title',
        statLabel: 'Spearman ρ',
        result,
        pair,
        simulated: true,
        options: figureFor('correlations', PRINT, false),
      },
    }).body;
    expect(body).toContain('Own scatter title');
    expect(body).not.toContain('Figure 6');
    expect(body).toContain('font-size="14"');
    expect(body).toContain('font-size="17"');
    expect(body).not.toMatch(/#0072B2|#D55E00/i);
    expect(body).toContain('fill="#000000"');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/scatter-options.html');
  });
});
