import type { Lexicon } from '../../lexicon/types.js';
import { sideName } from '../../ledger/index.js';
import { archiveContext, readArchiveData } from '../../portal/read.js';
import type { StoryFigure } from '../../story/index.js';
import type { Store } from '../../store/index.js';
import { clip, table, type Io } from '../output.js';

/**
 * `dateline stories`: incidents chained into stories, as a table with timelines, or JSON with
 * `--json`; each timeline entry carries its incident's estimates and each story their sums.
 */
export async function storiesCommand(store: Store, lexicon: Pick<Lexicon, 'actors' | 'place' | 'sides'>, io: Io, opts: { json?: boolean }): Promise<number> {
  const ctx = archiveContext(lexicon);
  const { stories } = await readArchiveData(store, ctx);
  const name = ctx.actorName;
  if (opts.json) {
    io.out(JSON.stringify(stories, null, 2));
    return 0;
  }
  if (stories.length === 0) {
    io.out('No stories: no two incidents close in time share a place or their belligerents.');
    return 0;
  }
  const killed = (figures: readonly StoryFigure[]) => {
    const parts = figures.filter((f) => f.status === 'killed').map((f) => `${sideName(f.side, name)} ${f.best}${f.low !== f.high ? ` (${f.low}-${f.high})` : ''}${f.contested ? '*' : ''}`);
    return parts.length ? `killed: ${parts.join(', ')}` : '';
  };
  const lines = [table(['id', 'start', 'end', 'incidents', 'title'], stories.map((s) => [s.id, s.start, s.end, String(s.incidentIds.length), s.title]))];
  for (const s of stories) {
    lines.push('', `${s.id}  ${s.title}`);
    const total = killed(s.totals);
    if (total) lines.push(`  ${total} (best, low-high summed over the incidents; * contested)`);
    for (const e of s.timeline) {
      lines.push(`  ${e.date}  ${e.incidentId}  ${clip(e.type, 18)}  ${clip(e.places.join(', ') || '-', 30)}  ${e.reports} report(s)  ${clip(e.summary, 90)}`);
      const k = killed(e.figures);
      if (k) lines.push(`              ${k}`);
    }
  }
  io.out(lines.join('\n'));
  return 0;
}
