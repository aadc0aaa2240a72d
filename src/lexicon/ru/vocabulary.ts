import type { CasualtyVocabulary } from '../en/vocabulary.js';

/** Inflected word: a stem followed by any ending. */
const W = (stem: string): string => `${stem}\\p{L}*`;

/**
 * Russian trigger vocabulary for casualty figures and attribution. Russian inflects nouns and
 * adjectives, so triggers and people are given by stems; adjective endings mark modifiers
 * ('двух армянских солдат': 'армянских' only qualifies 'солдат').
 */
export const RU_VOCABULARY: CasualtyVocabulary = {
  triggers: [
    { status: 'killed', pattern: [W('погиб'), W('убит'), W('гибел'), W('скончал'), 'смертельн\\p{L}* ранени\\p{L}*', W('застрел')].join('|'), voice: 'passive' },
    { status: 'wounded', pattern: [W('ранен'), W('ранени'), W('пострадал')].join('|'), voice: 'passive' },
    { status: 'captured', pattern: [W('пленн'), W('взят\\p{L}* в плен'), W('захвачен')].join('|'), voice: 'passive' },
    { status: 'missing', pattern: 'пропал\\p{L}* без вести|пропавш\\p{L}* без вести', voice: 'passive' },
    { status: 'displaced', pattern: [W('беженц'), W('эвакуирован'), W('переселен')].join('|'), voice: 'noun' },
    { status: 'casualties', pattern: [W('потер'), W('жертв')].join('|'), voice: 'noun' },
  ],
  people: {},
  peopleStems: {
    военнослужащ: 'soldiers', солдат: 'soldiers', военн: 'soldiers', офицер: 'soldiers', сержант: 'soldiers', рядов: 'soldiers',
    пограничник: 'soldiers', полицейск: 'soldiers', боец: 'soldiers', бойц: 'soldiers', контрактник: 'soldiers', генерал: 'soldiers',
    полковник: 'soldiers', майор: 'soldiers', лейтенант: 'soldiers', военнослужащий: 'soldiers', миротворц: 'soldiers', срочник: 'soldiers',
    мирн: 'civilians', жител: 'civilians', граждан: 'civilians', селянин: 'civilians', селян: 'civilians', женщин: 'civilians',
    детей: 'civilians', дети: 'civilians', ребен: 'civilians', ребён: 'civilians', журналист: 'civilians',
    человек: 'unspecified', люд: 'unspecified',
  },
  notPeople: ['раз', 'раза', 'дня', 'дней', 'день', 'лет', 'года', 'год', 'часа', 'часов', 'км', 'стран', 'сторон', 'сторон'],
  notPeopleStems: ['танк', 'дрон', 'беспилотник', 'снаряд', 'ракет', 'минометн', 'орудий', 'орудия', 'километр', 'процент', 'попытк', 'направлени', 'сел', 'дом', 'позиц', 'машин', 'автомобил', 'коров', 'скот'],
  none: [
    { status: 'casualties', pattern: 'потерь нет|нет потерь|без потерь|не понес\\p{L}* (?:никаких )?потерь|не имеет потерь|потерь не име\\p{L}*|жертв нет|нет жертв' },
    { status: 'killed', pattern: 'никто не погиб|погибших нет|нет погибших' },
    { status: 'wounded', pattern: 'никто не пострадал|никто не ранен|раненых нет|нет раненых' },
  ],
  suffering: 'понеся|понесшие|понёсшие|неся',
  speech: [W('заяв'), W('сообщ'), W('утвержда'), W('отмети'), W('написа'), W('обвин'), W('признал'), W('подтверд'), W('передает'), W('опроверг'), W('рассказа'), 'по данным', 'по словам', 'по информации', 'согласно', 'со ссылкой на'].join('|'),
  accordingTo: 'по данным|по словам|по информации|согласно|со ссылкой на',
  anaphora: 'он|она|они|оно|в ведомстве|ведомств\\p{L}*|министерств\\p{L}*|минобороны',
  enemy: 'противник\\p{L}*|враг\\p{L}*|вражеск\\p{L}*',
  bothSides: 'с обеих сторон|обеих сторон|обе стороны|с двух сторон|с каждой стороны|с обеих сторон границы',
  hypothetical: 'может|могут|мог\\p{L}*|угроз\\p{L}*|если|будет|будут|возможн\\p{L}*',
  attack: [W('обстрел'), W('атаков'), W('напал'), 'открыл\\p{L}* огонь', W('нанес\\p{L}* удар')].join('|'),
  own: 'наш\\p{L}*|мы|нас',
  possessive: 'сво\\p{L}*|его|их',
  modifiers: ['еще', 'ещё', 'других', 'другие', 'более', 'около', 'из', 'них'],
  modifierPattern: '\\p{L}+(?:ских|ские|ский|ская|ского|ской|ским|скими|ных|ные|ный|ная|ного|ной|ным|ными|ших|шие|щих|щие|ого|его|ых|ые|ий|ой|их|ая|ое)',
  bare: ['и', 'а', 'в', 'на', 'из', 'при', 'во', 'был', 'была', 'были', 'было', 'человек'],
  conjunction: 'и',
  sideBefore: 'со стороны|с',
  sideAfter: 'сторон\\p{L}*',
  speakerAfterVerb: '^\\s*(?:[\\p{L}-]+\\s+){0,3}$',
  speakerNouns: '^\\s+(?:военн\\p{L}*|министерств\\p{L}*|Минобороны|МИД|ведомств\\p{L}*|власт\\p{L}*|официальн\\p{L}*|пресс-секретар\\p{L}*|представител\\p{L}*|сторон\\p{L}*|командовани\\p{L}*)',
};
