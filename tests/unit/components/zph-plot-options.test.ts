import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ZphPlot from '../../../src/components/ZphPlot.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import type { ForestResult } from '../../../src/lib/engine/types';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { ZPH_SMOOTH } from '../../../src/lib/layout/zph-look';
import { normaliseSvg } from './normalise-svg';

// The proportional-hazards residual plot under the forest view's Figure options: one snapshot per
// option group it takes (palette + text size together, as the forest's), plus today's look.
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const forest = engine.run({
  kind: 'forest',
  endpoint: 'pfs',
  factors: ['age_years'],
  mode: 'univariable',
}) as unknown as ForestResult;
const plot = forest.rows[0].phPlot!;
const props = (options: FigureOptions) => ({
  title: 'Age (years)',
  subtitle: 'Proportional hazards · Progression-free survival · univariable model',
  plot,
  simulated: true,
  options,
});

describe('ZphPlot under the Figure options', () => {
  it('keeps its own blue smooth and tinted band under the default options, as in its snapshot', async () => {
    const { body } = render(ZphPlot, { props: props(DEFAULT_FIGURE) });
    expect(body).toContain(`stroke="${ZPH_SMOOTH}"`);
    expect(body).toContain('fill-opacity="0.12"');
    expect(body).not.toContain('zph-band-edge');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/zph-plot.html');
  });

  it('draws greys with large text: black smooth, dashed band edges, 14 px text, its own title, as in its snapshot', async () => {
    const options = {
      ...DEFAULT_FIGURE,
      palette: { kind: 'grey' },
      font: 'large',
      title: 'Figure 3 (typed title)',
    } as const;
    const { body } = render(ZphPlot, { props: props(options) });
    expect(body).toContain('font-size="14"');
    expect(body).toContain('font-size="17"');
    expect(body).toMatch(
      /data-testid="zph-smooth"[^>]*stroke="#000000"|stroke="#000000"[^>]*data-testid="zph-smooth"/,
    );
    expect(body.match(/data-testid="zph-band-edge"/g)).toHaveLength(2);
    expect(body).toContain('stroke-dasharray="4 3"');
    expect(body).not.toContain(ZPH_SMOOTH);
    expect(body).not.toContain('Figure 3 (typed title)');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/zph-plot-options.html');
  });

  it('gives a custom palette’s first colour to the smooth and its band, as in its snapshot', async () => {
    const options: FigureOptions = {
      ...DEFAULT_FIGURE,
      palette: { kind: 'custom', colors: ['#aa0000', '#00aa00'] },
      font: 'small',
    };
    const { body } = render(ZphPlot, { props: props(options) });
    expect(body).toMatch(/fill="#aa0000" fill-opacity="0.12"/);
    expect(body).toContain('stroke="#00aa00"');
    expect(body).toContain('font-size="10"');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/zph-plot-custom.html');
  });
});
