import { createHash } from 'node:crypto';
import { createDocument } from '../model/document.js';
import type { Document } from '../model/document.js';
import type { SentenceAnnotation } from '../model/annotation.js';
import type { PartialDate, Report } from '../model/report.js';
import type { Span } from '../model/span.js';
import type { StageContext } from '../pipeline/stage.js';
import type { Lexicon } from '../lexicon/types.js';

/** Report fields a test may set; `published` also takes a `YYYY[-MM[-DD]]` string. */
export interface ReportOptions extends Partial<Omit<Report, 'text' | 'published'>> {
  readonly published?: PartialDate | string | null;
}

/** How `docOf` adds sentence annotations: none, one for the whole text, one per non-blank line, or given spans. */
export type SentenceLayout = 'none' | 'whole' | 'lines' | readonly Span[];

/** Options of `docOf`: report fields plus the sentence layout (default `whole`). */
export interface DocOptions extends ReportOptions {
  readonly sentences?: SentenceLayout;
}

function partialFrom(value: PartialDate | string | null | undefined): PartialDate | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return value;
  const parts = value.split('-').length;
  return { value, precision: parts === 3 ? 'day' : parts === 2 ? 'month' : 'year' };
}

/** A minimal, valid Report for `text`, built by hand (no ingest involved). */
export function reportOf(text: string, opts: ReportOptions = {}): Report {
  const published = partialFrom(opts.published);
  return {
    id: opts.id ?? 'test',
    source: opts.source ?? 'test',
    url: opts.url ?? null,
    outlet: opts.outlet ?? null,
    title: opts.title ?? null,
    published,
    publishedOrigin: opts.publishedOrigin ?? (published ? 'metadata' : null),
    language: opts.language ?? null,
    format: opts.format ?? 'text',
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    sections: opts.sections ?? [],
    entry: opts.entry ?? null,
    raw: opts.raw ?? text,
    sourceMap: opts.sourceMap ?? [],
  };
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}

function sentenceSpans(text: string, layout: SentenceLayout): Span[] {
  if (layout === 'none') return [];
  if (layout === 'whole') return [trimmed(text, 0, text.length)].filter((s): s is Span => s !== null);
  if (layout === 'lines') {
    const spans: Span[] = [];
    let start = 0;
    for (const line of text.split('\n')) {
      const span = trimmed(text, start, start + line.length);
      if (span) spans.push(span);
      start += line.length + 1;
    }
    return spans;
  }
  return [...layout];
}

/** A Document for `text` with hand-made sentence annotations (one sentence for the whole text by default). */
export function docOf(text: string, opts: DocOptions = {}): Document {
  const doc = createDocument(reportOf(text, opts));
  const sentences: SentenceAnnotation[] = sentenceSpans(text, opts.sentences ?? 'whole').map((span, index) => ({
    kind: 'sentence',
    by: 'test',
    start: span.start,
    end: span.end,
    index,
    paragraph: 0,
    section: null,
  }));
  return { ...doc, annotations: sentences };
}

const EMPTY_LEXICON: Lexicon = {
  packs: [],
  actors: new Map(),
  focusCountries: [],
  sides: [],
  findActors: () => [],
  findPlaces: () => [],
  place: () => undefined,
  actorForCountry: () => null,
  actorOfTerritory: () => null,
  countryOfIso2: () => null,
  outletActor: () => null,
  vocabulary: () => undefined,
  eventCues: () => [],
  numberWords: () => new Map(),
};

/** A stage context for tests, with an empty lexicon (the sentence, date, number and language stages need none). */
export function ctxOf(fallbackReferenceDate: string | null = null): StageContext {
  return { lexicon: EMPTY_LEXICON, fallbackReferenceDate };
}
