import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import KmChart from '../../../src/components/km/KmChart.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import { survivalCaption } from '../../../src/lib/export/captions';
import { embedSnippet, embedUrl, fullUrl } from '../../../src/lib/export/embed-snippet';
import { fileBase } from '../../../src/lib/export/file-base';
import { crc32, withDpi } from '../../../src/lib/export/png-dpi';
import { standaloneSvg } from '../../../src/lib/export/standalone-svg';
import { curveStepRows, survivalTableRows } from '../../../src/lib/export/survival-csv';
import { formatMedian } from '../../../src/lib/layout/format';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const request = { endpoint: 'pfs', stratifier: 'triple_refractory' } as const;
const result = engine.run({ kind: 'survival', ...request });
const hazards = engine.run({ kind: 'hazards', ...request });
const DATASET = 'Simulated BCMA CAR-T cohort (n = 56) — not the study’s patients';

describe('standaloneSvg', () => {
  const { body } = render(KmChart, {
    props: {
      title: result.title,
      curves: result.groups,
      showBands: true,
      showEvents: true,
      simulated: true,
      testLabel: 'Log-rank p = 0.027',
    },
  });
  const markup = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);
  const svg = standaloneSvg(markup, survivalCaption(result, hazards, DATASET));

  it('standaloneSvg keeps title, legend, at-risk table, test and the simulated mark inside the file', () => {
    expect(svg).toContain(result.title);
    expect(svg).toContain('Number at risk');
    expect(svg).toContain('(n = 47, 25 events)');
    expect(svg).toContain('Log-rank p = 0.027');
    expect(svg).toContain("Simulated data — not the study's patients");
  });

  it('standaloneSvg adds the method caption with n used / N and the dataset', () => {
    expect(svg).toContain(`n used ${result.nUsed} of ${result.nTotal}.`);
    expect(svg).toContain('Methods: Kaplan–Meier');
    expect(svg).toContain('Dataset: Simulated BCMA CAR-T cohort');
  });

  it('standaloneSvg depends on no stylesheet: no class attributes, fonts named with fallbacks', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).not.toMatch(/\sclass="/);
    expect(svg).toMatch(/<svg[^>]*font-family="system-ui, [^"]*sans-serif"/);
    expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('standaloneSvg grows the figure by the caption and keeps width and viewBox in step', () => {
    const [, w, h] = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(svg).toContain(`viewBox="0 0 ${w} ${h}"`);
    expect(Number(h)).toBeGreaterThan(Number(/height="(\d+)"/.exec(markup)![1]));
  });
});

describe('survival CSV', () => {
  it('survivalTableRows has one row per group with the numbers the screen shows', () => {
    const rows = survivalTableRows(result, hazards, DATASET);
    expect(rows).toHaveLength(1 + result.groups.length);
    const header = rows[0] as string[];
    const median = (r: number) => rows[r][header.indexOf('median_months')];
    result.groups.forEach((g, k) => expect(median(k + 1)).toBe(g.median));
    expect(rows[2][header.indexOf('hr')]).toBe(hazards.ratios[1]?.hr);
    expect(rows[1][header.indexOf('group')]).toContain('(reference)');
    expect(rows.slice(1).every((r) => r[0] === DATASET)).toBe(true);
    expect(formatMedian(result.groups[0].median)).not.toBe('');
  });

  it('curveStepRows lists every Kaplan–Meier step of every group', () => {
    const rows = curveStepRows(result, DATASET);
    expect(rows.length - 1).toBe(result.groups.reduce((n, g) => n + g.steps.length, 0));
  });
});

describe('embed and file names', () => {
  it('embedSnippet gives an 800 × 600 iframe of the current view in embed mode', () => {
    const snippet = embedSnippet('https://x.org/app/?by=triple_refractory#top', 'PFS by "x"');
    expect(snippet).toContain('src="https://x.org/app/?by=triple_refractory&amp;embed=1"');
    expect(snippet).toContain('width="800" height="600"');
    expect(snippet).toContain('title="CAR-T Outcomes Explorer: PFS by &quot;x&quot;"');
    expect(embedUrl('https://x.org/?embed=1')).toBe('https://x.org/?embed=1');
    expect(fullUrl('https://x.org/?by=a&embed=1')).toBe('https://x.org/?by=a');
  });

  it('fileBase names a simulated export as simulated', () => {
    expect(fileBase('PFS by CAR-T persistence ≥ 6 months — landmark at month 6', true)).toBe(
      'pfs-by-car-t-persistence-ge-6-months-landmark-at-month-6-simulated-data',
    );
    expect(fileBase('OS', false)).toBe('os');
  });
});

describe('withDpi', () => {
  // A 1 × 1 white PNG (IHDR, IDAT, IEND).
  const PNG = Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
      'base64',
    ),
  );

  it('withDpi adds a pHYs chunk of 300 dpi after IHDR with a valid CRC', () => {
    const out = withDpi(PNG, 300);
    expect(out.length).toBe(PNG.length + 21);
    const at = 8 + 25; // signature + IHDR chunk
    expect(String.fromCharCode(...out.subarray(at + 4, at + 8))).toBe('pHYs');
    const view = new DataView(out.buffer, out.byteOffset);
    expect(view.getUint32(at + 8)).toBe(11811); // 300 / 0.0254
    expect(out[at + 16]).toBe(1);
    expect(view.getUint32(at + 17)).toBe(crc32(out.subarray(at + 4, at + 17)));
  });

  it('withDpi replaces an existing pHYs chunk instead of adding a second', () => {
    const twice = withDpi(withDpi(PNG, 72), 300);
    expect(twice.length).toBe(PNG.length + 21);
  });

  it('crc32 matches the check value of the standard', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
