import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../model/document.js';
import { ctxOf, docOf } from './test-helpers.js';
import { eventType, tellsOfHappening } from './event-type.js';
import { loadLexicon, packsFolder } from '../lexicon/load.js';

/** The bundled cues come from the languages pack. */
const lexicon = loadLexicon({ packs: [`${packsFolder()}languages`] });

/** The labels with their scores, best first; each line of `text` is a sentence (the first four weigh more). */
function scores(text: string, language = 'en'): Record<string, number> {
  const doc = eventType.run({ ...docOf(text, { sentences: 'lines' }), language }, { ...ctxOf(), lexicon });
  return Object.fromEntries(annotationsOf(doc, 'event-type').map((a) => [a.label, a.score]));
}

describe('event type: cues', () => {
  it('counts a cue only as a whole word', () => {
    expect(scores('Artillery shelling hit the village.')).toMatchObject({ 'Shelling/artillery/missile attack': 6 });
    expect(scores('The reshelling of the roofs went on.')).toEqual({});
  });

  it('reads signed deals, deals to end a war and prisoner releases as agreements', () => {
    expect(scores('Leaders sign deal to halt the war')).toHaveProperty('Agreement');
    expect(scores('A deal has been signed in Moscow.')).toHaveProperty('Agreement');
    expect(scores('An agreement on ending the war was reached overnight.')).toHaveProperty('Agreement');
    expect(scores('The detained servicemen were mutually released.')).toHaveProperty('Agreement');
    expect(scores('Armenia and Azerbaijan agreed on Tuesday to halt fighting.')).toHaveProperty('Agreement');
    expect(scores('The two sides said in a joint statement that they would exchange prisoners.')).toHaveProperty('Agreement');
    expect(scores('The deal on grain prices was discussed.')).not.toHaveProperty('Agreement');
  });

  it('reads an explainer as analysis, above the fighting it recounts', () => {
    const s = scores('Explainer: how the Karabakh conflict unfolded\nThis explainer sets out the stages of the dispute.\nThe first war ended in 1994 after fighting and shelling.');
    const best = Object.entries(s).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(best).toBe('Analysis');
    expect(scores('Artillery shelling hit the village.')).not.toHaveProperty('Analysis');
  });

  it('lets Arabic cues carry the article and a proclitic', () => {
    expect(scores('وقال إن الاتفاق صامد', 'ar')).toHaveProperty('Agreement');
    expect(scores('والاتفاق صامد', 'ar')).toHaveProperty('Agreement');
    expect(scores('الاتفاقيات', 'ar')).toHaveProperty('Agreement');
  });
});

describe('event type: does a sentence tell of a happening', () => {
  it('finds fighting, shelling and agreements in the cue table of the language', () => {
    expect(tellsOfHappening('Ночью продолжались обстрелы приграничных сёл.', 'ru', lexicon)).toBe(true);
    expect(tellsOfHappening('Les combats ont repris à la frontière.', 'fr', lexicon)).toBe(true);
  });

  it('finds attacks and attempts to cross or seize positions', () => {
    expect(tellsOfHappening('Солдаты попытались пересечь границу у села.', 'ru', lexicon)).toBe(true);
    expect(tellsOfHappening('Hermenn hefðu ráðist á varðstöðvar.', 'is', lexicon)).toBe(true);
  });

  it('does not count talk, or a language without cues', () => {
    expect(tellsOfHappening('Министры провели переговоры в Москве.', 'ru', lexicon)).toBe(false);
    expect(tellsOfHappening('Ночью продолжались обстрелы.', 'xx', lexicon)).toBe(false);
  });
});
