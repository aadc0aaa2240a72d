import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput } from './index.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url));

describe('index: readInput', () => {
  it.each([
    ['live-blog.txt', 'live-blog'],
    ['current-events.md', 'current-events'],
    ['pdf-text.txt', 'pdf-text'],
  ])('reads the %s fixture as %s', (name, format) => {
    const [item] = readInput(`fixtures/${name}`, fixture(name));
    expect(item!.ok && item!.report.format).toBe(format);
    expect(item!.ok && item!.report.source).toBe(`fixtures/${name}`);
  });

  it('turns bad input into ok:false items instead of throwing', () => {
    expect(readInput('e.txt', new Uint8Array(0))).toEqual([
      { ok: false, input: 'e.txt', line: null, code: 'E_INGEST_EMPTY', message: '[E_INGEST_EMPTY] e.txt is empty' },
    ]);
    expect(readInput('x.bin', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]))[0]).toMatchObject({ ok: false, code: 'E_INGEST_BINARY' });
    expect(readInput('big.txt', encode('x'.repeat(11)), { maxBytes: 10 })[0]).toMatchObject({ ok: false, code: 'E_INGEST_TOO_LARGE' });
    expect(readInput('huge.txt', new Uint8Array(50 * 1024 * 1024))[0]).toMatchObject({ ok: false, code: 'E_INGEST_TOO_LARGE' });
  });

  it('gives a Windows-1252 file its decoder message', () => {
    const bytes = new Uint8Array([...encode('The caf'), 0xe9, ...encode(' was shelled, officials said '), 0x93, ...encode('today'), 0x94, ...encode('.')]);
    const [item] = readInput('old.txt', bytes);
    expect(item!.ok && item!.report.text).toBe('The caf\u00E9 was shelled, officials said \u201Ctoday\u201D.');
    expect(item!.ok && item!.messages.map((m) => [m.severity, m.code])).toEqual([['warning', 'E_INGEST_ENCODING']]);
  });

  it('reads a JSONL file line by line', () => {
    const bytes = encode('{"id":"a","format":"text","text":"One."}\nnot json\n{"id":"b","format":"text","text":"Two."}\n');
    const items = readInput('bench.jsonl', bytes);
    expect(items.map((item) => (item.ok ? item.report.id : item.line))).toEqual(['a', 2, 'b']);
  });

  it('follows an explicit format', () => {
    const [item] = readInput('page.txt', encode('# Title\n\nSome *text*.'), { format: 'markdown' });
    expect(item!.ok && item!.report.text).toBe('Title\n\nSome text.');
  });

  it('reports a page with no readable text', () => {
    const [item] = readInput('empty.html', encode('<!doctype html><html><body><script>x()</script></body></html>'));
    expect(item).toMatchObject({ ok: false, code: 'E_INGEST_NO_TEXT', line: null });
  });
});
