import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type StoreCounts } from '../../src/store/index.js';
import { SOTK } from './reports.js';
import { run, tempDir, type Run } from './run.js';

const ascii = (text: string) => Buffer.from(text, 'latin1');

/** The CP1252 report: smart quotes as the single bytes 0x93 and 0x94. */
const CP1252 = Buffer.concat([
  ascii('Shelling in Tavush\n\nYerevan, 14 May 2021\n\nThe governor of Tavush said: '),
  Buffer.from([0x93]),
  ascii('Two civilians were wounded when shells hit the village of Aygepar on Thursday.'),
  Buffer.from([0x94]),
  ascii(' Repair crews reached the village the next morning.\n'),
]);
const CP1252_QUOTE = '\u201CTwo civilians were wounded when shells hit the village of Aygepar on Thursday.\u201D';

const UTF16_TEXT = 'Drone strike in Kalbajar\n\nBaku, 20 August 2020\n\nAzerbaijan\u2019s Defence Ministry said one of its soldiers was wounded on Wednesday in the Kalbajar district.\n';
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_TEXT, 'utf16le')]);

const TRUNCATED_PARAGRAPH = "Berd, 6 June 2021. Armenia's Defence Ministry said one of its soldiers was wounded on Saturday near Berd in Tavush province.";
const TRUNCATED_HTML =
  '<html><head><title>Sniper fire near Berd</title></head><body><article>' +
  `<p>${TRUNCATED_PARAGRAPH} The ministry blamed sniper fire from Azerbaijani positions across the border.</p>` +
  '<p>Officials in Baku said their units had only answered fire and that the';

/** A page whose only words are in its title, a script and a style: no readable text. Hadrut occurs nowhere else. */
const NO_TEXT_HTML =
  '<!doctype html><html><head><title>Hadrut</title><style>p { color: red }</style></head>' +
  '<body><script>var hadrut = 1;</script><div></div></body></html>';

const JSONL_GOOD = [
  { id: 'apr-1', published: '2016-04-02', format: 'text', text: "Armenia's Defence Ministry said 18 of its soldiers were killed on Saturday in fighting along the line of contact." },
  { id: 'apr-2', published: '2016-04-03', format: 'text', text: "Azerbaijan's Defence Ministry said 12 of its servicemen were killed in the fighting on Saturday." },
];
/** Not JSON (no closing brace); Shusha occurs nowhere else. */
const JSONL_BAD_LINE = '{"id": "apr-bad", "text": "Shusha was shelled overnight, officials said."';

/** A 50 MB text file; Lachin occurs nowhere else. */
function hugeText(): string {
  const line = 'Convoys waited for hours at the checkpoint on the Lachin road while officials on both sides traded accusations.\n';
  return line.repeat(Math.ceil((50 * 1000 * 1000) / line.length));
}

async function countsAndSources(db: string): Promise<{ counts: StoreCounts; sources: string[] }> {
  const store = await openStore({ dir: db });
  try {
    return { counts: await store.counts(), sources: (await store.loadAnalyses()).map((a) => a.doc.report.source).sort() };
  } finally {
    await store.close();
  }
}

describe('cli: one batch with bad inputs', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let dir: string;
  let db: string;
  let result: Run;
  const path = (name: string) => join(dir, name);

  beforeAll(async () => {
    tmp = await tempDir('bad-input');
    dir = join(tmp.path, 'batch');
    db = join(tmp.path, 'db');
    await mkdir(dir);
    await writeFile(path('good.txt'), SOTK);
    await writeFile(path('binary.dat'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    await writeFile(path('empty.txt'), '');
    await writeFile(path('huge.txt'), hugeText());
    await writeFile(path('cp1252.txt'), CP1252);
    await writeFile(path('utf16.txt'), UTF16);
    await writeFile(path('truncated.html'), TRUNCATED_HTML);
    await writeFile(path('no-text.html'), NO_TEXT_HTML);
    await writeFile(path('batch.jsonl'), `${JSON.stringify(JSONL_GOOD[0])}\n${JSONL_BAD_LINE}\n${JSON.stringify(JSONL_GOOD[1])}\n`);
    result = await run(['ingest', dir, '--db', db]);
  });
  afterAll(async () => tmp?.dispose());

  it('exits with 1', () => {
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^9 files: 6 reports stored, 0 unchanged, 5 failed;/m);
  });

  it('prints exactly one error line per bad input, naming the file (and line) and the problem', () => {
    const errors = result.errLines.filter((l) => l.startsWith('error:'));
    const expected: [string, RegExp][] = [
      [path('binary.dat'), /binary file \(it contains NUL bytes\)/],
      [path('empty.txt'), /is empty/],
      [path('huge.txt'), /is \d+ bytes, more than the limit of 10485760 bytes/],
      [path('no-text.html'), /has no readable text/],
      [`${path('batch.jsonl')}:2`, /not valid JSON/],
    ];
    expect(errors).toHaveLength(expected.length);
    for (const [input, problem] of expected) {
      const lines = errors.filter((l) => l.startsWith(`error: ${input}:`) || l.startsWith(`error: ${input} `));
      expect(lines, input).toHaveLength(1);
      expect(lines[0]).toMatch(problem);
      expect(lines[0]!.split(input).length - 1, `${input} named once`).toBe(1);
    }
  });

  it('decodes Windows-1252 and UTF-16LE with a warning naming the encoding, and reads a truncated page with a warning', () => {
    const warnings = result.errLines.filter((l) => l.startsWith('warning:'));
    expect(warnings.filter((l) => l.includes(path('cp1252.txt')))).toEqual([expect.stringMatching(/windows-1252/i)]);
    expect(warnings.filter((l) => l.includes(path('utf16.txt')))).toEqual([expect.stringMatching(/UTF-16LE/)]);
    expect(warnings.filter((l) => l.includes(path('truncated.html')))).toEqual([expect.stringMatching(/truncated/)]);
    expect(warnings).toHaveLength(3);
  });

  it('stores the good reports and nothing of the failed inputs', async () => {
    const { counts, sources } = await countsAndSources(db);
    expect(sources).toEqual(
      [path('batch.jsonl:1'), path('batch.jsonl:3'), path('cp1252.txt'), path('good.txt'), path('truncated.html'), path('utf16.txt')].sort(),
    );
    expect(counts.reports).toBe(6);
    for (const word of ['Lachin', 'Shusha', 'Hadrut']) {
      const search = await run(['search', word, '--db', db]);
      expect(search.out.trim(), word).toBe('no match');
    }

    // The same good inputs alone give the same counts: no claim or incident came from a failed input.
    const alone = join(tmp.path, 'alone');
    await mkdir(alone);
    await writeFile(join(alone, 'good.txt'), SOTK);
    await writeFile(join(alone, 'cp1252.txt'), CP1252);
    await writeFile(join(alone, 'utf16.txt'), UTF16);
    await writeFile(join(alone, 'truncated.html'), TRUNCATED_HTML);
    await writeFile(join(alone, 'batch.jsonl'), JSONL_GOOD.map((r) => JSON.stringify(r)).join('\n'));
    const aloneDb = join(tmp.path, 'alone-db');
    expect((await run(['ingest', alone, '--db', aloneDb])).code).toBe(0);
    expect((await countsAndSources(aloneDb)).counts).toEqual(counts);
  });

  it('keeps the decoded text: smart quotes, no byte-order mark, the truncated page up to its cut', async () => {
    const store = await openStore({ dir: db });
    try {
      const bySource = new Map((await store.loadAnalyses()).map((a) => [a.doc.report.source, a.doc.report]));
      expect(bySource.get(path('cp1252.txt'))!.text).toContain(CP1252_QUOTE);
      expect(bySource.get(path('utf16.txt'))!.text).toBe(UTF16_TEXT);
      expect(bySource.get(path('truncated.html'))!.text).toContain(TRUNCATED_PARAGRAPH);
      expect(bySource.get(path('batch.jsonl:3'))!.id).toBe('apr-2');
    } finally {
      await store.close();
    }
  });
});

describe('cli: a path that does not exist', () => {
  it('gets a clear error and exit code 1, and the other inputs are still stored', async () => {
    const tmp = await tempDir('missing');
    try {
      const db = join(tmp.path, 'db');
      const missing = join(tmp.path, 'no-such-report.txt');
      const good = join(tmp.path, 'good.txt');
      await writeFile(good, SOTK);
      const result = await run(['ingest', missing, good, '--db', db]);
      expect(result.code).toBe(1);
      expect(result.errLines.filter((l) => l.startsWith('error:'))).toEqual([`error: ${missing}: no such file, folder or matching glob`]);
      expect((await countsAndSources(db)).sources).toEqual([good]);

      const alone = await run(['ingest', missing, '--db', db]);
      expect(alone.code).toBe(1);
      expect(alone.errLines.filter((l) => l.startsWith('error:'))).toEqual([`error: ${missing}: no such file, folder or matching glob`]);
    } finally {
      await tmp.dispose();
    }
  });
});
