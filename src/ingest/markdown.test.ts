import { describe, expect, it } from 'vitest';
import type { Report } from '../model/report.js';
import { metaFor } from './build-report.js';
import { inlineRuns } from './markdown-inline.js';
import { readMarkdown } from './markdown.js';

const read = (raw: string): Report => readMarkdown(raw, metaFor('notes.md')).report;

describe('markdown: blocks', () => {
  const raw = [
    '# Clash near *Sotk*',
    '',
    'Two soldiers were **killed** on Friday, according to',
    'the [defence ministry](https://example.org/mod).',
    '',
    '- Three were wounded',
    '- One is missing',
    '',
    '> Officials called it a provocation.',
    '',
    '---',
    '![a map](map.png)',
    '',
    '[mod]: https://example.org/mod',
  ].join('\n');
  const report = read(raw);

  it('strips headings, emphasis, links, list and quote markers, images and reference definitions', () => {
    expect(report.text).toBe(
      'Clash near Sotk\n\n' +
        'Two soldiers were killed on Friday, according to the defence ministry.\n\n' +
        'Three were wounded\nOne is missing\n\n' +
        'Officials called it a provocation.',
    );
    expect(report.format).toBe('markdown');
  });

  it('takes the first level-one heading as the title', () => {
    expect(report.title).toBe('Clash near Sotk');
  });

  it('maps each copied run to the same raw characters', () => {
    for (const seg of report.sourceMap) expect(report.text.slice(seg.start, seg.end)).toBe(raw.slice(seg.rawStart, seg.rawEnd));
    const start = report.text.indexOf('defence ministry');
    const seg = report.sourceMap.find((s) => s.start <= start && start < s.end)!;
    expect(raw.slice(seg.rawStart + (start - seg.start), seg.rawStart + (start - seg.start) + 16)).toBe('defence ministry');
  });

  it('keeps fenced code lines and table cells as text', () => {
    expect(read('```\nline one\nline two\n```\n\n| Side | Killed |\n|---|---|\n| North | 4 |').text).toBe(
      'line one\nline two\n\nSide Killed\nNorth 4',
    );
  });

  it('refuses a document with no text once markup is stripped', () => {
    expect(() => read('![only a picture](a.png)\n\n---\n')).toThrow(/E_INGEST_NO_TEXT/);
  });
});

describe('markdown: inline', () => {
  const strip = (line: string): string => inlineRuns(line, 0, line.length).map(([s, e]) => line.slice(s, e)).join('');

  it.each([
    ['see [the **map**](https://x.org/m) now', 'see the map now'],
    ['a <https://example.org> link', 'a https://example.org link'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['2 * 3 * 4 is arithmetic', '2 * 3 * 4 is arithmetic'],
    ['an \\*escaped\\* star', 'an *escaped* star'],
    ['`code` and ~~struck~~ and _em_', 'code and struck and em'],
    ['a <b>bold</b> tag', 'a bold tag'],
    ['a [reference][1] link', 'a reference link'],
  ])('strips %j', (line, expected) => {
    expect(strip(line)).toBe(expected);
  });
});
