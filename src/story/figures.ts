/** A story's casualty figures: each incident's estimates on the timeline, summed per side and status. */
import type { IncidentLedger } from '../model/incident.js';
import type { Story } from './stories.js';

/** One side's and status's estimate, for one incident or summed over a story. */
export interface StoryFigure {
  readonly side: string;
  readonly status: string;
  readonly low: number;
  readonly best: number;
  readonly high: number;
  /** True when any summed entry is contested. */
  readonly contested: boolean;
}

/** A story with the figures of each incident on its timeline and their sums. */
export interface StoryWithFigures extends Story {
  readonly timeline: readonly (Story['timeline'][number] & { readonly figures: readonly StoryFigure[] })[];
  /**
   * Sums over the story's incidents of each side's and status's low, best and high (as UCDP sums its
   * events); entries with no count known are left out. 'both sides' and 'unknown side' stay apart.
   */
  readonly totals: readonly StoryFigure[];
}

function figuresOf(ledger: IncidentLedger | undefined): StoryFigure[] {
  return (ledger?.entries ?? []).flatMap((e) =>
    e.estimate.best === null ? [] : [{ side: e.side, status: e.status, low: e.estimate.low!, best: e.estimate.best, high: e.estimate.high!, contested: e.contested }],
  );
}

/** Adds each incident's figures (from its ledger) to a story's timeline, and the story's totals. */
export function withFigures(story: Story, ledgers: ReadonlyMap<string, IncidentLedger>): StoryWithFigures {
  const timeline = story.timeline.map((event) => ({ ...event, figures: figuresOf(ledgers.get(event.incidentId)) }));
  const totals = new Map<string, StoryFigure>();
  for (const f of timeline.flatMap((e) => e.figures)) {
    const key = `${f.side}\u0000${f.status}`;
    const t = totals.get(key);
    totals.set(key, t ? { ...t, low: t.low + f.low, best: t.best + f.best, high: t.high + f.high, contested: t.contested || f.contested } : f);
  }
  return { ...story, timeline, totals: [...totals.values()] };
}
