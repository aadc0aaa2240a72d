import type { CasualtyAnnotation } from '../model/annotation.js';
import type { ReportAnalysis } from '../model/analysis.js';
import { annotationsOf } from '../model/document.js';
import type { PartialDate, Report } from '../model/report.js';
import { detectPublished } from '../annotate/published.js';
import { runPipeline, type Pipeline } from '../pipeline/run.js';
import type { StageContext } from '../pipeline/stage.js';
import { deriveEvent } from './event.js';
import { dateOfRepeat, figureCounts, mergeRepeatedFigures } from '../annotate/casualties/merge.js';

/** The report with its publication date found in the text when metadata gave none. */
export function withPublished(report: Report): Report {
  if (report.published) return report;
  const found = detectPublished(report);
  return found ? { ...report, published: found.date, publishedOrigin: found.origin } : report;
}

/** What other reports of the same incident tell about a report (see `cluster/refine.ts`). */
export interface AnalysisHint {
  /** The incident's date, for a report that states none (used as the reference for 'on Friday' too). */
  readonly eventDate?: PartialDate;
}

/**
 * Runs the document stages over one report and derives its main event. Figures whose sentence
 * names no date take the event's date (they are the incident's own figures).
 */
export function analyzeReport(report: Report, pipeline: Pipeline, ctx: StageContext, hint: AnalysisHint = {}): ReportAnalysis {
  const dated = withPublished(report);
  const stageCtx = hint.eventDate && !dated.published ? { ...ctx, fallbackReferenceDate: hint.eventDate.value } : ctx;
  const doc = runPipeline(pipeline, dated, stageCtx);
  const found = annotationsOf(doc, 'casualty');
  const provisional = deriveEvent(doc, found, ctx.lexicon, dated.published, hint.eventDate ?? null);
  // An undated figure that restates a dated one (a headline's 'Two soldiers killed') takes its date, else the event's.
  const withDates = found.map((c): CasualtyAnnotation => (c.date ? c : { ...c, date: dateOfRepeat(c, found) ?? provisional.date }));
  // Merged after dating, so a headline's undated figure meets the body's dated one.
  const claims = mergeRepeatedFigures(withDates, ctx.lexicon, doc.text, figureCounts(withDates, annotationsOf(doc, 'number')));
  return { doc, event: provisional, claims, pipeline: pipeline.id };
}
