import { describe, expect, it } from 'vitest';
import { completeCases } from '../../../src/lib/engine/complete-cases';

describe('completeCases', () => {
  it('completeCases drops rows with a missing time, event or group, as na.omit', () => {
    const cc = completeCases({
      time: [5, null, 7, 9, 11],
      event: [1, 1, null, 0, 1],
      codes: Int32Array.of(0, 1, 1, -1, 1),
      labels: ['A', 'B'],
    });
    expect(Array.from(cc.time)).toEqual([5, 11]);
    expect(Array.from(cc.event)).toEqual([1, 1]);
    expect(Array.from(cc.group)).toEqual([0, 1]);
    expect(cc.labels).toEqual(['A', 'B']);
  });

  it('completeCases drops groups without rows and renumbers the rest in order', () => {
    const cc = completeCases({
      time: [1, 2, 3],
      event: [1, 0, 1],
      codes: Int32Array.of(2, 0, 2),
      labels: ['A', 'B', 'C'],
    });
    expect(cc.labels).toEqual(['A', 'C']);
    expect(Array.from(cc.group)).toEqual([1, 0, 1]);
  });

  it('completeCases turns a status column into events with eventValue', () => {
    const cc = completeCases({
      time: [1, 2, 3, 4],
      event: [0, 1, 2, 1],
      codes: new Int32Array(4),
      labels: ['All'],
      eventValue: 1,
    });
    expect(Array.from(cc.event)).toEqual([0, 1, 0, 1]);
  });

  it('completeCases counts any event value other than 1 as censored when no eventValue is set', () => {
    const cc = completeCases({
      time: [1, 2],
      event: [2, 1],
      codes: new Int32Array(2),
      labels: ['All'],
    });
    expect(Array.from(cc.event)).toEqual([0, 1]);
  });
});
