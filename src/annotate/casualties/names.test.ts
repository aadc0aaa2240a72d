import { describe, expect, it } from 'vitest';
import { namesBefore, namesListedAfter, personNames, type NameListRules } from './names.js';

const RULES: NameListRules = {
  separator: /\s*(?:[,;]|(?<![\p{L}])(?:and)(?![\p{L}]))\s*/giu,
  apposition: /^(?:born(?:\s+in)?\s+\d{4}|aged?\s+\d{1,3}|\d{1,3})$/iu,
  wordsBeforeVerb: 3,
  notName: /^(?:Department|Ministry)$/u,
  isPersonNoun: (w) => ['soldiers', 'serviceman', 'residents', 'sergeant'].includes(w),
};

/** The names listed before the first occurrence of `verb` in `text`. */
function listed(text: string, verb: string, entities: { start: number; end: number }[] = []): string[] {
  const at = text.indexOf(verb);
  return namesBefore(text, 0, at, personNames(text, 0, text.length, entities, RULES.notName), RULES).map((n) => n.name);
}

describe('personNames', () => {
  it('finds runs of two or more capitalised words, and leaves out actors and places', () => {
    const text = 'Troops of the Azerbaijan Army and Major General Polad Hashimov met Vugar Sadigov in Tovuz.';
    const army = { start: text.indexOf('Azerbaijan Army'), end: text.indexOf('Azerbaijan Army') + 'Azerbaijan Army'.length };
    expect(personNames(text, 0, text.length, [army]).map((n) => n.name)).toEqual(['Major General Polad Hashimov', 'Vugar Sadigov']);
  });

  it('takes no run that holds a word no name holds', () => {
    const text = 'Officers of the Passport and Visa Department Armen Babayan and Davit Danielyan';
    expect(personNames(text, 0, text.length, [], RULES.notName).map((n) => n.name)).toEqual(['Davit Danielyan']);
  });

  it('skips an apposition set off by commas that names what the people are', () => {
    expect(listed('Armen Babayan and Davit Danielyan, both soldiers of the northern unit, had been killed.', 'killed')).toEqual(['Armen Babayan', 'Davit Danielyan']);
    expect(listed('Armen Babayan and Davit Danielyan, after a long night at the checkpoint near the village, had been killed.', 'killed')).toEqual([]);
  });

  it('reads a name list before a verb in quotation marks', () => {
    expect(listed('The press named soldiers Alibayli Shahriyar and Huseynov Eshgin as having been “martyred.”', 'martyred')).toEqual(['Alibayli Shahriyar', 'Huseynov Eshgin']);
  });

  it('does not join words across punctuation or take single capitalised words', () => {
    expect(personNames('Yesterday, Sadigov. Mammadov died.', 0, 34, []).map((n) => n.name)).toEqual([]);
  });
});

describe('namesBefore', () => {
  it('counts the names listed as the subject of the verb', () => {
    expect(listed('Servicemen of the army, sergeant Vugar Sadigov and corporal Elshad Mammadov died holding off an attack.', 'died'))
      .toEqual(['Vugar Sadigov', 'Elshad Mammadov']);
    expect(listed('Soldier Khayyam Dashdamirov has also died.', 'died')).toEqual(['Soldier Khayyam Dashdamirov']);
  });

  it('skips appositions of birth years and ages between the names', () => {
    expect(listed('Residents Guliyeva Sahibe Idris gizi, born in 1967, and Guliyeva Zakhra Elnur gizi, born in 2015 died.', 'died'))
      .toEqual(['Residents Guliyeva Sahibe Idris', 'Guliyeva Zakhra Elnur']);
  });

  it('takes no speaker for a victim', () => {
    expect(listed('President Ilham Aliyev said soldiers were killed.', 'killed')).toEqual([]);
    expect(listed('Ilham Aliyev said that they were killed.', 'killed')).toEqual([]);
    expect(listed('According to Vagif Dargahli, the soldiers were killed.', 'killed')).toEqual([]);
  });

  it('stops at the first item of the subject that names nobody', () => {
    expect(listed('After talks with Sergey Lavrov, and despite the efforts of doctors, Rashid Mahmudov died.', 'died')).toEqual(['Rashid Mahmudov']);
  });
});

describe('namesListedAfter', () => {
  it('reads one name per list line and stops at the first line that is no list item', () => {
    const text = 'They died:\n- Colonel Ilgar Mirzoyev;\n- Major Namig Ahmadov;\nThe ministry mourns them.';
    const lines = [...text.matchAll(/[^\n]+/g)].slice(1).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const found = namesListedAfter(text, lines, (s) => personNames(text, s.start, s.end, []));
    expect(found.names.map((n) => n.name)).toEqual(['Colonel Ilgar Mirzoyev', 'Major Namig Ahmadov']);
    expect(text.slice(0, found.end).endsWith('Ahmadov;')).toBe(true);
  });
});
