import type { ReportAnalysis } from '../model/analysis.js';

/** What clustering compares between two reports. */
export interface ClusterFeatures {
  readonly id: string;
  readonly date: string | null;
  readonly type: string;
  /** Specific places (not countries, not whole regions). */
  readonly places: ReadonlySet<string>;
  /** Regions and countries: weak evidence. */
  readonly areas: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  readonly terms: ReadonlyMap<string, number>;
  readonly background: boolean;
  /** The report's language: words can only be compared within one. */
  readonly language: string | null;
}

const STOP = new Set('the a an and or of to in on at for by with from that this is was were are be been has have had it its as said says after over into their his her they he she but not than which who will would about also more most one two three four five six seven eight nine ten'.split(' '));
const WORD = /[\p{L}][\p{L}'’-]{2,}/gu;

/** Content words of a report's title and opening, lower-cased. */
function termsOf(a: ReportAnalysis): Map<string, number> {
  const r = a.doc.report;
  const text = `${r.title ?? ''} ${r.text.slice(0, 900)}`.toLowerCase();
  const terms = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].replace(/['’]s$/, '');
    if (STOP.has(w)) continue;
    terms.set(w, (terms.get(w) ?? 0) + 1);
  }
  return terms;
}

/** Extracts the features of one analysed report. */
export function featuresOf(a: ReportAnalysis): ClusterFeatures {
  const places = new Set<string>();
  const areas = new Set<string>();
  for (const p of a.event.places) (p.placeType === 'country' || p.placeType === 'region' ? areas : places).add(p.placeId);
  const date = a.event.date?.precision === 'day' ? a.event.date.value : null;
  return {
    id: a.doc.report.id,
    date,
    type: a.event.type,
    places,
    areas,
    actors: new Set(a.event.actors),
    terms: termsOf(a),
    background: a.event.type === 'Analysis',
    language: a.doc.language,
  };
}
