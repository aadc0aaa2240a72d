import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers.js';

const claimsIn = (language: string, text: string): string[] =>
  analyzeText(text, '2023-09-01', { language }).claims.map((c) => `${c.side} ${c.status} ${c.min ?? '-'} ${c.max ?? '-'} ${c.claimant?.code ?? 'null'}`);

describe('casualties: other languages', () => {
  it.each([
    ['fr', 'Les forces azerbaïdjanaises ont ouvert le feu sur des positions près de Sotk, tuant deux soldats.', ['ARM killed 2 2 null']],
    ['de', 'Zwei aserbaidschanische Soldaten starben bei dem Zusammenstoß in Karabach.', ['AZE killed 2 2 null']],
    ['nl', 'Volgens Azerbeidzjan zijn er bij de gevechten elf doden gevallen.', ['AZE killed 11 11 AZE']],
    ['es', 'Tres soldados armenios murieron, informó el Ministerio de Defensa de Armenia.', ['ARM killed 3 3 ARM']],
    ['fa', 'آذربایجان می گوید سه سرباز ارمنی و دو سرباز آذری کشته شدند.', ['AZE killed 2 2 AZE', 'ARM killed 3 3 AZE']],
    ['fa', 'مقامات قره باغ گفتند فقط یک سرباز قره باغی مجروح شد.', ['NKR wounded 1 1 NKR']],
    // The owner of losses named after them ('Verluste der ...', 'потери азербайджанской армии'), and the people
    // the losses include ('darunter', 'в том числе'), in the pack's words.
    ['de', 'Armenien meldete schwere Verluste der aserbaidschanischen Armee, darunter 200 Tote.', ['AZE killed 200 200 ARM']],
    ['ru', 'Армения сообщила о потерях азербайджанской армии, в том числе 200 убитых.', ['AZE killed 200 200 ARM']],
    ['fr', "L'Arménie a fait état de lourdes pertes de l'armée azerbaïdjanaise, dont 200 morts.", ['AZE killed 200 200 ARM']],
    ['ar', 'ووفقا لـ باكو، فقد قتل 11 عسكريا أذربيجانيا.', ['AZE killed 11 11 AZE']],
    ['it', "Le forze armene hanno aperto il fuoco, ferendo tre soldati azerbaigiani. Lo ha reso noto il ministero della Difesa dell'Azerbaigian.", ['AZE wounded 3 3 AZE']],
    ['it', "Sono rimasti feriti complessivamente due militari dell'esercito armeno, ha riferito il ministero di Erevan.", ['ARM wounded 2 2 ARM']],
    ['nl', 'De Azerbeidzjaanse minister bevestigt het overlijden van een 76-jarige man in Agdam.', ['AZE killed 1 1 AZE']],
    ['fr', "L'armée arménienne affirme n'avoir subi aucune perte.", ['ARM casualties 0 0 ARM']],
    ['es', 'El ejército armenio dijo que no hubo bajas.', ['ARM casualties 0 0 ARM']],
    // People who had to leave their homes are displaced.
    ['de', 'Rund 2.500 Menschen mussten ihre Häuser verlassen.', ['multiple displaced 2500 2500 null']],
    ['fr', 'Environ 2 500 personnes ont dû quitter leurs maisons.', ['multiple displaced 2500 2500 null']],
    ['en', 'About 250 people were forced to leave their homes.', ['unknown displaced 250 250 null']],
    // 'otros dos', 'altri quattro', 'weitere vier': more people of the side just named, whoever tells it.
    ['es', 'Cuatro soldados azerbaiyanos murieron y otros dos resultaron heridos, informó Ereván.', ['AZE killed 4 4 ARM', 'AZE wounded 2 2 ARM']],
    ['it', 'Tre militari azeri sono stati uccisi e altri quattro sono rimasti feriti, ha annunciato Erevan.', ['AZE killed 3 3 ARM', 'AZE wounded 4 4 ARM']],
    ['de', 'Drei aserbaidschanische Soldaten wurden getötet, weitere vier verletzt, teilte Eriwan mit.', ['AZE killed 3 3 ARM', 'AZE wounded 4 4 ARM']],
    // The speaker after a verb with its auxiliary (', ha annunciato', ', a déclaré'), and after a long name.
    ['it', 'Tre militari armeni sono stati uccisi negli scontri con le forze azere, ha annunciato il ministero della Difesa di Erevan.', ['ARM killed 3 3 ARM']],
    ['fr', 'Trois soldats arméniens ont été tués par les forces azerbaïdjanaises, a déclaré le ministère arménien de la Défense.', ['ARM killed 3 3 ARM']],
    ['es', 'Al menos cuatro soldados azerbaiyanos murieron en la frontera con Armenia, informó este martes el Ministerio de Defensa de Azerbaiyán.', ['AZE killed 4 - AZE']],
    // A second verb of the same speaker after 'e' ('... che le truppe armene ... e riferisce'): not the troops'.
    ['it', 'Baku sostiene che le truppe armene hanno aperto il fuoco e riferisce di un soldato azero ferito.', ['AZE wounded 1 1 AZE']],
    // Turkish and Azerbaijani: the subject opening the sentence speaks the reported clause ('-dığını') before the
    // final verb of saying; a possessor in it ('Ermeni tarafının') does not; 'Bakanlık,' refers back.
    ['tr', 'Azerbaycan Savunma Bakanlığı, Ermenistan ordusunun mevzilere saldırdığını ve 2 askerin şehit olduğunu açıkladı.', ['AZE killed 2 2 AZE']],
    ['tr', 'Azerbaycan Savunma Bakanlığı 2 askerin şehit olduğunu açıkladı. Bakanlık, Ermeni tarafının ağır kayıplar verdiğini bildirdi.', ['AZE killed 2 2 AZE', 'ARM casualties - - AZE']],
    ['tr', "Ermenistan ise saldırıyı Azerbaycan'ın başlattığını ve çatışmalarda 1 Ermeni askerin hayatını kaybettiğini öne sürdü.", ['ARM killed 1 1 ARM']],
    ['az', 'Azərbaycan Müdafiə Nazirliyi, Ermənistan ordusunun mövqelərimizi atəşə tutduğunu və 2 hərbçinin şəhid olduğunu bildirib.', ['AZE killed 2 2 AZE']],
    ['pt', 'O Azerbaijão afirmou não ter sofrido baixas.', ['AZE casualties 0 0 AZE']],
    ['nl', 'Azerbeidzjan meldde dat twee van zijn militairen gewond waren geraakt.', ['AZE wounded 2 2 AZE']],
    ['ar', 'وذكر الجانب الأرميني أن ثلاثة عسكريين أصيبوا ولم يسقط أي قتلى.', ['ARM wounded 3 3 ARM', 'ARM killed 0 0 ARM']],
    ['de', 'Die Armee meldete den Tod von drei Soldaten.', ['unknown killed 3 3 null']],
    ['de', 'In der armenischen Presse gab es Berichte über den Tod von drei armenischen Polizisten.', ['ARM killed 3 3 null']],
    ['tr', 'Azerbaycan Savunma Bakanlığı, 3 askerin şehit olduğunu açıkladı.', ['AZE killed 3 3 AZE']],
    // A capitalised word the pack's `demonymPerson` makes people, right after the count ('613 Azerbaycan’lının').
    ['tr', 'Hocalı’da katledilen 613 Azerbaycan’lının acısı unutulmadı.', ['AZE killed 613 613 null']],
    // Turkish puts the agent first ('Ermeni güçlerince katledilen', the pack's `agentAfter`) and the people killed
    // before an active verb ('Ermeni güçleri 3 kişiyi öldürdü'): both are the other camp's people.
    ['tr', 'Ermeni güçlerince katledilen 613 kişi anıldı.', ['AZE killed 613 613 null']],
    ['tr', 'Ermeni güçleri 3 kişiyi öldürdü.', ['AZE killed 3 3 null']],
    // German puts the agent before the final participle ('von aserbaidschanischen Truppen getötet': the pack's
    // `agentBefore`), skipped between one person and the verb; a lowercase adjective before the noun (`modifierPattern`).
    ['de', 'Drei Soldaten wurden von aserbaidschanischen Truppen getötet.', ['ARM killed 3 3 null']],
    ['de', 'Ein armenischer Soldat wurde getötet.', ['ARM killed 1 1 null']],
    ['de', 'Ein armenischer Soldat wurde von einem aserbaidschanischen Scharfschützen erschossen.', ['ARM killed 1 1 null']],
    // A speaker noun of the pack before a territory makes it the speaker ('les autorités du Karabakh').
    ['fr', 'Selon les autorités du Karabakh, 15 civils ont été blessés.', ['NKR wounded 15 15 NKR']],
    ['de', 'Nach Angaben der Behörden in Berg-Karabach wurden 15 Zivilisten verletzt.', ['NKR wounded 15 15 NKR']],
    ['es', 'Según las autoridades de Karabaj, 15 civiles resultaron heridos.', ['NKR wounded 15 15 NKR']],
    ['fr', 'Le ministère arménien de la Défense a annoncé la mort de deux soldats.', ['ARM killed 2 2 ARM']],
    ['nl', 'Een Azerbeidzjaanse soldaat is omgekomen.', ['AZE killed 1 1 null']],
    // An actor and the attack noun after it before the status word: the attacker (Azerbaijani, Armenian).
    ['az', 'Ermənistan silahlı qüvvələrinin atəşi nəticəsində bir mülki şəxs yaralanıb.', ['AZE wounded 1 1 null']],
    ['hy', 'Ադրբեջանական կողմի կրակոցից վիրավորվել է մեկ քաղաքացիական անձ։', ['ARM wounded 1 1 null']],
    // Arabic counts one or two by the noun's own form (the pack's `nounCounts`): 'جنديين' is two soldiers.
    ['ar', 'أعلنت وزارة الدفاع الأرمينية مقتل جنديين أرمينيين.', ['ARM killed 2 2 ARM']],
    ['ar', 'قتل جندي أذربيجاني.', ['AZE killed 1 1 null']],
    // A toll opened by the pack's `numberOf` ('le nombre de', 'число') counts its people by the count after its verb.
    ['fr', 'Le nombre de soldats tués a atteint 25.', ['unknown killed 25 25 null']],
    ['es', 'El número de soldados muertos ascendió a 25.', ['unknown killed 25 25 null']],
    ['pt', 'O número de soldados mortos subiu para 25.', ['unknown killed 25 25 null']],
    ['ru', 'Число погибших армянских военных достигло 49, заявил премьер-министр Армении.', ['ARM killed 49 49 ARM']],
    // Russian: active forms of the armies' words for killing, 'попали в плен' either way round, 'получили ранения'.
    ['ru', 'Азербайджанская сторона заявила, что уничтожила более 100 армянских военнослужащих.', ['ARM killed 100 - AZE']],
    ['ru', 'Ереван заявил, что в плен попали 40 армянских военнослужащих.', ['ARM captured 40 40 ARM']],
    ['ru', 'Со стороны Азербайджана погибли четверо военных, еще шестеро получили ранения.', ['AZE killed 4 4 null', 'AZE wounded 6 6 null']],
    ['tr', 'Açıklamaya göre, bir kadın da yaralandı.', ['unknown wounded 1 1 null']],
    ['is', 'Þrír armenskir hermenn féllu og tveir aðrir særðust í átökunum.', ['ARM killed 3 3 null', 'ARM wounded 2 2 null']],
    ['et', 'Kaitseministeeriumi teatel hukkus tulistamises Tovuzi lähedal vähemalt neli Aserbaidžaani sõdurit.', ['AZE killed 4 - null']],
    ['et', 'Aserbaidžaani sõnul sai rünnakus üle 30 inimese vigastada.', ['AZE wounded 30 - AZE']],
    // One person, the adjective after the noun, one or two auxiliaries before the verb.
    ['es', 'Un soldado armenio falleció en el ataque.', ['ARM killed 1 1 null']],
    ['fr', 'Un soldat arménien a été tué.', ['ARM killed 1 1 null']],
    ['pt', 'Um soldado armênio morreu.', ['ARM killed 1 1 null']],
    ['it', 'Un soldato armeno è morto.', ['ARM killed 1 1 null']],
    // Victims marked by name ('namens X', 'X isimli'), counted one each; 'Das erklärte X' a few sentences on names their speaker.
    ['de', 'Beim Beschuss wurden die Bäuerin namens Ilaha Mammadova und ihr Sohn mit dem Namen Rauf Mammadov getötet. Die Ärzte kamen zu spät. Das erklärte der Sprecher Vagif Dargahly.', ['AZE killed 2 2 AZE']],
    ['tr', 'Saldırıda Aysel Kerimova isimli bir kadın ve Orhan Kerimov adlı çocuk hayatını kaybetti.', ['unknown killed 2 2 null']],
    ['en', 'A shepherd named Karen Petrosyan was killed near the border.', ['unknown killed 1 1 null']],
    // 'nous' (the pack's first person) in a claim of none is the speaker's side, not the subject before it.
    ['fr', "Selon Bakou, les forces arméniennes ont attaqué mais nous n'avons subi aucune perte.", ['AZE casualties 0 0 AZE']],
    // A side marked after a noun of losses ('Verluste auch auf der armenischen Seite').
    ['de', 'Der Sprecher sagte, es habe Verluste auch auf der armenischen Seite gegeben.', ['ARM casualties - - null']],
  ])('%s: %s', (language, text, expected) => {
    expect(claimsIn(language, text)).toEqual(expected);
  });

  it.each([
    ['fr', 'Une nouvelle guerre pourrait tuer des milliers de personnes.'],
    ['de', 'Die Armee erhielt zwölf Panzer und vierzig Drohnen.'],
    ['tr', 'Ordu iki yıl içinde 40 tank satın aldı.'],
    ['et', 'Linnas elab 300 000 inimest.'],
    ['et', 'Rünnakus hukkus ka neli lehma.'],
  ])('%s: no figure in %s', (language, text) => {
    expect(claimsIn(language, text)).toEqual([]);
  });
});

describe('casualties: "lost" people in other languages', () => {
  it.each([
    ['fr', 'Bakou affirme avoir perdu sept militaires.', ['AZE killed 7 7 AZE']],
    ['es', 'Azerbaiyán afirmó haber perdido siete soldados.', ['AZE killed 7 7 AZE']],
    ['it', "L'Azerbaigian ha perso sette soldati negli scontri, secondo il ministero della Difesa di Baku.", ['AZE killed 7 7 AZE']],
    ['pt', 'O Azerbaijão disse ter perdido sete soldados nos confrontos.', ['AZE killed 7 7 AZE']],
    ['de', 'Aserbaidschan hat sieben Soldaten verloren, sagte das Ministerium in Baku.', ['AZE killed 7 7 AZE']],
  ])('%s: %s', (language, text, expected) => {
    expect(claimsIn(language, text)).toEqual(expected);
  });

  it.each([
    ['fr', "L'Arménie a perdu le contrôle de deux villages."],
    ['fr', "L'armée a perdu deux positions et trois chars près de Latchine."],
    ['es', 'El ejército perdió dos posiciones y tres tanques.'],
    ['it', "L'Armenia ha perso il controllo di due villaggi."],
    ['pt', 'A Armênia perdeu o controle de duas aldeias.'],
    ['de', 'Armenien hat die Kontrolle über zwei Dörfer verloren.'],
  ])('%s: no figure in %s', (language, text) => {
    expect(claimsIn(language, text)).toEqual([]);
  });
});

describe('casualties: a subject telling its own figures', () => {
  it.each([
    ['en', 'Azerbaijan lost seven soldiers, according to its own figures.', ['AZE killed 7 7 AZE']],
    ['en', 'By its own count, Armenia has lost 3,825 soldiers and civilians.', ['ARM killed 3825 3825 ARM']],
    ['en', 'Azerbaijan lost seven soldiers, by its own account.', ['AZE killed 7 7 AZE']],
    ['de', 'Aserbaidschan hat nach eigenen Angaben sieben Soldaten verloren.', ['AZE killed 7 7 AZE']],
    ['de', 'Nach eigenen Angaben verlor Armenien 15 Soldaten.', ['ARM killed 15 15 ARM']],
    ['fr', "Selon ses propres chiffres, l'Azerbaïdjan a perdu sept soldats.", ['AZE killed 7 7 AZE']],
    ['ru', 'По собственным данным, Азербайджан потерял семь военнослужащих.', ['AZE killed 7 7 AZE']],
    // Without the words, the report's own voice; with another verb of saying, its speaker.
    ['en', 'Azerbaijan lost seven soldiers in the clashes.', ['AZE killed 7 7 null']],
    ['en', 'Azerbaijan lost seven soldiers by its own count, Armenian officials said.', ['AZE killed 7 7 ARM']],
  ])('%s: %s', (language, text, expected) => {
    expect(claimsIn(language, text)).toEqual(expected);
  });
});

describe('casualties: German verbs first and last', () => {
  it.each([
    // Whoever lost the people counted before a verb closing the clause.
    ['de', 'Armenien hat 15 Soldaten verloren, sagte Baku.', ['ARM killed 15 15 AZE']],
    ['de', 'Armenien verlor 15 Soldaten.', ['ARM killed 15 15 null']],
    // A status verb before its subject's count, with words between.
    ['de', 'Am Montag starben nach Angaben der Behörden zwei Soldaten.', ['unknown killed 2 2 null']],
  ])('%s: %s', (language, text, expected) => {
    expect(claimsIn(language, text)).toEqual(expected);
  });

  it('counts no animals after an inverted verb', () => {
    expect(claimsIn('de', 'Getötet wurden dabei auch zwei Kühe.')).toEqual([]);
  });
});

describe('casualties: denials of losses in other languages', () => {
  it.each([
    ['es', 'Bakú negó haber sufrido bajas.', ['AZE casualties 0 0 AZE']],
    ['it', 'Baku ha negato di aver subito perdite.', ['AZE casualties 0 0 AZE']],
    ['pt', 'Baku negou ter sofrido baixas.', ['AZE casualties 0 0 AZE']],
    ['fr', 'Bakou a démenti avoir subi des pertes.', ['AZE casualties 0 0 AZE']],
    ['de', 'Baku bestritt, Verluste erlitten zu haben.', ['AZE casualties 0 0 AZE']],
  ])('%s: %s', (language, text, expected) => {
    expect(claimsIn(language, text)).toEqual(expected);
  });
});
