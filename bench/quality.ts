/**
 * `npm run bench`: runs `dateline extract` over the benchmark's dev articles, scores the predictions
 * with the benchmark's own scorer and prints its figures. Exits 0 with a message when ../shared is absent.
 * Options: --verbose (the scorer's per-report errors), --lang CODE, --set NAME (default dev).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/index.js';
import { sharedDir } from './shared.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shared = sharedDir();
if (!shared) {
  console.log('npm run bench: ../shared/bench is not here (a clone of the repository alone); nothing to score. Put the shared folder beside the repository, or set DATELINE_SHARED.');
  process.exit(0);
}
const set = opt('--set') ?? 'dev';
const articles = join(shared, 'bench', set, 'articles.jsonl');
const gold = join(shared, 'bench', set, 'gold.jsonl');
if (!existsSync(articles) || !existsSync(gold)) {
  console.log(`npm run bench: ${articles} or ${gold} is missing; nothing to score.`);
  process.exit(0);
}
const lines: string[] = [];
const started = performance.now();
const code = await main(['extract', '--jsonl', articles], { out: (t) => lines.push(t.trimEnd()), err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`), isTTY: false });
const seconds = (performance.now() - started) / 1000;
const pred = join(mkdtempSync(join(tmpdir(), 'dateline-bench-')), `${set}-pred.jsonl`);
writeFileSync(pred, `${lines.join('\n')}\n`);
console.log(`extract: ${lines.length} predictions in ${seconds.toFixed(1)} s (exit ${code}); predictions at ${pred}`);
const scorerArgs = [join(shared, 'bench', 'score.mjs'), '--gold', gold, '--pred', pred, '--articles', articles];
if (args.includes('--verbose')) scorerArgs.push('--verbose');
const lang = opt('--lang');
if (lang) scorerArgs.push('--lang', lang);
const scored = spawnSync(process.execPath, scorerArgs, { stdio: 'inherit' });
process.exit(scored.status ?? 1);
