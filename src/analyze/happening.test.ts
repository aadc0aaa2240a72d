import { describe, expect, it } from 'vitest';
import { HAPPENING, HAPPENING_WORDS } from './event.js';

describe('event: the happening words grouped by first letter', () => {
  it('are found where the list is found', () => {
    const list = new RegExp(`\\b(?:${HAPPENING_WORDS})`, 'i');
    const sentences = ['', 'Talks resumed in Vienna.', 'Troops clashed near the border.', 'The village was SHELLED overnight.', 'It fired. It fires', 'firex firedx',
      'A ceasefire held.', 'prefight refire', 'handed over the bodies', 'handed  over', 'crossed, crossing, cross', 'x-drone_strike', 'ſhell \u212Ailled', 'Twelve were wounded',
      'The report reviewed the exchange.', 'nothing here', '3killed 3 killed _killed'];
    for (const word of HAPPENING_WORDS.split('|')) sentences.push(`on ${word.replace(/[\\[\]()?:|]/g, '')} day`, word.toUpperCase(), `x${word}`);
    for (const s of sentences) expect(HAPPENING.test(s), JSON.stringify(s)).toBe(list.test(s));
  });
});
