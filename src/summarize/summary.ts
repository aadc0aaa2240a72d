import type { ActorCode, CasualtyStatus } from '../model/annotation.js';
import type { EventPlace, ReportAnalysis } from '../model/analysis.js';
import type { IncidentClaim } from '../model/incident.js';
import type { Lexicon } from '../lexicon/types.js';

const TYPE_PHRASE: Readonly<Record<string, string>> = {
  'Armed clash': 'clash',
  'Shelling/artillery/missile attack': 'shelling',
  'Air/drone strike': 'drone strike',
  'Remote explosive/landmine/IED': 'mine explosion',
  Agreement: 'agreement',
};
/** The happening after a figure: 'four soldiers are killed in clashes between ...'. */
const EVENT_NOUN: Readonly<Record<string, string>> = {
  'Armed clash': 'clashes',
  'Shelling/artillery/missile attack': 'shelling',
  'Air/drone strike': 'a drone strike',
  'Remote explosive/landmine/IED': 'a mine explosion',
};
/** Order of statuses within a claimant's clause. */
const STATUS_ORDER: readonly CasualtyStatus[] = ['killed', 'wounded', 'captured', 'missing', 'casualties'];
/** Numbers written as words, as current-events lines do. */
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Figures per claimant, and claimants (the report's own voice besides), a summary states at most. */
const MAX_FIGURES = 2;
const MAX_CLAIMANTS = 2;

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

/** 'at least eight', '75,000', 'up to 12'; '' for a vague figure. */
function countWords(min: number | null, max: number | null): string {
  const word = (n: number) => NUMBER_WORDS[n] ?? n.toLocaleString('en-US');
  if (min !== null && max !== null && min === max) return word(min);
  if (min !== null) return `at least ${word(min)}`;
  if (max !== null) return `up to ${word(max)}`;
  return '';
}

/** 'a clash', 'an agreement'. */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * The adjective the sources use for a side's people ('Azerbaijani', 'Azeri'): the demonym mention of
 * that actor most often written in the members' texts, so the summary says only what a source says.
 */
function demonyms(members: readonly ReportAnalysis[]): Map<ActorCode, string> {
  const counts = new Map<ActorCode, Map<string, number>>();
  for (const member of members) {
    for (const a of member.doc.annotations) {
      if (a.kind !== 'actor' || a.aliasKind !== 'demonym') continue;
      const text = member.doc.report.text.slice(a.start, a.end);
      // Adjectives only: 'Armenian', 'Azeri'; not the plural nouns 'Armenians', 'Azerbaijanis'.
      if (!/^\p{Lu}[\p{L}-]*$/u.test(text) || /(an|i|er)s$/.test(text)) continue;
      const byText = counts.get(a.code) ?? new Map<string, number>();
      byText.set(text, (byText.get(text) ?? 0) + 1);
      counts.set(a.code, byText);
    }
  }
  const out = new Map<ActorCode, string>();
  for (const [code, byText] of counts) {
    out.set(code, [...byText].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  }
  return out;
}

const counted = (c: IncidentClaim): boolean => c.min !== null || c.max !== null;
const size = (c: IncidentClaim): number => c.min ?? c.max ?? -1;

/**
 * A claimant's figures to state: one per side and status (the largest counted one: a running total
 * grows), vague ones only when the claimant gives no count at all, a side's unspecified casualties
 * only when no count of its killed or wounded is given; its own side first, killed before wounded.
 */
function pickFigures(claims: readonly IncidentClaim[], claimant: string): IncidentClaim[] {
  const best = new Map<string, IncidentClaim>();
  for (const c of claims) {
    const key = `${c.side}|${c.status}`;
    const held = best.get(key);
    if (held === undefined || (counted(c) && (!counted(held) || size(c) > size(held)))) best.set(key, c);
  }
  let figures = [...best.values()];
  if (figures.some(counted)) figures = figures.filter(counted);
  figures = figures.filter((c) => c.status !== 'casualties' || !figures.some((o) => o.side === c.side && o.status !== 'casualties'));
  const own = (c: IncidentClaim) => (c.side === claimant ? 0 : 1);
  figures.sort((a, b) => own(a) - own(b) || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.side.localeCompare(b.side));
  return figures.slice(0, MAX_FIGURES);
}

/** Clauses in current-events style: 'Armenia says four of its soldiers are killed'; the report's own figures without a claimant. */
function claimClauses(input: SummaryInput): string[] {
  const byClaimant = new Map<string, IncidentClaim[]>();
  for (const c of current(input)) {
    const key = c.claimant?.code ?? '';
    byClaimant.set(key, [...(byClaimant.get(key) ?? []), c]);
  }
  const adjectives = demonyms(input.members);
  const claimants = [...byClaimant.keys()]
    .filter((k) => k !== '')
    .map((k) => ({ key: k, figures: pickFigures(byClaimant.get(k)!, k) }))
    .sort((a, b) => Number(b.figures.some(counted)) - Number(a.figures.some(counted)) || a.key.localeCompare(b.key))
    .slice(0, MAX_CLAIMANTS);
  const stated = new Set(claimants.flatMap((c) => c.figures.map((f) => `${f.side}|${f.status}|${f.min}|${f.max}`)));
  const ownVoice = pickFigures(
    (byClaimant.get('') ?? []).filter((f) => !stated.has(`${f.side}|${f.status}|${f.min}|${f.max}`)),
    '',
  );
  const clauses: string[] = [];
  if (ownVoice.length) clauses.push(capitalise(ownVoice.map((f) => figurePhrase(f, '', input.lexicon, adjectives)).join(' and ')));
  for (const { key, figures } of claimants) {
    if (figures.length) clauses.push(`${nameOf(key, input.lexicon)} says ${figures.map((f) => figurePhrase(f, key, input.lexicon, adjectives)).join(' and ')}`);
  }
  return clauses;
}

function capitalise(text: string): string {
  return text.replace(/^./, (x) => x.toUpperCase());
}

/** 'four of its soldiers are killed', 'two Azerbaijani civilians are wounded', 'it has no losses'. */
function figurePhrase(c: IncidentClaim, claimant: string, lexicon: Lexicon, adjectives: ReadonlyMap<string, string>): string {
  const count = countWords(c.min, c.max);
  const one = c.min === 1 && c.max === 1;
  const noun = c.group === 'unspecified' ? (one ? 'person' : 'people') : one ? c.group.slice(0, -1) : c.group;
  const sideName = c.side === 'multiple' || c.side === 'unknown' ? null : nameOf(c.side, lexicon);
  if (c.min === 0 && c.max === 0) {
    if (c.side === claimant) return 'it has no losses';
    return c.side === 'multiple' ? 'neither side has losses' : sideName ? `${sideName} has no losses` : 'no one is hurt';
  }
  const adjective = c.side === claimant ? null : sideName ? adjectives.get(c.side) ?? null : null;
  let people: string;
  if (c.side === claimant) people = count ? `${count} of its ${noun}` : `its ${noun}`;
  else if (c.side === 'multiple') people = count ? `${count} ${noun} on both sides` : `${noun} on both sides`;
  else if (adjective) people = `${count ? `${count} ` : ''}${adjective} ${noun}`;
  else if (sideName) people = count ? `${count} of ${sideName}'s ${noun}` : `${sideName}'s ${noun}`;
  else people = count ? `${count} ${noun}` : noun;
  if (c.status === 'casualties') return count ? `${people} are casualties` : `${people} suffer casualties`;
  return `${people} ${one ? 'is' : 'are'} ${c.status}`;
}

const current = (input: SummaryInput) =>
  input.claims.filter(
    (c) => c.status !== 'displaced' && (!input.date || !c.date || c.date.value.startsWith(input.date.slice(0, 7)) || input.date.startsWith(c.date.value)),
  );

/**
 * The figure to lead with: a counted, non-zero killed figure (else wounded) of the incident itself;
 * the one stated by the most reports, then one a side gives about its own people, then one with a
 * claimant, then the larger (a running total grows), then by side.
 */
function mainFigure(claims: readonly IncidentClaim[]): IncidentClaim | null {
  for (const status of ['killed', 'wounded'] as const) {
    const candidates = claims.filter((c) => c.status === status && counted(c) && size(c) > 0 && c.side !== 'unknown');
    if (!candidates.length) continue;
    const key = (c: IncidentClaim) => `${c.side}|${c.min}|${c.max}`;
    const reports = new Map<string, Set<string>>();
    for (const c of candidates) reports.set(key(c), (reports.get(key(c)) ?? new Set()).add(c.reportId));
    const tier = (c: IncidentClaim) => (c.claimant?.code === c.side ? 0 : c.claimant ? 1 : 2);
    return [...candidates].sort(
      (a, b) => reports.get(key(b))!.size - reports.get(key(a))!.size || tier(a) - tier(b) || size(b) - size(a) || a.side.localeCompare(b.side),
    )[0]!;
  }
  return null;
}

/**
 * The figure-led line: 'At least eight Azerbaijani soldiers are killed in clashes between Armenian
 * and Azerbaijani forces near Tovuz, Azerbaijan says; Armenia says it has no losses.' The second
 * clause is another claimant's figure, one that disagrees with the first when there is one.
 */
function figureLed(input: SummaryInput, main: IncidentClaim, event: string, where: readonly string[]): string {
  const adjectives = demonyms(input.members);
  const lead = capitalise(figurePhrase(main, '', input.lexicon, adjectives));
  const sides = input.actors.slice(0, 2);
  const forces = sides.length === 2 && sides.every((a) => adjectives.has(a))
    ? `between ${adjectives.get(sides[0]!)} and ${adjectives.get(sides[1]!)} forces`
    : sides.length === 2
      ? `between ${nameOf(sides[0]!, input.lexicon)} and ${nameOf(sides[1]!, input.lexicon)}`
      : '';
  const place = where.join(' ');
  const says = main.claimant ? `, ${nameOf(main.claimant.code, input.lexicon)} says` : '';
  const head = [lead, 'in', event, event === 'clashes' ? forces : '', place].filter((x) => x !== '').join(' ') + says;
  const others = current(input).filter((c) => c.claimant !== null && c.claimant.code !== main.claimant?.code);
  const disagree = (c: IncidentClaim) => c.side === main.side && c.status === main.status && (c.min !== main.min || c.max !== main.max);
  const claimant = [...new Set(others.map((c) => c.claimant!.code))].sort(
    (a, b) => Number(others.some((c) => c.claimant!.code === b && disagree(c))) - Number(others.some((c) => c.claimant!.code === a && disagree(c))) || a.localeCompare(b),
  )[0];
  if (claimant === undefined) return `${head}.`;
  const theirs = others.filter((c) => c.claimant!.code === claimant);
  const figure = theirs.find(disagree) ?? pickFigures(theirs, claimant)[0];
  return figure ? `${head}; ${nameOf(claimant, input.lexicon)} says ${figurePhrase(figure, claimant, input.lexicon, adjectives)}.` : `${head}.`;
}

/** A place one is 'on' rather than 'near': a border, a line of contact, a front, a corridor. */
const LINEAR = /\b(border|line of contact|frontier|front ?line|front|corridor)$/i;

/**
 * Where, in words: at most two places more specific than a country, 'near' a town or district, 'on
 * the' a border or line, 'in' a region when nothing closer is named: 'near Tovuz on the
 * Armenia-Azerbaijan border'. A place named inside another one chosen ('Nagorno-Karabakh' beside
 * 'Nagorno-Karabakh line of contact') is not repeated.
 */
function placesOf(places: readonly EventPlace[]): string[] {
  const chosen: EventPlace[] = [];
  for (const place of places) {
    if (place.placeType === 'country' || chosen.length === 2 || chosen.some((c) => c.name.includes(place.name) || place.name.includes(c.name))) continue;
    chosen.push(place);
  }
  const lines = chosen.filter((p) => p.placeType === 'feature' && LINEAR.test(p.name));
  const regions = chosen.filter((p) => p.placeType === 'region' && !lines.includes(p));
  const near = chosen.filter((p) => !lines.includes(p) && !regions.includes(p));
  const parts: string[] = [];
  if (near.length) parts.push(`near ${near.map((p) => p.name).join(' and ')}`);
  if (lines.length) parts.push(`on the ${lines.map((p) => p.name).join(' and the ')}`);
  if (!near.length && !lines.length && regions.length) parts.push(`in ${regions.map((p) => p.name).join(' and ')}`);
  return parts.length ? [parts.join(' ')] : [];
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
 * where they differ. Every name and number in it comes from the incident's claims, places and actors
 * (demonyms as the sources write them). A portal page imported into the incident supplies its own summary.
 */
export function summarize(input: SummaryInput): string {
  const portal = input.members.find((m) => m.doc.report.entry)?.doc.report.entry;
  if (portal) return (portal.summary.split(/\n\s*\n/)[0] ?? '').replace(/^#\s*/, '').replace(/\s+/g, ' ').trim();
  const names = input.actors.slice(0, 2).map((a) => nameOf(a, input.lexicon));
  const where = placesOf(input.places);
  const event = EVENT_NOUN[input.type];
  const main = event ? mainFigure(current(input)) : null;
  if (event && main) return figureLed(input, main, event, where);
  const clauses = claimClauses(input);
  const what = TYPE_PHRASE[input.type];
  if (what && names.length) {
    const who = names.length === 2 ? `${names[0]} and ${names[1]}` : names[0];
    const verb = what === 'clash' ? 'forces clash' : `${names.length === 2 ? 'report' : 'reports'} ${withArticle(what)}`;
    const head = `${who} ${verb}${where.length ? ` ${where.join(' ')}` : ''}`;
    return `${[head, ...clauses].join('; ')}.`;
  }
  const lead = leadSentence(input.members);
  if (lead) return lead.endsWith('.') ? lead : `${lead}.`;
  return clauses.length ? `${clauses.join('; ')}.` : `${input.type}${where.length ? ` ${where.join(' ')}` : ''}.`;
}
