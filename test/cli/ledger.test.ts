import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARM_ACCOUNT, AZE_ACCOUNT, LIVE_BLOG, NEXT_DAY, WIRE_BOILERPLATE, WIRE_ORIGINAL } from '../ledger/fixtures.js';
import { run, tempDir } from './run.js';

interface JsonFigure { voice: { name: string; claimant: string | null }; min: number | null; max: number | null; independentSources: number }
interface JsonEntry { side: string; status: string; figures: JsonFigure[]; contested: boolean; explanation: string | null; estimate: { low: number; best: number; high: number } }
interface JsonIncident {
  id: string;
  reports: string[];
  contested: boolean;
  contestedBecause: string | null;
  independentSources: number;
  families: { id: string; reportIds: string[] }[];
  ledger: { entries: JsonEntry[]; history: { versions: unknown[] }[] };
}

describe('cli: ledger, history and stories', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let db: string;
  let incidents: JsonIncident[];
  beforeAll(async () => {
    tmp = await tempDir('ledger');
    const dir = join(tmp.path, 'reports');
    db = join(tmp.path, 'db');
    await mkdir(dir);
    await writeFile(join(dir, 'aze.txt'), AZE_ACCOUNT);
    await writeFile(join(dir, 'arm.txt'), ARM_ACCOUNT);
    await writeFile(join(dir, 'wire-a.txt'), WIRE_ORIGINAL);
    await writeFile(join(dir, 'wire-b.txt'), WIRE_BOILERPLATE);
    await writeFile(join(dir, 'next-day.txt'), NEXT_DAY);
    await writeFile(join(dir, 'live.txt'), LIVE_BLOG);
    const ingest = await run(['ingest', dir, '--db', db, '-q']);
    expect(ingest.code).toBe(0);
    const listed = await run(['incidents', '--json', '--db', db]);
    expect(listed.code).toBe(0);
    incidents = JSON.parse(listed.out) as JsonIncident[];
  });
  afterAll(async () => tmp.dispose());

  const sotk = () => incidents.find((i) => i.reports.length === 4)!;

  it('carries the ledger and wire families in the JSON', () => {
    const incident = sotk();
    expect(incident).toBeDefined();
    expect(incident.families).toHaveLength(3);
    expect(incident.independentSources).toBe(3);
    expect(incident.families.find((f) => f.reportIds.length === 2)).toBeDefined();
    expect(incident.contested).toBe(true);
    expect(incident.contestedBecause).toContain('Armenia killed: Armenia says none; Azerbaijan says 2 soldiers');
    const killed = incident.ledger.entries.find((e) => e.side === 'ARM' && e.status === 'killed')!;
    expect(killed.figures.map((f) => [f.voice.name, f.min])).toEqual([['Armenia', 0], ['Azerbaijan', 2]]);
    // The wire copies and the Azerbaijani account: two independent sources for Azerbaijan's figure.
    expect(killed.figures[1]!.independentSources).toBe(2);
    expect(killed.estimate).toEqual({ low: 0, best: 0, high: 2, basis: 'own-side' });
  });

  it('lists reports, independent sources and a contested marker in the table', async () => {
    const table = await run(['incidents', '--db', db]);
    expect(table.code).toBe(0);
    const [header] = table.out.split('\n');
    expect(header).toMatch(/reports\s+sources\s+figures\s+contested/);
    const row = table.out.split('\n').find((l) => l.startsWith(sotk().id))!;
    expect(row).toMatch(/\s4\s+3\s+\d+\s+CONTESTED\s/);
    expect(table.out).toContain(`contested:\n  ${sotk().id}  Armenia killed: Armenia says none; Azerbaijan says 2 soldiers`);
    const calm = table.out.split('\n').find((l) => l.startsWith(incidents.find((i) => !i.contested)!.id))!;
    expect(calm).not.toContain('CONTESTED');
  });

  it('shows the ledger, and with --history every version of a figure', async () => {
    const live = incidents.find((i) => i.reports.length === 1 && i.ledger.history.some((h) => h.versions.length === 3))!;
    expect(live).toBeDefined();
    const plain = await run(['show', live.id, '--db', db]);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('claims ledger');
    expect(plain.out).toMatch(/Armenia killed: low 49 \/ best 49 \/ high 49 \(own-side\)/);
    expect(plain.out).not.toContain('figure history');
    const history = await run(['show', live.id, '--history', '--db', db]);
    expect(history.out).toContain('Armenia killed, as Armenia says (3 version(s)):');
    expect(history.out).toMatch(/v1 {2}2022-09-13 09:15 \(Update 1 0915 CET\) {2}4 {2}superseded/);
    expect(history.out).toMatch(/v2 {2}2022-09-13 13:00 \(Update 2 1300 CET\) {2}15 {2}superseded/);
    expect(history.out).toMatch(/v3 {2}2022-09-13 18:30 \(Update 3 1830 CET\) {2}49 {2}current/);
    expect(history.out).toContain('“Armenia\'s Defence Ministry said four of its soldiers were killed');
  });

  it('shows a contested incident with both claims', async () => {
    const shown = await run(['show', sotk().id, '--db', db]);
    expect(shown.out.split('\n')[0]).toContain('CONTESTED');
    expect(shown.out).toMatch(/Armenia: none {2}v1 2023-03-14/);
    expect(shown.out).toMatch(/Azerbaijan: 2 {2}v1 2023-03-14 {2}2 source\(s\)/);
    expect(shown.out).toContain("one source: 2 reports (copies of one story, or one outlet's)");
  });

  it('chains the two days of the border crisis into a story', async () => {
    const stories = await run(['stories', '--json', '--db', db]);
    expect(stories.code).toBe(0);
    const parsed = JSON.parse(stories.out) as {
      id: string; start: string; end: string; incidentIds: string[];
      timeline: { date: string; figures: { side: string; status: string }[] }[];
      totals: { side: string; status: string; low: number; best: number; high: number; contested: boolean }[];
    }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.incidentIds).toContain(sotk().id);
    expect([parsed[0]!.start, parsed[0]!.end]).toEqual(['2023-03-14', '2023-03-15']);
    expect(parsed[0]!.timeline.map((e) => e.date)).toEqual(['2023-03-14', '2023-03-15']);
    // Each incident's estimates on the timeline, summed over the story.
    expect(parsed[0]!.timeline[0]!.figures).toContainEqual({ side: 'ARM', status: 'killed', low: 0, best: 0, high: 2, contested: true });
    expect(parsed[0]!.totals).toContainEqual({ side: 'ARM', status: 'killed', low: 0, best: 0, high: 2, contested: true });
    const table = await run(['stories', '--db', db]);
    expect(table.out).toContain(parsed[0]!.id);
    expect(table.out).toMatch(/2023-03-14 +2023-03-15 +2 /);
    expect(table.out).toContain('killed: Armenia 0 (0-2)*');
  });
});
