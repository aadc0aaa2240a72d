import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from './test-helpers.js';
import { defaultPackFolders, loadLexicon, packsFolder } from './load.js';
import { perLanguage, perLexicon, textCheckOf } from './per-language.js';
import type { Lexicon } from './types.js';
import { extendVocabulary, type CasualtyVocabulary } from './vocabulary.js';

const root = mkdtempSync(join(tmpdir(), 'dateline-languages-'));

/** Writes a pack folder with `pack.json` and other files, and returns it. */
function packFolder(name: string, pack: object, files: Record<string, unknown> = {}): string {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'pack.json'), JSON.stringify({ name, description: 'test', ...pack }));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), typeof content === 'string' ? content : JSON.stringify(content));
  return folder;
}

/** A complete vocabulary in made-up words (required fields only). */
const VALID = {
  triggers: [{ status: 'killed', pattern: 'morvat|morvath', voice: 'passive' }],
  people: { kelni: 'soldiers', dosa: 'civilians' },
  notPeople: ['turo'],
  none: [{ status: 'casualties', pattern: 'ne morvat' }],
  speech: 'tavel|tavelo', accordingTo: 'pel', anaphora: 'on|ona', enemy: 'vrago', bothSides: 'obe strani', hypothetical: 'mogo',
  attack: 'strelo', own: 'nash', possessive: 'svoj', modifiers: ['ishe'], bare: ['i'], speakerAfterVerb: '^\\s*$', speakerNouns: '^\\s+ministro',
  sideBefore: 'na', sideAfter: 'strana',
};

describe('language packs: the bundled vocabularies', () => {
  let lexicon: Lexicon;
  beforeAll(() => {
    lexicon = loadLexicon();
  });

  it('gives every language with rules a complete vocabulary and cues', () => {
    for (const language of ['en', 'ru', 'fr', 'de', 'nl', 'es', 'it', 'pt', 'fa', 'ar', 'tr', 'is', 'et']) {
      expect(lexicon.vocabulary(language)?.triggers.length, language).toBeGreaterThan(0);
      expect(lexicon.eventCues(language).length, language).toBeGreaterThan(0);
    }
    expect(lexicon.numberWords('de').get('drei')).toBe(3);
    expect(lexicon.vocabulary('en')?.people.soldiers).toBe('soldiers');
    expect(lexicon.vocabulary('fr')?.triggers.some((t) => t.pattern.includes('tué\\p{L}*'))).toBe(true);
  });

  it('gives nothing for a language no pack covers', () => {
    expect(lexicon.vocabulary('sv')).toBeUndefined();
    expect(lexicon.eventCues('sv')).toEqual([]);
  });

  it('keeps the vocabularies out of the other packs: without `languages` there are none', () => {
    const placesOnly = loadLexicon({ packs: defaultPackFolders().filter((f) => !f.endsWith('languages')) });
    expect(placesOnly.vocabulary('en')).toBeUndefined();
  });

  it('lists each language file of the pack', () => {
    const pack = JSON.parse(readFileSync(join(packsFolder(), 'languages', 'pack.json'), 'utf8')) as { languages: Record<string, string> };
    expect(pack.languages.en).toBe('en.json');
  });
});

describe('language packs: a malformed vocabulary is a clear load error', () => {
  const lexiconWith = (folder: string): Lexicon => loadLexicon({ packs: [folder] });

  it.each([
    ['a bad status', { ...VALID, triggers: [{ status: 'dead', pattern: 'morvat', voice: 'passive' }] }, /language "xq": casualties\.triggers\[0\]\.status must be one of killed, wounded/],
    ['a pattern that is no regular expression', { ...VALID, speech: 'tavel(' }, /language "xq": casualties\.speech is not a valid regular expression/],
    ['an unknown field', { ...VALID, speach: 'tavel' }, /language "xq": casualties has an unknown field "speach"/],
    ['a people noun with no group', { ...VALID, people: { kelni: 'army' } }, /language "xq": casualties\.people\.kelni must be one of soldiers, civilians, unspecified/],
    ['a word list that is a string', { ...VALID, bare: 'i' }, /language "xq": casualties\.bare must be an array/],
    ['a count that is no number', { ...VALID, countAfterVerb: '30' }, /language "xq": casualties\.countAfterVerb must be a whole number/],
    ['a noun count that is no whole number', { ...VALID, nounCounts: { dvojica: 1.5 } }, /language "xq": casualties\.nounCounts\.dvojica must be a whole number/],
  ])('rejects %s in a language file, naming the file, the pack, the language and the field', (_, casualties, detail) => {
    const folder = packFolder(`bad-${Object.keys(casualties).length}-${String(_).length}`, { languages: { xq: 'xq.json' } }, { 'xq.json': { casualties } });
    const error = errorOf(() => lexiconWith(folder));
    expect(error.code).toBe('E_LEXICON_PACK');
    expect(error.message).toContain(join(folder, 'xq.json'));
    expect(error.message).toContain(`(pack "${folder.split('/').at(-1) ?? ''}")`);
    expect(error.message).toMatch(detail);
  });

  it.each([
    ['a new language lacking required fields', { languages: { xq: { casualties: { triggers: VALID.triggers, people: VALID.people } } } }, /language "xq": casualties lacks notPeople, none, speech/],
    ['an event cue with no weight', { languages: { xq: { eventTypes: [{ label: 'Armed clash', pattern: 'bitka' }] } } }, /language "xq": eventTypes\[0\]\.weight must be a number above 0/],
    ['an unknown entry field', { languages: { xq: { casualty: VALID } } }, /language "xq": the entry has an unknown field "casualty"/],
    ['a number word in capitals', { languages: { xq: { numbers: { Dva: 2 } } } }, /language "xq": numbers\."Dva" must be a word written in lower case/],
    ['a number word with no value', { languages: { xq: { numbers: { dva: 'two' } } } }, /language "xq": numbers\.dva must be a whole number from 0/],
    ['a language code that is none', { languages: { Xquerian: { casualties: VALID } } }, /languages: "Xquerian" is not a language code/],
    ['a language file outside the pack', { languages: { xq: '../elsewhere/xq.json' } }, /languages\.xq "\.\.\/elsewhere\/xq\.json" must be a \.json file inside the pack folder/],
    ['a missing language file', { languages: { xq: 'absent.json' } }, /absent\.json is invalid: language "xq": .*(ENOENT|no such file)/],
  ])('rejects %s', (name, pack, detail) => {
    const folder = packFolder(`bad-${name.replace(/\W+/g, '-')}`, pack);
    const error = errorOf(() => lexiconWith(folder));
    expect(error.code).toBe('E_LEXICON_PACK');
    expect(error.message).toContain(folder);
    expect(error.message).toMatch(detail);
  });

  it('loads a complete made-up language given inline', () => {
    const lexicon = lexiconWith(packFolder('xquerian', { languages: { xq: { casualties: VALID, eventTypes: [{ label: 'Armed clash', pattern: 'bitka', weight: 1 }] } } }));
    expect(lexicon.vocabulary('xq')).toEqual(VALID);
    expect(lexicon.eventCues('xq')).toEqual([{ label: 'Armed clash', pattern: 'bitka', weight: 1 }]);
  });
});

describe('language packs: a later pack extends a language', () => {
  const base = VALID as unknown as CasualtyVocabulary;

  it('appends lists, merges word maps, joins patterns and replaces numbers', () => {
    const more: Partial<CasualtyVocabulary> = {
      triggers: [{ status: 'wounded', pattern: 'ranat', voice: 'passive' }],
      people: { dosa: 'unspecified', zheni: 'civilians' },
      bare: ['a'],
      speech: 'rekel',
      countAfterVerb: 20,
      singular: 'edin',
    };
    const merged = extendVocabulary(base, more);
    expect(merged.triggers.map((t) => t.pattern)).toEqual(['morvat|morvath', 'ranat']);
    expect(merged.people).toEqual({ kelni: 'soldiers', dosa: 'unspecified', zheni: 'civilians' });
    expect(merged.bare).toEqual(['i', 'a']);
    expect(merged.speech).toBe('tavel|tavelo|rekel');
    expect(merged.countAfterVerb).toBe(20);
    expect(merged.singular).toBe('edin');
    expect(merged.enemy).toBe('vrago');
    expect(base.speech).toBe('tavel|tavelo');
  });

  it('merges the packs in load order and adds event cues', () => {
    const first = packFolder('xq-first', { languages: { xq: { casualties: VALID, eventTypes: [{ label: 'Armed clash', pattern: 'bitka', weight: 1 }] } } });
    const second = packFolder('xq-second', { languages: { xq: { casualties: { people: { zheni: 'civilians' } }, eventTypes: [{ label: 'Protest', pattern: 'miting', weight: 1 }], numbers: { dva: 2 } } } });
    const lexicon = loadLexicon({ packs: [first, second] });
    expect(lexicon.vocabulary('xq')?.people).toEqual({ kelni: 'soldiers', dosa: 'civilians', zheni: 'civilians' });
    expect(lexicon.eventCues('xq').map((c) => c.label)).toEqual(['Armed clash', 'Protest']);
    expect([...lexicon.numberWords('xq')]).toEqual([['dva', 2]]);
    expect(lexicon.numberWords('en').size).toBe(0);
  });
});

describe('perLanguage', () => {
  it('builds once per lexicon and language', () => {
    const lexicon = loadLexicon({ packs: [packFolder('xq-memo', { languages: { xq: { casualties: VALID } } })] });
    const other = loadLexicon({ packs: [packFolder('xq-memo2', { languages: { xq: { casualties: { ...VALID, own: 'moj' } } } })] });
    const built: string[] = [];
    const ownOf = perLanguage((lex, language) => {
      built.push(language);
      return lex.vocabulary(language)?.own ?? null;
    });
    expect([ownOf(lexicon, 'xq'), ownOf(lexicon, 'xq'), ownOf(lexicon, 'en'), ownOf(other, 'xq')]).toEqual(['nash', 'nash', null, 'moj']);
    expect(built).toEqual(['xq', 'en', 'xq']);
  });
});

describe('textCheckOf', () => {
  it('gives the stages of one engine one check, and each lexicon its own', () => {
    const lexicon = loadLexicon({ packs: [packFolder('xq-check1', { languages: { xq: { casualties: VALID } } })] });
    const other = loadLexicon({ packs: [packFolder('xq-check2', { languages: { xq: { casualties: VALID } } })] });
    expect(textCheckOf(lexicon)).toBe(textCheckOf(lexicon));
    expect(textCheckOf(other)).not.toBe(textCheckOf(lexicon));
  });
});

describe('perLexicon', () => {
  it('builds once per lexicon', () => {
    const lexicon = loadLexicon({ packs: [packFolder('xq-memo3', { languages: { xq: { casualties: VALID } } })] });
    const other = loadLexicon({ packs: [packFolder('xq-memo4', { languages: { xq: { casualties: { ...VALID, own: 'moj' } } } })] });
    let built = 0;
    const ownOf = perLexicon((lex) => {
      built++;
      return { own: lex.vocabulary('xq')?.own ?? null };
    });
    expect(ownOf(lexicon)).toBe(ownOf(lexicon));
    expect([ownOf(lexicon).own, ownOf(other).own]).toEqual(['nash', 'moj']);
    expect(built).toBe(2);
  });
});
