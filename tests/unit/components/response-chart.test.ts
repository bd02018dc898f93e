import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ResponseChart from '../../../src/components/response/ResponseChart.svelte';
import { RESPONSE_BANDS } from '../../../src/lib/engine/analyses/response-over-time';
import type { ResponseOverTime } from '../../../src/lib/engine/types';
import { DEFAULT_FIGURE } from '../../../src/lib/layout/figure-options';
import { normaliseSvg } from './normalise-svg';

// A small fixed cohort (two groups of 5 and 3 patients over 6 months), so the snapshot changes only
// when the drawing does — not when the demo cohort is regenerated.
const overTime: ResponseOverTime = {
  months: [1, 2, 3, 4, 5, 6],
  bands: [...RESPONSE_BANDS],
  panels: [
    {
      label: 'Not triple-refractory',
      n: 5,
      //        1  2  3  4  5  6
      counts: [
        [0, 1, 2, 2, 2, 1], // sCR
        [1, 1, 1, 1, 0, 0], // CR
        [2, 1, 0, 0, 0, 0], // VGPR
        [1, 1, 1, 0, 0, 0], // PR
        [0, 0, 0, 0, 0, 0], // MR/SD
        [1, 0, 0, 0, 0, 0], // none yet
        [0, 1, 1, 1, 2, 2], // progressed or died
        [0, 0, 0, 1, 1, 2], // follow-up ended
      ],
      everCr: [1, 2, 3, 3, 3, 3],
    },
    {
      label: 'Triple-refractory',
      n: 3,
      counts: [
        [0, 0, 1, 1, 0, 0],
        [1, 1, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0],
        [1, 0, 0, 0, 0, 0],
        [1, 1, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0],
        [0, 1, 2, 2, 3, 3],
        [0, 0, 0, 0, 0, 0],
      ],
      everCr: [1, 1, 1, 1, 1, 1],
    },
  ],
  rule: 'test',
};

describe('the response chart component', () => {
  it('ResponseChart renders one panel per group with stacked bars, the legend, the CR line and the simulated mark, as in its snapshot', async () => {
    const { body } = render(ResponseChart, {
      props: { title: 'Best response so far, month by month', overTime, simulated: true },
    });
    expect(body.match(/data-testid="response-panel"/g)).toHaveLength(2);
    expect(body).toContain('class="ever-cr"');
    expect(body).toContain('Not triple-refractory (n = 5)');
    expect(body).toContain('<title>Stringent complete response</title>');
    expect(body).toContain("Simulated data — not the study's patients");
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/response-chart.html');
  });

  it('ResponseChart in greys with large text and a typed title draws grey bars, hatched progression and 14 px text, as in its snapshot', async () => {
    const options = {
      ...DEFAULT_FIGURE,
      palette: { kind: 'grey' as const },
      font: 'large' as const,
      title: 'Figure 5 (typed title)',
    };
    const { body } = render(ResponseChart, {
      props: { title: 'Best response so far, month by month', overTime, simulated: true, options },
    });
    expect(body).toContain('Figure 5 (typed title)');
    expect(body).not.toContain('Best response so far');
    expect(body).toContain('font-size="14"');
    expect(body).toContain('font-size="17"');
    expect(body).not.toMatch(/#08306B|#2171B5|#D55E00/i);
    expect(body).toMatch(/<pattern id="response-hatch-/);
    expect(body).toMatch(/fill="url\(#response-hatch-[^"]+\)"/);
    await expect(normaliseSvg(body)).toMatchFileSnapshot(
      '__snapshots__/response-chart-options.html',
    );
  });
});
