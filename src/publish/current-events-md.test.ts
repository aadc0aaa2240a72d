import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Incident } from '../model/incident.js';
import { entryPath, exportCurrentEvents, renderDay, renderEntry, slugOf } from './current-events-md.js';
import type { EntryPage } from './current-events-md.js';

function incident(id: string, date: string | null, summary: string): Incident {
  return {
    id,
    date: date === null ? null : { value: date, precision: 'day' },
    type: 'Armed clash',
    places: [],
    actors: ['AZE', 'NKR'],
    reportIds: [`r-${id}`],
    claims: [],
    summary,
  };
}

const CLASH = incident(
  'i-2017',
  '2017-02-25',
  'Azerbaijani and Karabakh forces clash overnight on the line of contact; Azerbaijan reports losses, the Karabakh side says it has none.',
);

const PAGE: EntryPage = {
  incident: CLASH,
  sources: [
    { outlet: 'Caucasus Wire', url: 'https://example.org/2017/02/25/clash' },
    { outlet: 'Yerevan Evening', url: 'http://example.am/news/1' },
  ],
  related: [
    { incident: { id: 'i-2016', date: '2016-04-02', summary: 'Heavy fighting breaks out along the line of contact.' }, context: ['Nagorno-Karabakh', 'Azerbaijan'] },
    { incident: { id: 'i-2014', date: '2014-08-01', summary: 'Eight Azerbaijani soldiers are killed near Tartar.' }, context: ['Tartar District'] },
  ],
};

const EXPECTED = `### [2017-02-25](/news/2017/02/25/index.md)

# Azerbaijani and Karabakh forces clash overnight on the line of contact; Azerbaijan reports losses, the Karabakh side says it has none.




### Source:

1. [Caucasus Wire](https://example.org/2017/02/25/clash)
2. [Yerevan Evening](http://example.am/news/1)

### Related:

1. [Heavy fighting breaks out along the line of contact.](/news/2016/04/02/heavy-fighting-breaks-out-along-the-line-of-contact.md) _Context: Nagorno-Karabakh, Azerbaijan_
2. [Eight Azerbaijani soldiers are killed near Tartar.](/news/2014/08/01/eight-azerbaijani-soldiers-are-killed-near-tartar.md) _Context: Tartar District_
`;

describe('current-events-md: renderEntry', () => {
  it('renders the structure of the portal pages exactly', () => {
    expect(renderEntry(PAGE)).toBe(EXPECTED);
  });

  it('puts a details paragraph between the summary and the sources, as seed 002 does', () => {
    const text = renderEntry({ ...PAGE, details: 'Both sides blame\neach other.', related: [] });
    expect(text).toContain('says it has none.\n\nBoth sides blame each other.\n\n\n### Source:\n\n1. [Caucasus Wire]');
    expect(text.endsWith('\n\n### Related:\n')).toBe(true);
  });

  it('escapes brackets in link texts and context names', () => {
    const text = renderEntry({
      ...PAGE,
      sources: [{ outlet: 'The [Daily] Wire', url: 'https://example.org/x' }],
      related: [{ incident: { id: 'r', date: '2016-04-02', summary: 'Talks [resumed] in Vienna.' }, context: ['A_B'] }],
    });
    expect(text).toContain('1. [The \\[Daily\\] Wire](https://example.org/x)');
    expect(text).toContain('1. [Talks \\[resumed\\] in Vienna.](/news/2016/04/02/talks-resumed-in-vienna.md) _Context: A\\_B_');
  });

  it('never links a URL that is not http(s) or site-relative', () => {
    const text = renderEntry({
      ...PAGE,
      incident: { ...CLASH, summary: 'See [this](javascript:alert(1)) and <javascript:alert(2)>.' },
      sources: [
        { outlet: 'Evil', url: 'javascript:alert(3)' },
        { outlet: 'Relative', url: '/news/2017/02/25/index.md' },
        { outlet: 'Protocol-relative', url: '//evil.example/x' },
      ],
    });
    expect(text).toContain('# See \\[this\\](javascript:alert(1)) and \\<javascript:alert(2)\\>.\n');
    expect(text).toContain('1. Evil\n2. [Relative](/news/2017/02/25/index.md)\n3. Protocol-relative\n');
    expect(text).not.toMatch(/(?<!\\)\]\((?!https?:|\/[^/])/);
  });

  it('lists an undated incident under news/undated', () => {
    const text = renderEntry({ ...PAGE, incident: { ...CLASH, date: null }, related: [{ incident: { id: 'u', date: null, summary: 'Undated talks.' }, context: [] }] });
    expect(text.startsWith('### [Undated](/news/undated/index.md)\n')).toBe(true);
    expect(text).toContain('1. [Undated talks.](/news/undated/undated-talks.md)\n');
  });
});

describe('current-events-md: renderDay', () => {
  it('separates the entries with a blank line and ---', () => {
    const other: EntryPage = { incident: incident('i-b', '2017-02-25', 'Armenia reports fire near Baghanis.'), sources: [], related: [] };
    expect(renderDay('2017-02-25', [PAGE, other])).toBe(`${EXPECTED}\n---\n\n${renderEntry(other)}`);
  });

  it('refuses an entry of another day', () => {
    const other: EntryPage = { incident: incident('i-c', '2017-02-26', 'Next day.'), sources: [], related: [] };
    expect(() => renderDay('2017-02-25', [other])).toThrow(/this is a bug/);
  });
});

describe('current-events-md: exportCurrentEvents', () => {
  let outDir = '';
  afterEach(async () => {
    if (outDir !== '') await rm(outDir, { recursive: true, force: true });
  });

  it('writes a day index and one page per entry, zero-padded, with no temporary files left', async () => {
    outDir = await mkdtemp(join(tmpdir(), 'dateline-ce-'));
    const sameDay: EntryPage = { incident: incident('i-b', '2017-02-25', 'Armenia reports fire near Baghanis.'), sources: [], related: [] };
    const early: EntryPage = { incident: incident('i-2010', '2010-9-1', 'A clash near Chayli.'), sources: [], related: [] };
    const undated: EntryPage = { incident: incident('i-u', null, 'A clash of unknown date.'), sources: [], related: [] };
    const written = await exportCurrentEvents([PAGE, sameDay, early, undated], outDir);
    expect(written.map((path) => relative(outDir, path).split('\\').join('/'))).toEqual([
      'news/2010/09/01/a-clash-near-chayli.md',
      'news/2010/09/01/index.md',
      'news/2017/02/25/armenia-reports-fire-near-baghanis.md',
      `news/2017/02/25/${slugOf(CLASH.summary)}.md`,
      'news/2017/02/25/index.md',
      'news/undated/a-clash-of-unknown-date.md',
      'news/undated/index.md',
    ]);
    expect(await readFile(join(outDir, entryPath('2017-02-25', CLASH.summary)), 'utf8')).toBe(EXPECTED);
    expect(await readFile(join(outDir, 'news/2017/02/25/index.md'), 'utf8')).toBe(renderDay('2017-02-25', [PAGE, sameDay]));
    expect(await readdir(join(outDir, 'news/2017/02/25'))).toHaveLength(3);
  });

  it('gives a second entry with the same summary on the same day its own file', async () => {
    outDir = await mkdtemp(join(tmpdir(), 'dateline-ce-'));
    const twin: EntryPage = { ...PAGE, incident: { ...CLASH, id: 'i-twin' } };
    const written = await exportCurrentEvents([PAGE, twin], outDir);
    const slug = slugOf(CLASH.summary);
    expect(written.map((path) => relative(outDir, path).split('\\').join('/'))).toEqual([
      `news/2017/02/25/${slug}-2.md`,
      `news/2017/02/25/${slug}.md`,
      'news/2017/02/25/index.md',
    ]);
  });
});
