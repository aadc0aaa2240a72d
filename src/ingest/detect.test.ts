import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, refineFormat, sniffFormat } from './detect.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');
const PLAIN = 'Armenia reported casualties on Friday.\nAzerbaijan said three soldiers were wounded.\n';

describe('detect: by name', () => {
  it.each([
    ['a.jsonl', '{"id":"1","text":"x"}', 'jsonl'],
    ['a.html', PLAIN, 'html'],
    ['a.HTM', PLAIN, 'html'],
    ['a.md', '# Title\n\nText.', 'markdown'],
    ['a.md', fixture('current-events.md'), 'current-events'],
    ['https://example.org/news/1.html?ref=rss', PLAIN, 'html'],
  ])('%s is %s', (source, text, expected) => {
    expect(detectFormat(source, text)).toBe(expected);
  });
});

describe('detect: by content', () => {
  it.each([
    ['html', '<!DOCTYPE html>\n<html><body><p>x</p></body></html>'],
    ['current-events', fixture('current-events.md')],
    ['live-blog', fixture('live-blog.txt')],
    ['pdf-text', fixture('pdf-text.txt')],
    ['text', PLAIN],
  ])('sniffs %s in a .txt file', (expected, text) => {
    expect(detectFormat('report.txt', text)).toBe(expected);
  });

  it('sniffs JSONL only when the extension is unknown', () => {
    expect(detectFormat('dump', '{"id":"a","text":"x"}\n')).toBe('jsonl');
    expect(detectFormat('dump.txt', '{"id":"a","text":"x"}\n')).toBe('text');
  });

  it('refines declared formats the same way', () => {
    expect(refineFormat('markdown', fixture('current-events.md'))).toBe('current-events');
    expect(refineFormat('markdown', '# Just markdown')).toBe('markdown');
    expect(refineFormat('text', fixture('pdf-text.txt'))).toBe('pdf-text');
    expect(refineFormat('text', PLAIN)).toBe('text');
    expect(refineFormat('html', PLAIN)).toBe('html');
    expect(sniffFormat(PLAIN)).toBe('text');
  });
});
