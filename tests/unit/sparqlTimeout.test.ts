import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS } from '../../src/data/sparql/client';
import { timeoutFromParam } from '../../src/data/sparql/timeout';

describe('timeoutFromParam', () => {
  it('reads whole seconds', () => {
    expect(timeoutFromParam('45')).toBe(45_000);
    expect(timeoutFromParam(' 3 ')).toBe(3_000);
    expect(timeoutFromParam('2.6')).toBe(3_000);
  });
  it('keeps the default when absent or not a number', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(20_000);
    for (const raw of [null, undefined, '', 'soon', '-5', '1e9', 'Infinity', '0x10'])
      expect(timeoutFromParam(raw)).toBe(DEFAULT_TIMEOUT_MS);
  });
  it('brings values within 1–120 s', () => {
    expect(timeoutFromParam('0')).toBe(1_000);
    expect(timeoutFromParam('121')).toBe(120_000);
    expect(timeoutFromParam('999999999999')).toBe(120_000);
  });
});
