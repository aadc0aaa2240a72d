/**
 * The claims ledger of an incident: for each side and status, every voice's current figure with
 * its evidence, the history of each voice's figure, a low / best / high estimate and a contested
 * flag. Pure: computed from the incident and its reports (see README: claims ledger, for the rules).
 */
import type { ActorCode, CasualtyStatus } from '../model/annotation.js';
import type {
  Estimate,
  FamilySupport,
  FigureHistory,
  FigureVersion,
  Incident,
  IncidentClaim,
  IncidentLedger,
  LedgerEntry,
  LedgerStatement,
  LedgerVoice,
  SourceFamily,
  StatedAt,
  VoiceFigure,
} from '../model/incident.js';
import type { Report } from '../model/report.js';
import { sourceFamilies, type WireOptions, DEFAULT_WIRE_OPTIONS } from '../cluster/wire.js';
import { countText, sideName } from './wording.js';
import { addDays, dayDiff } from '../analyze/dates.js';

/** What the ledger needs of a report. */
export type LedgerReport = Pick<Report, 'id' | 'outlet' | 'title' | 'published' | 'sections' | 'text'>;

/** What the ledger needs of the lexicon: actor names and the conflicts' opposing camps. */
export interface LedgerContext {
  readonly actorName: (code: ActorCode) => string;
  readonly sides: readonly (readonly ActorCode[])[];
  readonly wire?: WireOptions;
}

const STATUS_ORDER: readonly CasualtyStatus[] = ['killed', 'wounded', 'captured', 'missing', 'displaced', 'casualties'];
/** Statuses a claim of no losses ('suffered no losses') also answers. */
const LOSSES: ReadonlySet<CasualtyStatus> = new Set(['killed', 'wounded', 'captured', 'missing', 'casualties']);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The point a figure stands for: its lower bound when known ('at least 13' is 13), else its upper bound. */
export function pointOf(f: { min: number | null; max: number | null }): number | null {
  return f.min ?? f.max;
}

/** The range a figure allows, for telling whether two figures can both be true. */
function rangeOf(f: { min: number | null; max: number | null }): [number, number] {
  // A casualty stated without a count ('soldiers were killed') means at least one.
  if (f.min === null && f.max === null) return [1, Infinity];
  return [f.min ?? 0, f.max ?? Infinity];
}

/** Sorts statements in time: undated first; on one day, a statement outside any live-blog update first. */
function timeKey(at: StatedAt): string {
  return `${at.date ?? '0000'}T${at.time ?? '00:00'}#${String(at.seq ?? 0).padStart(4, '0')}`;
}

/** Days a claim's own date may lie from its incident's date and still be about it. */
const ABOUT_DAYS = 3;

/**
 * Whether a claim is about its incident rather than an earlier happening the report recalls
 * ('the April 2016 fighting killed scores'): its date, when it has one, is within `ABOUT_DAYS` of
 * the incident's date (a month or year date must contain it).
 */
export function aboutIncident(claim: Pick<IncidentClaim, 'date'>, incident: Pick<Incident, 'date'>): boolean {
  if (claim.date === null || incident.date === null) return true;
  const [c, i] = [claim.date, incident.date];
  if (c.precision !== 'day' || i.precision !== 'day') return c.value.startsWith(i.value) || i.value.startsWith(c.value);
  return Math.abs(dayDiff(c.value, i.value)) <= ABOUT_DAYS;
}

/**
 * Days after the publication date of each numbered live-blog update: walking the updates by number,
 * an update timed earlier than the one before it is on the next day (a blog running past midnight).
 * Empty when any update lacks a number or a time.
 */
function updateDays(sections: LedgerReport['sections']): Map<number, number> {
  const days = new Map<number, number>();
  if (sections.some((s) => s.seq === null || s.time === null)) return days;
  let day = 0;
  let previous = '';
  for (const s of [...sections].sort((a, b) => a.seq! - b.seq!)) {
    if (previous !== '' && s.time! < previous) day++;
    days.set(s.seq!, day);
    previous = s.time!;
  }
  return days;
}

/** When a claim was stated: its report's publication date, and its live-blog update's time (and day). */
export function statedAt(report: LedgerReport | undefined, offset: number): StatedAt {
  const section = report?.sections.find((s) => offset >= s.start && offset < s.end) ?? null;
  const published = report?.published ?? null;
  const after = section?.seq != null && published?.precision === 'day' ? (updateDays(report!.sections).get(section.seq) ?? 0) : 0;
  const date = published === null ? null : after > 0 ? addDays(published.value, after) : published.value;
  return { date, time: section?.time ?? null, label: section?.label ?? null, seq: section?.seq ?? null };
}

function statementOf(claim: IncidentClaim, report: LedgerReport | undefined, familyId: string): LedgerStatement {
  return {
    reportId: claim.reportId,
    familyId,
    claimant: claim.claimant?.code ?? null,
    group: claim.group,
    status: claim.status,
    min: claim.min,
    max: claim.max,
    at: statedAt(report, claim.evidence.start),
    evidence: { start: claim.evidence.start, end: claim.evidence.end, sentence: claim.sentence, text: claim.evidenceText },
    figure: { start: claim.start, end: claim.end },
  };
}

/** The larger of two figures by point, then by upper bound (an open bound is larger). */
function larger<T extends { min: number | null; max: number | null }>(a: T, b: T): T {
  const pa = pointOf(a) ?? -1;
  const pb = pointOf(b) ?? -1;
  if (pa !== pb) return pa > pb ? a : b;
  return (b.max ?? Infinity) > (a.max ?? Infinity) ? b : a;
}

/**
 * The total one voice gave at one time: per group the largest figure stated; then the larger of the
 * unspecified figure and the sum of the soldiers' and civilians' figures ('five killed, two of them
 * soldiers' is five; 'two soldiers and three civilians' is five).
 */
export function totalOf(statements: readonly LedgerStatement[]): { min: number | null; max: number | null } {
  const byGroup = new Map<string, { min: number | null; max: number | null }>();
  for (const s of statements) {
    const prev = byGroup.get(s.group);
    byGroup.set(s.group, prev ? larger(prev, s) : { min: s.min, max: s.max });
  }
  const known = (f: { min: number | null; max: number | null } | undefined) => f !== undefined && pointOf(f) !== null;
  const specific = ['soldiers', 'civilians'].map((g) => byGroup.get(g)).filter(known) as { min: number | null; max: number | null }[];
  const candidates: { min: number | null; max: number | null }[] = [];
  const unspecified = byGroup.get('unspecified');
  if (known(unspecified)) candidates.push(unspecified!);
  if (specific.length > 0) {
    candidates.push({
      min: specific.reduce((n, f) => n + (f.min ?? f.max!), 0),
      max: specific.some((f) => f.max === null) ? null : specific.reduce((n, f) => n + f.max!, 0),
    });
  }
  if (candidates.length === 0) return { min: null, max: null };
  return candidates.reduce((a, b) => larger(a, b));
}

/**
 * Consecutive times whose totals stand for the same count ('at least 2', then '2') are one version,
 * worded as its newest statement; a changed count starts the next version.
 */
function versionsOf(statements: readonly LedgerStatement[]): FigureVersion[] {
  const slices = new Map<string, LedgerStatement[]>();
  for (const s of [...statements].sort((a, b) => cmp(timeKey(a.at), timeKey(b.at)) || cmp(a.reportId, b.reportId) || a.evidence.start - b.evidence.start)) {
    const key = timeKey(s.at);
    slices.set(key, [...(slices.get(key) ?? []), s]);
  }
  const versions: FigureVersion[] = [];
  for (const slice of slices.values()) {
    const total = totalOf(slice);
    const last = versions.at(-1);
    if (last && pointOf(last) === pointOf(total)) {
      versions[versions.length - 1] = { ...last, min: total.min, max: total.max, statements: [...last.statements, ...slice] };
    } else {
      versions.push({ version: versions.length + 1, at: slice[0]!.at, min: total.min, max: total.max, statements: slice });
    }
  }
  return versions;
}

function supportOf(statements: readonly LedgerStatement[]): FamilySupport[] {
  const byFamily = new Map<string, Set<string>>();
  for (const s of statements) byFamily.set(s.familyId, (byFamily.get(s.familyId) ?? new Set()).add(s.reportId));
  return [...byFamily].map(([familyId, ids]) => ({ familyId, reportIds: [...ids].sort() })).sort((a, b) => cmp(a.familyId, b.familyId));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  // The lower median: a figure somebody actually gave.
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The estimate of one entry from its voices' current figures (README: claims ledger). */
export function estimateOf(side: string, figures: readonly VoiceFigure[], sides: readonly (readonly ActorCode[])[]): Estimate {
  const known = figures.filter((f) => pointOf(f) !== null);
  if (known.length === 0) return { low: null, best: null, high: null, basis: 'unknown' };
  const low = Math.min(...known.map((f) => f.min ?? f.max!));
  const high = Math.max(...known.map((f) => f.max ?? f.min!));
  const own = known.find((f) => f.voice.claimant === side);
  if (own) return { low, best: pointOf(own), high, basis: 'own-side' };
  const camp = sides.find((c) => c.includes(side)) ?? [];
  const allied = known.filter((f) => f.voice.claimant !== null && camp.includes(f.voice.claimant));
  if (allied.length > 0) return { low, best: median(allied.map((f) => pointOf(f)!)), high, basis: 'own-camp' };
  return { low, best: median(known.map((f) => pointOf(f)!)), high, basis: 'median' };
}

/** A voice's figure for an explanation: `2 soldiers`, `none`, `an unknown number of civilians`. */
function figureWords(f: VoiceFigure): string {
  const groups = new Set(f.statements.map((s) => s.group));
  const group = groups.size === 1 && !groups.has('unspecified') ? [...groups][0]! : null;
  const count = countText(f);
  if (group === null || count === 'none') return count;
  return pointOf(f) === null ? `${count} of ${group}` : `${count} ${group}`;
}

/**
 * Whether voices disagree: two current figures that cannot both be true (their ranges do not
 * overlap), at least one of them an actor's. Returns the disagreeing voices, in entry order.
 */
function disagreeing(figures: readonly VoiceFigure[]): VoiceFigure[] {
  const out = new Set<VoiceFigure>();
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const [a, b] = [figures[i]!, figures[j]!];
      if (a.voice.claimant === null && b.voice.claimant === null) continue;
      const [ra, rb] = [rangeOf(a), rangeOf(b)];
      if (ra[1] < rb[0] || rb[1] < ra[0]) out.add(a).add(b);
    }
  }
  return figures.filter((f) => out.has(f));
}

function voiceOf(s: LedgerStatement, ctx: LedgerContext, familyName: (id: string) => string): LedgerVoice {
  return s.claimant !== null
    ? { key: `actor:${s.claimant}`, claimant: s.claimant, familyId: null, name: ctx.actorName(s.claimant) }
    : { key: `report:${s.familyId}`, claimant: null, familyId: s.familyId, name: familyName(s.familyId) };
}

/**
 * The ledger of an incident. `reports` must hold the incident's reports (their texts give the wire
 * families, their publication dates and live-blog sections the time of each figure).
 */
export function buildLedger(incident: Incident, reports: ReadonlyMap<string, LedgerReport>, ctx: LedgerContext): IncidentLedger {
  const members = incident.reportIds.map((id) => reports.get(id) ?? { id, outlet: null, title: null, published: null, sections: [], text: '' });
  const families: SourceFamily[] = sourceFamilies(members, ctx.wire ?? DEFAULT_WIRE_OPTIONS);
  const familyOf = new Map(families.flatMap((f) => f.reportIds.map((id) => [id, f.id] as const)));
  const familyName = (id: string): string => {
    const family = families.find((f) => f.id === id);
    const first = family?.reportIds.map((r) => reports.get(r)).find((r) => r?.outlet);
    return first?.outlet ?? `report ${family?.reportIds[0] ?? id}`;
  };

  // Statements by side and status; a claim of no losses also answers the side's other losses.
  const statements = incident.claims
    .filter((c) => aboutIncident(c, incident))
    .map((c) => ({ claim: c, statement: statementOf(c, reports.get(c.reportId), familyOf.get(c.reportId) ?? c.reportId) }));
  const entryKey = (side: string, status: string) => `${side}\u0000${status}`;
  const bySideStatus = new Map<string, { side: string; status: CasualtyStatus; statements: LedgerStatement[] }>();
  const add = (side: string, status: CasualtyStatus, s: LedgerStatement) => {
    const key = entryKey(side, status);
    const entry = bySideStatus.get(key) ?? { side, status, statements: [] };
    entry.statements.push(s);
    bySideStatus.set(key, entry);
  };
  for (const { claim, statement } of statements) add(claim.side, claim.status, statement);
  for (const { claim, statement } of statements) {
    if (claim.status !== 'casualties' || claim.min !== 0 || claim.max !== 0) continue;
    for (const entry of [...bySideStatus.values()]) {
      if (entry.side !== claim.side || entry.status === 'casualties' || !LOSSES.has(entry.status)) continue;
      // The same voice giving a figure of this status in the same report: 'killed two of theirs and took no losses' is not 'none killed'.
      if (entry.statements.some((s) => s.reportId === statement.reportId && s.claimant === statement.claimant)) continue;
      add(claim.side, entry.status, statement);
    }
  }

  const entries: LedgerEntry[] = [];
  const history: FigureHistory[] = [];
  for (const { side, status, statements: said } of bySideStatus.values()) {
    const byVoice = new Map<string, { voice: LedgerVoice; statements: LedgerStatement[] }>();
    for (const s of said) {
      const voice = voiceOf(s, ctx, familyName);
      const v = byVoice.get(voice.key) ?? { voice, statements: [] };
      v.statements.push(s);
      byVoice.set(voice.key, v);
    }
    const voices = [...byVoice.values()].sort(
      (a, b) => Number(a.voice.claimant === null) - Number(b.voice.claimant === null) || cmp(a.voice.name, b.voice.name) || cmp(a.voice.key, b.voice.key),
    );
    const figures: VoiceFigure[] = voices.map(({ voice, statements: own }) => {
      const versions = versionsOf(own);
      history.push({ side, status, voice, versions });
      const current = versions.at(-1)!;
      const sources = supportOf(current.statements);
      return { voice, min: current.min, max: current.max, at: current.at, version: current.version, statements: current.statements, sources, independentSources: sources.length };
    });
    const sources = supportOf(figures.flatMap((f) => f.statements));
    const against = disagreeing(figures);
    const explanation = against.length === 0
      ? null
      : `${sideName(side, ctx.actorName)} ${status}: ${against.map((f) => `${f.voice.name} says ${figureWords(f)}`).join('; ')}`;
    entries.push({
      side,
      status,
      figures,
      sources,
      independentSources: sources.length,
      estimate: estimateOf(side, figures, ctx.sides),
      contested: explanation !== null,
      explanation,
    });
  }
  const entryOrder = (e: { side: string; status: CasualtyStatus }) => `${e.side}\u0000${String(STATUS_ORDER.indexOf(e.status)).padStart(2, '0')}`;
  entries.sort((a, b) => cmp(entryOrder(a), entryOrder(b)));
  history.sort((a, b) => cmp(entryOrder(a), entryOrder(b)) || Number(a.voice.claimant === null) - Number(b.voice.claimant === null) || cmp(a.voice.name, b.voice.name) || cmp(a.voice.key, b.voice.key));
  const contestedLines = entries.flatMap((e) => (e.explanation ? [e.explanation] : []));
  return {
    incidentId: incident.id,
    families,
    entries,
    history,
    contested: contestedLines.length > 0,
    explanation: contestedLines.length > 0 ? contestedLines.join(' | ') : null,
  };
}
