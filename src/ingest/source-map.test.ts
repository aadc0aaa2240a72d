import { describe, expect, it } from 'vitest';
import { createTextBuilder, toRawSpan } from './source-map.js';

describe('source-map: builder', () => {
  it('maps copied runs and leaves generated text unmapped', () => {
    const raw = 'inter-\nnational border\n\nSecond line';
    const builder = createTextBuilder(raw);
    builder.copy(0, 5);
    builder.copy(7, 22);
    builder.generate('\n\n');
    builder.copy(24, 35);
    const { text, sourceMap } = builder.build();
    expect(text).toBe('international border\n\nSecond line');
    expect(sourceMap).toEqual([
      { start: 0, end: 5, rawStart: 0, rawEnd: 5 },
      { start: 5, end: 20, rawStart: 7, rawEnd: 22 },
      { start: 22, end: 33, rawStart: 24, rawEnd: 35 },
    ]);
    for (const seg of sourceMap) expect(text.slice(seg.start, seg.end)).toBe(raw.slice(seg.rawStart, seg.rawEnd));
  });

  it('merges runs that are contiguous in both text and raw', () => {
    const builder = createTextBuilder('abcdef');
    builder.copy(0, 2);
    builder.copy(2, 4);
    builder.copy(4, 4);
    expect(builder.build().sourceMap).toEqual([{ start: 0, end: 4, rawStart: 0, rawEnd: 4 }]);
    expect(builder.length).toBe(4);
  });

  it('throws on a copy outside the raw text, as a bug', () => {
    expect(() => createTextBuilder('abc').copy(2, 9)).toThrow(/this is a bug/);
  });
});

describe('source-map: toRawSpan', () => {
  const raw = 'Two soldiers were\nkilled. Page 4\nThree more were wounded.';
  const builder = createTextBuilder(raw);
  builder.copy(0, 17);
  builder.generate(' ');
  builder.copy(18, 25);
  builder.generate(' ');
  builder.copy(33, 57);
  const report = builder.build();

  it('maps a span that crosses a generated joint back to the raw text', () => {
    const start = report.text.indexOf('soldiers');
    const end = report.text.indexOf('killed') + 'killed'.length;
    expect(report.text.slice(start, end)).toBe('soldiers were killed');
    const span = toRawSpan(report, { start, end });
    expect(span).toEqual({ start: 4, end: 24 });
    expect(raw.slice(span!.start, span!.end)).toBe('soldiers were\nkilled');
  });

  it('maps a span that ends exactly at the end of a segment', () => {
    const start = report.text.indexOf('Three');
    const span = toRawSpan(report, { start, end: report.text.length });
    expect(raw.slice(span!.start, span!.end)).toBe('Three more were wounded.');
  });

  it('returns null when an end falls in generated text', () => {
    expect(toRawSpan(report, { start: 17, end: 20 })).toBeNull();
    expect(toRawSpan({ sourceMap: [] }, { start: 0, end: 1 })).toBeNull();
  });

  it('maps an empty span inside a segment', () => {
    expect(toRawSpan(report, { start: 3, end: 3 })).toEqual({ start: 3, end: 3 });
  });
});
