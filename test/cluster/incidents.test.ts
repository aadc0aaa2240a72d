import { describe, expect, it } from 'vitest';
import { buildIncidents } from '../../src/cluster/build.js';
import { featuresOf } from '../../src/cluster/features.js';
import { refineWithIncidents } from '../../src/cluster/refine.js';
import type { ReportAnalysis } from '../../src/model/analysis.js';
import { analyzeText, engine } from '../helpers.js';

const SOTK_A = 'Armenia says four soldiers killed near Sotk\n\nArmenia\'s Defence Ministry said on Friday that four of its soldiers were killed when Azerbaijani forces fired on positions near Sotk and Norabak.';
const SOTK_B = 'Azerbaijan reports drone attack near Sotk\n\nAzerbaijan\'s Defence Ministry said Armenian drones attacked its positions near Sotk on Friday, wounding three soldiers, and blamed Yerevan for the clash.';
const SOTK_UNDATED = 'Deadly clash near Sotk and Norabak\n\nFour Armenian soldiers were killed on Friday in fighting with Azerbaijani forces near the villages of Sotk and Norabak, Armenia\'s Defence Ministry said.';
const TOVUZ = 'Clashes in Tovuz\n\nAzerbaijan said two of its soldiers were killed on Sunday in fighting with Armenian forces in the Tovuz district.';
const GANJA_FR = 'Un missile a frappé la ville de Ganja: douze civils ont été tués, selon l\'Azerbaïdjan, qui accuse l\'Arménie.';

function ids(groups: readonly { reportIds: readonly string[] }[]): string[][] {
  return groups.map((g) => [...g.reportIds].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('cluster: incidents', () => {
  const sotkA = analyzeText(SOTK_A, '2023-09-01', { id: 'a' });
  const sotkB = analyzeText(SOTK_B, '2023-09-01', { id: 'b' });
  const tovuz = analyzeText(TOVUZ, '2020-07-13', { id: 'c' });

  it('groups reports of one clash and keeps another clash apart', () => {
    const incidents = buildIncidents([sotkA, sotkB, tovuz], engine().lexicon);
    expect(ids(incidents)).toEqual([['a', 'b'], ['c']]);
  });

  it('gives the same incidents whatever the order of the reports', () => {
    const orders: ReportAnalysis[][] = [[sotkA, sotkB, tovuz], [tovuz, sotkB, sotkA], [sotkB, tovuz, sotkA]];
    const results = orders.map((o) => buildIncidents(o, engine().lexicon).map((i) => ({ id: i.id, reports: i.reportIds, summary: i.summary })));
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('dates a report that has no publication date from its incident', () => {
    const undated = analyzeText(SOTK_UNDATED, null, { id: 'd' });
    expect(undated.event.date).toBeNull();
    const { analyses, changed } = refineWithIncidents([sotkA, sotkB, undated], engine());
    expect(changed.has('d')).toBe(true);
    const refined = analyses.find((a) => a.doc.report.id === 'd')!;
    expect(refined.event.date?.value).toBe('2023-09-01');
    expect(refined.claims.every((c) => c.date?.value === '2023-09-01')).toBe(true);
    // What clustering reads is the same before and after: refining never moves a report to another incident.
    expect(featuresOf(refined)).toEqual(featuresOf(undated));
  });

  it('links an undated report in another language by place, type and sides', () => {
    const en = analyzeText('Missile hits Ganja\n\nAzerbaijan said an Armenian missile struck Ganja on Saturday, killing twelve civilians.', '2020-10-17', { id: 'e' });
    const fr = analyzeText(GANJA_FR, null, { id: 'f', language: 'fr' });
    const { analyses } = refineWithIncidents([en, fr], engine());
    expect(ids(buildIncidents(analyses, engine().lexicon))).toEqual([['e', 'f']]);
  });
});

describe('incident type', () => {
  it('breaks a tie between its reports\' types by how much their cues weigh', async () => {
    const { buildIncident } = await import('../../src/cluster/build.js');
    const strike = analyzeText('Missile strike on Ganja kills 12 civilians\n\nA missile hit a residential district of Ganja on Saturday, killing 12 civilians. Rescuers searched the rubble after the missile strike.', '2020-10-17', { id: 'g1' });
    const followUp = analyzeText('Ganja toll rises to 13; new truce announced\n\nThe toll of Saturday\'s missile strike on Ganja rose to 13. Late on Saturday a new truce was announced.', '2020-10-18', { id: 'g2' });
    expect(strike.event.type).toBe('Shelling/artillery/missile attack');
    expect(followUp.event.type).toBe('Agreement');
    expect(buildIncident([strike, followUp], engine().lexicon).type).toBe('Shelling/artillery/missile attack');
  });
});

describe('cluster: the figures a report leads with', () => {
  it('compares the figures of the headline and the lead, not those of an attack recalled further on', () => {
    const text = [
      'Four soldiers killed near Sotk',
      'Four Armenian soldiers were killed near Sotk on Friday, the Defence Ministry said.',
      'Two Armenian soldiers were wounded on Thursday near Norabak.',
      'A day earlier, three villagers were killed by shelling in Berd.',
    ].join('\n\n');
    const features = featuresOf(analyzeText(text, '2023-09-01', { id: 'lead' }));
    // The first two sentences that state figures once repeats are merged: the headline's four and Thursday's two.
    expect([...features.figures].sort()).toEqual(['killed:4', 'wounded:2']);
  });

  it('takes them from the first three paragraphs only, whatever repeats merge', () => {
    const text = [
      'Four soldiers killed near Sotk',
      'Four Armenian soldiers were killed near Sotk today.',
      'The ministry gave no other details.',
      'A day earlier, three villagers were killed by shelling in Berd.',
    ].join('\n\n');
    // With or without a date the headline and the lead repeat one figure; the recalled attack stays out.
    expect([...featuresOf(analyzeText(text, '2023-09-01', { id: 'dated' })).figures]).toEqual(['killed:4']);
    expect([...featuresOf(analyzeText(text, null, { id: 'undated' })).figures]).toEqual(['killed:4']);
  });
});
