/**
 * Developer tool: `node dist/bench/inspect.js FILE.jsonl ID [KIND...]` prints one report's annotations
 * (sentences, dates, numbers, actors, places, event types, casualty claims) and its derived event.
 */
import { readFileSync } from 'node:fs';
import { readInput } from '../src/ingest/index.js';
import { analyzeReport } from '../src/analyze/analyze.js';
import { createEngine } from '../src/analyze/context.js';

const [file, id, ...kinds] = process.argv.slice(2);
if (!file || !id) {
  console.error('usage: node dist/bench/inspect.js FILE.jsonl ID [KIND...]');
  process.exit(2);
}
const engine = createEngine();
const item = readInput(file, readFileSync(file), { format: 'jsonl' }).find((i) => i.ok && i.report.id === id);
if (!item || !item.ok) {
  console.error(`no report ${id} in ${file}`);
  process.exit(1);
}
const a = analyzeReport(item.report, engine.pipeline, engine.ctx);
const text = a.doc.text;
console.log(`published ${JSON.stringify(a.doc.report.published)} (${a.doc.report.publishedOrigin}) language ${a.doc.language} format ${a.doc.report.format}`);
for (const ann of a.doc.annotations) {
  if (kinds.length ? !kinds.includes(ann.kind) : ann.kind === 'sentence') continue;
  const { kind, start, end, by, ...rest } = ann as unknown as Record<string, unknown> & { kind: string; start: number; end: number; by: string };
  void by;
  console.log(`${kind} [${start},${end}) ${JSON.stringify(text.slice(start, end)).slice(0, 90)} ${JSON.stringify(rest).slice(0, 200)}`);
}
console.log('event', JSON.stringify({ ...a.event, places: a.event.places.map((p) => p.name) }));
for (const c of a.claims) console.log('claim', c.side, c.status, c.min, c.max, c.claimant?.code ?? null, c.date?.value, '|', text.slice(c.start, c.end));
