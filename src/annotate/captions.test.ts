import { describe, expect, it } from 'vitest';
import { findCaptionLines } from './date-lines.js';

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
