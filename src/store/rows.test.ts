import { describe, expect, it } from 'vitest';
import { batches, groupBy, toPartialDate, toSpan } from './rows.js';

describe('rows: batches', () => {
  it('keeps a batch under 999 bound parameters', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ a: i, b: i, c: i, d: i, e: i, f: i, g: i, h: i }));
    const parts = batches(rows);
    expect(parts.map((part) => part.length)).toEqual([124, 124, 52]);
    expect(parts.flat()).toEqual(rows);
  });

  it('has no batch for no rows', () => {
    expect(batches([])).toEqual([]);
  });
});

describe('rows: column helpers', () => {
  it('groups rows by key, keeping their order', () => {
    const groups = groupBy([{ k: 'b', v: 1 }, { k: 'a', v: 2 }, { k: 'b', v: 3 }], (row) => row.k);
    expect([...groups.entries()]).toEqual([
      ['b', [{ k: 'b', v: 1 }, { k: 'b', v: 3 }]],
      ['a', [{ k: 'a', v: 2 }]],
    ]);
  });

  it('reads a date and a span back from nullable columns', () => {
    expect(toPartialDate('2020-09', 'month')).toEqual({ value: '2020-09', precision: 'month' });
    expect(toPartialDate(null, null)).toBeNull();
    expect(toSpan(3, 7)).toEqual({ start: 3, end: 7 });
    expect(toSpan(null, null)).toBeNull();
  });
});
