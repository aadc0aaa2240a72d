import { describe, expect, it } from 'vitest';
import { findMaskedSpans, isMasked } from './masks.js';

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
