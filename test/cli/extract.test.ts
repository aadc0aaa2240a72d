import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KHOJAVEND_PAGE, portalMarkdown, SOTK, SOTK_CLAIM, TOVUZ, TOVUZ_CLAIM } from './reports.js';
import { run, tempDir } from './run.js';

const INPUT = [
  { id: 'r-sotk', url: 'https://yerevan-ledger.example/2023/09/02/sotk', outlet: 'Yerevan Ledger', published: '2023-09-02', title: 'Border fighting near Sotk', format: 'text', text: SOTK },
  { id: 'r-tovuz', url: 'https://baku-courier.example/2020/07/13/tovuz', outlet: 'Baku Courier', published: null, title: null, format: 'text', text: TOVUZ },
  { id: 'r-portal', url: null, outlet: null, published: '2017-02-25', title: null, format: 'markdown', text: portalMarkdown(KHOJAVEND_PAGE) },
];

/** What `.dateline` in the working directory holds (names, sizes, times), or null when it is absent. */
async function dotDateline(): Promise<string[] | null> {
  const dir = join(process.cwd(), '.dateline');
  const entries = await readdir(dir).catch(() => null);
  if (entries === null) return null;
  return Promise.all(entries.sort().map(async (name) => {
    const info = await stat(join(dir, name));
    return `${name} ${info.size} ${info.mtimeMs}`;
  }));
}

describe('cli: extract --jsonl', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let file: string;
  beforeEach(async () => {
    tmp = await tempDir('extract');
    file = join(tmp.path, 'reports.jsonl');
    await writeFile(file, `${INPUT.map((r) => JSON.stringify(r)).join('\n')}\n`);
  });
  afterEach(async () => tmp.dispose());

  it('prints one prediction per input line in the contract shape, every evidence quoted from its input, and writes nothing', async () => {
    const before = await dotDateline();
    const result = await run(['extract', '--jsonl', file]);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');

    const lines = result.out.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(INPUT.length);
    const predictions = lines.map((l) => JSON.parse(l) as Record<string, any>);
    expect(predictions.map((p) => p['id']).sort()).toEqual(INPUT.map((r) => r.id).sort());

    for (const p of predictions) {
      const input = INPUT.find((r) => r.id === p['id'])!;
      expect(Object.keys(p).sort()).toEqual(['casualties', 'cluster', 'event', 'id', 'language', 'published', 'summary']);
      expect(p['published'] === null || /^\d{4}-\d{2}-\d{2}$/.test(p['published'])).toBe(true);
      expect(p['language']).toBe('en');
      expect(Object.keys(p['event']).sort()).toEqual(['actors', 'date', 'locations', 'type']);
      expect(p['event'].date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(typeof p['event'].type).toBe('string');
      expect(p['event'].locations.every((l: unknown) => typeof l === 'string')).toBe(true);
      expect(p['event'].actors.every((a: unknown) => typeof a === 'string' && /^[A-Z]{2,}$/.test(a))).toBe(true);
      expect(typeof p['summary']).toBe('string');
      expect(p['summary'].length).toBeGreaterThan(0);
      expect(typeof p['cluster']).toBe('string');
      expect(p['cluster'].length).toBeGreaterThan(0);
      expect(p['casualties'].length).toBeGreaterThan(0);
      for (const c of p['casualties']) {
        expect(Object.keys(c).sort()).toEqual(['claimant', 'date', 'evidence', 'group', 'max', 'min', 'side', 'status']);
        expect(['killed', 'wounded', 'captured', 'missing', 'displaced', 'casualties']).toContain(c.status);
        expect(['soldiers', 'civilians', 'unspecified']).toContain(c.group);
        expect(c.evidence.length).toBeGreaterThan(0);
        expect(input.text).toContain(c.evidence);
      }
    }

    const byId = new Map(predictions.map((p) => [p['id'], p]));
    expect(byId.get('r-sotk')!['published']).toBe('2023-09-02');
    expect(byId.get('r-sotk')!['event'].date).toBe('2023-09-01');
    expect(byId.get('r-sotk')!['casualties']).toContainEqual(
      { side: 'ARM', status: 'killed', group: 'soldiers', min: 4, max: 4, claimant: 'ARM', date: '2023-09-01', evidence: SOTK_CLAIM },
    );
    // No published date in the input: found in the dateline of the text.
    expect(byId.get('r-tovuz')!['published']).toBe('2020-07-13');
    expect(byId.get('r-tovuz')!['casualties']).toContainEqual(
      { side: 'AZE', status: 'killed', group: 'soldiers', min: 2, max: 2, claimant: 'AZE', date: '2020-07-12', evidence: TOVUZ_CLAIM },
    );
    const portal = byId.get('r-portal')!;
    expect(portal['event'].date).toBe('2017-02-25');
    expect(portal['casualties']).toContainEqual(expect.objectContaining({ side: 'AZE', status: 'killed', min: 5, max: 5, claimant: 'AZE' }));
    // The related entries are other events: none of their words is evidence of this page.
    for (const c of portal['casualties']) expect(c.evidence).not.toContain('Four days of heavy fighting');
    // Three different incidents, three different clusters.
    expect(new Set(predictions.map((p) => p['cluster'])).size).toBe(3);

    expect(await readdir(tmp.path)).toEqual(['reports.jsonl']);
    expect(await dotDateline()).toEqual(before);
  });

  it('names the file when it cannot be read, and names the line of a bad JSONL line', async () => {
    const missing = join(tmp.path, 'nope.jsonl');
    const gone = await run(['extract', '--jsonl', missing]);
    expect(gone.code).toBe(1);
    expect(gone.errLines).toEqual([`error: ${missing}: cannot read (ENOENT)`]);

    await writeFile(file, `${JSON.stringify(INPUT[0])}\nnot json at all\n`);
    const bad = await run(['extract', '--jsonl', file]);
    expect(bad.code).toBe(1);
    expect(bad.errLines).toEqual([expect.stringMatching(new RegExp(`^error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not valid JSON`))]);
    expect(bad.out.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l).id)).toEqual(['r-sotk']);
  });
});
