import { createRelatedFinder } from '../link/related.js';
import type { RelatedOptions } from '../link/related.js';
import type { Incident } from '../model/incident.js';
import type { SourceLink } from '../model/report.js';
import type { EntryPage } from './current-events-md.js';

/**
 * The pages of the current-events export for a collection of incidents: each with its sources
 * (looked up by the caller, usually from the incident's reports) and its related incidents ranked
 * among the whole collection by {@link createRelatedFinder}.
 */
export function buildEntryPages(
  incidents: readonly Incident[],
  sourcesOf: (incident: Incident) => readonly SourceLink[],
  options: RelatedOptions = {},
): EntryPage[] {
  const relatedTo = createRelatedFinder(incidents, options);
  return incidents.map((incident) => ({ incident, sources: sourcesOf(incident), related: relatedTo(incident) }));
}
