/** Stories of stored incidents, computed on read with their incidents' ledgers. */
import type { Lexicon } from '../lexicon/types.js';
import type { Incident, IncidentLedger } from '../model/incident.js';
import { buildStories, DEFAULT_STORY_OPTIONS, type StoryContext, type StoryOptions } from './stories.js';
import { withFigures, type StoryWithFigures } from './figures.js';

/** Places and names from the lexicon: no place or actor is known to the code. */
export function storyContext(lexicon: Pick<Lexicon, 'actors' | 'place'>): StoryContext {
  return { place: (id) => lexicon.place(id), actorName: (code) => lexicon.actors.get(code)?.name ?? code };
}

/** The stories of these incidents, each timeline entry with its incident's estimates and the story's totals. */
export function storiesOf(
  incidents: readonly Incident[],
  ledgers: ReadonlyMap<string, IncidentLedger>,
  ctx: StoryContext,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
): StoryWithFigures[] {
  return buildStories(incidents, ctx, options).map((story) => withFigures(story, ledgers));
}
