import type { Lexicon } from '../../lexicon/types.js';
import { buildStories } from '../../story/index.js';
import type { Store } from '../../store/index.js';
import { clip, table, type Io } from '../output.js';

/** `dateline stories`: incidents chained into stories, as a table with timelines, or JSON with `--json`. */
export async function storiesCommand(store: Store, lexicon: Pick<Lexicon, 'actors' | 'place'>, io: Io, opts: { json?: boolean }): Promise<number> {
  const stories = buildStories(await store.listIncidents(), {
    place: (id) => lexicon.place(id),
    actorName: (code) => lexicon.actors.get(code)?.name ?? code,
  });
  if (opts.json) {
    io.out(JSON.stringify(stories, null, 2));
    return 0;
  }
  if (stories.length === 0) {
    io.out('No stories: no two incidents close in time share a place or their belligerents.');
    return 0;
  }
  const lines = [table(['id', 'start', 'end', 'incidents', 'title'], stories.map((s) => [s.id, s.start, s.end, String(s.incidentIds.length), s.title]))];
  for (const s of stories) {
    lines.push('', `${s.id}  ${s.title}`);
    for (const e of s.timeline) lines.push(`  ${e.date}  ${e.incidentId}  ${clip(e.type, 18)}  ${clip(e.places.join(', ') || '-', 30)}  ${e.reports} report(s)  ${clip(e.summary, 90)}`);
  }
  io.out(lines.join('\n'));
  return 0;
}
