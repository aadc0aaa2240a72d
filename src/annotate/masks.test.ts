import { describe, expect, it } from 'vitest';
import { createDocument } from '../model/document.js';
import { findMaskedSpans, isMasked, maskedSpansOf } from './masks.js';
import { reportOf } from './test-helpers.js';

function masked(text: string): string[] {
  return findMaskedSpans(text).map((s) => text.slice(s.start, s.end));
}

describe('masks: non-prose spans', () => {
  it('finds URLs, link targets, handles, hashtags, e-mail addresses and file names', () => {
    expect(masked('See https://a.example/x?y=1, www.b.example/z and rferl.org/a/28331782.html now.')).toEqual([
      'https://a.example/x?y=1,',
      'www.b.example/z',
      'rferl.org/a/28331782.html',
    ]);
    expect(masked('[BBC](http://bbc.example/news/1) by @army_press #Tavush2020 mail press@mod.example img 53305.jpeg')).toEqual([
      '](http://bbc.example/news/1)',
      '@army_press',
      '#Tavush2020',
      'press@mod.example',
      '53305.jpeg',
    ]);
    expect(masked('Army #Sotk pic.twitter.com/uEjXBzbpnT')).toEqual(['#Sotk', 'pic.twitter.com/uEjXBzbpnT']);
  });

  it('follows a URL over a stray space left by extraction', () => {
    expect(masked('http://news.example.uk/go/1/hi/world/e urope/7278871.stm\n2008')).toEqual(['http://news.example.uk/go/1/hi/world/e urope/7278871.stm']);
  });

  it('leaves prose, decimals and abbreviations alone', () => {
    expect(masked('The U.S. gave 1.5 million, e.g. in St. Petersburg. Trend.Az said so.')).toEqual([]);
  });

  it('tells whether a span overlaps a mask', () => {
    const spans = [{ start: 5, end: 10 }, { start: 20, end: 25 }];
    expect([isMasked(spans, 0, 5), isMasked(spans, 4, 6), isMasked(spans, 10, 20), isMasked(spans, 24, 30)]).toEqual([false, true, false, true]);
  });
});

describe('masks: the trigger search', () => {
  const MASK = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s<>"'”\])]+(?: [a-z]{1,8}\/[^\s<>"']*)?|\]\([^)\s]*\)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{2,}|(?<![\w#&])#[\p{L}\p{N}_]+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|az|am|ru|ge|ir|uk|info|news|eu|gov|edu|tr|de|fr|it|es|nl|ee|is)\/[^\s<>"']*|[\w-]+\.(?:jpe?g|png|gif|webp|svg|html?|php|aspx?|pdf|mp4|md|stm)\b/giu;

  /** The masks found token by token, testing every token for a trigger (the way the scan worked before). */
  function byEveryToken(text: string): { start: number; end: number }[] {
    const spans: { start: number; end: number }[] = [];
    let covered = 0;
    for (const token of text.matchAll(/\S+/g)) {
      const tokenEnd = token.index + token[0].length;
      if (tokenEnd <= covered || !/[/@#]|\.[a-z]{2}/i.test(token[0])) continue;
      const from = Math.max(token.index, covered);
      for (const m of text.slice(from, tokenEnd + 80).matchAll(MASK)) {
        if (from + m.index >= tokenEnd) break;
        spans.push({ start: from + m.index, end: from + m.index + m[0].length });
        covered = from + m.index + m[0].length;
      }
    }
    return spans;
  }

  it('finds the masks a test of every token finds', () => {
    const texts = [
      'See https://a.example/x?y=1, www.b.example/z and rferl.org/a/28331782.html now.',
      '[BBC](http://bbc.example/news/1) by @army_press #Tavush2020 mail press@mod.example img 53305.jpeg',
      'news.bbc.co.uk/2/hi/world/e urope/7278871.stm and a/b//c @x @yy #h a.b.c.d e.g. i.e. U.S. #1 ##x',
      'Plain prose. No masks here, none at all; 3.5 km and 2.0 and St. Petersburg.',
      'https://t.co/abc https://t.co/abc\u00a0x@y.zz\n\n@@handle #ta#g a@b.cc/d.png',
      '',
    ];
    for (const text of texts) expect(findMaskedSpans(text)).toEqual(byEveryToken(text));
  });
});

describe('masks: one reading per report', () => {
  it('gives a document the spans of its text, read once for every stage of its report', () => {
    const report = reportOf('Read more at www.a.example/x and follow @army_press.');
    const first = maskedSpansOf(createDocument(report));
    expect(first).toEqual(findMaskedSpans(report.text));
    // Another stage's document of the same report gets the same reading, not a new one.
    expect(maskedSpansOf({ ...createDocument(report), annotations: [] })).toBe(first);
    // Another report is read anew.
    expect(maskedSpansOf(createDocument(reportOf('Nothing to mask here.')))).toEqual([]);
  });
});
