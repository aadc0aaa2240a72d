import type { EventPlace } from '../model/analysis.js';
import type { CasualtyGroup, CasualtyStatus, PlaceType } from '../model/annotation.js';
import type { Incident, IncidentClaim } from '../model/incident.js';
import type { LiveBlogSection, Report } from '../model/report.js';
import { buildArchive, type Archive } from './archive.js';
import { deriveArchiveData, type ArchiveContext } from './read.js';

/** Fixtures for the portal tests (facts only, sentences in our own words). */

export function place(placeId: string, name: string, placeType: PlaceType, country: string | null = 'AZE', lat: number | null = null, lon: number | null = null): EventPlace {
  return { placeId, name, placeType, country, lat, lon, mention: { start: 0, end: name.length } };
}

export interface ClaimSpec {
  readonly side: string;
  readonly status: CasualtyStatus;
  readonly min: number | null;
  readonly max: number | null;
  readonly claimant: string | null;
  readonly group?: CasualtyGroup;
  readonly date?: string | null;
  readonly reportId?: string;
  readonly sentence?: string;
  /** Offset of the evidence sentence in its report (places it in a live-blog update). */
  readonly at?: number;
}

export function claim(spec: ClaimSpec): IncidentClaim {
  const sentence = spec.sentence ?? `A sentence stating ${spec.min ?? spec.max ?? 'some'} ${spec.status}.`;
  const date = spec.date ?? null;
  return {
    kind: 'casualty',
    by: 'casualties.v1',
    start: 0,
    end: sentence.length,
    side: spec.side,
    status: spec.status,
    group: spec.group ?? 'soldiers',
    min: spec.min,
    max: spec.max,
    claimant: spec.claimant === null ? null : { code: spec.claimant, span: { start: 0, end: 3 } },
    date: date === null ? null : { value: date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' },
    evidence: { start: spec.at ?? 0, end: (spec.at ?? 0) + sentence.length },
    sentence: 0,
    reportId: spec.reportId ?? 'r1',
    evidenceText: sentence,
  };
}

export function incident(id: string, date: string | null, places: EventPlace[], actors: string[], extra: Partial<Incident> = {}): Incident {
  return {
    id,
    date: date === null ? null : { value: date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' },
    type: 'Armed clash',
    places,
    actors,
    reportIds: [`r-${id}`],
    claims: [],
    summary: `Summary of ${id}.`,
    ...extra,
  };
}

/** A stored report, only as much as the archive and the ledger read of it. */
export function report(id: string, outlet: string | null, url: string | null, extra: { published?: string; sections?: LiveBlogSection[]; text?: string } = {}): Report {
  return {
    id,
    outlet,
    url,
    title: null,
    source: `${id}.txt`,
    entry: null,
    published: extra.published === undefined ? null : { value: extra.published, precision: 'day' },
    sections: extra.sections ?? [],
    text: extra.text ?? '',
  } as unknown as Report;
}

/** The archive of these incidents and reports, ledgers and stories derived as `dateline export` does. */
export function archiveOf(incidents: readonly Incident[], reports: readonly Report[], names: (code: string) => string = (code) => code): Archive {
  const ctx: ArchiveContext = { actorName: names, sides: [['ARM'], ['AZE']], place: () => undefined };
  return buildArchive(deriveArchiveData(incidents, reports, ctx), { names });
}
