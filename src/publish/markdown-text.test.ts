import { describe, expect, it } from 'vitest';
import { escapeInline, escapeLine, linkDestination, oneLine } from './markdown-text.js';

describe('markdown-text: escaping', () => {
  it.each([
    ['a [b] c', 'a \\[b\\] c'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['<javascript:alert(1)>', '\\<javascript:alert(1)\\>'],
    ['under_score *star* `code` back\\slash', 'under\\_score \\*star\\* \\`code\\` back\\\\slash'],
  ])('escapes %j inline', (text, expected) => {
    expect(escapeInline(text)).toBe(expected);
  });

  it.each([
    ['# not a heading', '\\# not a heading'],
    ['1994. A ceasefire', '1994\\. A ceasefire'],
    ['- not a list', '\\- not a list'],
    ['> not a quote', '\\> not a quote'],
    ['ends with #', 'ends with \\#'],
    ['two\n\nlines', 'two lines'],
  ])('escapes the line %j', (text, expected) => {
    expect(escapeLine(text)).toBe(expected);
  });

  it('puts white space on one line', () => {
    expect(oneLine('  a\n\tb  ')).toBe('a b');
  });
});

describe('markdown-text: link destinations', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['HTTP://example.org/x', 'HTTP://example.org/x'],
    ['/news/2017/02/25/index.md', '/news/2017/02/25/index.md'],
    ['https://example.org/a b(c)', 'https://example.org/a%20b%28c%29'],
  ])('links %j as %j', (url, expected) => {
    expect(linkDestination(url)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '//evil.example/x', 'www.example.org', 'ftp://example.org/f', 'https://', 'https://a.org/\nx', ''])(
    'refuses to link %j',
    (url) => {
      expect(linkDestination(url)).toBeNull();
    },
  );
});
