import { describe, expect, it } from 'vitest';
import { metaFor, sha256 } from './build-report.js';
import { readText } from './text.js';

describe('text: reader', () => {
  const raw = 'Border clash leaves two soldiers dead\nTwo soldiers were killed on Friday, the ministry said.\n';

  it('keeps the text as written with an identity source map', () => {
    const { report, messages } = readText(raw, metaFor('notes/clash.txt'));
    expect(report.text).toBe(raw);
    expect(report.raw).toBe(raw);
    expect(report.sourceMap).toEqual([{ start: 0, end: raw.length, rawStart: 0, rawEnd: raw.length }]);
    expect(report.format).toBe('text');
    expect(report.source).toBe('notes/clash.txt');
    expect(messages).toEqual([]);
  });

  it('derives the id and content hash from the text', () => {
    const { report } = readText(raw, metaFor('a.txt'));
    expect(report.contentHash).toBe(sha256(raw));
    expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.id).toBe(report.contentHash.slice(0, 16));
  });

  it('takes a short first line without a final period as the title', () => {
    expect(readText(raw, metaFor('a.txt')).report.title).toBe('Border clash leaves two soldiers dead');
  });

  it('takes no title from a first line that is a sentence', () => {
    expect(readText('Two soldiers were killed on Friday.\nMore later.', metaFor('a.txt')).report.title).toBeNull();
  });

  it('prefers the title the input gives', () => {
    const meta = { ...metaFor('a.jsonl:3'), id: 'r1', title: 'Given title' };
    const { report } = readText(raw, meta);
    expect(report.title).toBe('Given title');
    expect(report.id).toBe('r1');
  });

  it('leaves the date and language to later stages', () => {
    const { report } = readText('Published 5 March 2008\nFighting resumed.', metaFor('a.txt'));
    expect(report.published).toBeNull();
    expect(report.publishedOrigin).toBeNull();
    expect(report.language).toBeNull();
  });

  it('takes the URL from a URL source', () => {
    expect(readText(raw, metaFor('https://example.org/news/1')).report.url).toBe('https://example.org/news/1');
  });
});
