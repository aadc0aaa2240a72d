import { Command, CommanderError } from 'commander';
import { createEngine, type Engine } from '../analyze/context.js';
import { openStore, type Store } from '../store/index.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { incidentsCommand } from './commands/incidents.js';
import { ingestCommand } from './commands/ingest.js';
import { showCommand } from './commands/show.js';
import { storiesCommand } from './commands/stories.js';
import { PROCESS_IO, type Io } from './output.js';

const DEFAULT_DB = './.dateline';

interface Common {
  db: string;
  pack?: string[];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

async function withStore<T>(dir: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ dir });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<number> {
  let code = 0;
  const engineFor = (o: Common): Engine => createEngine({ packs: o.pack ?? [] });
  const program = new Command('dateline')
    .description('Turns news reports about an armed conflict into sourced incidents, casualty claims and current-events pages.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();
  const withCommon = (cmd: Command) =>
    cmd.option('--db <dir>', 'data directory of the embedded database', DEFAULT_DB).option('--pack <dir>', 'extra lexicon pack folder (repeatable)', collect);

  withCommon(program.command('ingest').argument('<paths...>', 'files, folders or glob patterns').description('read reports, extract incidents and casualty figures, store them'))
    .option('--format <format>', 'force a reader: text, pdf-text, live-blog, current-events, markdown, html, jsonl')
    .option('-q, --quiet', 'print only errors and the totals')
    .action(async (paths: string[], o: Common & { format?: string; quiet?: boolean }) => {
      const engine = engineFor(o);
      code = await withStore(o.db, (store) => ingestCommand(paths, store, engine, io, o));
    });
  withCommon(program.command('incidents').description('list incidents with their reports, independent sources and a contested marker'))
    .option('--json', 'print JSON with each incident\'s reports, claims with their evidence, wire families and claims ledger')
    .option('--limit <n>', 'at most n incidents', (v) => Number.parseInt(v, 10))
    .action(async (o: Common & { json?: boolean; limit?: number }) => {
      const engine = engineFor(o);
      code = await withStore(o.db, (store) => incidentsCommand(store, engine.lexicon, io, o));
    });
  withCommon(program.command('show').argument('<id>', 'incident id (or a unique prefix of 4+ characters)').description('show one incident with every figure, its claimant and evidence, and its claims ledger'))
    .option('--history', 'also print every version of every figure (who said what, when)')
    .action(async (id: string, o: Common & { history?: boolean }) => {
      const engine = engineFor(o);
      code = await withStore(o.db, (store) => showCommand(id, store, engine.lexicon, io, o));
    });
  withCommon(program.command('stories').description('incidents chained into stories by time, place and actors, with timelines'))
    .option('--json', 'print JSON: each story with its id, title, date range, incidents and timeline')
    .action(async (o: Common & { json?: boolean }) => {
      const engine = engineFor(o);
      code = await withStore(o.db, (store) => storiesCommand(store, engine.lexicon, io, o));
    });
  withCommon(program.command('extract').description('read benchmark JSONL and print one prediction per report (no side effects)'))
    .requiredOption('--jsonl <file>', 'input JSONL (id, url, outlet, published, title, format, text)')
    .action(async (o: Common & { jsonl: string }) => {
      code = await extractCommand(o.jsonl, engineFor(o), io);
    });
  withCommon(program.command('export').description('publish the archive'))
    .requiredOption('--out <dir>', 'output folder')
    .option('--format <format>', 'md (current-events pages), html (static site), csv (ACLED columns), geojson, json (the whole archive)', 'md')
    .action(async (o: Common & { out: string; format: string }) => {
      const engine = engineFor(o);
      code = await withStore(o.db, (store) => exportCommand(store, engine, io, o));
    });
  withCommon(program.command('search').argument('<words...>', 'words that must all occur').description('full-text search over stored reports'))
    .option('--limit <n>', 'at most n hits', (v) => Number.parseInt(v, 10), 10)
    .action(async (words: string[], o: Common & { limit: number }) => {
      code = await withStore(o.db, async (store) => {
        const hits = await store.search(words.join(' '), o.limit);
        io.out(hits.length ? hits.map((h) => `${h.reportId}  ${h.title ?? ''}\n  ${h.snippet}`).join('\n') : 'no match');
        return 0;
      });
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  return code;
}
