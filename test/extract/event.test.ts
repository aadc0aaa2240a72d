import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';

describe('event: the main incident\'s date', () => {
  it('is the day the lead names, resolved against the publication date', () => {
    const a = analyzeText('Clash on the border\n\nArmenian and Azerbaijani forces clashed on Tuesday near Sotk, officials said.', '2023-09-01');
    expect(a.event.date?.value).toBe('2023-08-29');
    expect(a.event.dateEvidence).not.toBeNull();
  });

  it('is the newest concrete happening, not an earlier step or an announced one', () => {
    const text = 'The sides agreed on December 7 to swap prisoners. On December 13 Azerbaijan released 32 Armenians at the border. A ceremony is planned for December 14.';
    expect(analyzeText(text, '2023-12-13').event.date?.value).toBe('2023-12-13');
  });

  it('is a retrospective\'s stated date, not its publication date', () => {
    const text = 'Clashes near Martakert began on March 4, 2008\n\nTen years ago, on March 4, 2008, fighting broke out near Levonarkh and eight soldiers were killed.';
    expect(analyzeText(text, '2018-03-04').event.date?.value).toBe('2008-03-04');
  });

  it('falls back to the publication date when the text names no day', () => {
    expect(analyzeText('Fighting continues on the line of contact, the ministry said.', '2020-07-14').event.date?.value).toBe('2020-07-14');
  });
});

describe('event: type in other languages', () => {
  it.each([
    ['ru', 'На границе произошло вооружённое столкновение, идут бои.', 'Armed clash'],
    ['fr', 'Un accord de cessez-le-feu a été signé par les deux pays.', 'Agreement'],
    ['de', 'Die Stadt lag die ganze Nacht unter Beschuss durch Artillerie.', 'Shelling/artillery/missile attack'],
  ])('%s: %s', (language, text, label) => {
    expect(analyzeText(text, '2020-07-14', { language }).event.type).toBe(label);
  });
});
