import type { EventPlace, ReportAnalysis } from '../model/analysis.js';
import { annotationsOf } from '../model/document.js';
import { addDays, dayDiff } from '../analyze/dates.js';

/** A place a report's event happened at, with its coordinates when the gazetteer knows them. */
export interface FeaturePlace {
  readonly id: string;
  readonly lat: number | null;
  readonly lon: number | null;
}

/**
 * What clustering compares between two reports. Everything here comes from the report alone (no
 * statistics over the collection), so the relation between two reports never changes when a third
 * one arrives: this is what makes the clustering incremental and independent of the order of ingestion.
 */
export interface ClusterFeatures {
  readonly id: string;
  /**
   * The days the report's own event can fall on, `[from, to]` inclusive: the day the text states, or
   * for a report that states none the two days before its publication and that day. Null when the
   * report has no publication date: a day read from such a text may be a background date, and one
   * lent by the other reports of its incident (`refine.ts`) is not its own.
   */
  readonly window: { readonly from: string; readonly to: string } | null;
  readonly type: string;
  /** Villages, towns, cities, districts: where the event happened. */
  readonly places: readonly FeaturePlace[];
  /** Named features (a lake, a border, a line of contact) and provinces: shared by many events. */
  readonly zones: ReadonlySet<string>;
  /** Regions and countries: weak evidence. */
  readonly areas: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  /** Stems of the content words of the title and opening, names of actors and places left out. */
  readonly terms: ReadonlySet<string>;
  /** Counted figures (`killed:5`): the same count in two reports is a sign of the same happening. */
  readonly figures: ReadonlySet<string>;
  /** An analysis, or a retrospective of an event long before publication: never part of an incident. */
  readonly background: boolean;
  /** The report's language: words can only be compared within one. */
  readonly language: string | null;
}

/** Function words of the languages words are compared in (content words carry the resemblance). */
const STOP = new Set(
  ('the a an and or of to in on at for by with from that this is was were are be been has have had it its as said says after over into their ' +
    'his her they he she but not than which who will would about also more most one two three four five six seven eight nine ten there them ' +
    'les des une dans par pour que qui sur avec est ont été selon der die das und den dem des ein eine mit von auf ist sich nach bei ' +
    'los las del con por para una que según het een van zijn op aan als ook dat werd для что это как его при которые было были после также ' +
    'не на по из за от до он она они его её их все').split(' '),
);
const WORD = /[\p{L}][\p{L}\p{M}'’-]{2,}/gu;
/** Words are cut to this many letters, so that inflected forms ('soldiers', 'soldier'; 'погибли', 'погиб') meet. */
const STEM = 6;
/** How much of the text (title and lead) the words are taken from. */
const LEAD_CHARS = 900;
/** How many of the first sentences stating counted figures give the figures clustering compares (a headline and a lead). */
const LEAD_FIGURE_SENTENCES = 2;
/** How many paragraphs (the title one of them) lead figures may come from. */
const LEAD_PARAGRAPHS = 3;
/** A figure this large is a war's toll or a population, not the count of one happening. */
const MAX_FIGURE = 1000;
/** A report whose own event lies more days than this before its publication looks back: a retrospective. */
const RETROSPECTIVE_DAYS = 30;
/** A report that states no day of its event tells of one at most this many days before its publication. */
const UNSTATED_DAYS = 2;

const SPECIFIC = new Set(['village', 'town', 'city', 'district']);
const ZONE = new Set(['feature', 'province']);

/** Stems of the content words of a report's title and opening, names of actors and places excepted. */
function termsOf(a: ReportAnalysis): Set<string> {
  const text = a.doc.text.slice(0, LEAD_CHARS);
  const names = [...annotationsOf(a.doc, 'actor'), ...annotationsOf(a.doc, 'place')].filter((n) => n.start < LEAD_CHARS);
  const terms = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const start = m.index;
    if (names.some((n) => start >= n.start && start < n.end)) continue;
    const w = m[0].replace(/['’]s$/, '');
    if (STOP.has(w)) continue;
    terms.add(w.slice(0, STEM));
  }
  return terms;
}

/**
 * The counted figures a report leads with: those of the first {@link LEAD_FIGURE_SENTENCES} sentences
 * that state one. A figure told further on is mostly background (an earlier attack the report
 * recalls) and would tie the report to that attack's reports.
 */
function figuresOf(a: ReportAnalysis): Set<string> {
  const figures = new Set<string>();
  const counted = a.claims.filter((c) => c.min !== null && c.min >= 2 && c.min < MAX_FIGURE && (c.max === null || c.max === c.min));
  // Within the first paragraphs only: which sentences state figures depends on how repeats merge (by date), a
  // paragraph does not, so a report's figures stay the same once refinement dates it.
  const paragraphOf = new Map(annotationsOf(a.doc, 'sentence').map((s) => [s.index, s.paragraph]));
  const lead = [...new Set(counted.map((c) => c.sentence))].filter((i) => (paragraphOf.get(i) ?? Infinity) < LEAD_PARAGRAPHS).sort((x, y) => x - y).slice(0, LEAD_FIGURE_SENTENCES);
  for (const c of counted) if (lead.includes(c.sentence)) figures.add(`${c.status}:${c.min}`);
  return figures;
}

function windowOf(a: ReportAnalysis): { window: ClusterFeatures['window']; retrospective: boolean } {
  const published = a.doc.report.published?.precision === 'day' ? a.doc.report.published.value : null;
  const date = a.event.date;
  const stated = a.event.dateEvidence !== null && date?.precision === 'day' ? date.value : null;
  if (!published) return { window: null, retrospective: false };
  if (stated) return { window: { from: stated, to: stated }, retrospective: dayDiff(stated, published) > RETROSPECTIVE_DAYS };
  return { window: { from: addDays(published, -UNSTATED_DAYS), to: published }, retrospective: false };
}

/** Extracts the features of one analysed report: a function of that report only. */
export function featuresOf(a: ReportAnalysis): ClusterFeatures {
  const places: FeaturePlace[] = [];
  const zones = new Set<string>();
  const areas = new Set<string>();
  // A place that names a speaker ('Baku said' as a capital, 'officials in Stepanakert') tells who
  // speaks, not where anything happened: weak evidence, like a region.
  const actors = annotationsOf(a.doc, 'actor');
  const speaker = (p: EventPlace) => actors.some((x) => x.start <= p.mention.start && x.end >= p.mention.end
    && (x.aliasKind === 'capital' || x.end - x.start > p.mention.end - p.mention.start));
  for (const p of a.event.places) {
    if (SPECIFIC.has(p.placeType) && !speaker(p)) places.push({ id: p.placeId, lat: p.lat, lon: p.lon });
    else if (ZONE.has(p.placeType)) zones.add(p.placeId);
    else areas.add(p.placeId);
  }
  const { window, retrospective } = windowOf(a);
  return {
    id: a.doc.report.id,
    window,
    type: a.event.type,
    places,
    zones,
    areas,
    actors: new Set(a.event.actors),
    terms: termsOf(a),
    figures: figuresOf(a),
    background: a.event.type === 'Analysis' || retrospective,
    language: a.doc.language,
  };
}
