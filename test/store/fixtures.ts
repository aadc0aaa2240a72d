import { createHash } from 'node:crypto';
import type { EventPlace, ReportAnalysis } from '../../src/model/analysis.js';
import type { Annotation, CasualtyAnnotation } from '../../src/model/annotation.js';
import type { IncidentClaim } from '../../src/model/incident.js';
import type { Report } from '../../src/model/report.js';
import type { Span } from '../../src/model/span.js';

/** The span of the `nth` occurrence of `phrase` in `text`; throws when it is missing (a broken fixture). */
export function spanOf(text: string, phrase: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`fixture: "${phrase}" not found in the text`);
  return { start, end: start + phrase.length };
}

/** A report with the given text and plain metadata. */
export function reportOf(id: string, title: string | null, text: string): Report {
  return {
    id,
    source: `fixtures/${id}.txt`,
    url: null,
    outlet: null,
    title,
    published: null,
    publishedOrigin: null,
    language: null,
    format: 'text',
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    sections: [],
    entry: null,
    raw: text,
    sourceMap: [],
  };
}

/** The smallest analysis of a text: no annotations, no claims, an undated event of unknown type. */
export function bareAnalysis(id: string, title: string | null, text: string): ReportAnalysis {
  return {
    doc: { report: reportOf(id, title, text), text, language: 'en', annotations: [], messages: [] },
    event: { date: null, dateEvidence: null, type: 'unknown', anchor: null, places: [], actors: [] },
    claims: [],
    pipeline: 'pipeline-test',
  };
}

// Flags are astral characters (two UTF-16 units each), so offsets here differ from SQL character counts.
export const SOTK_TEXT =
  "SOTK, Sept. 27 🇦🇲 — Armenia's Defence Ministry said on Sunday that four soldiers were killed in shelling near Sotk. " +
  'At least 13 civilians were wounded in Ağdam, Azerbaijani officials said.';

/** A report analysis holding one annotation of every kind, every optional field set, and two claims. */
export function sotkAnalysis(id = 'report-sotk', text = SOTK_TEXT): ReportAnalysis {
  const at = (phrase: string, nth = 0) => spanOf(text, phrase, nth);
  const first = { start: 0, end: text.indexOf('Sotk.') + 'Sotk.'.length };
  const second = { start: text.indexOf('At least'), end: text.length };
  const sotk: EventPlace = { placeId: 'gaz:sotk', name: 'Sotk', placeType: 'village', country: 'ARM', lat: 40.2204, lon: 45.9352, mention: at('Sotk', 0) };
  const killed: CasualtyAnnotation = {
    kind: 'casualty', ...at('four soldiers were killed'), by: 'casualties.v1', side: 'ARM', status: 'killed', group: 'soldiers',
    min: 4, max: 4, claimant: { code: 'ARM', span: at("Armenia's Defence Ministry") }, date: { value: '2020-09-27', precision: 'day' },
    evidence: first, sentence: 0,
  };
  const wounded: CasualtyAnnotation = {
    kind: 'casualty', ...at('At least 13 civilians were wounded'), by: 'casualties.v1', side: 'AZE', status: 'wounded', group: 'civilians',
    min: 13, max: null, claimant: null, date: null, evidence: second, sentence: 1,
  };
  const annotations: Annotation[] = [
    { kind: 'sentence', ...first, by: 'sentences.v1', index: 0, paragraph: 0, section: 0 },
    { kind: 'sentence', ...second, by: 'sentences.v1', index: 1, paragraph: 0, section: null },
    { kind: 'date', ...at('on Sunday'), by: 'dates.v1', date: { value: '2020-09-27', precision: 'day' }, certainty: 'implied', relative: true, role: 'body', until: null },
    { kind: 'date', ...at('Sept. 27'), by: 'dates.v1', date: { value: '2020-09', precision: 'month' }, certainty: 'stated', relative: false, role: 'dateline', until: { value: '2020-10', precision: 'month' } },
    { kind: 'number', ...at('four'), by: 'numbers.v1', value: 4, qualifier: 'exact', min: 4, max: 4, numeral: at('four') },
    { kind: 'number', ...at('At least 13'), by: 'numbers.v1', value: 13, qualifier: 'at-least', min: 13, max: null, numeral: at('13') },
    { kind: 'actor', ...at("Armenia's Defence Ministry"), by: 'entities.v1', code: 'ARM', aliasKind: 'institution' },
    { kind: 'actor', ...at('Azerbaijani'), by: 'entities.v1', code: 'AZE', aliasKind: 'demonym' },
    { kind: 'place', ...sotk.mention, by: 'places.v1', placeId: sotk.placeId, name: 'Sotk', placeType: 'village', country: 'ARM', lat: sotk.lat, lon: sotk.lon },
    { kind: 'place', ...at('Ağdam'), by: 'places.v1', placeId: 'gaz:agdam', name: 'Aghdam', placeType: 'town', country: null, lat: null, lon: null },
    killed,
    wounded,
    { kind: 'event-type', ...at('shelling'), by: 'event-type.v1', label: 'shelling', score: 0.8125 },
  ];
  const report: Report = {
    ...reportOf(id, 'Shelling near Sotk kills four', text),
    url: 'https://example.org/news/sotk',
    outlet: 'Example News',
    published: { value: '2020-09-27', precision: 'day' },
    publishedOrigin: 'dateline',
    format: 'current-events',
    sections: [{ start: 0, end: text.length, label: 'Update 3 1430 CET', seq: 3, time: '14:30', zone: 'CET' }],
    entry: {
      date: '2020-09-27',
      summary: 'Shelling near Sotk.',
      sources: [{ outlet: 'Example News', url: 'https://example.org/news/sotk' }],
      related: [{ text: 'Earlier clashes.', path: '/news/2020/09/26/clashes.md', date: '2020-09-26', context: ['Armenia', 'Azerbaijan'] }],
    },
    raw: `<p>${text}</p>`,
    sourceMap: [{ start: 0, end: text.length, rawStart: 3, rawEnd: 3 + text.length }],
  };
  return {
    doc: { report, text, language: 'en', annotations, messages: [] },
    event: {
      date: { value: '2020-09-27', precision: 'day' },
      dateEvidence: at('on Sunday'),
      type: 'shelling',
      anchor: first,
      places: [sotk, { ...sotk, placeId: 'gaz:agdam', name: 'Aghdam', placeType: 'town', country: null, lat: null, lon: null, mention: at('Ağdam') }],
      actors: ['ARM', 'AZE'],
    },
    claims: [killed, wounded],
    pipeline: 'pipeline-test',
  };
}

/** The claims of an analysis as an incident holds them. */
export function incidentClaimsOf(analysis: ReportAnalysis): IncidentClaim[] {
  const { doc } = analysis;
  return analysis.claims.map((claim) => ({ ...claim, reportId: doc.report.id, evidenceText: doc.text.slice(claim.evidence.start, claim.evidence.end) }));
}
