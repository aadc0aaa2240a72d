import type { CasualtyAnnotation } from '../model/annotation.js';
import type { ReportAnalysis } from '../model/analysis.js';
import type { Report } from '../model/report.js';
import type { Span } from '../model/span.js';
import { toRawSpan } from '../ingest/source-map.js';

/** One casualty entry in the extraction contract's shape (`spec/extraction.md`). */
export interface PredictedCasualty {
  side: string;
  status: string;
  group: string;
  min: number | null;
  max: number | null;
  claimant: string | null;
  date: string | null;
  evidence: string;
}

/** One prediction line of the extraction contract. */
export interface Prediction {
  id: string;
  published: string | null;
  language: string | null;
  event: { date: string | null; type: string; locations: string[]; actors: string[] };
  casualties: PredictedCasualty[];
  summary: string;
  cluster: string;
}

/**
 * The evidence text of a span as the source wrote it: the raw input's words when the span maps
 * back to it (PDF text with mended line breaks), else the report text.
 */
export function quoteEvidence(report: Report, span: Span): string {
  const raw = toRawSpan(report, span);
  return raw ? report.raw.slice(raw.start, raw.end) : report.text.slice(span.start, span.end);
}

/** A claim's values in the contract's flat shape (codes and date values, no spans). */
export function flatClaim(claim: CasualtyAnnotation): Omit<PredictedCasualty, 'evidence'> {
  return {
    side: claim.side,
    status: claim.status,
    group: claim.group,
    min: claim.min,
    max: claim.max,
    claimant: claim.claimant?.code ?? null,
    date: claim.date?.value ?? null,
  };
}

/** Maps a claim to the contract's casualty entry. */
export function predictedCasualty(report: Report, claim: CasualtyAnnotation): PredictedCasualty {
  return { ...flatClaim(claim), evidence: quoteEvidence(report, claim.evidence) };
}

/** Maps one analysed report (and its incident's summary and id) to a prediction line. */
export function toPrediction(analysis: ReportAnalysis, incident: { id: string; summary: string }): Prediction {
  const report = analysis.doc.report;
  return {
    id: report.id,
    published: report.published?.value.length === 10 ? report.published.value : null,
    language: analysis.doc.language,
    event: {
      date: analysis.event.date?.value ?? null,
      type: analysis.event.type,
      locations: analysis.event.places.map((p) => p.name),
      actors: [...analysis.event.actors],
    },
    casualties: analysis.claims.map((c) => predictedCasualty(report, c)),
    summary: incident.summary,
    cluster: incident.id,
  };
}
