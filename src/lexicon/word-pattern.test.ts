import { describe, expect, it } from 'vitest';
import { LETTER, LETTER_OR_DIGIT, RegExpSet, TextCheck, WordPattern, WordPatternSet, alternatives, positionsSource } from './word-pattern.js';
import { execAll } from './exec-all.js';
import { loadLexicon, packsFolder } from './load.js';

/** Every match as [index, text, groups...] by exec loops, the way the stages read them. */
function all(p: { lastIndex: number; exec(text: string): RegExpExecArray | null }, text: string): unknown[][] {
  const out: unknown[][] = [];
  p.lastIndex = 0;
  for (let m = p.exec(text); m; m = p.exec(text)) out.push([m.index, ...m]);
  return out;
}

/** The plain regular expression the pattern stands for. */
function reference(body: string, before: string | null, after: string | null, flags = 'giu'): RegExp {
  return new RegExp(`${before !== null ? `(?<![${before}])` : ''}(?:${body})${after !== null ? `(?![${after}])` : ''}`, flags);
}

const BODIES = [
  'killed|kill|kills|dead|death toll|deaths?|wounded|losses|loss',
  'shell(?:ed|ing|s)?|mortars?|opened fire|fire',
  'released(?=\\s+(?:a|an|its|the)\\s+(?:statement|report))|released|said|says',
  'lost (?:their|his|her) li(?:ves|fe)|lost',
  '(k)(ill)(?:ed)?',
  'убит\\p{L}*|погиб\\p{L}*',
  'IEDs?|UAVs?',
  '(?:total|complete) ceasefire|(?:deal|accord) (?:was|is) signed|(?:analysis|comment)(?=:)',
  '(?:could|would|will)(?![\\p{L}\\p{N}])(?:\\s+\\p{L}+){0,3}\\s*$',
  '(?<!(?:as|so)\\s+)many|несколько|ده ها',
  // An optional group opening the body (searched with and without it).
  '(?:(on|last)\\s+)?(Monday|Friday|Fri\\.?)|(?:a\\s+)?few',
  // A look-behind by Unicode property opening an alternative: the position search is still ASCII.
  'deaths?|(?<=(?:claimed|cost)\\s+(?:the\\s+)?(?:[\\p{L}\\d,.-]+\\s+){1,3})lives',
  // Alternatives opening with characters outside ASCII, alone or after ASCII letters: searched by any such character.
  'several|dozens|vários|várias|birkaç|yüzlerce|kümneid|несколько|десятки|العشرات|ده‌ها|ده ها|Éclats?|(?:ça|éte)s?',
];

const TEXTS = [
  'Two soldiers were killed and three wounded; the death toll rose. Skilled killers kill; kills.',
  'KILLED, Killed, kIlLeD and killedé, killed2, 2killed, ékilled, killed—dead.',
  'The shelling went on, shelled, shells; firefight, ceasefire, fire. Opened fire!',
  'The ministry released a statement and released the figures; it said, it says.',
  'They lost their lives; he lost his life; lost. Losses, loss, lossé.',
  'Двое убиты, трое погибли. Killed in Ağdam and Füzuli; kill in İstanbul.',
  'The ſhelling and the \u212Ailled (Kelvin sign) fold onto ASCII letters under Unicode case folding.',
  'Emoji 😀killed and killed😀 and 𝐀killed keep surrogate pairs: killed.',
  'IEDs and UAVs, an IED, a UAV; AIEDS; ieds.',
  'killed_killed _killed 9killed 1990skilled x.killed\nkilled «killed» Total ceasefire, the deal was signed; comment: analysis:',
  'total ceasefire killed',
  'fighting could kill',
  '𝐀could kill many 😀would kill many and «will» — so many, as many, несколько, ده ها, أده ها',
  'It claimed the lives of two; it claimed 12 lives, cost 3 more lives, cost them lives and Ünal lives; lives.',
  'Vários mortos, várias casas, birkaç asker, yüzlerce kişi, kümneid; несколько и десятки, العشرات وده‌ها, éclats, ÉCLAT, çaS, étés, VáRIOS, vários2, xvários, —несколько, dozens, several.',
  '',
];

/** The texts without the characters that keep the ASCII search (and so the search of slices) away. */
const SAFE_TEXT = TEXTS.filter((t) => !/[\u0130\u0131\u017F\u1E9E\u212A\u212B\uD800-\uDFFF]/.test(t)).join(' ');

describe('WordPattern', () => {
  for (const body of BODIES) {
    for (const [before, after] of [[LETTER_OR_DIGIT, LETTER_OR_DIGIT], [LETTER, LETTER], [LETTER, null], [null, LETTER], [null, null], ['\\p{L}-', LETTER]] as const) {
      it(`finds what /${before ? '(?<!..)' : ''}(?:${body})${after ? '(?!..)' : ''}/giu finds`, () => {
        const p = new WordPattern(body, { before, after });
        for (const text of TEXTS) expect(all(p, text)).toEqual(all(reference(body, before, after), text));
      });
    }
  }

  it('stands for a leading \\b as the guard \\w when every match starts with a word character', () => {
    const body = String.raw`(?:came|comes|was|killed?)\s+(?:only\s+)?((?:an?|two|\d{1,2})\s+days?)\s+after(?=\s+(?:an?|the|\p{Ll}+ed)\s)|kill`;
    const p = new WordPattern(body, { before: '\\w', after: null });
    const texts = [...TEXTS, 'It came two days after the raid; _came 2 days after an attack, ſcame a day after the, \u212Aill, 9came a day after its, 😀was 3 days after shelled x. Came a day after the'];
    for (const text of texts) expect(all(p, text)).toEqual(all(new RegExp(String.raw`\b(?:${body})`, 'giu'), text));
  });

  it('finds in a slice of a text what it finds in the slice alone (matchAllIn)', () => {
    for (const text of [TEXTS.join(' '), SAFE_TEXT]) {
    const cuts = [0, 1, 3, 7, 12, 20, 33, 50, 64, 90, 100, 131, 170, 200, 257, 300, 333, 401, 450, 500, 555, 600, 700, text.length];
    for (const body of [...BODIES, 'killed|claimed(?!\\s+the\\s+lives)|released(?=\\s+a)|dead$|^two|lost\\b|\\bdays?']) {
      for (const [before, after] of [[LETTER_OR_DIGIT, LETTER_OR_DIGIT], [LETTER, null], [null, LETTER], [null, null]] as const) {
        const p = new WordPattern(body, { before, after });
        for (const start of cuts) {
          for (const end of cuts) {
            if (end < start || end > text.length) continue;
            const slice = text.slice(start, end);
            expect(p.matchAllIn(text, start, end).map((m) => [m.index, ...m])).toEqual(p.matchAll(slice).map((m) => [m.index, ...m]));
          }
        }
      }
    }
    }
  });

  it('tests a slice as the slice alone (testIn), whatever the text holds', () => {
    for (const text of [SAFE_TEXT.slice(0, 400), TEXTS.join(' ').slice(0, 700)]) {
      for (const body of BODIES) {
        const p = new WordPattern(body, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT });
        for (let start = 0; start < text.length; start += 7) {
          for (const end of [start, start + 9, start + 40, start + 120]) {
            if (end > text.length) continue;
            expect(p.testIn(text, start, end), `${body} in ${JSON.stringify(text.slice(start, end))}`).toBe(p.test(text.slice(start, end)));
          }
        }
      }
    }
  });

  it('tests a string made of slices of a text as the string alone (testOf), whatever the text holds', () => {
    for (const text of [SAFE_TEXT.slice(0, 400), TEXTS.join(' ').slice(0, 700)]) {
      for (const body of BODIES) {
        const p = new WordPattern(body, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT });
        for (let start = 0; start + 40 <= text.length; start += 11) {
          const joined = text.slice(start, start + 25) + text.slice(start + 31, start + 40);
          expect(p.testOf(joined, text), `${body} in ${JSON.stringify(joined)}`).toBe(p.test(joined));
        }
      }
    }
  });

  it('reads a slice starting anywhere, inside a word or after one, as the slice alone', () => {
    const text = 'killedkilled killed,killed.Killed unkilled kill; xkilled—killed «killed» 2killed killed';
    for (const guard of [LETTER, LETTER_OR_DIGIT]) {
      const p = new WordPattern('killed|kill', { before: guard, after: guard });
      for (let start = 0; start <= text.length; start++) {
        for (const end of [start, start + 1, start + 6, start + 13, text.length]) {
          if (end > text.length) continue;
          expect(p.matchAllIn(text, start, end).map((m) => [m.index, ...m])).toEqual(p.matchAll(text.slice(start, end)).map((m) => [m.index, ...m]));
        }
      }
    }
  });

  it('reads the first position of a text or slice as the full pattern does, whatever character stands there', () => {
    // A prefixed pattern rules out the first position by the character there (see `openings`): every start, so
    // every character (letters it opens with or not, digits, marks, white space, characters outside ASCII) comes first.
    const text = SAFE_TEXT.slice(0, 600);
    for (const body of [...BODIES, 'on both sides|in total|combined|enemy|enemy\'s|other side', 'our|we|us']) {
      for (const [before, after] of [[LETTER_OR_DIGIT, LETTER_OR_DIGIT], [LETTER, null]] as const) {
        const p = new WordPattern(body, { before, after });
        const full = reference(body, before, after);
        for (let start = 0; start <= text.length; start++) {
          const slice = text.slice(start, start + 30);
          expect(all(p, slice), `${body} in ${JSON.stringify(slice)}`).toEqual(all(full, slice));
          expect(p.testIn(text, start, Math.min(text.length, start + 30))).toBe(full.test(slice) && ((full.lastIndex = 0), true));
        }
      }
    }
  });

  it('never rejects a word the full pattern matches, and never adds one', () => {
    const p = new WordPattern('killed|kill|wounded', { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT });
    expect(all(p, 'three were killed and two wounded').map((m) => m[1])).toEqual(['killed', 'wounded']);
    expect(all(p, 'skilled unkilled killedx wounded2')).toEqual([]);
  });

  it('tries a shorter alternative when the longer one runs into a word', () => {
    // 'deaths?' reads 'deaths' first; in 'deathsé' neither reading is a whole word, in 'death-' the short one is.
    const p = new WordPattern('deaths?|death toll', { before: LETTER, after: LETTER });
    expect(all(p, 'deathsé death- deaths')).toEqual(all(reference('deaths?|death toll', LETTER, LETTER), 'deathsé death- deaths'));
  });

  it('moves lastIndex as a global regular expression does, and test() starts from the beginning', () => {
    const p = new WordPattern('killed', { before: LETTER, after: LETTER });
    const text = 'killed, then killed';
    p.lastIndex = 0;
    expect(p.exec(text)?.index).toBe(0);
    expect(p.lastIndex).toBe(6);
    expect(p.exec(text)?.index).toBe(13);
    expect(p.exec(text)).toBeNull();
    expect(p.lastIndex).toBe(0);
    p.lastIndex = 10;
    expect(p.test(text)).toBe(true);
    expect(p.lastIndex).toBe(0);
    expect(p.test('skilled')).toBe(false);
  });
});

describe('WordPattern: the number patterns', () => {
  const texts = [
    '12 soldiers, 1,500 people, 1.500 Menschen, 3.5 million, ٣٥ شخصا, ۱۲ نفر, 300 000 человек, 2020, 12km, $5, 5%, 14:30, v2.0, A-12, 12-13',
    'twenty-five killed, two hundred and fifty, a dozen, half a dozen, a hundred-year war, non-twenty, several, many, as many, несколько, vários',
    'Emoji 😀12 and 𝟏𝟐 and 12😀; Kelvin \u212A 12 ſeveral; İ 5',
    'Resolution №822, No. 5, 1st and 2nd, Ärzte und Baku Aliyev, ÄRZTE, x12 and 7; a\u00a0b, ГЛАВА 3.',
  ];
  const cases: [string, string | null, string | null, string][] = [
    [String.raw`([0-9٠-٩۰-۹]{1,3}(?:[,\u00a0\u202f][0-9٠-٩۰-۹]{3})+|[0-9٠-٩۰-۹]+)(?:[.,]([0-9]+))?(?![\p{L}\p{N}_]|[.,:/][0-9])`, String.raw`\p{L}\p{N}_.,/:@#$€£¥₽₼֏+−%-`, null, 'gu'],
    [String.raw`half\s+a\s+dozen|an?\s+(?:dozen|hundred)(?=[^\p{L}-]|$)|(?:twenty|two|five|hundred)(?:(?:\s+and\s+|\s+|-)(?:twenty|two|five|hundred|fifty))*`, String.raw`\p{L}-`, LETTER, 'giu'],
    [String.raw`several|(?<!(?:as|so)\s+)many|несколько|vários|a\s+dozen`, LETTER_OR_DIGIT, LETTER, 'giu'],
    // Case-sensitive bodies are searched by the character each alternative opens with (or, when one cannot say, as written).
    [String.raw`(?:№|No\.)\s*\d+|\d+(?:st|nd)|[\u00a0]b`, null, LETTER, 'gu'],
    [String.raw`[A-ZÄ][a-z]+(?:\s+[A-Z][a-z]+)?|Ärzte|ГЛАВА\s\d`, LETTER, LETTER, 'gu'],
    [String.raw`\p{Lu}\p{Ll}+`, LETTER, LETTER, 'gu'],
    [String.raw`x?\d+|(?<=x)\d`, null, null, 'gu'],
  ];
  for (const [body, before, after, flags] of cases) {
    it(`finds what ${flags} /${body.slice(0, 40)}.../ finds`, () => {
      const p = new WordPattern(body, { before, after, ignoreCase: flags.includes('i') });
      for (const text of texts) {
        expect(p.matchAll(text).map((m) => [m.index, ...m])).toEqual([...text.matchAll(reference(body, before, after, flags))].map((m) => [m.index, ...m]));
      }
    });
  }
});

describe('WordPatternSet', () => {
  const cues = [
    'clash(?:es|ed)?|fighting|fought|firefights?|exchanges? of fire|opened fire|ceasefire violations?',
    'shell(?:ed|ing|s)?|artillery|mortars?|rockets?|Grad',
    'sign(?:s|ed|ing)? (?:a |an |the )?(?:[a-z-]+ )?(?:deal|agreement|ceasefire)|(?:deal|agreement) (?:was|were) (?:signed|reached)|truce',
    'drones?|UAVs?|air ?strikes?',
    'IEDs?|mine blast|landmines?',
    'talks|met with|(?:analysis|comment)(?=:)|Minsk Group',
    'fire',
  ];
  const texts = [
    ...TEXTS,
    'Clashes and fighting: the ceasefire violations went on, artillery shelled Grad positions; a ceasefire deal was signed. Talks, Minsk Group, analysis: fire, firefight, firefights.',
    'They signed a deal and the agreement was reached; a truce. Drones, UAV, airstrikes, air strikes, IED, landmine; comment: none. Fired, refire, ceasefire.',
  ];

  it('finds what each pattern finds on its own', () => {
    for (const guard of [LETTER, LETTER_OR_DIGIT]) {
      const patterns = cues.map((c) => new WordPattern(c, { before: guard, after: guard }));
      const set = new WordPatternSet(patterns);
      for (const text of texts) {
        const own = patterns.map((p) => p.matchAll(text).map((m) => [m.index, ...m]));
        expect(set.matchAll(text).map((ms) => ms.map((m) => [m.index, ...m]))).toEqual(own);
        // ... and what the plain regular expressions find.
        expect(own).toEqual(cues.map((c) => [...text.matchAll(reference(c, guard, guard))].map((m) => [m.index, ...m])));
      }
    }
  });

  it('shares the search with bodies that are not plain ASCII, whole texts and slices alike', () => {
    // The claims of none ('n['’]t'), vague quantities of other languages: each joins by its own ASCII search.
    const mixed = [
      "(?:no|without|(?:not|never|(?:did|does|has)n['’]t) (?:have |having )?(?:suffered|had) any|zero) (?:losses|casualties)",
      '(?:have|has|had|suffered) no (?:losses|casualties)',
      'no (?:one|soldiers?) (?:was|were) killed|no (?:deaths|dead)',
      'several|vários|несколько|ده ها',
    ];
    const all = [...texts, "They hadn’t suffered any losses, had no casualties; no one was killed. It didn't have any losses; zero losses, vários, несколько, ده ها."];
    for (const guard of [LETTER, LETTER_OR_DIGIT]) {
      const patterns = mixed.map((c) => new WordPattern(c, { before: guard, after: guard }));
      const set = new WordPatternSet(patterns);
      for (const text of all) {
        const own = mixed.map((c) => [...text.matchAll(reference(c, guard, guard))].map((m) => [m.index, ...m]));
        expect(set.matchAll(text).map((ms) => ms.map((m) => [m.index, ...m]))).toEqual(own);
        // Every slice between two sentence-like breaks, read from the search of the whole text.
        const cuts = [0, ...[...text.matchAll(/[.;,] /g)].map((m) => m.index + 2), text.length];
        for (let k = 0; k + 1 < cuts.length; k++) {
          const slice = text.slice(cuts[k], cuts[k + 1]);
          const inSlice = mixed.map((c) => [...slice.matchAll(reference(c, guard, guard))].map((m) => [m.index, ...m]));
          expect(set.matchAllIn(text, cuts[k]!, cuts[k + 1]!).map((ms) => ms.map((m) => [m.index, ...m]))).toEqual(inSlice);
          expect(patterns.map((p) => p.matchAllIn(text, cuts[k]!, cuts[k + 1]!).map((m) => [m.index, ...m]))).toEqual(inSlice);
        }
      }
    }
  });

  it("finds what each language's event cues find on their own (patterns opening with a group are tried by their groups' letters)", () => {
    const lexicon = loadLexicon({ packs: [`${packsFolder()}languages`] });
    const text = [
      ...texts,
      'The agreement was signed; a deal on ending the war. The document was reached, the accord to halt fire. Analysis: op-ed. Comment: the explainer sets out what we know so far.',
      'Die Vereinbarung wurde unterzeichnet. L\'accord a été signé. El acuerdo fue firmado. Соглашение подписано. Anlaşma imzalandı.',
    ].join(' ');
    let tried = 0;
    for (const language of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'tr', 'az', 'hy', 'ar', 'fa', 'et', 'is']) {
      const patterns = lexicon.eventCues(language).map((c) => new WordPattern(c.pattern, { before: LETTER, after: LETTER }));
      if (patterns.length < 2) continue;
      const own = patterns.map((p) => p.matchAll(text).map((m) => [m.index, ...m]));
      expect(new WordPatternSet(patterns).matchAll(text).map((ms) => ms.map((m) => [m.index, ...m]))).toEqual(own);
      tried++;
    }
    expect(tried).toBeGreaterThan(3);
  });

  it('tries a pattern where its first two letters stand, in any case, and where they are not ASCII', () => {
    // Patterns sharing first letters, opening with groups, with one-letter and non-letter openings.
    const sources = ['sign(?:s|ed)?|(?:deal|accord) was', 'sh(?:ell|ot)|si(?:ege)?', '(?:se|sé)curity|a (?:brief )?history', 'sé|s-?e|de?al'];
    const all = [...texts, 'SIGNED, Signs; DEAL WAS, Accord was; SHELL, shot, Siege, si, Security, sécurité, sé, s-e, se, dal, deal, a brief history, A History.'];
    for (const guard of [LETTER, LETTER_OR_DIGIT]) {
      const patterns = sources.map((c) => new WordPattern(c, { before: guard, after: guard }));
      const set = new WordPatternSet(patterns);
      for (const text of all) {
        const own = sources.map((c) => [...text.matchAll(reference(c, guard, guard))].map((m) => [m.index, ...m]));
        expect(set.matchAll(text).map((ms) => ms.map((m) => [m.index, ...m]))).toEqual(own);
      }
    }
  });

  it('splits a source into its top-level alternatives', () => {
    expect(alternatives('a|b(?:c|d)|[|]|\\||e')).toEqual(['a', 'b(?:c|d)', '[|]', '\\|', 'e']);
  });

  it('factors alternatives by first letter and matches at the same positions', () => {
    const sources = [
      'killed|kill|kills|Killing|k?x', 'wounded|w+|(?:a|b)c', 'IEDs?|ied',
      // Optional tails and whole groups are read for their positions ('two hundred and fifty' starts where 'two' does).
      '(?:(?:twenty|thirty)(?:-(?:one|two))?|one|two|hundred)(?:(?:\\s+and\\s+|\\s+|-)(?:(?:twenty|thirty)(?:-(?:one|two))?|one|two|hundred))*',
      '(x|yz)(?:q)?|\\)?|[)]?z(?:w)*?',
    ];
    const factored = positionsSource(sources);
    expect(factored).toContain('k(?:illed|ill|ills|illing)');
    const union = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gi');
    const fast = new RegExp(factored, 'gi');
    const positions = (re: RegExp, text: string): number[] => {
      const out: number[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push(m.index);
        re.lastIndex = m.index + 1;
      }
      return out;
    };
    expect(factored).toContain('t(?:wenty|hirty|wo)');
    for (const text of [...texts, 'x kx wwww ac bc Killing IEDs ied', 'twenty-one, thirty two hundred and one; yzq xq ) z zw )z']) {
      expect(positions(fast, text)).toEqual(positions(union, text));
    }
  });
});

describe('WordPatternSet.matchAllIn', () => {
  it('finds in a slice of a text what it finds in the slice alone', () => {
    for (const text of [TEXTS.join(' '), SAFE_TEXT].map((t) => t + ' no losses, suffered no casualties; no deaths. Without losses. not suffered any losses')) {
    const set = new WordPatternSet([
      new WordPattern('no (?:losses|casualties)|without losses', { before: LETTER, after: LETTER }),
      new WordPattern('(?:suffered|had) no (?:losses|casualties)', { before: LETTER, after: LETTER }),
      new WordPattern('killed|dead(?=\\s)|deaths?', { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT }),
    ]);
    for (let start = 0; start < text.length; start += 37) {
      for (const end of [start, start + 5, start + 40, start + 120, text.length]) {
        if (end > text.length) continue;
        const clip = (ms: RegExpExecArray[][]) => ms.map((xs) => xs.map((m) => [m.index, ...m]));
        expect(clip(set.matchAllIn(text, start, end))).toEqual(clip(set.matchAll(text.slice(start, end))));
      }
    }
    }
  });
});

describe('patterns that share a check', () => {
  it('each find in a slice what they find in the slice alone, asked about texts and slices in turn', () => {
    // Alternatives opening with one letter, with two, with a group, with a letter a quantifier follows, with
    // a character outside ASCII; sets and single patterns; asked about texts and slices in turn.
    const bodies = [
      'killed|kill|dead(?=\\s)|deaths?|o|(?:a|b)c',
      'said|says|s(?:tated|aying)|according to|k?x',
      'no (?:losses|casualties)|without losses|(?:suffered|had) no (?:losses|casualties)',
      'several|dozens|vários|несколько|ده ها',
    ];
    const texts = [SAFE_TEXT, ...TEXTS.filter((t) => !/[\u0130\u0131\u017F\u1E9E\u212A\u212B\uD800-\uDFFF]/.test(t)), 'He said: no losses. Said, SAYS, stated; OX, ac, bc, x, kx. Several, vários dozens; несколько, ده ها. Killed, dead and deaths.'];
    const check = new TextCheck();
    const patterns = bodies.map((b) => new WordPattern(b, { before: LETTER, after: LETTER, check }));
    const set = new WordPatternSet([patterns[2]!, new WordPattern('talks|fighting|clash(?:es)?|fire', { before: LETTER, after: LETTER, check })]);
    const clip = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);
    for (const text of [...texts, ...texts]) {
      expect(set.matchAll(text).map(clip)).toEqual(set.patterns.map((p) => clip(p.matchAll(text))));
      for (let start = 0; start < text.length; start += 29) {
        for (const end of [start + 3, start + 40, text.length]) {
          if (end > text.length) continue;
          const slice = text.slice(start, end);
          patterns.forEach((p, k) => expect(clip(p.matchAllIn(text, start, end))).toEqual([...slice.matchAll(reference(bodies[k]!, LETTER, LETTER))].map((m) => [m.index, ...m])));
          expect(set.matchAllIn(text, start, end).map(clip)).toEqual(set.patterns.map((p) => clip(p.matchAll(slice))));
        }
      }
    }
  });
});

describe('RegExpSet', () => {
  const SETS: RegExp[][] = [
    [
      /\b(?:(on|last|past|this)\s+)?(Monday|Tuesday|Friday|(?:Mon|Tues?|Fri)\.?)\b/gi,
      /\b(overnight|last night|today|(?:a|one) day (?:after|later))\b/gi,
      /(?<!\bday before\s+)\byesterday\b/gi,
      /\b(?:January|July|May)\b/g,
      /\b(?:(an?|one|two|\d{1,2})\s+days?\s+(earlier|later)|the\s+(previous|next)\s+day)(?=\s*(?:[,.;:)]|$))/gi,
      /\b(last|this)\s+(year|month)\b/gi,
    ],
    // Not every expression opens with \b before a word: each is read on its own.
    [/\b(?:killed|dead)\b/gi, /(?:^|\s)wounded/gi],
    [/\b(?:killed|dead)\b/giu],
  ];
  const texts = [
    ...TEXTS,
    'On Friday, last Fri. and Fri. — yesterday, the day before yesterday; overnight today. A day later, two days earlier, the previous day.',
    'May 5th, in May, mayday, July; MONDAY, monday, Mondays, xMonday, 3Monday, _Friday, 12 days later. 1 day earlier: last month, this YEAR.',
    'Friday',
    'yesterday',
  ];
  for (const set of SETS) {
    it(`reads what each of ${set.length} expressions reads alone`, () => {
      const s = new RegExpSet(set);
      for (const text of texts) {
        const found = s.execAll(text).map((ms) => ms.map((m) => [m.index, ...m]));
        expect(found).toEqual(set.map((re) => execAll(re, text).map((m) => [m.index, ...m])));
      }
    });
  }
});

describe('TextCheck', () => {
  it('answers as a fresh check does, whatever texts and slices it was asked about before', () => {
    const unsafe = /[\u0130\u0131\u017F\u1E9E\u212A\u212B\uD800-\uDFFF]/;
    const texts = ['a plain report', 'a report with \u212A', 'a report with 😀', 'ſ', '', 'a plain report'];
    const asked = texts.flatMap((t) => [t, t.slice(2), t.slice(0, 3), t.slice(1, -1)]);
    const check = new TextCheck();
    for (let round = 0; round < 3; round++) {
      for (const [k, t] of asked.entries()) {
        // Whole texts and their slices in turn, as the stages ask.
        const whole = texts[k % texts.length]!;
        expect(check.wholeTextSafe(whole)).toBe(!unsafe.test(whole));
        expect(check.asciiSafe(t)).toBe(!unsafe.test(t));
        expect(check.wholeTextSafe(t)).toBe(!unsafe.test(t));
      }
    }
  });
});

describe('matchAllIn in other languages', () => {
  // Triggers whose searches hold `[^\x00-\x7F]` (alternatives opening with a character outside ASCII, or
  // with letters and then one): their slices are read from one search of the whole text as well.
  const bodies = [
    'убит\\p{L}*|погиб\\p{L}*|ранен\\p{L}*|(?:не\\s+менее|около)\\s+\\d+|жертв',
    'getötet|tödlich|Tote[nr]?|verletzt(?:e[nr]?)?|ums\\s+Leben|Verwundete',
    'tués?|blessés?|morts?|décès|(?:a|ont)\\s+péri|victimes?|été\\s+tué',
    'killed|dead|several|dozens|десятки|einige|plusieurs',
    // Alternatives opening with characters of one case folding but not of one lower case ('ς', 'σ', 'Σ').
    'σεισμ\\p{L}*|ςτ|Ärzte|ärztlich',
  ];
  const texts = [
    'В результате обстрела Донецка погибли трое мирных жителей, ещё не менее 12 человек ранены. Убитые — жители села; УБИТ, ранение, жертвы. Около 5 человек погибло.',
    'Bei dem Angriff wurden drei Menschen getötet und Dutzende verletzt. Die Toten, zwei Tote, ein Toter; tödlich verletzte Verwundete kamen ums Leben. Getötet, TÖDLICH, Übergriff.',
    "L'attaque a fait deux morts et plusieurs blessés ; un soldat a été tué, trois ont péri. Décès, victimes, TUÉS, blessées, «morts», mortier, Tuésday.",
    'Mixed: killed — убиты, getötet, tués; dozens of dead, десятки погибших, einige Tote, plusieurs blessés.',
    'Ο σεισμός, ΣΕΙΣΜΌΣ, Σεισμοί; ςτ, Στ, στ, ΣΤ. ÄRZTE, ärzte, Ärztlich; ДЕСЯТКИ, Десятки, ДЕСЯТКИ2, xдесятки.',
  ];
  const text = texts.join('\n');
  const clip = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

  it('find in a report and in a slice of it what the plain pattern finds', () => {
    for (const check of [new TextCheck(), undefined]) {
      const patterns = bodies.map((b) => new WordPattern(b, { before: LETTER_OR_DIGIT, after: LETTER_OR_DIGIT, check }));
      const set = new WordPatternSet(patterns);
      for (const whole of [text, ...texts]) {
        for (let start = 0; start < whole.length; start += 13) {
          for (const end of [start, start + 1, start + 30, start + 90, whole.length]) {
            if (end > whole.length) continue;
            const slice = whole.slice(start, end);
            const expected = bodies.map((b) => [...slice.matchAll(reference(b, LETTER_OR_DIGIT, LETTER_OR_DIGIT))].map((m) => [m.index, ...m]));
            patterns.forEach((p, k) => expect(clip(p.matchAllIn(whole, start, end))).toEqual(expected[k]));
            expect(set.matchAllIn(whole, start, end).map(clip)).toEqual(expected);
          }
        }
        expect(set.matchAll(whole).map(clip)).toEqual(bodies.map((b) => [...whole.matchAll(reference(b, LETTER_OR_DIGIT, LETTER_OR_DIGIT))].map((m) => [m.index, ...m])));
      }
    }
  });
});

describe('characters outside ASCII', () => {
  it('lower-case to an ASCII character only for the Kelvin sign (what the sets read their letters by)', () => {
    const found: number[] = [];
    for (let c = 128; c < 0x10000; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1 && lower.charCodeAt(0) < 128) found.push(c);
    }
    expect(found).toEqual([0x212a]);
  });

  it('before a match are ruled out by the guard as by the look-behind, asked again and again', () => {
    const text = 'убит, Xубит, 1убит, —убит, «убит», ǅубит, ʰубит, ١убит, 😀убит, 𝐀убит, ⅧУБИТ, убит';
    for (const guard of [LETTER, LETTER_OR_DIGIT]) {
      const p = new WordPattern('убит', { before: guard, after: guard });
      for (let round = 0; round < 2; round++) expect(all(p, text)).toEqual(all(reference('убит', guard, guard), text));
    }
  });
});
