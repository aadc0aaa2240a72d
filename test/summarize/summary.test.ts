import { describe, expect, it } from 'vitest';
import { buildIncidents } from '../../src/cluster/build.js';
import { analyzeText, engine } from '../helpers.js';

/** Summaries of incidents built from reports written for these tests. */
function summaries(reports: readonly [string, string][]): string[] {
  return buildIncidents(reports.map(([text, published]) => analyzeText(text, published)), engine().lexicon).map((i) => i.summary);
}

describe('summary: current-events line', () => {
  it('leads with a figure and the event, then gives the other side\'s claim that disagrees', () => {
    const [summary] = summaries([
      [
        "Azerbaijan's Defence Ministry said on Thursday that its troops had killed two Armenian soldiers in clashes near Chayli.\n\n" +
          "Armenia's Defence Ministry said on Thursday that it had no losses in the clashes near Chayli.",
        '2019-03-08',
      ],
    ]);
    // The text writes 'Armenian' but never 'Azerbaijani': the sides are named by their names.
    expect(summary).toBe('Two Armenian soldiers are killed in clashes between Armenia and Azerbaijan near Chayli, Azerbaijan says; Armenia says it has no losses.');
  });

  it('leads with the figure that most reports state', () => {
    const [summary] = summaries([
      ["Armenia's Defence Ministry said four of its soldiers were killed on Monday in clashes with Azerbaijani forces near Sotk.", '2022-09-13'],
      ['Four Armenian soldiers were killed on Monday near Sotk in clashes with Azerbaijani forces, officials in Yerevan said.', '2022-09-13'],
      ['Five Armenian soldiers were killed on Monday near Sotk in clashes with Azerbaijani forces, a local official said.', '2022-09-13'],
    ]);
    expect(summary).toMatch(/^Four (Armenian soldiers|of Armenia's soldiers) are killed in clashes between Armenian and Azerbaijani forces near Sotk/);
  });

  it('says a single person in the singular', () => {
    const [summary] = summaries([["Azerbaijan's Defence Ministry said one Azerbaijani soldier was wounded on Sunday by Armenian shelling of positions in Tovuz District.", '2020-07-13']]);
    expect(summary).toMatch(/^One (Azerbaijani soldier|of its soldiers|of Azerbaijan's soldiers) is wounded in /);
  });
});
