import type { ActorCode, CasualtyStatus } from '../model/annotation.js';
import type { EventPlace, ReportAnalysis } from '../model/analysis.js';
import type { IncidentClaim } from '../model/incident.js';
import type { Lexicon } from '../lexicon/types.js';

const STATUS_VERB: Readonly<Record<CasualtyStatus, string>> = {
  killed: 'killed', wounded: 'wounded', captured: 'captured', missing: 'missing', displaced: 'displaced', casualties: 'casualties',
};
const TYPE_PHRASE: Readonly<Record<string, string>> = {
  'Armed clash': 'clash',
  'Shelling/artillery/missile attack': 'shelling',
  'Air/drone strike': 'drone strike',
  'Remote explosive/landmine/IED': 'mine explosion',
  Agreement: 'agreement',
};

/** What a summary is built from. */
export interface SummaryInput {
  readonly members: readonly ReportAnalysis[];
  readonly type: string;
  readonly actors: readonly ActorCode[];
  readonly places: readonly EventPlace[];
  readonly claims: readonly IncidentClaim[];
  readonly date: string | null;
  readonly lexicon: Lexicon;
}

function nameOf(code: ActorCode, lexicon: Lexicon): string {
  return lexicon.actors.get(code)?.name ?? code;
}

function countWords(min: number | null, max: number | null): string {
  if (min !== null && max !== null && min === max) return String(min);
  if (min !== null) return `at least ${min}`;
  if (max !== null) return `up to ${max}`;
  return '';
}

/** One clause per claimant: 'Armenia says 4 of its soldiers are killed and 1 is wounded'. */
function claimClauses(input: SummaryInput): string[] {
  const current = input.claims.filter((c) => !input.date || !c.date || c.date.value.startsWith(input.date.slice(0, 7)) || input.date.startsWith(c.date.value));
  const byClaimant = new Map<string, IncidentClaim[]>();
  for (const c of current) {
    if (c.status === 'displaced') continue;
    const key = c.claimant?.code ?? '';
    byClaimant.set(key, [...(byClaimant.get(key) ?? []), c]);
  }
  const clauses: string[] = [];
  for (const [claimant, claims] of [...byClaimant].sort((a, b) => a[0].localeCompare(b[0]))) {
    const parts: string[] = [];
    const done = new Set<string>();
    for (const c of claims) {
      const key = `${c.side}|${c.status}`;
      if (done.has(key)) continue;
      done.add(key);
      parts.push(claimPhrase(c, claimant, input.lexicon));
      if (parts.length === 3) break;
    }
    if (!parts.length) continue;
    clauses.push(claimant ? `${nameOf(claimant, input.lexicon)} says ${parts.join(' and ')}` : parts.join(' and ').replace(/^./, (x) => x.toUpperCase()));
  }
  return clauses.slice(0, 3);
}

function claimPhrase(c: IncidentClaim, claimant: string, lexicon: Lexicon): string {
  const count = countWords(c.min, c.max);
  const whose = c.side === claimant ? 'its' : c.side === 'multiple' ? 'both sides\'' : c.side === 'unknown' ? '' : `${nameOf(c.side, lexicon)}'s`;
  const group = c.group === 'unspecified' ? 'people' : c.group;
  if (c.min === 0 && c.max === 0) return c.side === claimant || !whose ? 'it has no losses' : `${nameOf(c.side, lexicon)} has no losses`;
  if (c.status === 'casualties') return `${whose ? `${whose} ${group}` : group} suffer ${count ? `${count} ` : ''}casualties`.trim();
  const subject = count ? `${count} of ${whose || 'the'} ${group}` : `${whose ? `${whose} ` : ''}${group}`;
  const verb = count === '1' ? 'is' : 'are';
  return `${subject} ${verb} ${STATUS_VERB[c.status]}`;
}

/** The lead sentence of the report that best represents the incident (the first English one with a title). */
function leadSentence(members: readonly ReportAnalysis[]): string | null {
  const ranked = [...members].sort((a, b) => Number(b.doc.language === 'en') - Number(a.doc.language === 'en') || b.claims.length - a.claims.length);
  for (const m of ranked) {
    const anchor = m.event.anchor;
    if (anchor) return m.doc.text.slice(anchor.start, anchor.end).replace(/\s+/g, ' ').trim();
  }
  return null;
}

/**
 * One sentence in current-events style: who did what, where, with what result, and each side's claim
 * where they differ. Every name and number in it comes from the incident's claims, places and actors.
 * A portal page imported into the incident supplies its own summary.
 */
export function summarize(input: SummaryInput): string {
  const portal = input.members.find((m) => m.doc.report.entry)?.doc.report.entry;
  if (portal) return (portal.summary.split(/\n\s*\n/)[0] ?? '').replace(/^#\s*/, '').replace(/\s+/g, ' ').trim();
  const names = input.actors.slice(0, 2).map((a) => nameOf(a, input.lexicon));
  const where = input.places.filter((p) => p.placeType !== 'country').slice(0, 2).map((p) => p.name);
  const clauses = claimClauses(input);
  const what = TYPE_PHRASE[input.type];
  if (what && names.length) {
    const head = `${names.length === 2 ? `${names[0]} and ${names[1]}` : names[0]} ${what === 'clash' ? 'forces clash' : `${names.length === 2 ? 'report' : 'reports'} a ${what}`}${where.length ? ` near ${where.join(' and ')}` : ''}`;
    return `${[head, ...clauses].join('; ')}.`;
  }
  const lead = leadSentence(input.members);
  if (lead) return lead.endsWith('.') ? lead : `${lead}.`;
  return clauses.length ? `${clauses.join('; ')}.` : `${input.type}${where.length ? ` in ${where.join(', ')}` : ''}.`;
}
