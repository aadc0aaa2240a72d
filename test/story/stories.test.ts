import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/model/incident.js';
import type { EventPlace } from '../../src/model/analysis.js';
import { buildStories, type StoryContext } from '../../src/story/index.js';

/** A small gazetteer: villages and towns inside provinces inside countries. */
const PLACES: Record<string, { parent: string | null; type: string; name: string }> = {
  'p:arm': { parent: null, type: 'country', name: 'Armenia' },
  'p:vayots-dzor': { parent: 'p:arm', type: 'province', name: 'Vayots Dzor' },
  'p:jermuk': { parent: 'p:vayots-dzor', type: 'town', name: 'Jermuk' },
  'p:kechut': { parent: 'p:vayots-dzor', type: 'village', name: 'Kechut' },
  'p:syunik': { parent: 'p:arm', type: 'province', name: 'Syunik' },
  'p:goris': { parent: 'p:syunik', type: 'town', name: 'Goris' },
  'p:gegharkunik': { parent: 'p:arm', type: 'province', name: 'Gegharkunik' },
  'p:sotk': { parent: 'p:gegharkunik', type: 'village', name: 'Sotk' },
  'p:far': { parent: null, type: 'city', name: 'Farland' },
};
const NAMES: Record<string, string> = { ARM: 'Armenia', AZE: 'Azerbaijan', RUS: 'Russia', UKR: 'Ukraine' };
const CTX: StoryContext = { place: (id) => PLACES[id], actorName: (code) => NAMES[code] ?? code };

function place(id: string): EventPlace {
  const p = PLACES[id]!;
  return { placeId: id, name: p.name, placeType: p.type as EventPlace['placeType'], country: null, lat: null, lon: null, mention: { start: 0, end: 1 } };
}

function incident(id: string, date: string | null, places: string[], actors: string[], reports = 1): Incident {
  return {
    id, date: date === null ? null : { value: date, precision: 'day' }, type: 'Armed clash', places: places.map(place), actors,
    reportIds: Array.from({ length: reports }, (_, i) => `${id}-r${i}`), claims: [], summary: `Summary of ${id}.`,
  };
}

const WAR = [
  incident('inc-a', '2022-09-13', ['p:jermuk'], ['ARM', 'AZE'], 3),
  incident('inc-b', '2022-09-13', ['p:goris'], ['ARM', 'AZE']),
  incident('inc-c', '2022-09-14', ['p:sotk', 'p:arm'], ['ARM', 'AZE'], 2),
  incident('inc-d', '2022-09-15', ['p:kechut'], ['AZE']),
];
const LATER = incident('inc-later', '2022-09-30', ['p:jermuk'], ['ARM', 'AZE']);
const ELSEWHERE = incident('inc-elsewhere', '2022-09-14', ['p:far'], ['RUS', 'UKR']);
const UNDATED = incident('inc-undated', null, ['p:jermuk'], ['ARM', 'AZE']);

describe('stories', () => {
  it('chains incidents close in time that share belligerents or a province into one story with a timeline', () => {
    const stories = buildStories([...WAR, LATER, ELSEWHERE, UNDATED], CTX);
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(story!.incidentIds).toEqual(['inc-a', 'inc-b', 'inc-c', 'inc-d']);
    expect([story!.start, story!.end]).toEqual(['2022-09-13', '2022-09-15']);
    expect(story!.timeline.map((e) => [e.date, e.incidentId, e.reports])).toEqual([
      ['2022-09-13', 'inc-a', 3],
      ['2022-09-13', 'inc-b', 1],
      ['2022-09-14', 'inc-c', 2],
      ['2022-09-15', 'inc-d', 1],
    ]);
    expect(story!.title).toBe('Armenia and Azerbaijan: Armed clash around Jermuk, Sotk, 2022-09-13 to 2022-09-15 (4 incidents)');
    expect(story!.id).toMatch(/^story-[0-9a-f]{10}$/);
    // The country is not a shared place: it would chain every incident of a war-torn state.
    expect(story!.places).not.toContain('Armenia');
  });

  it('links through a shared province even without shared belligerents, and not across a long gap', () => {
    const stories = buildStories([WAR[0]!, WAR[3]!, LATER], CTX);
    expect(stories.map((s) => s.incidentIds)).toEqual([['inc-a', 'inc-d']]);
  });

  it('gives the same stories whatever the order of the incidents', () => {
    const all = [...WAR, LATER, ELSEWHERE, UNDATED];
    const reversed = [...all].reverse();
    const mixed = [all[4]!, all[1]!, all[6]!, all[3]!, all[0]!, all[5]!, all[2]!];
    expect(buildStories(reversed, CTX)).toEqual(buildStories(all, CTX));
    expect(buildStories(mixed, CTX)).toEqual(buildStories(all, CTX));
  });

  it('leaves out incidents dated only to a month', () => {
    const month: Incident = { ...incident('inc-month', null, ['p:jermuk'], ['ARM', 'AZE']), date: { value: '2022-09', precision: 'month' } };
    expect(buildStories([WAR[0]!, month], CTX)).toEqual([]);
    expect(buildStories([WAR[0]!, month, WAR[1]!], CTX).map((s) => s.incidentIds)).toEqual([['inc-a', 'inc-b']]);
  });

  it('refuses options that make no sense, naming them', () => {
    expect(() => buildStories([], CTX, { maxGapDays: -1, minSharedActors: 2 })).toThrow(/maxGapDays must be an integer of at least 0, got -1/);
    expect(() => buildStories([], CTX, { maxGapDays: 1.5, minSharedActors: 2 })).toThrow(/maxGapDays/);
    expect(() => buildStories([], CTX, { maxGapDays: 2, minSharedActors: 0 })).toThrow(/minSharedActors must be an integer of at least 1, got 0/);
  });

  it('keeps a story id while the story grows later', () => {
    const [first] = buildStories(WAR.slice(0, 2), CTX);
    const [grown] = buildStories(WAR, CTX);
    expect(grown!.id).toBe(first!.id);
  });
});

describe('story figures', () => {
  it('puts each incident estimate on the timeline and sums them per side and status', async () => {
    const { withFigures } = await import('../../src/story/index.js');
    const [story] = buildStories(WAR, CTX);
    const entry = (side: string, low: number | null, best: number | null, high: number | null, contested = false) => ({
      side, status: 'killed' as const, figures: [], sources: [], independentSources: 1, contested, explanation: null,
      estimate: { low, best, high, basis: best === null ? ('unknown' as const) : ('median' as const) },
    });
    const ledger = (id: string, entries: ReturnType<typeof entry>[]) => [id, { incidentId: id, families: [], entries, history: [], contested: false, explanation: null }] as const;
    const ledgers = new Map([
      ledger('inc-a', [entry('ARM', 4, 4, 6), entry('AZE', null, null, null)]),
      ledger('inc-c', [entry('ARM', 1, 2, 2, true), entry('AZE', 3, 3, 3)]),
    ]);
    const figured = withFigures(story!, ledgers);
    expect(figured.timeline.map((e) => e.figures.length)).toEqual([1, 0, 2, 0]);
    expect(figured.totals).toEqual([
      { side: 'ARM', status: 'killed', low: 5, best: 6, high: 8, contested: true },
      { side: 'AZE', status: 'killed', low: 3, best: 3, high: 3, contested: false },
    ]);
  });
});

describe('stories of stored incidents', () => {
  it('chains with the lexicon\'s places and names and puts the ledgers\' estimates on the timeline', async () => {
    const { storiesOf, storyContext } = await import('../../src/story/index.js');
    const lexicon = {
      place: (id: string) => (PLACES[id] ? { ...PLACES[id]!, id } : undefined),
      actors: new Map(Object.entries(NAMES).map(([code, name]) => [code, { name }])),
    } as unknown as Parameters<typeof storyContext>[0];
    const entry = { side: 'ARM', status: 'killed' as const, figures: [], sources: [], independentSources: 1, contested: false, explanation: null, estimate: { low: 1, best: 2, high: 3, basis: 'median' as const } };
    const ledgers = new Map([['inc-b', { incidentId: 'inc-b', families: [], entries: [entry], history: [], contested: false, explanation: null }]]);
    const [story] = storiesOf(WAR, ledgers, storyContext(lexicon));
    expect(story!.title).toBe(buildStories(WAR, CTX)[0]!.title);
    expect(story!.timeline.map((e) => e.figures.map((f) => f.best))).toEqual([[], [2], [], []]);
    expect(story!.totals).toEqual([{ side: 'ARM', status: 'killed', low: 1, best: 2, high: 3, contested: false }]);
  });
});
