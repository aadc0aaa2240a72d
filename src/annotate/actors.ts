import type { ActorAnnotation } from '../model/annotation.js';
import { withAnnotations } from '../model/document.js';
import { defineStage } from '../pipeline/stage.js';

const ID = 'actors.v1';

/** The last word of a person's name as written: a capitalised word of at least four letters ('Dargahli'). */
const SURNAME = /(\p{Lu}[\p{L}\p{M}'’-]{3,})$/u;
/** 'pro-' or 'anti-' as a word's prefix, right before a name. */
const PRO_OR_ANTI = /(?<![\p{L}])(?:pro|anti)-$/iu;

/**
 * Marks every actor alias of the loaded lexicon packs (names, demonyms, capitals, forces, people), and
 * a person's surname alone after the person was named in full ('Vagif Dargahli told reporters ...
 * “...,” Dargahli added'): news names an official once and then by the surname.
 */
export const actors = defineStage({
  id: ID,
  requires: [],
  assigns: ['actor'],
  run(doc, ctx) {
    const text = doc.text;
    // 'a pro-Armenian blogger', 'anti-Russian protests': an actor named after 'pro-' or 'anti-' is what someone
    // is for or against, not who speaks or acts. (A character test first: the prefix is rare.)
    const found: ActorAnnotation[] = ctx.lexicon.findActors(text).filter((m) => m.start < 4 || text.charCodeAt(m.start - 1) !== 45 || !PRO_OR_ANTI.test(text.slice(Math.max(0, m.start - 6), m.start))).map((m) => ({
      kind: 'actor',
      by: ID,
      start: m.start,
      end: m.end,
      code: m.code,
      aliasKind: m.aliasKind,
    }));
    const surnames = surnamesAfter(text, found);
    // In text order, as the packs' matches come (the stages after read mentions in order).
    return withAnnotations(doc, surnames.length ? [...found, ...surnames].sort((a, b) => a.start - b.start) : found);
  },
});

/** The later mentions of the surnames of people named in full, that no other actor mention covers. */
function surnamesAfter(text: string, found: readonly ActorAnnotation[]): ActorAnnotation[] {
  const added: ActorAnnotation[] = [];
  const done = new Set<string>();
  for (const person of found) {
    if (person.aliasKind !== 'person') continue;
    const name = text.slice(person.start, person.end);
    if (!/\s/.test(name)) continue;
    const surname = SURNAME.exec(name)?.[1];
    if (!surname || done.has(surname)) continue;
    done.add(surname);
    for (let at = text.indexOf(surname, person.end); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
      if (found.some((a) => a.start < end && at < a.end) || added.some((a) => a.start < end && at < a.end)) continue;
      added.push({ kind: 'actor', by: ID, start: at, end, code: person.code, aliasKind: 'person' });
    }
  }
  return added;
}
