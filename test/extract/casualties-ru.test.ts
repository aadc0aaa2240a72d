import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';

const claimsRu = (text: string): string[] =>
  analyzeText(text, '2020-07-14', { language: 'ru' }).claims.map((c) => `${c.side} ${c.status} ${c.min ?? '-'} ${c.max ?? '-'} ${c.claimant?.code ?? 'null'} ${c.group}`);

describe('casualties: Russian vocabulary', () => {
  it('reads an inflected count, people noun and speaker after the verb', () => {
    expect(claimsRu('Два армянских военнослужащих погибли, сообщило Минобороны Армении.')).toEqual(['ARM killed 2 2 ARM soldiers']);
  });

  it('counts one person by a singular status predicate next to a person noun, and no attributive participle', () => {
    expect(claimsRu('Военнослужащий армянской армии погиб.')).toEqual(['ARM killed 1 1 null soldiers']);
    expect(claimsRu('Погиб военнослужащий армянской армии.')).toEqual(['ARM killed 1 1 null soldiers']);
    expect(claimsRu('В результате обстрела пострадал жилой дом.')).toEqual([]);
    expect(claimsRu('Погибли военнослужащие.')).toEqual([]);
  });

  it('reads the speaker of a fronted "Как сообщили в ...", a modifier between the noun and its count, and "потерял" as killed of the subject', () => {
    expect(claimsRu('Как сообщили в Минобороны Азербайджана, в результате обстрела погибли двое мирных жителей.')).toEqual(['AZE killed 2 2 AZE civilians']);
    expect(claimsRu('Минобороны непризнанной НКР сообщило о гибели еще 37 военнослужащих.')).toEqual(['NKR killed 37 37 NKR soldiers']);
    expect(claimsRu('Ильхам Алиев заявил, что Азербайджан потерял 2783 военнослужащих.')).toEqual(['AZE killed 2783 2783 AZE soldiers']);
    expect(claimsRu('В Баку сообщили, что армянская армия потеряла более 100 человек убитыми.')).toEqual(['ARM killed 100 - AZE unspecified']);
  });

  it('reads the side an attack came from as the attacker', () => {
    expect(claimsRu('В результате обстрела со стороны Азербайджана погиб мирный житель.')).toEqual(['ARM killed 1 1 null civilians']);
    expect(claimsRu('Со стороны Азербайджана погибли четверо военных.')).toEqual(['AZE killed 4 4 null soldiers']);
  });

  it('reads the side marked after the figure, but not the side an attack after it names', () => {
    expect(claimsRu('Погибли двое военнослужащих с азербайджанской стороны, сообщили в Ереване.')).toEqual(['AZE killed 2 2 ARM soldiers']);
    expect(claimsRu('Два военнослужащих погибли в результате обстрела азербайджанской стороны, сообщило Минобороны Армении.')).toEqual(['ARM killed 2 2 ARM soldiers']);
  });

  it('reads people "destroyed" or "liquidated" by the other side as killed, and equipment as nothing', () => {
    expect(claimsRu('Замминистра обороны Азербайджана заявил, что с 12 июля уничтожены до 100 армянских военных, танк и склад.')).toEqual(['ARM killed - 100 AZE soldiers']);
    expect(claimsRu('Уничтожены два танка и пять единиц техники противника.')).toEqual([]);
  });

  it('refers "он также сообщил" back to the speaker of the sentence before', () => {
    expect(claimsRu('Замминистра обороны Азербайджана заявил, что бои продолжаются. Он также сообщил о гибели двух азербайджанских офицеров.'))
      .toEqual(['AZE killed 2 2 AZE soldiers']);
  });

  it('reads a toll whose verb stands far from its noun, past other numbers', () => {
    expect(claimsRu('Число жертв трехдневного конфликта на границе, по официальным данным властей двух стран, достигло 25.'))
      .toEqual(['multiple casualties 25 25 null unspecified']);
    // With no toll verb, a number after the noun is no count of it.
    expect(claimsRu('Число жертв конфликта двух стран неизвестно.')).toEqual(['multiple casualties - - null unspecified']);
  });

  it('takes the speaker after a parenthetical verb, not the attacker of the reported clause', () => {
    expect(claimsRu('Три военнослужащих погибли при обстреле азербайджанской стороны, сообщило сегодня Минобороны Армении.')).toEqual(['ARM killed 3 3 ARM soldiers']);
  });

  it('gives losses suffered in a participle clause to the subject of the sentence', () => {
    expect(claimsRu('Военнослужащие ВС Азербайджана повторили попытку захватить наш опорный пункт, но были отброшены назад ответным огнем с наших позиций, понеся потери.')).toEqual(['AZE casualties - - null unspecified']);
  });

  it('reads no figure in talk about losses or in a one-word heading', () => {
    expect(claimsRu('Стороны приводят противоречивую информацию о ходе столкновений и потерях.')).toEqual([]);
    expect(claimsRu('Жертвы')).toEqual([]);
  });

  it('does not let a verb whose content follows it claim the figures before it', () => {
    expect(claimsRu('По официальным данным, со стороны Азербайджана погибли 11 военнослужащих, Минобороны Армении сообщало о пяти раненых.')).toEqual([
      'AZE killed 11 11 null soldiers',
      'ARM wounded 5 5 ARM unspecified',
    ]);
  });

  it('reads a claim of none on a named side', () => {
    expect(claimsRu('С армянской стороны потерь нет, заявили в Минобороны Армении.')).toEqual(['ARM casualties 0 0 ARM unspecified']);
  });

  it('reads "on the side of" as the side of the figure', () => {
    expect(claimsRu('По данным ведомства, со стороны Азербайджана погибли 11 военнослужащих.')).toEqual(['AZE killed 11 11 null soldiers']);
  });

  it('reads "один" in its forms, a claim of losing not one, and "Ранения получили" before its count', () => {
    expect(claimsRu('Минобороны Азербайджана сообщило о гибели одного военнослужащего.')).toEqual(['AZE killed 1 1 AZE soldiers']);
    expect(claimsRu('Азербайджан не потерял ни одного солдата, заявили в Баку.')).toEqual(['AZE killed 0 0 AZE soldiers']);
    expect(claimsRu('Ранения получили семеро военнослужащих.')).toEqual(['unknown wounded 7 7 null soldiers']);
    expect(claimsRu('Обстрел унес жизни двух мирных жителей.')).toEqual(['unknown killed 2 2 null civilians']);
    // 'in one of the villages' counts no people.
    expect(claimsRu('В одной из деревень погибли двое мирных жителей.')).toEqual(['unknown killed 2 2 null civilians']);
  });

  it('gives the count of "one of the wounded ... died" to the dead only', () => {
    expect(claimsRu('Один из раненых военнослужащих скончался в больнице.')).toEqual(['unknown killed 1 1 null soldiers']);
    expect(claimsRu('Двое из раненых находятся в тяжелом состоянии.')).toEqual(['unknown wounded 2 2 null unspecified']);
  });

  it('does not count things', () => {
    expect(claimsRu('Азербайджанские военные повторили попытку два раза, но были отброшены.')).toEqual([]);
  });
});

describe('casualties: Russian claims of none with the people named inside', () => {
  it.each<[string, string[]]>([
    ['В Баку заявили, что потерь среди азербайджанских военных нет.', ['AZE casualties 0 0 AZE']],
    ['Жертв среди мирного населения нет, сообщили в Минобороны Армении.', ['ARM casualties 0 0 ARM']],
  ])('%s', (text, expected) => {
    expect(claimsRu(text).map((c) => c.split(' ').slice(0, 5).join(' '))).toEqual(expected);
  });
});
