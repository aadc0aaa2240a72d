import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type StoreCounts } from '../../src/store/index.js';
import { GANJA, GANJA_CLAIM, SOTK, SOTK_CLAIM, TOVUZ, TOVUZ_CLAIM } from './reports.js';
import { run, tempDir } from './run.js';

interface JsonClaim {
  report: string;
  side: string;
  status: string;
  group: string;
  min: number | null;
  max: number | null;
  claimant: string | null;
  date: string | null;
  evidence: { text: string; start: number; end: number; sentence: number };
}
interface JsonIncident {
  id: string;
  date: string | null;
  reports: string[];
  claims: JsonClaim[];
}

/** Counts and the source of every stored report, read after the CLI closed the store. */
async function storeState(db: string): Promise<{ counts: StoreCounts; sources: Map<string, string> }> {
  const store = await openStore({ dir: db });
  try {
    const sources = new Map((await store.loadAnalyses()).map((a) => [a.doc.report.id, a.doc.report.source]));
    return { counts: await store.counts(), sources };
  } finally {
    await store.close();
  }
}

describe('cli: ingest a folder of reports', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let dir: string;
  let db: string;
  beforeEach(async () => {
    tmp = await tempDir('ingest');
    dir = join(tmp.path, 'reports');
    db = join(tmp.path, 'db');
    await mkdir(dir);
    await writeFile(join(dir, 'sotk.txt'), SOTK);
    await writeFile(join(dir, 'tovuz.txt'), TOVUZ);
    await writeFile(join(dir, 'ganja.md'), GANJA);
  });
  afterEach(async () => tmp.dispose());

  it('stores every report and lists incidents whose evidence is quoted verbatim, with offsets into the file', async () => {
    const ingest = await run(['ingest', dir, '--db', db]);
    expect(ingest.err).not.toMatch(/^(error|warning):/m);
    expect(ingest.code).toBe(0);
    expect(ingest.errLines.filter((l) => l.startsWith('stored: '))).toHaveLength(3);
    expect(ingest.out).toMatch(/^3 files: 3 reports stored, 0 unchanged, 0 failed; \d+ incidents$/m);

    const listed = await run(['incidents', '--json', '--db', db]);
    expect(listed.code).toBe(0);
    const incidents = JSON.parse(listed.out) as JsonIncident[];
    const { counts, sources } = await storeState(db);
    expect(incidents).toHaveLength(counts.incidents);
    expect(new Set(incidents.flatMap((i) => i.reports))).toEqual(new Set(sources.keys()));

    const claims = incidents.flatMap((i) => i.claims);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of claims) {
      const file = await readFile(sources.get(claim.report)!, 'utf8');
      expect(claim.evidence.end).toBeGreaterThan(claim.evidence.start);
      expect(file.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    }
    expect(claims).toContainEqual(expect.objectContaining({
      side: 'ARM', status: 'killed', group: 'soldiers', min: 4, max: 4, claimant: 'ARM', date: '2023-09-01',
      evidence: expect.objectContaining({ text: SOTK_CLAIM, start: SOTK.indexOf(SOTK_CLAIM) }),
    }));
    expect(claims).toContainEqual(expect.objectContaining({
      side: 'AZE', status: 'killed', min: 2, max: 2, claimant: 'AZE', date: '2020-07-12',
      evidence: expect.objectContaining({ text: TOVUZ_CLAIM, start: TOVUZ.indexOf(TOVUZ_CLAIM) }),
    }));
    expect(claims).toContainEqual(expect.objectContaining({
      side: 'AZE', status: 'killed', group: 'civilians', min: 10, max: 10, date: '2020-10-11',
      evidence: expect.objectContaining({ text: GANJA_CLAIM }),
    }));
    const sotk = incidents.find((i) => i.claims.some((c) => c.evidence.text === SOTK_CLAIM))!;
    expect(sotk.date).toBe('2023-09-01');
  });

  it('changes nothing when the same folder is ingested again', async () => {
    expect((await run(['ingest', dir, '--db', db])).code).toBe(0);
    const before = await storeState(db);
    expect(before.counts.reports).toBe(3);

    const again = await run(['ingest', dir, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.errLines.filter((l) => l.startsWith('unchanged: '))).toHaveLength(3);
    expect(again.errLines.filter((l) => l.startsWith('stored: '))).toEqual([]);
    expect(again.out).toMatch(/^3 files: 0 reports stored, 3 unchanged, 0 failed;/m);
    expect(await storeState(db)).toEqual(before);
  });

  it('shows one incident with its figure, claimant and evidence', async () => {
    await run(['ingest', dir, '--db', db]);
    const incidents = JSON.parse((await run(['incidents', '--json', '--db', db])).out) as JsonIncident[];
    const sotk = incidents.find((i) => i.claims.some((c) => c.evidence.text === SOTK_CLAIM))!;

    const shown = await run(['show', sotk.id, '--db', db]);
    expect(shown.code).toBe(0);
    const lines = shown.out.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${sotk.id}  2023-09-01  `));
    const figure = lines.findIndex((l) => /^ {4}ARM killed 4 \(soldiers\) {2}claimant: ARM {2}date: 2023-09-01 {2}\[/.test(l));
    expect(figure).toBeGreaterThan(0);
    expect(lines[figure + 1]).toBe(`      “${SOTK_CLAIM}”`);

    const byPrefix = await run(['show', sotk.id.slice(0, 8), '--db', db]);
    expect(byPrefix.out).toBe(shown.out);
    const unknown = await run(['show', 'inc-nothing-here', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^error: no incident with id inc-nothing-here/);
  });

  it('expands a quoted glob itself', async () => {
    const glob = await run(['ingest', `${dir}/*.txt`, '--db', db]);
    expect(glob.code).toBe(0);
    const { sources } = await storeState(db);
    expect([...sources.values()].sort()).toEqual([join(dir, 'sotk.txt'), join(dir, 'tovuz.txt')]);

    const none = await run(['ingest', `${dir}/*.pdf`, '--db', db]);
    expect(none.code).toBe(1);
    expect(none.errLines).toContain(`error: ${dir}/*.pdf: no such file, folder or matching glob`);
  });
});
