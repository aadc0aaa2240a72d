import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/annotate/language.js';
import { analyzeText } from '../helpers.js';

/**
 * Azerbaijani (`packs/languages/az.json`) and Armenian (`packs/languages/hy.json`) reports, on sentences
 * written for these tests in the style of the two ministries' daily statements: counts before their noun
 * and verb (SOV), Armenian subjects after the verb ('վիրավորվել է 3 զինծառայող'), the ministries as
 * claimants, 'the enemy' in a ministry's statement, claims of none, and what is no casualty figure.
 */
const claimsIn = (language: string, text: string): string[] =>
  analyzeText(text, '2023-09-01', { language }).claims.map((c) => `${c.side} ${c.status} ${c.min ?? '-'} ${c.max ?? '-'} ${c.claimant?.code ?? 'null'} ${c.group}`);

describe('casualties: Azerbaijani', () => {
  it.each([
    // Counts in digits and words, the sentence-initial dotted capital ('İki').
    ['İki hərbçi həlak olub.', ['unknown killed 2 2 null soldiers']],
    ['Döyüşlərdə yeddi erməni əsgəri öldürülüb, bir zabit isə əsir götürülüb.', ['ARM killed 7 7 null soldiers', 'ARM captured 1 1 null soldiers']],
    ['İki mülki şəxs yaralanıb, biri xəstəxanaya yerləşdirilib.', ['unknown wounded 2 2 null civilians']],
    ['Ermənistan silahlı qüvvələrinin təxribatı nəticəsində Azərbaycan Ordusunun iki hərbi qulluqçusu şəhid olub.', ['AZE killed 2 2 null soldiers']],
    ['Erməni tərəfinin atəşi nəticəsində Azərbaycan Ordusunun 2 hərbçisi yaralanıb.', ['AZE wounded 2 2 null soldiers']],
    // The ministry as claimant, and the people of its own side or of the enemy.
    ['Azərbaycan Müdafiə Nazirliyi bildirib ki, 3 hərbçi yaralanıb.', ['AZE wounded 3 3 AZE soldiers']],
    ['Azərbaycan MN bildirib ki, Ermənistan silahlı qüvvələri Tovuz istiqamətində atəş açıb, nəticədə 2 hərbçimiz yaralanıb.', ['AZE wounded 2 2 AZE soldiers']],
    ['Azərbaycan Müdafiə Nazirliyinin məlumatına görə, 5 düşmən hərbçisi məhv edilib.', ['ARM killed 5 5 AZE soldiers']],
    ['Ermənistan Müdafiə Nazirliyi açıqlayıb ki, 4 erməni hərbçisi itkin düşüb.', ['ARM missing 4 4 ARM soldiers']],
    ['Ermənistan 20 hərbçisini itirib.', ['ARM casualties 20 20 null soldiers']],
    // Claims of none: the speaker's side, 0/0.
    ['Azərbaycan Müdafiə Nazirliyi bildirib ki, bizim itkimiz yoxdur.', ['AZE casualties 0 0 AZE unspecified']],
    ['Azərbaycan Müdafiə Nazirliyi: "Bizim itkimiz yoxdur".', ['AZE casualties 0 0 AZE unspecified']],
    ['Azərbaycan Müdafiə Nazirliyi bildirib ki, döyüşlərdə yaralı yoxdur.', ['AZE wounded 0 0 AZE unspecified']],
  ])('%s', (text, expected) => {
    expect(claimsIn('az', text)).toEqual(expected);
  });

  it.each([
    ['Ordu iki tank alıb.'],
    ['Atəş nəticəsində üç inək ölüb.'],
    ['Yeni müharibədə minlərlə insan həlak ola bilər.'],
    ['Kənddə 300 sakin yaşayır.'],
    ['Birinci Qarabağ müharibəsi nəticəsində 700 min azərbaycanlı məcburi köçkünə çevrilib.'],
  ])('no figure in %s', (text) => {
    expect(claimsIn('az', text)).toEqual([]);
  });
});

describe('casualties: Armenian', () => {
  it.each([
    // SOV with the count first, and the subject after the verb.
    ['Երկու զինծառայող զոհվել է։', ['unknown killed 2 2 null soldiers']],
    ['Ադրբեջանի 5 զինծառայող վիրավորվել է։', ['AZE wounded 5 5 null soldiers']],
    ['Ադրբեջանական զինուժի կրակոցից զոհվել է ՀՀ ՊՆ մեկ զինծառայող։', ['ARM killed 1 1 null soldiers']],
    // A belligerent that kills: the people after the verb are the other camp's.
    ['Պատերազմի ընթացքում ադրբեջանական զինուժը սպանել է 7 խաղաղ բնակչի։', ['ARM killed 7 7 null civilians']],
    ['Երկու խաղաղ բնակիչ գերեվարվել են։', ['unknown captured 2 2 null civilians']],
    // The ministry as claimant: its own people, the other side named, and 'the enemy'.
    ['ՀՀ պաշտպանության նախարարությունը հայտնում է, որ երեք զինծառայող վիրավորվել է։', ['ARM wounded 3 3 ARM soldiers']],
    ['ՀՀ պաշտպանության նախարարությունը հայտնում է, որ ադրբեջանական կողմի կրակոցից վիրավորվել է 3 զինծառայող։', ['ARM wounded 3 3 ARM soldiers']],
    ['Ըստ ՀՀ ՊՆ տվյալների՝ մարտերում զոհվել է հինգ հայ զինծառայող։', ['ARM killed 5 5 ARM soldiers']],
    ['Ադրբեջանի պաշտպանության նախարարությունը հայտարարել է, որ 4 ադրբեջանցի զինծառայող վիրավորվել է։', ['AZE wounded 4 4 AZE soldiers']],
    ['Հայաստանի պաշտպանության նախարարության տվյալներով՝ հակառակորդն ունի 12 զոհ։', ['AZE killed 12 12 ARM unspecified']],
    ['Ըստ Արցախի ՊԲ-ի՝ հակառակորդը կորցրել է 20 զինծառայող։', ['AZE casualties 20 20 NKR soldiers']],
    // Claims of none.
    ['ՀՀ ՊՆ-ն հայտնել է, որ կորուստներ չկան։', ['ARM casualties 0 0 ARM unspecified']],
    ['ՀՀ ՊՆ խոսնակը նշել է. «Մենք կորուստներ չունենք»։', ['ARM casualties 0 0 ARM unspecified']],
  ])('%s', (text, expected) => {
    expect(claimsIn('hy', text)).toEqual(expected);
  });

  it.each([
    ['Բանակը գնել է երկու տանկ։'],
    ['Հրետակոծության հետևանքով սատկել են երեք կով։'],
    ['Նոր պատերազմի դեպքում հազարավոր մարդիկ կարող են զոհվել։'],
    ['Գյուղում ապրում է 300 բնակիչ։'],
  ])('no figure in %s', (text) => {
    expect(claimsIn('hy', text)).toEqual([]);
  });
});

describe('language detection of Azerbaijani and Armenian reports', () => {
  it('reads a paragraph in Azerbaijani as az', () => {
    expect(detectLanguage(
      'Azərbaycan Müdafiə Nazirliyinin məlumatına görə, Ermənistan silahlı qüvvələrinin bölmələri gecə saatlarında Tovuz rayonu istiqamətində yerləşən mövqelərimizi iriçaplı silahlardan atəşə tutub. Cavab atəşi ilə düşmənin təxribatının qarşısı alınıb. Nazirlik bildirib ki, vəziyyət ordumuzun nəzarəti altındadır və hər iki tərəfdən yaralanan olub.',
    )).toBe('az');
  });

  it('reads a paragraph in Armenian as hy', () => {
    expect(detectLanguage(
      'ՀՀ պաշտպանության նախարարության տեղեկատվությամբ՝ գիշերը ադրբեջանական զինուժը կրակ է բացել հայկական դիրքերի ուղղությամբ։ Հակառակորդի սադրանքը կասեցվել է, իրավիճակը հայկական ստորաբաժանումների վերահսկողության տակ է։ Նախարարությունը նշում է, որ առաջնագծում զոհվել է մեկ զինծառայող։',
    )).toBe('hy');
  });
});

describe('number words after the dotted capital İ', () => {
  it('reads a Turkish sentence opening with a number word too', () => {
    expect(claimsIn('tr', 'İki asker yaralandı.')).toEqual(['unknown wounded 2 2 null soldiers']);
  });
});
