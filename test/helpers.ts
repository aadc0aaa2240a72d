import { createHash } from 'node:crypto';
import { analyzeReport } from '../src/analyze/analyze.js';
import { createEngine, type Engine } from '../src/analyze/context.js';
import type { ReportAnalysis } from '../src/model/analysis.js';
import type { Report } from '../src/model/report.js';

let shared: Engine | undefined;

/** One engine with the bundled packs, built once per test file (loading the gazetteer takes a moment). */
export function engine(): Engine {
  shared ??= createEngine();
  return shared;
}

/** A plain-text report written by hand, with a publication date. */
export function textReport(text: string, published: string | null, extra: Partial<Report> = {}): Report {
  return {
    id: extra.id ?? createHash('sha256').update(text).digest('hex').slice(0, 16),
    source: extra.source ?? 'test', url: extra.url ?? null, outlet: extra.outlet ?? null, title: extra.title ?? null,
    published: published ? { value: published, precision: published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year' } : null,
    publishedOrigin: published ? 'input' : null, language: extra.language ?? 'en', format: 'text', text,
    contentHash: createHash('sha256').update(text).digest('hex'), sections: extra.sections ?? [], entry: extra.entry ?? null,
    raw: text, sourceMap: [{ start: 0, end: text.length, rawStart: 0, rawEnd: text.length }],
  };
}

/** Runs the whole document pipeline over a text. */
export function analyzeText(text: string, published: string | null = '2023-09-01', extra: Partial<Report> = {}): ReportAnalysis {
  const e = engine();
  return analyzeReport(textReport(text, published, extra), e.pipeline, e.ctx);
}

/** The claims of a text as compact tuples: side status min max claimant date. */
export function claimsOf(text: string, published: string | null = '2023-09-01'): string[] {
  return analyzeText(text, published).claims.map((c) => `${c.side} ${c.status} ${c.min ?? '-'} ${c.max ?? '-'} ${c.claimant?.code ?? 'null'} ${c.date?.value ?? '-'} ${c.group}`);
}
