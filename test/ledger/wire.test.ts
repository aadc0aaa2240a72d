import { describe, expect, it } from 'vitest';
import { DEFAULT_WIRE_OPTIONS, familyId, resemblance, signature, sourceFamilies, wireFamilies } from '../../src/cluster/wire.js';
import { PAPER_FIRST, PAPER_LATER, OWN_STORY, WIRE_ADDED_PARAGRAPH, WIRE_BOILERPLATE, WIRE_NEW_HEADLINE, WIRE_ORIGINAL, AZE_ACCOUNT, ARM_ACCOUNT } from './fixtures.js';

const REPORTS = [
  { id: 'w1-original', text: WIRE_ORIGINAL },
  { id: 'w2-headline', text: WIRE_NEW_HEADLINE },
  { id: 'w3-paragraph', text: WIRE_ADDED_PARAGRAPH },
  { id: 'w4-boilerplate', text: WIRE_BOILERPLATE },
  { id: 'own-story', text: OWN_STORY },
  { id: 'aze-account', text: AZE_ACCOUNT },
  { id: 'arm-account', text: ARM_ACCOUNT },
];

describe('wire copies', () => {
  it('collapses copies with a new headline, an added paragraph or other boilerplate into one family', () => {
    const families = wireFamilies(REPORTS);
    const wire = families.find((f) => f.reportIds.includes('w1-original'))!;
    expect(wire.reportIds).toEqual(['w1-original', 'w2-headline', 'w3-paragraph', 'w4-boilerplate']);
    expect(wire.id).toBe(familyId(['w4-boilerplate', 'w1-original', 'w3-paragraph', 'w2-headline']));
  });

  it('keeps stories written separately about the same clash apart', () => {
    const families = wireFamilies(REPORTS);
    expect(families).toHaveLength(4);
    for (const id of ['own-story', 'aze-account', 'arm-account']) {
      expect(families.find((f) => f.reportIds.includes(id))!.reportIds).toEqual([id]);
    }
  });

  it('estimates containment high for copies and low for separate stories', () => {
    const original = signature(WIRE_ORIGINAL);
    expect(resemblance(original, signature(WIRE_ADDED_PARAGRAPH)).containment).toBeGreaterThan(0.85);
    expect(resemblance(original, signature(WIRE_BOILERPLATE)).containment).toBeGreaterThan(0.75);
    expect(resemblance(original, signature(OWN_STORY)).containment).toBeLessThan(0.2);
    expect(resemblance(signature(AZE_ACCOUNT), signature(ARM_ACCOUNT)).containment).toBeLessThan(0.2);
    expect(resemblance(original, signature(ARM_ACCOUNT)).containment).toBeLessThan(DEFAULT_WIRE_OPTIONS.minContainment);
  });

  it('gives the same families whatever the input order', () => {
    const shuffled = [REPORTS[4]!, REPORTS[2]!, REPORTS[6]!, REPORTS[0]!, REPORTS[5]!, REPORTS[3]!, REPORTS[1]!];
    expect(wireFamilies(shuffled)).toEqual(wireFamilies(REPORTS));
  });

  it('never calls very short texts copies', () => {
    const families = wireFamilies([{ id: 'a', text: 'Two killed.' }, { id: 'b', text: 'Two killed.' }]);
    expect(families.map((f) => f.reportIds)).toEqual([['a'], ['b']]);
  });

  it('joins the reports of one outlet into one source, and only then', () => {
    const paper = [
      { id: 'p1', text: PAPER_FIRST, outlet: 'Sotk Weekly' },
      { id: 'p2', text: PAPER_LATER, outlet: ' the  sotk weekly' },
      { id: 'o1', text: OWN_STORY, outlet: 'Lake Sevan Radio' },
      { id: 'n1', text: ARM_ACCOUNT, outlet: null },
      { id: 'n2', text: AZE_ACCOUNT, outlet: null },
    ];
    expect(wireFamilies(paper).map((f) => f.reportIds)).toEqual([['n1'], ['n2'], ['o1'], ['p1'], ['p2']]);
    expect(sourceFamilies(paper).map((f) => f.reportIds)).toEqual([['n1'], ['n2'], ['o1'], ['p1', 'p2']]);
  });
});
