/**
 * `npm run bench:perf`: speed of extraction alone (every document stage and the event derivation, no
 * store) on one core over a generated corpus of 2 KB reports, and of compromise's `.places()` over the
 * same corpus as a peer baseline. Loading the lexicon is timed apart (`lexicon_load_ms`), not counted as
 * extraction. Rates are given by the wall clock and by CPU time of this process (steadier on a shared
 * machine, where the wall clock also counts time other processes ran). The last line is one JSON object.
 *
 * Start-up is timed apart too. A fresh process reads its first reports several times slower than later
 * ones: V8 runs the code unoptimised until it has seen enough of it, and compiles each pattern on its
 * first use (measured here: about 200 reports/s over the first 300 reports, 550 over the next 300, a
 * steady rate from about the 1,500th on). So a warm-up corpus of other reports (another seed: none of
 * the measured reports is seen before it is measured) is read first, and its rate is printed as
 * `first_pass_reports_per_s`; `extract_reports_per_s` is the rate after it, what a worker or a long
 * import runs at: the median of PASSES timed passes over the measured corpus (each pass's rate is in
 * `extract_pass_reports_per_s`).
 *
 * Usage: `npm run bench:perf [COUNT=3000] [WARMUP=2000] [PASSES=3]`.
 */
import { createHash } from 'node:crypto';
import nlp from 'compromise';
import { analyzeReport } from '../src/analyze/analyze.js';
import { createEngine } from '../src/analyze/context.js';
import type { Report } from '../src/model/report.js';
import { generateCorpus } from './corpus.js';

const count = Number(process.argv[2] ?? 3000);
/** Reports read before the measured ones, while V8 compiles the code (see above). */
const warmUpCount = Number(process.argv[3] ?? 2000);
/** Timed passes over the measured corpus; the median is reported (see below). */
const passCount = Math.max(1, Number(process.argv[4] ?? 3));
const corpus = generateCorpus(count);
const bytes = corpus.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
const reports = asReports(corpus, 'perf');
const warmUpCorpus = generateCorpus(warmUpCount, 11);
const warmUp = asReports(warmUpCorpus, 'warm-up');

function asReports(corpus: readonly { id: string; text: string; published: string }[], source: string): Report[] {
  return corpus.map((c) => ({
    id: `${source}-${c.id}`, source: `${source}:${c.id}`, url: null, outlet: null, title: null,
    published: { value: c.published, precision: 'day' }, publishedOrigin: 'input', language: null, format: 'text',
    text: c.text, contentHash: createHash('sha256').update(c.text).digest('hex'), sections: [], entry: null, raw: c.text,
    sourceMap: [{ start: 0, end: c.text.length, rawStart: 0, rawEnd: c.text.length }],
  }));
}

const t0 = performance.now();
const engine = createEngine();
const loadMs = performance.now() - t0;
// The first pass: a fresh process on reports it has not seen, timed on its own.
const t0w = performance.now();
for (const r of warmUp) analyzeReport(r, engine.pipeline, engine.ctx);
const firstPassS = (performance.now() - t0w) / 1000;
// The measured corpus is read in several passes, each timed, and the median pass is reported: on a shared
// machine one pass may run at half speed while another tenant is busy (every pass reads the same reports
// the same way; nothing is kept from one report to the next but the compiled patterns).
let figures = 0;
const passes: { wallS: number; cpuS: number }[] = [];
for (let pass = 0; pass < passCount; pass++) {
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  let found = 0;
  for (const r of reports) found += analyzeReport(r, engine.pipeline, engine.ctx).claims.length;
  passes.push({ wallS: (performance.now() - t1) / 1000, cpuS: cpuSeconds(process.cpuUsage(c1)) });
  figures = found;
}
/** The median of the times (of an even count, the longer of the middle two). */
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const extractS = median(passes.map((p) => p.wallS));
const extractCpuS = median(passes.map((p) => p.cpuS));

// compromise warmed up alike, on fewer reports: it reads each far more slowly, so it has run its code
// as often after a few hundred.
for (const r of warmUpCorpus.slice(0, 200)) nlp(r.text).places().out('array');
const t2 = performance.now();
const c2 = process.cpuUsage();
let placesFound = 0;
for (const r of corpus) placesFound += (nlp(r.text).places().out('array') as string[]).length;
const compromiseS = (performance.now() - t2) / 1000;
const compromiseCpuS = cpuSeconds(process.cpuUsage(c2));

/** CPU seconds (user + system) of this process: on a shared machine a steadier measure than the wall clock. */
function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

const mb = bytes / 1e6;
const result = {
  reports: count,
  mean_report_bytes: Math.round(bytes / count),
  lexicon_load_ms: Math.round(loadMs),
  warm_up_reports: warmUpCount,
  first_pass_reports_per_s: warmUpCount > 0 ? Math.round(warmUpCount / firstPassS) : null,
  extract_reports_per_s: Math.round(count / extractS),
  extract_mb_per_s: Number((mb / extractS).toFixed(2)),
  extract_figures: figures,
  extract_passes: passCount,
  extract_pass_reports_per_s: passes.map((p) => Math.round(count / p.wallS)),
  compromise_places_reports_per_s: Math.round(count / compromiseS),
  compromise_places_mb_per_s: Number((mb / compromiseS).toFixed(2)),
  compromise_places_found: placesFound,
  speedup_vs_compromise: Number((compromiseS / extractS).toFixed(2)),
  extract_cpu_reports_per_s: Math.round(count / extractCpuS),
  compromise_places_cpu_reports_per_s: Math.round(count / compromiseCpuS),
  rss_mb: Math.round(process.memoryUsage().rss / 1e6),
};
console.log(`extraction: ${result.extract_reports_per_s} reports/s, ${result.extract_mb_per_s} MB/s (${result.extract_cpu_reports_per_s} per CPU second; lexicon loaded in ${result.lexicon_load_ms} ms, not counted)`);
console.log(`first pass (a fresh process's first ${warmUpCount} reports, while V8 compiles the code; not counted above): ${result.first_pass_reports_per_s ?? '-'} reports/s`);
console.log(`compromise .places(): ${result.compromise_places_reports_per_s} reports/s, ${result.compromise_places_mb_per_s} MB/s (${result.compromise_places_cpu_reports_per_s} per CPU second)`);
console.log(JSON.stringify(result));
