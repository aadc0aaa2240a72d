import { describe, expect, it } from 'vitest';
import { findCaptionLines, hasCaptionHint } from './date-lines.js';

const captions = (text: string): string[] => findCaptionLines(text).map((s) => text.slice(s.start, s.end));

describe('date lines: photo captions', () => {
  it('finds a credited photo, a wire caption opening with its place, and one ending with its date', () => {
    const text = [
      'Shelling hits border villages',
      'Soldiers at a checkpoint near the town in 2019 (Photo: AFP)',
      'Armenia -- Troops parade in the capital on May 9, 2019.',
      'Residents clear rubble outside their homes, Sunday, Oct. 4, 2020.',
      'Разрушенный дом в селе. Фото: пресс-служба министерства',
      'Two soldiers were killed on Sunday, the ministry said.',
    ].join('\n');
    expect(captions(text)).toEqual([
      'Soldiers at a checkpoint near the town in 2019 (Photo: AFP)',
      'Armenia -- Troops parade in the capital on May 9, 2019.',
      'Residents clear rubble outside their homes, Sunday, Oct. 4, 2020.',
      'Разрушенный дом в селе. Фото: пресс-служба министерства',
    ]);
  });

  it('leaves prose alone: a date after "on", a dash in a sentence, a photo mentioned in passing', () => {
    const text = [
      'The ministry said on Sunday, Oct. 4, 2020, that two soldiers died.',
      'The clash -- the worst in years -- left four dead.',
      'The photographer who took the photo was detained in the city.',
    ].join('\n');
    expect(captions(text)).toEqual([]);
  });

  it('leaves a long paragraph alone even with a credit in it', () => {
    const long = `${'Fighting went on through the night along the line. '.repeat(10)}Photo: Reuters`;
    expect(captions(long)).toEqual([]);
  });
});

describe('date lines: a photo mentioned in prose', () => {
  it('is not a caption', () => {
    expect(findCaptionLines('A photo by the ministry showed troops near the village on May 9, 2019.')).toEqual([]);
    expect(findCaptionLines('(Photo by the press service)')).toHaveLength(1);
  });
});

describe('captions: the hint tested before the lines', () => {
  const CAPTION_HINT = /--|photo|picture|image|credit|фото|снимок|foto|bild|source:|\((?:AP|AFP|Reuters|Getty|EPA)|,\s+\p{L}+,\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}/iu;
  it('answers as the one pattern of every part does', () => {
    const texts = [
      'Two soldiers were killed.', 'Armenia -- Troops', 'PHOTO: AFP', 'Фото: пресс-служба', 'СНИМОК', 'a ſource: AP', '(Reuters) said', '(reuters',
      'Troops march in Yerevan, Sunday, Nov. 8, 2020.', 'on Sunday, Nov 8, 2020', ', Sunday, Nov. 8,2020', ', Dimanche, nov. 8, 2020', '1, 2020', 'Credit', 'imagery', 'Bildung',
      'x -- y', '—', '', 'Ba\u212Au, Sunday, Nov. 8, 2020', 'no hint at all 12, 20201',
    ];
    for (const text of texts) expect(hasCaptionHint(text), JSON.stringify(text)).toBe(CAPTION_HINT.test(text));
  });
});
