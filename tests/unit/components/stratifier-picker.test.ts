import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import StratifierPicker from '../../../src/components/StratifierPicker.svelte';

const noop = () => undefined;

describe('StratifierPicker', () => {
  it('says the columns are being read while they are, not that no column matches', () => {
    const { body } = render(StratifierPicker, {
      props: { options: [], value: null, onchange: noop, pending: true },
    });
    expect(body).toContain('Reading the columns of this file…');
    expect(body).not.toContain('No column matches');
  });

  it('says no column matches once the columns are known and none is offered', () => {
    const { body } = render(StratifierPicker, {
      props: { options: [], value: null, onchange: noop },
    });
    expect(body).toContain('No column matches');
    expect(body).not.toContain('Reading the columns');
  });
});
