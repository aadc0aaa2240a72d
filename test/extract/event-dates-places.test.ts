import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/analyze/analyze.js';
import { analyzeText, engine, textReport } from '../helpers.js';

const placesOf = (text: string, published: string | null = '2023-09-01', language = 'en'): string[] =>
  analyzeText(text, published, { language }).event.places.map((p) => p.name);

describe('event: photo captions', () => {
  it('do not date the event', () => {
    const text = 'Shelling resumes near the border\n\nArmenia -- Troops parade in Yerevan on May 9, 2019.\n\nArtillery fire hit two villages, officials said.';
    expect(analyzeText(text, null).event.date).toBeNull();
    expect(analyzeText(text.replace('Armenia -- Troops parade', 'Troops paraded'), null).event.date?.value).toBe('2019-05-09');
  });

  it('do not place the event', () => {
    const text = 'Shelling resumes\n\nTroops at a base near Goris in 2019 (Photo: AFP)\n\nArtillery fire hit houses in Sotk overnight.';
    expect(placesOf(text)).toEqual(['Sotk']);
  });
});

describe('event: places', () => {
  it('leave out borders and lines of contact when anything else is named', () => {
    expect(placesOf('Azerbaijani and Armenian troops clashed on the Armenia-Azerbaijan border near Tovuz.')).toEqual(['Tovuz']);
    expect(placesOf('Shots were fired across the Armenia-Azerbaijan border overnight.')).toEqual([]);
  });

  it('take the region a line of contact lies in when the line is all the report names', () => {
    expect(placesOf('Shots were fired along the line of contact overnight.')).toEqual(['Nagorno-Karabakh']);
  });

  it('come from sentences of a non-English report that tell of fighting in its language', () => {
    const text = [
      'Армения и Азербайджан обвиняют друг друга.',
      'Министры провели переговоры.',
      'Стороны сделали заявления.',
      'Посол выступил с речью.',
      'Ночью на границе Товузского района продолжались обстрелы.',
      'Делегация прибыла в Гянджу.',
    ].join('\n\n');
    expect(placesOf(text, '2020-07-14', 'ru')).toEqual(['Tovuz']);
  });
});

describe('event: places that are not where it happened', () => {
  it('leave out where a statement was made', () => {
    expect(placesOf('Shelling hit Sotk overnight, the defence minister told reporters in Yerevan.')).toEqual(['Sotk']);
    expect(placesOf('Two soldiers were wounded near Tovuz, a Ganja-based official said.')).toEqual(['Tovuz']);
    expect(placesOf('Two soldiers were wounded in Ganja.')).toEqual(['Ganja']);
  });

  it('leave out a place name that is a person\'s', () => {
    expect(placesOf('Drones struck Sotk; Lt. Ararat Petrosyan was among the wounded.')).toEqual(['Sotk']);
    expect(placesOf('Shelling hit the village of Ararat in the morning.')).toEqual(['Ararat']);
  });

  it('leave out a place in a clause of history, not one in a clause of the event', () => {
    const mixed = 'Artillery shelled Tartar on Friday, a town that was also hit during the 1994 war.';
    expect(placesOf(mixed, '2017-02-25')).toEqual(['Tartar']);
    const text = 'Clashes erupted near Fuzuli on Friday, killing two soldiers.\n\nThey came days before the anniversary of the 1992 killings in Khojaly, where many civilians died.';
    expect(placesOf(text, '2017-02-25')).toEqual(['Fuzuli']);
    const recent = 'Clashes erupted near Fuzuli on Friday, killing two soldiers.\n\nThe shooting was on the road to Lachin, which has been blocked since December.';
    expect(placesOf(recent, '2023-03-05')).toEqual(['Fuzuli', 'Lachin']);
  });
});

describe('event: dates', () => {
  it('of a report without a publication date are read against its incident\'s date', () => {
    const e = engine();
    const run = (text: string) => analyzeReport(textReport(text, null), e.pipeline, e.ctx, { eventDate: { value: '2020-11-10', precision: 'day' } }).event.date?.value;
    // 10 November 2020 is a Tuesday: 'Monday' is the 9th; a weekday after the incident's date is not the event.
    expect(run('The deal was signed on Monday and takes effect on Wednesday.')).toBe('2020-11-09');
    // A date the text writes out may be a day after the incident's date.
    expect(run('Four soldiers were killed in a clash on November 11.')).toBe('2020-11-11');
  });

  it('of a retrospective keep its year for a day written without one', () => {
    const text = 'Exactly a year ago, on September 27, 2020, the war began.\n\nOn the war\'s thirty-first day, October 27, artillery struck Tartar.';
    expect(analyzeText(text, '2021-10-27').event.date?.value).toBe('2020-10-27');
  });

  it('of a retrospective do not reach a day long after its stated date', () => {
    const text = 'Ten years ago, on March 4, 2008, fighting broke out near Levonarkh.\n\nOn August 20 veterans met at the memorial, where a clash was recalled.';
    expect(analyzeText(text, '2018-08-21').event.date?.value).toBe('2018-08-20');
  });

  it('of a report without reference take a month or year only from its lead', () => {
    expect(analyzeText('Why the conflict reignited in 2020\n\nAn analysis of the war.', null).event.date?.value).toBe('2020');
    const later = 'Bodies returned after clash\n\nThe bodies were returned.\n\nMediators were present.\n\nThe sides spoke.\n\nIn April 2016, more than 200 soldiers were killed in fighting.';
    expect(analyzeText(later, null).event.date).toBeNull();
  });
});

describe('event: type', () => {
  it('is shelling when fighting words weigh no more than half the shelling words', () => {
    expect(analyzeText('Artillery shelled the village overnight. Fighting was reported.', '2023-09-01').event.type).toBe('Shelling/artillery/missile attack');
    expect(analyzeText('Artillery shelled the village. Fighting and clashes went on.', '2023-09-01').event.type).toBe('Armed clash');
  });
});
