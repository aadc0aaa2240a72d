import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/analyze/ingest-files.js';
import type { Engine } from '../../src/analyze/context.js';
import { buildIncidents } from '../../src/cluster/build.js';
import type { Incident } from '../../src/model/incident.js';
import type { ReportAnalysis } from '../../src/model/analysis.js';
import { openStore } from '../../src/store/index.js';
import { analyzeText, engine } from '../helpers.js';

/** Reports written for this test: `id`, publication date (or none), language, title and text. */
interface Fixture {
  readonly id: string;
  readonly published: string | null;
  readonly language: string;
  readonly title: string;
  readonly text: string;
}

// One clash near Sotk told five ways: two days of coverage, datelines, other figures, another spelling, French, no date.
const SOTK_1: Fixture = { id: 'sotk-1', published: '2023-09-01', language: 'en', title: 'Four Armenian soldiers killed near Sotk',
  text: "YEREVAN, Sept. 1 — Armenia's Defence Ministry said on Friday that four of its soldiers were killed and one wounded when Azerbaijani forces opened fire on its positions near Sotk and Norabak." };
const SOTK_2: Fixture = { id: 'sotk-2', published: '2023-09-02', language: 'en', title: 'Death toll from border fire near Sotq rises',
  text: "Armenia said on Saturday that the toll from Friday's shooting near the village of Sotq had risen to five soldiers killed, and accused Azerbaijan of shelling its positions." };
const SOTK_3: Fixture = { id: 'sotk-3', published: '2023-09-01', language: 'en', title: 'Baku says Armenian drones attacked near Sotk',
  text: "BAKU, Sept. 1 (Test Wire) — Azerbaijan's Defence Ministry said on Friday that Armenian drones attacked its positions near Sotk, wounding three soldiers, and blamed Yerevan for the clash." };
const SOTK_FR: Fixture = { id: 'sotk-fr', published: '2023-09-01', language: 'fr', title: 'Affrontements près de Sotk',
  text: "Le ministère arménien de la Défense a annoncé vendredi que quatre soldats avaient été tués près de Sotk et de Norabak par des tirs azerbaïdjanais." };
const SOTK_UNDATED: Fixture = { id: 'sotk-undated', published: null, language: 'en', title: 'Soldiers killed in fighting near Sotk and Norabak',
  text: 'Four Armenian soldiers were killed in fighting with Azerbaijani forces near the villages of Sotk and Norabak, the Armenian Defence Ministry said, adding that one more soldier was wounded.' };
// The next day, another clash in another district: another incident.
const BERDAVAN: Fixture = { id: 'berdavan', published: '2023-09-02', language: 'en', title: 'Villager wounded in shelling of Berdavan',
  text: "Armenia said on Saturday that Azerbaijani forces shelled the village of Berdavan in Tavush province, wounding two civilians." };
// An explainer looking back: no incident of its own.
const EXPLAINER: Fixture = { id: 'explainer', published: '2023-09-01', language: 'en', title: 'Why the border stays tense',
  text: 'The war that began on September 27, 2020, between Armenia and Azerbaijan left thousands dead. Since the ceasefire signed on November 10, 2020, the border has seen repeated clashes, and talks on a peace treaty have stalled.' };
// Years before and far away: unrelated to everything above.
const GANJA: Fixture = { id: 'ganja', published: '2020-10-17', language: 'en', title: 'Missile strikes Ganja',
  text: 'Azerbaijan said on Saturday that an Armenian missile struck the city of Ganja overnight, killing twelve civilians.' };

const ALL = [SOTK_1, SOTK_2, SOTK_3, SOTK_FR, SOTK_UNDATED, BERDAVAN, EXPLAINER, GANJA];

function analysisOf(f: Fixture): ReportAnalysis {
  return analyzeText(`${f.title}\n\n${f.text}`, f.published, { id: f.id, language: f.language, title: f.title });
}

/** A fixed permutation of `items` from a seed (a small linear congruential generator). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** What must not depend on order or on the way of ingesting: ids, members, date, claims. */
function shape(incidents: readonly Incident[]): unknown[] {
  return [...incidents]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((i) => ({ id: i.id, reports: [...i.reportIds].sort(), date: i.date?.value ?? null, type: i.type, claims: i.claims.map((c) => `${c.reportId} ${c.side} ${c.status} ${c.min} ${c.date?.value ?? '-'}`).sort() }));
}

function members(incidents: readonly Incident[]): string[][] {
  return incidents.map((i) => [...i.reportIds].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** An engine that counts how many reports it analyses. */
function countingEngine(base: Engine): { engine: Engine; runs: () => number } {
  let runs = 0;
  const [first, ...rest] = base.pipeline.stages;
  const counted = { ...first!, run: (...args: Parameters<typeof first.run>) => (runs++, first!.run(...args)) };
  return { engine: { ...base, pipeline: { ...base.pipeline, stages: [counted, ...rest] } }, runs: () => runs };
}

describe('cluster: one incident per happening, whatever the order', () => {
  const analyses = ALL.map(analysisOf);

  it('groups one clash told by several outlets, keeps the next day\'s clash elsewhere and the explainer apart', () => {
    expect(members(buildIncidents(analyses, engine().lexicon))).toEqual([
      ['berdavan'], ['explainer'], ['ganja'], ['sotk-1', 'sotk-2', 'sotk-3', 'sotk-fr', 'sotk-undated'],
    ]);
  });

  it('breaks a tie by report id, not by order: an undated report as close to two incidents joins the same one', () => {
    // The same story dated a year apart: two incidents; the undated copy resembles both alike.
    const twins = [
      analysisOf({ ...GANJA, id: 'ganja-a' }),
      analysisOf({ ...GANJA, id: 'ganja-b', published: '2021-10-17' }),
      analysisOf({ ...GANJA, id: 'ganja-c', published: null }),
    ];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      expect(members(buildIncidents(shuffled(twins, seed), engine().lexicon))).toEqual([['ganja-a', 'ganja-c'], ['ganja-b']]);
    }
  });

  it('gives the same incidents for every order of the reports', () => {
    const expected = shape(buildIncidents(analyses, engine().lexicon));
    for (const seed of [1, 7, 42, 2024, 99991]) {
      expect(shape(buildIncidents(shuffled(analyses, seed), engine().lexicon))).toEqual(expected);
    }
  });
});

describe('ingest: incremental incidents', () => {
  let dir: string;
  const file = (f: Fixture) => join(dir, `${f.id}.jsonl`);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dateline-incremental-'));
    for (const f of ALL) await writeFile(file(f), `${JSON.stringify({ id: f.id, url: null, outlet: 'Test Wire', published: f.published, title: f.title, language: f.language, text: f.text })}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function ingestInto(batches: readonly (readonly Fixture[])[], e: Engine = engine()): Promise<Incident[]> {
    const store = await openStore({ memory: true });
    try {
      for (const batch of batches) await ingestFiles(batch.map(file), store, e);
      return await store.listIncidents();
    } finally {
      await store.close();
    }
  }

  it('stores the same incidents whatever the order of the files', async () => {
    const expected = shape(await ingestInto([ALL]));
    for (const seed of [3, 11]) expect(shape(await ingestInto([shuffled(ALL, seed)]))).toEqual(expected);
    // One file at a time, in another order: each report updates the incidents on its own.
    expect(shape(await ingestInto(shuffled(ALL, 5).map((f) => [f])))).toEqual(expected);
  });

  it('keeps the incidents an unrelated report cannot join, ids included, and analyses only the new report', async () => {
    const base = ALL.filter((f) => f !== GANJA);
    const store = await openStore({ memory: true });
    try {
      await ingestFiles(base.map(file), store, engine());
      const before = await store.listIncidents();
      const counting = countingEngine(engine());
      await ingestFiles([file(GANJA)], store, counting.engine);
      const after = await store.listIncidents();
      expect(counting.runs()).toBe(1);
      expect(shape(after.filter((i) => !i.reportIds.includes('ganja')))).toEqual(shape(before));
      expect(members(after)).toContainEqual(['ganja']);
      expect(shape(after)).toEqual(shape(await ingestInto([ALL])));
    } finally {
      await store.close();
    }
  });

  it('lets a new report join its incident and gives what ingesting everything at once gives', async () => {
    const base = ALL.filter((f) => f !== SOTK_UNDATED && f !== SOTK_2);
    const store = await openStore({ memory: true });
    try {
      await ingestFiles(base.map(file), store, engine());
      const before = await store.listIncidents();
      await ingestFiles([file(SOTK_UNDATED)], store, engine());
      await ingestFiles([file(SOTK_2)], store, engine());
      const after = await store.listIncidents();
      const sotk = after.find((i) => i.reportIds.includes('sotk-1'))!;
      expect([...sotk.reportIds].sort()).toEqual(['sotk-1', 'sotk-2', 'sotk-3', 'sotk-fr', 'sotk-undated']);
      // The undated report took its incident's date.
      expect(sotk.claims.filter((c) => c.reportId === 'sotk-undated').every((c) => c.date?.value === '2023-09-01')).toBe(true);
      // Incidents the new reports could not join are untouched.
      const others = (list: readonly Incident[]) => list.filter((i) => !i.reportIds.some((id) => id.startsWith('sotk')));
      expect(shape(others(after))).toEqual(shape(others(before)));
      expect(shape(after)).toEqual(shape(await ingestInto([ALL])));
    } finally {
      await store.close();
    }
  });
});
