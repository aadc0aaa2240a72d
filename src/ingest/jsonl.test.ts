import { describe, expect, it } from 'vitest';
import type { Message } from '../model/message.js';
import { readJsonl } from './jsonl.js';
import type { ReadItem } from './types.js';

const line = (record: Record<string, unknown>): string => JSON.stringify(record);
const LIVE_BLOG = 'Fighting on the border\n\nUpdate 2 1200 CET\n\nCalmer now.\n\nUpdate 1 0900 CET\n\nShelling reported.';
const CURRENT_EVENTS = '### [2020-7-14](/news/2020/07/14/index.md)\n\n# Fighting continues near Tovuz for a third day. \n';

function reports(items: ReadItem[]) {
  return items.flatMap((item) => (item.ok ? [item.report] : []));
}

describe('jsonl: lines', () => {
  const content = [
    line({ id: 'r1', url: 'https://example.org/1', outlet: 'Example', published: '2020-07-14', title: 'Clash', format: 'text', text: 'Two soldiers were killed.' }),
    '{"id": "r2", "text": "unterminated',
    line({ id: 'r3', url: null, outlet: null, published: null, title: null, format: 'text', text: 'Three were wounded.\r\nNo more.' }),
  ].join('\n');
  const items = readJsonl('bench/articles.jsonl', content, []);

  it('gives two reports and one error with its line number for a bad line between two good ones', () => {
    expect(items.map((item) => item.ok)).toEqual([true, false, true]);
    const bad = items[1]!;
    expect(bad).toMatchObject({ ok: false, input: 'bench/articles.jsonl', line: 2, code: 'E_INGEST_JSONL' });
    expect(!bad.ok && bad.message).toMatch(/^\[E_INGEST_JSONL\] bench\/articles\.jsonl:2: not valid JSON/);
  });

  it('takes id, metadata and published date (origin input) from the record', () => {
    const [first, third] = reports(items);
    expect(first).toMatchObject({
      id: 'r1',
      source: 'bench/articles.jsonl:1',
      url: 'https://example.org/1',
      outlet: 'Example',
      title: 'Clash',
      published: { value: '2020-07-14', precision: 'day' },
      publishedOrigin: 'input',
      text: 'Two soldiers were killed.',
      raw: 'Two soldiers were killed.',
    });
    expect(third).toMatchObject({ id: 'r3', source: 'bench/articles.jsonl:3', url: null, published: null, publishedOrigin: null });
    expect(third!.text).toBe('Three were wounded.\nNo more.');
  });

  it.each([
    ['no id', line({ text: 'x' }), 'no "id"'],
    ['no text', line({ id: 'a', title: 'x' }), 'no "text" string'],
    ['text not a string', line({ id: 'a', text: 5 }), 'no "text" string'],
    ['an array', '[1, 2]', 'not a JSON object'],
  ])('reports a line with %s', (_, bad, detail) => {
    const [item] = readJsonl('f.jsonl', bad, []);
    expect(item).toMatchObject({ ok: false, line: 1, code: 'E_INGEST_JSONL' });
    expect(!item!.ok && item!.message).toContain(detail);
  });

  it('reports an empty text as E_INGEST_EMPTY with its line, skipping blank lines', () => {
    const items = readJsonl('f.jsonl', `\n${line({ id: 'a', text: '  ' })}\n`, []);
    expect(items).toEqual([expect.objectContaining({ ok: false, line: 2, code: 'E_INGEST_EMPTY' })]);
  });
});

describe('jsonl: formats', () => {
  it('refines markdown with an entry heading to current-events and text with updates to live-blog', () => {
    const items = readJsonl('f.jsonl', [
      line({ id: 'c', format: 'markdown', text: CURRENT_EVENTS }),
      line({ id: 'l', format: 'text', text: LIVE_BLOG }),
    ].join('\n'), []);
    const [events, blog] = reports(items);
    expect(events!.format).toBe('current-events');
    expect(events!.text).toBe('Fighting continues near Tovuz for a third day.');
    expect(events!.published).toEqual({ value: '2020-07-14', precision: 'day' });
    expect(blog!.format).toBe('live-blog');
    expect(blog!.sections.map((s) => s.label)).toEqual(['Update 2 1200 CET', 'Update 1 0900 CET']);
  });

  it('sniffs an unknown format with a warning and ignores a published value that is not a date', () => {
    const [item] = readJsonl('f.jsonl', line({ id: 'x', format: 'rss', published: 'last week', text: 'Shelling was reported.' }), []);
    expect(item!.ok && item!.report.format).toBe('text');
    expect(item!.ok && item!.report.published).toBeNull();
    expect(item!.ok && item!.messages.map((m) => m.code)).toEqual(['E_INGEST_JSONL', 'E_INGEST_FORMAT']);
  });

  it('passes the decoder messages to every report', () => {
    const decoded: Message[] = [{ severity: 'warning', code: 'E_INGEST_ENCODING', reason: 'windows-1252', place: null, origin: 'ingest.decode' }];
    const items = readJsonl('f.jsonl', `${line({ id: 1, text: 'a' })}\n${line({ id: 2, text: 'b' })}`, decoded);
    expect(items.map((item) => item.ok && item.messages)).toEqual([decoded, decoded]);
    expect(reports(items).map((r) => r.id)).toEqual(['1', '2']);
  });
});
