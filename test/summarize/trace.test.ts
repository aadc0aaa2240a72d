import { describe, expect, it } from 'vitest';
import { buildIncidents } from '../../src/cluster/build.js';
import type { ReportAnalysis } from '../../src/model/analysis.js';
import type { Incident } from '../../src/model/incident.js';
import { analyzeText, engine } from '../helpers.js';

/**
 * Summaries never state a figure, place or actor that no source states: every number in a summary
 * is the count of one of the incident's claims whose evidence is a span of a member report, and
 * every name is the name of an actor or place annotated in a member report. Reports written here.
 */
const REPORTS: readonly [string, string][] = [
  [
    "Armenia's Defence Ministry said four of its soldiers were killed on Tuesday when Azerbaijani forces shelled positions near Sotk in Gegharkunik province.\n\n" +
      "Azerbaijan's Defence Ministry said two of its servicemen were wounded in the fighting and that Armenian units had fired first.",
    '2022-09-14',
  ],
  [
    'Yerevan said on Wednesday that the death toll from Tuesday\'s fighting near Sotk had risen, with six Armenian soldiers now confirmed killed.',
    '2022-09-14',
  ],
  [
    "Azerbaijan's Prosecutor General's Office said three civilians were killed and eleven were wounded when shells hit houses in Tartar District on Sunday.",
    '2020-10-05',
  ],
  ['A landmine explosion in Kalbajar District killed two Azerbaijani civilians on Monday, the national mine agency said.', '2021-06-08'],
  ['Armenia and Azerbaijan agreed on Friday to set up a joint commission on the border, officials in both capitals said.', '2023-05-27'],
];

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Template words a summary may start a clause with (not names). */
const TEMPLATE_WORDS = new Set(['Its', 'The', 'Both', 'At', 'Up', 'People', 'Soldiers', 'Civilians', ...NUMBER_WORDS.map((w) => w.replace(/^./, (c) => c.toUpperCase()))]);

/** What a summary may say, and what it said that it may not. */
function untraced(incident: Incident, members: readonly ReportAnalysis[]): string[] {
  const lexicon = engine().lexicon;
  const docs = new Map(members.map((m) => [m.doc.report.id, m.doc]));
  const problems: string[] = [];
  // Names: actors and places annotated in a member report, and claimants named in one.
  const names = new Set<string>();
  for (const doc of docs.values()) {
    for (const a of doc.annotations) {
      if (a.kind === 'actor') names.add(doc.report.text.slice(a.start, a.end));
      if (a.kind === 'actor' && incident.actors.includes(a.code)) names.add(lexicon.actors.get(a.code)?.name ?? a.code);
      if (a.kind === 'place' && incident.places.some((p) => p.placeId === a.placeId)) names.add(a.name);
    }
  }
  const counts = new Set<number>();
  for (const claim of incident.claims) {
    const doc = docs.get(claim.reportId);
    if (doc === undefined || doc.report.text.slice(claim.evidence.start, claim.evidence.end) !== claim.evidenceText) continue;
    if (claim.min !== null) counts.add(claim.min);
    if (claim.max !== null) counts.add(claim.max);
    if (claim.claimant !== null) names.add(lexicon.actors.get(claim.claimant.code)?.name ?? claim.claimant.code);
    if (claim.side !== 'multiple' && claim.side !== 'unknown') names.add(lexicon.actors.get(claim.side)?.name ?? claim.side);
  }
  const body = incident.summary.replace(/\.$/, '');
  // A sentence of a member report, quoted as it is, traces to itself.
  if ([...docs.values()].some((doc) => doc.report.text.replace(/\s+/g, ' ').includes(body))) return [];
  for (const match of body.matchAll(/\d[\d,]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi)) {
    const word = NUMBER_WORDS.indexOf(match[0].toLowerCase());
    const value = word >= 0 ? word : Number(match[0].replace(/,/g, ''));
    if (!counts.has(value)) problems.push(`number ${match[0]}`);
  }
  const nameWords = new Set([...names].flatMap((n) => n.split(/[\s-]+/)));
  for (const match of body.matchAll(/\b[A-Z][\p{L}'-]*/gu)) {
    const word = match[0].replace(/'s$/, '');
    if (!nameWords.has(word) && !TEMPLATE_WORDS.has(word)) problems.push(`name ${word}`);
  }
  return problems;
}

describe('summaries trace to evidence', () => {
  const analyses = REPORTS.map(([text, published]) => analyzeText(text, published));
  const incidents = buildIncidents(analyses, engine().lexicon);
  const membersOf = (incident: Incident) => analyses.filter((a) => incident.reportIds.includes(a.doc.report.id));

  it('states only numbers and names that a member report states', () => {
    expect(incidents.length).toBeGreaterThanOrEqual(3);
    for (const incident of incidents) {
      expect(incident.summary.length, incident.id).toBeGreaterThan(10);
      expect(untraced(incident, membersOf(incident)), incident.summary).toEqual([]);
    }
  });

  it('states the figures the sources give, with who gives them', () => {
    const sotk = incidents.find((i) => i.places.some((p) => p.name === 'Sotk'))!;
    expect(sotk.summary).toMatch(/^(Four|Six) (Armenian soldiers|of its soldiers) are killed in clashes between \w+ and \w+ forces near Sotk/);
    expect(sotk.summary).toMatch(/Armenia says[^;]*; Azerbaijan says two of its soldiers are wounded\.$/);
  });

  it('the check finds a number or a name that no source states', () => {
    const [incident] = incidents;
    const members = membersOf(incident!);
    expect(untraced({ ...incident!, summary: 'Georgia says 999 soldiers are killed near Batumi.' }, members)).toEqual(['number 999', 'name Georgia', 'name Batumi']);
  });
});
