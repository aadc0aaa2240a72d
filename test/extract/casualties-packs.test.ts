import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';

/**
 * The casualty vocabulary of the language packs (`packs/languages/<code>.json`): inflected forms, synonyms,
 * verbs of saying, claims of none, prisoners, the missing and the displaced, read as a native reader would,
 * and words that must give no figure (animals, weapons, populations, harm that only might happen).
 */
const claimsIn = (language: string, text: string): string[] =>
  analyzeText(text, '2023-09-01', { language }).claims.map((c) => `${c.side} ${c.status} ${c.min ?? '-'} ${c.max ?? '-'} ${c.claimant?.code ?? 'null'}`);

describe('language packs: casualty vocabulary', () => {
  it.each([
    // Spanish: the personal 'a' after a verb of killing, adjectives after their noun, the toll's noun.
    ['es', 'Las tropas azerbaiyanas mataron a cinco soldados armenios cerca de la frontera.', ['ARM killed 5 5 null']],
    ['es', 'La cifra de muertos en la aldea ascendió a 12.', ['unknown killed 12 12 null']],
    ['es', 'Dos militares armenios siguen desaparecidos tras el combate.', ['ARM missing 2 2 null']],
    ['es', 'Cuatro civiles fueron hospitalizados después del bombardeo.', ['unknown wounded 4 4 null']],
    ['es', 'Según el ejército armenio, sus unidades no sufrieron bajas.', ['ARM casualties 0 0 ARM']],
    ['es', 'Tres soldados azerbaiyanos fueron abatidos, dijo el ejército armenio.', ['AZE killed 3 3 ARM']],
    // Portuguese: 'morreram' and 'morreu' (no 'mort-' stem), prisoners taken, the displaced.
    ['pt', 'Dois soldados armênios morreram na troca de tiros, informou o Ministério da Defesa da Armênia.', ['ARM killed 2 2 ARM']],
    ['pt', 'Seis soldados azerbaijanos foram feitos prisioneiros.', ['AZE captured 6 6 null']],
    ['pt', 'O exército armênio disse que não sofreu baixas.', ['ARM casualties 0 0 ARM']],
    ['pt', 'As forças armênias mataram três militares azerbaijanos.', ['AZE killed 3 3 null']],
    // French: 'perdu la vie', the missing, claims of none written with 'n'y a pas eu'.
    ['fr', "Trois militaires arméniens ont perdu la vie, selon le ministère arménien de la Défense.", ['ARM killed 3 3 ARM']],
    ['fr', 'Deux soldats azerbaïdjanais sont portés disparus depuis samedi.', ['AZE missing 2 2 null']],
    ['fr', "Il n'y a pas eu de victimes parmi les habitants, a indiqué le ministère azerbaïdjanais de la Défense.", ['AZE casualties 0 0 AZE']],
    ['fr', 'Sept villageois ont été hospitalisés après le tir de mortier.', ['unknown wounded 7 7 null']],
    // Italian: the fallen, the missing, the displaced, claims of none.
    ['it', 'Quattro militari armeni risultano dispersi dopo gli scontri.', ['ARM missing 4 4 null']],
    ['it', "L'esercito armeno ha detto di non aver subito perdite.", ['ARM casualties 0 0 ARM']],
    ['it', 'Il bilancio delle vittime è salito a 9.', ['unknown killed 9 9 null']],
    ['it', "Due soldati azerbaigiani sono stati fatti prigionieri, ha riferito il ministero della Difesa dell'Azerbaigian.", ['AZE captured 2 2 AZE']],
    // German: active 'töteten', the toll's noun and verb, the missing, hospital stays, prisoners of war.
    ['de', 'Aserbaidschanische Einheiten töteten vier armenische Soldaten.', ['ARM killed 4 4 null']],
    ['de', 'Die Zahl der Todesopfer stieg auf 14.', ['unknown killed 14 14 null']],
    ['de', 'Drei armenische Soldaten werden seit dem Gefecht vermisst.', ['ARM missing 3 3 null']],
    ['de', 'Sechs Dorfbewohner wurden ins Krankenhaus eingeliefert.', ['unknown wounded 6 6 null']],
    ['de', 'Armenien übergab 12 aserbaidschanische Kriegsgefangene.', ['AZE captured 12 12 null']],
    // Dutch: 'om het leven gekomen', active 'doodden', the missing, prisoners taken.
    ['nl', 'Bij de aanval kwamen twee Armeense soldaten om het leven, meldt het Armeense ministerie van Defensie.', ['ARM killed 2 2 ARM']],
    ['nl', 'Azerbeidzjaanse troepen doodden drie Armeense militairen.', ['ARM killed 3 3 null']],
    ['nl', 'Zes Azerbeidzjaanse militairen worden vermist.', ['AZE missing 6 6 null']],
    ['nl', 'Vier Armeense soldaten werden gevangengenomen.', ['ARM captured 4 4 null']],
    // Turkish: 'etkisiz hale getirdi', hospital, claims of none with 'can kaybı'.
    ['tr', 'Azerbaycan ordusu üç Ermeni askeri etkisiz hale getirdi.', ['ARM killed 3 3 null']],
    ['tr', 'Patlamanın ardından altı kişi hastaneye kaldırıldı.', ['unknown wounded 6 6 null']],
    ['tr', 'Açıklamaya göre köyde can kaybı yaşanmadı.', ['unknown casualties 0 0 null']],
    // '40 bin' is forty thousand.
    ['tr', 'Yaklaşık 40 bin kişi bölgeden kaçtı.', ['multiple displaced 40000 40000 null']],
    // Arabic: a plural verb after its subject, a count after the verb and its subject, 'و' on a number.
    ['ar', 'قالت وزارة الدفاع الأرمينية إن جنديين وأربعة مدنيين قتلوا.', ['ARM killed 4 4 ARM']],
    ['ar', 'قتلت القوات الأذربيجانية ثلاثة جنود أرمينيين.', ['ARM killed 3 3 null']],
    ['ar', 'تم أسر ستة جنود أرمن خلال الاشتباك.', ['ARM captured 6 6 null']],
    // Persian: the toll's noun with 'به', active 'کشتند', the missing.
    ['fa', 'شمار کشته شدگان به ۱۴ نفر رسید.', ['unknown killed 14 14 null']],
    ['fa', 'نیروهای ارمنستان سه سرباز آذربایجانی را کشتند.', ['AZE killed 3 3 null']],
    ['fa', 'چهار سرباز ارمنی مفقود شده اند.', ['ARM missing 4 4 null']],
    // Icelandic: 'drápu', prisoners taken, 'látnir lausir' (released, not dead).
    ['is', 'Armenskar hersveitir drápu þrjá aserska hermenn.', ['AZE killed 3 3 null']],
    ['is', 'Fjórir armenskir hermenn voru teknir til fanga.', ['ARM captured 4 4 null']],
    ['is', 'Tala látinna er komin upp í 17.', ['unknown killed 17 17 null']],
    // Estonian: 'tapsid', the missing, claims of none.
    ['et', 'Armeenia väed tapsid kolm Aserbaidžaani sõdurit.', ['AZE killed 3 3 null']],
    ['et', 'Kaks Armeenia sõdurit on teadmata kadunud.', ['ARM missing 2 2 null']],
    ['et', 'Armeenia kaitseministeeriumi teatel kaotusi ei olnud.', ['ARM casualties 0 0 ARM']],
  ])('%s: %s', (language, text, expected) => {
    expect(claimsIn(language, text)).toEqual(expected);
  });

  it.each([
    ['es', 'Los disparos mataron a dos vacas y a un caballo.'],
    ['es', 'Una nueva guerra podría causar miles de muertos.'],
    ['es', 'Los dos ejércitos intercambiaron disparos durante la noche.'],
    ['es', 'La aldea tiene una población de 1.500 habitantes.'],
    ['pt', 'Três vacas morreram durante o bombardeio.'],
    ['pt', 'Os confrontos poderiam causar centenas de mortos.'],
    ['fr', "Il n'y a pas eu d'échange de tirs ni d'affrontements, selon le Premier ministre."],
    ['fr', 'Trois vaches ont été tuées par les éclats.'],
    ['it', 'Un nuovo conflitto potrebbe uccidere migliaia di persone.'],
    ['it', 'Le due parti hanno avuto uno scambio di colpi al confine.'],
    ['de', 'Drei Kühe wurden durch die Granatsplitter getötet.'],
    ['de', 'Die Armee kam um 10 Uhr im Dorf an.'],
    ['de', 'Ein neuer Krieg könnte Tausende Tote fordern.'],
    ['nl', 'Drie koeien werden door de granaatscherven gedood.'],
    ['nl', 'Het dorp telt 2.000 inwoners.'],
    ['tr', 'Bombardımanda üç inek öldü.'],
    ['ar', 'نفقت ثلاث أبقار في القصف.'],
    ['fa', 'سه گاو در اثر تیراندازی کشته شدند.'],
    ['is', 'Þrjár kýr drápust í skothríðinni.'],
    ['et', 'Tulistamises hukkus kaks lehma.'],
  ])('%s: no figure in %s', (language, text) => {
    expect(claimsIn(language, text)).toEqual([]);
  });
});
