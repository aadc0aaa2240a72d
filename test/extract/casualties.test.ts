import { describe, expect, it } from 'vitest';
import { analyzeText, claimsOf } from '../helpers.js';

describe('casualties: counts and status', () => {
  it.each([
    ["Armenia's Defence Ministry said four of its soldiers were killed on Friday.", ['ARM killed 4 4 ARM 2023-09-01 soldiers']],
    ['Azerbaijan said eleven of its servicemen had died in the fighting.', ['AZE killed 11 11 AZE 2023-09-01 soldiers']],
    ['The Azerbaijani Defence Ministry said at least 13 soldiers were killed.', ['AZE killed 13 - AZE 2023-09-01 soldiers']],
    ['Up to 75,000 people have been displaced, officials in Stepanakert say.', ['NKR displaced - 75000 NKR 2023-09-01 unspecified']],
    ['Up to 75,000 people have been displaced by the fighting.', ['multiple displaced - 75000 null 2023-09-01 unspecified']],
    ['Nearly 400 people have been displaced by the fighting.', ['unknown displaced 400 400 null 2023-09-01 unspecified']],
    ['Nearly two hundred Azerbaijani civilians were killed in 1992.', ['AZE killed 200 200 null 1992 civilians']],
    ['A number of Armenian soldiers have been killed, the Azerbaijani Defence Ministry said.', ['ARM killed - - AZE 2023-09-01 soldiers']],
    ['In February 1992, 613 Azerbaijani civilians were massacred in Khojaly.', ['AZE killed 613 613 null 1992-02 civilians']],
    ['One soldier later succumbed to his wounds.', ['unknown killed 1 1 null 2023-09-01 soldiers']],
    ['Two Armenian shepherds were abducted near the border.', ['ARM captured 2 2 null 2023-09-01 civilians']],
    ['The death toll rose to 17, the Azerbaijani health ministry said.', ['AZE killed 17 17 AZE 2023-09-01 unspecified']],
    ['The death toll of the shelling rose to 9, officials said.', ['unknown killed 9 9 null 2023-09-01 unspecified']],
    ['The Armenian Defence Ministry said that one of its soldiers was killed.', ['ARM killed 1 1 ARM 2023-09-01 soldiers']],
    ['The Armenian Defence Ministry added that one soldier was killed.', ['ARM killed 1 1 ARM 2023-09-01 soldiers']],
    ['A soldier of the Azerbaijan Army was killed by Armenian sniper fire.', ['AZE killed 1 1 null 2023-09-01 soldiers']],
    ['Baku put Armenian losses at more than 100 dead.', ['ARM killed 100 - AZE 2023-09-01 unspecified']],
    ['The International Committee of the Red Cross said it had facilitated the transfer of 17 bodies.', ['unknown killed 17 17 ICRC 2023-09-01 unspecified']],
    ['"The enemy has suffered heavy losses, with more than 30 soldiers killed," the Azerbaijani ministry said.', ['ARM killed 30 - AZE 2023-09-01 soldiers']],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('reads two figures from a running total', () => {
    const claims = claimsOf('Five more Azerbaijani troops were killed overnight, bringing the death toll to at least 13.', '2014-08-02');
    expect(claims).toContain('AZE killed 5 5 null 2014-08-02 soldiers');
    expect(claims.some((c) => c.startsWith('AZE killed 13 -'))).toBe(true);
  });

  it('reads the new total after a figure as a figure of the same people', () => {
    expect(claimsOf("Nagorno-Karabakh's defence ministry reported 37 more military deaths, bringing the total to 710.")).toEqual([
      'NKR killed 37 37 NKR 2023-09-01 soldiers', 'NKR killed 710 710 NKR 2023-09-01 soldiers',
    ]);
    expect(claimsOf('The separatists reported 37 more deaths among their fighters, bringing their total to 710.').map((c) => c.split(' ').slice(0, 4).join(' ')))
      .toEqual(['NKR killed 37 37', 'NKR killed 710 710']);
  });

  it('reads no total of something else after a figure', () => {
    expect(claimsOf('Two soldiers were killed, bringing the number of attacks to 12.')).toEqual(['unknown killed 2 2 null 2023-09-01 soldiers']);
  });

  it('reads soldiers "eliminated" or "neutralized" as killed, and weapons so treated as nothing', () => {
    expect(claimsOf("Azerbaijani forces neutralized 20 Armenian soldiers, Azerbaijan's Defence Ministry said.")).toEqual(['ARM killed 20 20 AZE 2023-09-01 soldiers']);
    expect(claimsOf('Two Armenian tanks and a howitzer were eliminated, the Azerbaijani Defence Ministry said.')).toEqual([]);
  });

  it('reads a wounded figure introduced by "another"', () => {
    const claims = claimsOf("Armenia's Defence Ministry reported that four of its soldiers were killed and another was injured in shelling near Sotk.");
    expect(claims).toEqual(['ARM killed 4 4 ARM 2023-09-01 soldiers', 'ARM wounded 1 1 ARM 2023-09-01 soldiers']);
  });

  it('adds one person joined after a count\'s people, not one of another side or a thing', () => {
    expect(claimsOf('Two soldiers and a civilian were killed.')).toEqual(['unknown killed 3 3 null 2023-09-01 unspecified']);
    expect(claimsOf('The shelling killed two soldiers and a 65-year-old woman.')).toEqual(['unknown killed 3 3 null 2023-09-01 unspecified']);
    expect(claimsOf('The attack killed two soldiers and a dog.')).toEqual(['unknown killed 2 2 null 2023-09-01 soldiers']);
    expect(claimsOf('Two soldiers and an Armenian civilian were killed.')[0]).toMatch(/killed 2 2 /);
  });

  it('drops deaths "both sides" report without a count when each side\'s count follows', () => {
    const claims = claimsOf('The two countries blamed each other for the fighting, with both sides reporting military deaths. '
      + 'Armenia said 49 of its soldiers were killed. Azerbaijan said 50 of its troops had died.');
    expect(claims).toEqual(['ARM killed 49 49 ARM 2023-09-01 soldiers', 'AZE killed 50 50 AZE 2023-09-01 soldiers']);
    expect(claimsOf('Both sides reported military deaths.')).toEqual(['multiple killed - - null 2023-09-01 soldiers']);
  });

  it('sums coordinated counts no actor tells apart, and keeps apart those of two sides', () => {
    expect(claimsOf('Two policemen and three soldiers were wounded, the Armenian side said.')).toEqual(['ARM wounded 5 5 ARM 2023-09-01 soldiers']);
    expect(claimsOf('At least three soldiers and two civilians were killed.')).toEqual(['unknown killed 5 - null 2023-09-01 unspecified']);
    expect(claimsOf('Three Armenian and two Azerbaijani soldiers were killed.')).toEqual(['AZE killed 2 2 null 2023-09-01 soldiers', 'ARM killed 3 3 null 2023-09-01 soldiers']);
  });

  it('reads "Karabakh\'s health ministry" as the territory\'s speaker', () => {
    expect(claimsOf("Two civilians were killed, Karabakh's health ministry said.")).toEqual(['NKR killed 2 2 NKR 2023-09-01 civilians']);
  });

  it('reads "injuring a third" as one more person', () => {
    expect(claimsOf('A mine blast near Tovuz killed two Azerbaijani sappers, injuring a third.')).toEqual([
      'AZE killed 2 2 null 2023-09-01 soldiers', 'AZE wounded 1 1 null 2023-09-01 soldiers',
    ]);
  });

  it('reads a noun of harm coordinated with another at the end of a sentence', () => {
    expect(claimsOf('The Azerbaijani ministry accused the other side of opening fire and reported deaths and injuries.').map((c) => c.split(' ').slice(1, 5).join(' '))).toEqual([
      'killed - - AZE', 'wounded - - AZE',
    ]);
    expect(claimsOf('Injuries')).toEqual([]);
  });

  it('reads claims of none', () => {
    expect(claimsOf('The separatist defence ministry said its forces had no losses.')).toEqual(['NKR casualties 0 0 NKR 2023-09-01 unspecified']);
    expect(claimsOf("Armenia's Defence Ministry said its units did not suffer any losses.")).toEqual(['ARM casualties 0 0 ARM 2023-09-01 unspecified']);
    expect(claimsOf("The Armenian army said it didn't have any casualties.")).toEqual(['ARM casualties 0 0 ARM 2023-09-01 unspecified']);
    // A participle after a comma speaks with the subject of the verb before it ('accusing', not the Azerbaijanis).
    expect(claimsOf('The Armenian forces said they repelled Azerbaijani troops, accusing them of crossing the border, and ensuring not to have suffered any loss on their side.')).toEqual([
      'ARM casualties 0 0 ARM 2023-09-01 unspecified',
    ]);
  });

  it('keeps the evidence sentence and the figure phrase as offsets into the text', () => {
    const text = 'Talks resumed. Azerbaijan says three of its soldiers were wounded by drones in Kalbajar.';
    const a = analyzeText(text);
    const [claim] = a.claims;
    expect(claim).toBeDefined();
    expect(text.slice(claim!.evidence.start, claim!.evidence.end)).toBe('Azerbaijan says three of its soldiers were wounded by drones in Kalbajar.');
    expect(text.slice(claim!.start, claim!.end)).toBe('three of its soldiers were wounded');
  });
});

describe('casualties: prisoners and losses', () => {
  it('reads a prisoner release as captured people of the named side', () => {
    expect(claimsOf('Azerbaijan releases 32 Armenians in exchange for two Azerbaijani soldiers.')).toEqual(['ARM captured 32 32 null 2023-09-01 unspecified']);
  });

  it('reads the bodies handed over as the dead only, not as captives', () => {
    expect(claimsOf('The bodies of 14 Armenian soldiers were handed over to Armenia.')).toEqual(['ARM killed 14 14 null 2023-09-01 soldiers']);
    expect(claimsOf('Azerbaijan handed over 14 Armenian soldiers.')).toEqual(['ARM captured 14 14 null 2023-09-01 soldiers']);
    expect(claimsOf('The remains of two Armenian soldiers were handed over.')).toEqual(['ARM killed 2 2 null 2023-09-01 soldiers']);
    expect(claimsOf('The situation remains tense.')).toEqual([]);
  });

  it('reads troops "lost" as killed', () => {
    expect(claimsOf('Azerbaijan claims that 13 of its troops were lost over the weekend.')).toEqual(['AZE killed 13 13 AZE 2023-08-26 soldiers']);
  });
});

describe('casualties: what is not a casualty', () => {
  it.each([
    'Azerbaijani fire hit the village of Baghanis, killing two cows.',
    'The shelling destroyed four tanks and two houses.',
    'A new war could kill thousands of people, analysts warn.',
    'The region has a population of 150,000.',
    'The army received 12 howitzers and 40 drones last year.',
    'The Armenians have steadily lost territory over the weekend.',
    'Armenia places firing points among civilians, turning them into the object of return fire, Baku said.',
    '“Civilians must not become a human shield,” read a statement released by the ministry.',
    'The ministry released a statement on the clashes on Friday.',
    'The mediators have the power to prevent the killing of innocent civilians.',
    'It was not immediately clear whether there were casualties.',
    'Azerbaijan has not commented on its losses.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('casualties: more claims of none', () => {
  it.each([
    ['Baku denied suffering any casualties.', ['AZE casualties 0 0 AZE 2023-09-01 unspecified']],
    ['Azerbaijan denied losing any soldiers.', ['AZE killed 0 0 AZE 2023-09-01 soldiers']],
    ['Nobody was hurt, the Armenian ministry said.', ['ARM wounded 0 0 ARM 2023-09-01 unspecified']],
    ['There were no reports of casualties.', ['unknown casualties 0 0 null 2023-09-01 unspecified']],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('reads "no one was killed or injured" as two claims of none', () => {
    expect(claimsOf('No one was killed or injured in the attack.').map((c) => c.split(' ').slice(0, 4).join(' '))).toEqual(['unknown killed 0 0', 'unknown wounded 0 0']);
  });
});

describe('casualties: claimants', () => {
  it('refers "the ministry\'s spokeswoman" and "He" after "X spoke" back, and keeps the subject before ", however,"', () => {
    expect(claimsOf('Armenia\'s Defence Ministry said the attack began at dawn. "Two of our servicemen were killed," the ministry\'s spokeswoman said.'))
      .toEqual(['ARM killed 2 2 ARM 2023-09-01 soldiers']);
    expect(claimsOf('Azerbaijani President Ilham Aliyev spoke to the nation on Friday. He said 50 Armenian soldiers had been killed.'))
      .toEqual(['ARM killed 50 50 AZE 2023-09-01 soldiers']);
    expect(claimsOf('Azerbaijan said one of its soldiers had been killed. Armenia, however, said it had killed at least 10 Azerbaijani soldiers.'))
      .toEqual(['AZE killed 1 1 AZE 2023-09-01 soldiers', 'AZE killed 10 - ARM 2023-09-01 soldiers']);
  });

  it('reads a headline speaker named by a demonym and a speaker noun, after a time of day', () => {
    expect(claimsOf('10:42 Armenian Defence Ministry: one soldier wounded by Azerbaijani fire.')).toEqual(['ARM wounded 1 1 ARM 2023-09-01 soldiers']);
  });

  it('credits a figure to "according to X"', () => {
    expect(claimsOf("According to Azerbaijan's Defence Ministry, two soldiers were wounded.")).toEqual(['AZE wounded 2 2 AZE 2023-09-01 soldiers']);
  });

  it('carries a claimant named in one sentence to "it said" in the next', () => {
    const claims = claimsOf("Armenia's Defence Ministry blamed Baku for the attack. It said two Armenian soldiers were killed.");
    expect(claims).toEqual(['ARM killed 2 2 ARM 2023-09-01 soldiers']);
  });

  it('leaves the report\'s own voice unattributed', () => {
    expect(claimsOf('Three Armenian villagers were killed on Tuesday.', '2023-09-01')[0]).toMatch(/^ARM killed 3 3 null 2023-08-29 civilians$/);
  });

  it('resolves "the enemy" in a ministry statement to the other side', () => {
    const claims = claimsOf('"Two enemy soldiers were killed," the Azerbaijani Defence Ministry said.');
    expect(claims).toEqual(['ARM killed 2 2 AZE 2023-09-01 soldiers']);
  });

  it('lets a second verb of saying share the first one\'s speaker', () => {
    const claims = claimsOf('The Karabakh authorities say Azerbaijani troops crossed into the neutral zone, adding that their own forces suffered no losses.');
    expect(claims).toEqual(['NKR casualties 0 0 NKR 2023-09-01 unspecified']);
  });

  it('does not take an actor inside the reported clause for the speaker', () => {
    const claims = claimsOf('A local news agency said three Azerbaijani soldiers were killed.');
    expect(claims).toEqual(['AZE killed 3 3 null 2023-09-01 soldiers']);
  });

  it('takes the speaker of a figure from a following "This was announced by X"', () => {
    const claims = claimsOf('In Ganja the death toll from the missile strike rose to 12. This was announced by Hikmet Hajiyev, an aide to the president.');
    expect(claims).toEqual(['AZE killed 12 12 AZE 2023-09-01 unspecified']);
  });

  it('gives "two others" the side of the figure before them', () => {
    expect(claimsOf('Three Armenian civilians were killed and two others wounded on Thursday.')[1]).toMatch(/^ARM wounded 2 2 null /);
  });

  it('follows a source cited "with reference to" into "says the report" and "it is specified"', () => {
    const claims = claimsOf("The agency reports with reference to Azerbaijan's Foreign Ministry that a missile hit Ganja. Twelve civilians were killed, says the report. It is specified that 40 more were injured.");
    expect(claims).toEqual(['AZE killed 12 12 AZE 2023-09-01 civilians', 'AZE wounded 40 40 AZE 2023-09-01 unspecified']);
  });

  it('reads officials in a de facto authority\'s region as that authority', () => {
    expect(claimsOf('Officials in Nagorno-Karabakh said that two soldiers died in an Azerbaijani attack.')).toEqual(['NKR killed 2 2 NKR 2023-09-01 soldiers']);
  });

  it('credits a headline to the speaker named before its colon', () => {
    expect(claimsOf('Azerbaijan: two soldiers killed in border clash')).toEqual(['AZE killed 2 2 AZE 2023-09-01 soldiers']);
    // A clause before the colon names no speaker.
    expect(claimsOf('Heavy fighting rages on the border of Armenia and Azerbaijan: two soldiers killed')).toEqual(['unknown killed 2 2 null 2023-09-01 soldiers']);
  });

  it('does not take a side named before a colon inside a quote for a headline speaker', () => {
    expect(claimsOf('The Russian Defence Ministry described the clash. "On the Azerbaijani side, the losses were: two dead, one wounded," the ministry said.')).toEqual([
      'AZE killed 2 2 RUS 2023-09-01 unspecified',
      'AZE wounded 1 1 RUS 2023-09-01 unspecified',
    ]);
  });

  it('credits media reports from a capital to nobody', () => {
    expect(claimsOf('News reports from Baku said at least two Azerbaijani soldiers were killed.')).toEqual(['AZE killed 2 - null 2023-09-01 soldiers']);
  });

  it('takes the speaker after a verb that follows a comma, not the actor of the reported clause', () => {
    expect(claimsOf('Two soldiers died under fire from Azerbaijani positions, said the Armenian Defence Ministry.')).toEqual(['ARM killed 2 2 ARM 2023-09-01 soldiers']);
    expect(claimsOf('Two Azerbaijani soldiers were killed, Armenia said.')).toEqual(['AZE killed 2 2 ARM 2023-09-01 soldiers']);
  });

  it('gives people aboard or inside what was hit the side of what was hit', () => {
    expect(claimsOf('Azerbaijan admitted shooting down a Russian military helicopter over Armenia, killing two crew members.')).toEqual(['RUS killed 2 2 AZE 2023-09-01 soldiers']);
    // The attacker's opponent when what was hit names nobody.
    expect(claimsOf('Azerbaijani forces shelled the village, killing two civilians.')).toEqual(['ARM killed 2 2 null 2023-09-01 civilians']);
  });

  it('finds whose losses from the noun, a coordinated verb or a participle', () => {
    expect(claimsOf('Losses from Armenia amounted to about 3.5 thousand people.')).toEqual(['ARM casualties 3500 3500 null 2023-09-01 unspecified']);
    expect(claimsOf('The ministry in Yerevan said that Armenian soldiers killed several Azerbaijani servicemen and suffered no casualties.')).toContain('ARM casualties 0 0 ARM 2023-09-01 unspecified');
    expect(claimsOf('Baku said its units repelled the attack, and the Armenian forces retreated as a result of the fierce fighting, suffering losses.')).toContain('ARM casualties - - AZE 2023-09-01 unspecified');
  });

  it('gives "a third" the side of the figure before it, and a war\'s toll to both sides in nobody\'s voice', () => {
    expect(claimsOf('Azerbaijan admitted shooting down a Russian helicopter over Armenia, killing two crew members and injuring a third.')).toEqual([
      'RUS killed 2 2 AZE 2023-09-01 soldiers',
      'RUS wounded 1 1 AZE 2023-09-01 soldiers',
    ]);
    expect(claimsOf('Azerbaijan says it retook land it lost in a 1991-94 war which killed an estimated 30,000 people.')).toEqual(['multiple killed 30000 30000 null 1991 unspecified']);
  });

  it('reads "its" after "the enemy" in a side\'s statement as the enemy\'s', () => {
    expect(claimsOf("Azerbaijan's Defence Ministry said the enemy's command post was destroyed, and hundreds of its servicemen were killed.")).toEqual(['ARM killed - - AZE 2023-09-01 soldiers']);
  });

  it('gives losses denied at the end of a list of verbs to the speaker\'s side', () => {
    expect(claimsOf('The Karabakh defence ministry says its troops stopped two Azerbaijani attempts, killed at least two Azerbaijani servicemen and took no losses themselves.')).toEqual([
      'AZE killed 2 - NKR 2023-09-01 soldiers',
      'NKR casualties 0 0 NKR 2023-09-01 unspecified',
    ]);
  });

  it('credits a figure from a named news outlet to nobody', () => {
    expect(claimsOf('The Azerbaijani television channel Leader reported that three Azerbaijani soldiers were killed.')).toEqual(['AZE killed 3 3 null 2023-09-01 soldiers']);
    expect(claimsOf('Two Armenian soldiers were killed, according to Azerbaijani media.')).toEqual(['ARM killed 2 2 null 2023-09-01 soldiers']);
    // A ministry is no outlet: its figure stays its own.
    expect(claimsOf('The Azerbaijani Defence Ministry reported that three Armenian soldiers were killed.')).toEqual(['ARM killed 3 3 AZE 2023-09-01 soldiers']);
  });

  it('reads a status word used as an adjective before the people', () => {
    expect(claimsOf('The retreating unit left behind two killed soldiers near Talish.')).toEqual(['unknown killed 2 2 null 2023-09-01 soldiers']);
    expect(claimsOf('"The enemy fled, leaving a killed soldier on the field," the Armenian Defence Ministry said.')).toEqual(['AZE killed 1 1 ARM 2023-09-01 soldiers']);
    // Plural noun after 'a ... killed': no single person.
    expect(claimsOf('A killed soldiers list was published.')).toEqual([]);
  });

  it('reads a count whose noun carries an unknown adjective or a typo', () => {
    expect(claimsOf('Three civiliian women were killed by shelling in Tavush, Armenia said.')).toEqual(['ARM killed 3 3 ARM 2023-09-01 civilians']);
    expect(claimsOf('Three armoured vehicles were lost in the attack.')).toEqual([]);
  });

  it('reads "one of its soldiers" as one', () => {
    expect(claimsOf("Karabakh's army said one of its soldiers was killed.")).toEqual(['NKR killed 1 1 NKR 2023-09-01 soldiers']);
    expect(claimsOf('One of the reasons was the weather.')).toEqual([]);
  });

  it('does not count a part of a toll stated elsewhere, nor ages after names', () => {
    expect(claimsOf('A local deputy said that two children are among those killed.')).toEqual([]);
    expect(claimsOf('Villagers Anna Petrosyan, 94, and Sona Melikyan, 41, were killed by shelling in Tavush.').filter((c) => / (?:94|41) /.test(c))).toEqual([]);
  });

  it('does not coordinate a count that an earlier status word took', () => {
    expect(claimsOf('In Ganja the death toll exceeded ten people, almost 40 more were injured.')).toEqual([
      'AZE killed 10 - null 2023-09-01 unspecified',
      'AZE wounded 40 40 null 2023-09-01 unspecified',
    ]);
  });

  it('reads a count after a trigger ending in a qualifier word, and across an apposition', () => {
    expect(claimsOf('In return, Armenia handed over two Azerbaijani soldiers.')).toEqual(['AZE captured 2 2 null 2023-09-01 soldiers']);
    expect(claimsOf("Up to 9,000 people, or a third of the district's residents, have been displaced.")).toEqual(['multiple displaced - 9000 null 2023-09-01 unspecified']);
  });

  it('reads prisoners released both ways from one noun', () => {
    expect(claimsOf('They agreed on the release of 32 Armenian servicemen by Azerbaijan and 2 Azerbaijani servicemen by Armenia.')).toEqual([
      'ARM captured 32 32 null 2023-09-01 soldiers',
      'AZE captured 2 2 null 2023-09-01 soldiers',
    ]);
    expect(claimsOf('The release of the statement was delayed by two days.')).toEqual([]);
  });

  it('dates a figure by the date right after its status word, in its clause', () => {
    expect(claimsOf('Twelve soldiers captured in 2021 and one serviceman captured near Lachin in September have come home.', '2023-12-13')).toEqual([
      'unknown captured 12 12 null 2021 soldiers',
      'unknown captured 1 1 null 2023-09 soldiers',
    ]);
  });

  it('dates an undated toll of "the fighting" by the war named in the sentence before', () => {
    expect(claimsOf('During a six-week war in 2020, Azerbaijan regained most of the region. More than 6,500 people died in the fighting.', '2023-03-05')).toEqual([
      'multiple killed 6500 - null 2020 unspecified',
    ]);
    expect(claimsOf('The talks resumed in 2021. Two soldiers died on the border.', '2023-03-05')).toEqual(['unknown killed 2 2 null 2023-03-05 soldiers']);
    expect(claimsOf('By the time a ceasefire took effect in May 1994, the war was over. Some 30,000 people had been killed.', '2023-10-05')).toEqual([
      'multiple killed 30000 30000 null 1994-05 unspecified',
    ]);
  });

  it('does not take "released" for a verb of saying unless a statement is released', () => {
    expect(claimsOf('Armenia released two Azerbaijani soldiers.')).toEqual(['AZE captured 2 2 null 2023-09-01 soldiers']);
    expect(claimsOf('Armenia released a statement saying two Azerbaijani soldiers were killed.')).toEqual(['AZE killed 2 2 ARM 2023-09-01 soldiers']);
  });

  it('counts people of no side in a clause about both sides across the sides', () => {
    expect(claimsOf('Tension is rising, with both sides blaming each other for raids that have killed more than 20 soldiers this year.')).toEqual([
      'multiple killed 20 - null 2023 soldiers',
    ]);
    expect(claimsOf('In April 2016 more than 200 troops lost their lives in the worst breach of the truce between the sides, the ministry said.')[0]).toMatch(/^multiple killed 200 - /);
    expect(claimsOf('Both sides blamed each other for the raids on the villages of the district; since spring more than 20 soldiers were killed.')).toEqual(['unknown killed 20 - null 2023-09-01 soldiers']);
  });

  it('counts a total followed by a colon and a breakdown of both sides across the sides', () => {
    expect(claimsOf('By Tuesday there were 20 casualties among the servicemen: 11 Azerbaijani soldiers were killed and four wounded, and five Armenian soldiers were wounded.')[0]).toMatch(/^multiple casualties 20 20 /);
    // A breakdown of one side's people makes no total across the sides.
    expect(claimsOf('By Tuesday there were 20 casualties among the servicemen: 11 Azerbaijani soldiers were killed and nine Azerbaijani soldiers wounded.')[0]).not.toMatch(/^multiple/);
  });

  it('keeps a total and drops its parts and vague repeats', () => {
    expect(claimsOf('Azerbaijan said it had suffered casualties overnight.\nThe fighting went on. "The Azerbaijani side suffered losses," the Azerbaijani ministry said.')).toEqual([
      'AZE casualties - - AZE 2023-09-01 unspecified',
    ]);
    const claims = claimsOf('Three Armenian villagers killed by shelling.\nOne woman was killed in Paravakar, and two other women were killed in Berdavan, police said.');
    expect(claims).toContain('ARM killed 3 3 null 2023-09-01 civilians');
    expect(claims.filter((c) => / 2 2 /.test(c))).toEqual([]);
    expect(claimsOf('Five dead in a shootout.\nAt least five people were killed on both sides.')).toEqual(['multiple killed 5 - null 2023-09-01 unspecified']);
    expect(claimsOf('The city, with a population of 300,000 people, was shelled a week ago, killing 10 civilians.')).toEqual(['unknown killed 10 10 null 2023-09-01 civilians']);
  });

  it("credits a paragraph's figures to the speaker of a 'This was reported by X' sentence after them", () => {
    expect(claimsOf('Two soldiers were killed near Sotk overnight. One of them was a conscript. This was reported by the Armenian Defence Ministry.')).toEqual([
      'ARM killed 2 2 ARM 2023-09-01 soldiers',
    ]);
    // Not across a sentence with a speaker of its own, nor across a paragraph.
    expect(claimsOf('Two soldiers were killed near Sotk overnight. Villagers said the shelling went on. This was reported by the Armenian Defence Ministry.')).toEqual([
      'unknown killed 2 2 null 2023-09-01 soldiers',
    ]);
    expect(claimsOf('Two soldiers were killed near Sotk overnight.\n\nThis was reported by the Armenian Defence Ministry.')).toEqual([
      'unknown killed 2 2 null 2023-09-01 soldiers',
    ]);
  });

  it("drops the report's own mention of a side's casualties that a counted figure of that side already gives, not another speaker's", () => {
    expect(claimsOf("Azerbaijan's Defence Ministry said five of its soldiers were killed. The bodies of the Azerbaijani casualties were returned in the evening.")).toEqual([
      'AZE killed 5 5 AZE 2023-09-01 soldiers',
    ]);
    expect(claimsOf("Azerbaijan's Defence Ministry said five of its soldiers were killed. Armenia's Defence Ministry said the Azerbaijani side suffered heavy losses.")).toEqual([
      'AZE killed 5 5 AZE 2023-09-01 soldiers', 'AZE casualties - - ARM 2023-09-01 unspecified',
    ]);
  });

  it('keeps "almost 40" and "more than 40" as two figures, and merges "at least 40" into "40"', () => {
    expect(claimsOf('Shelling of Ganja left almost 40 people wounded, Azerbaijan said.\nLater Azerbaijan said more than 40 people were wounded.')).toEqual([
      'AZE wounded 40 40 AZE 2023-09-01 unspecified', 'AZE wounded 40 - AZE 2023-09-01 unspecified',
    ]);
    expect(claimsOf('Shelling of Ganja left 40 people wounded, Azerbaijan said.\nAzerbaijan said at least 40 people were wounded.')).toEqual([
      'AZE wounded 40 40 AZE 2023-09-01 unspecified',
    ]);
  });

  it('dates an undated headline figure by the body figure it restates, and keeps it once', () => {
    const text = 'Armenia reports two soldiers killed on the border\n\nTwo conscripts were killed by Azerbaijani shelling on Tuesday, the Armenian Defence Ministry said. The fighting began on Sunday.';
    expect(claimsOf(text, '2020-07-14')).toEqual(['ARM killed 2 2 ARM 2020-07-14 soldiers']);
  });

  it('dates a figure by its reported clause rather than by the day of the statement, and a count restated on that day by its first date', () => {
    // 2017-02-27 is a Monday; the weekend before it began on the 25th.
    const text = 'On Feb. 27, the Azerbaijani Defense Ministry confirmed that the bodies of five Azerbaijani servicemen who were killed over the weekend had been retrieved.\n\nOn Feb. 27, the Azerbaijani Defense Ministry also confirmed the five deaths and released the names.';
    expect(claimsOf(text, '2017-02-27')).toEqual(['AZE killed 5 5 AZE 2017-02-25 soldiers']);
    // With no other date, the day of the statement dates the figure.
    expect(claimsOf('On Monday, the Azerbaijani Defense Ministry said five of its servicemen were killed.', '2017-02-28')).toEqual(['AZE killed 5 5 AZE 2017-02-27 soldiers']);
  });

  it('reads a count that is the sum of both camps\' counts in another sentence as a total across the sides', () => {
    const body = 'Azerbaijan says three Armenian and two Azerbaijani soldiers were killed in a clash on the border of Karabakh.';
    expect(claimsOf(`Azerbaijan: five soldiers killed in Karabakh clash\n\n${body}`)).toEqual([
      'multiple killed 5 5 AZE 2023-09-01 soldiers', 'AZE killed 2 2 AZE 2023-09-01 soldiers', 'ARM killed 3 3 AZE 2023-09-01 soldiers',
    ]);
    // Not when the sum differs, nor when the count names its side.
    expect(claimsOf(`Azerbaijan: six soldiers killed in Karabakh clash\n\n${body}`)[0]).toBe('AZE killed 6 6 AZE 2023-09-01 soldiers');
    expect(claimsOf(`Azerbaijan: five Azerbaijani soldiers killed in Karabakh clash\n\n${body}`)[0]).toBe('AZE killed 5 5 AZE 2023-09-01 soldiers');
  });

  it('reads "the death of the two soldiers" as the two, not as part of a larger toll', () => {
    expect(claimsOf('Armenians kill 8 Azerbaijani soldiers in border clashes\n\nEarlier, the Azerbaijani Defense Ministry reported the death of the two soldiers. It said that soldier Garyagdy Ahmadov and ensign Isa Almasov were killed on July 31.', '2014-08-02')).toContain(
      'AZE killed 2 2 AZE 2014-07-31 soldiers',
    );
  });

  it('gives a figure that "also" adds to the ones just told their side and speaker', () => {
    const fmt = (text: string, language = 'en') => analyzeText(text, '2020-07-14', { language }).claims.map((c) => `${c.side} ${c.status} ${c.min ?? '-'} ${c.claimant?.code ?? 'null'}`);
    const list = 'The Azerbaijani Defence Ministry said on Tuesday that three servicemen of the Azerbaijani army died in the fighting. The ministry offers its condolences to their families.';
    expect(fmt(`${list} There are also wounded servicemen.`)).toEqual(['AZE killed 3 AZE', 'AZE wounded - AZE']);
    expect(fmt('Das aserbaidschanische Verteidigungsministerium teilte mit, drei aserbaidschanische Soldaten seien getötet worden. Es gibt auch Verwundete.', 'de')).toEqual(['AZE killed 3 AZE', 'AZE wounded - AZE']);
    // Not without the word, nor when the sentence names a side of its own, nor three sentences on.
    expect(fmt(`${list} There are wounded servicemen.`)).toEqual(['AZE killed 3 AZE', 'unknown wounded - null']);
    expect(fmt(`${list} Armenian soldiers were also wounded.`)).toEqual(['AZE killed 3 AZE', 'ARM wounded - null']);
    expect(fmt(`${list} The front is calm. Talks resume in Moscow. There are also wounded servicemen.`)).toEqual(['AZE killed 3 AZE', 'unknown wounded - null']);
  });

  it("credits a ministry named without its country to the country whose press published the report", () => {
    const fmt = (url: string | null, text: string) => analyzeText(text, '2014-08-01', { url }).claims.map((c) => `${c.side} ${c.status} ${c.min ?? '-'} ${c.claimant?.code ?? 'null'}`);
    const text = 'The Armenians retreated, suffering heavy losses, the press service of the Defense Ministry stated. The Defense Ministry confirmed the deaths of eight servicemen.';
    expect(fmt('https://news.example.az/2014/08/01/clash', text)).toEqual(['ARM casualties - AZE', 'AZE killed 8 AZE']);
    // From a domain of no belligerent, the unnamed ministry stays unresolved (never the Armenians of the reported clause).
    expect(fmt('https://news.example.com/clash', text)).toEqual(['ARM casualties - null', 'unknown killed 8 null']);
    // An outlet the packs know ('asbarez.com': Armenian press) counts as its country's press, whatever its domain.
    expect(fmt('https://www.asbarez.com/2014/08/01/clash', 'The Defense Ministry confirmed the deaths of two servicemen.')).toEqual(['ARM killed 2 ARM']);
    // A ministry with its country named keeps it.
    expect(fmt('https://news.example.az/x', "Armenia's Defense Ministry said two soldiers died.")).toEqual(['ARM killed 2 ARM']);
  });

  it("lets an active verb's own count win over a count before it", () => {
    expect(claimsOf('A missile struck Ganja, killing 12 civilians, two of them children, and injuring more than 40 others, Azerbaijan said.')).toEqual([
      'AZE killed 12 12 AZE 2023-09-01 civilians',
      'AZE wounded 40 - AZE 2023-09-01 unspecified',
    ]);
  });

  it('reads no figure in a figure told before or in harm that is no happening', () => {
    expect(claimsOf('Their deaths marked a fresh escalation on the border.')).toEqual([]);
    expect(claimsOf('There can be no excuse for killing civilians, a villager said.')).toEqual([]);
    expect(claimsOf('An expert said Azerbaijan had not suffered such losses since 1994.')).toEqual([]);
    expect(claimsOf('Azerbaijan accused Armenia of killing two civilians.')).toEqual(['AZE killed 2 2 AZE 2023-09-01 civilians']);
  });

  it('gives people of a sentence naming no side the victims\' side of the attack told just before', () => {
    expect(claimsOf('Azerbaijani servicemen fired on a car carrying Karabakh police officers near Dyukyanlar. Three people were killed.')).toEqual(['ARM killed 3 3 null 2023-09-01 unspecified']);
    expect(claimsOf('Talks resumed in Brussels. Three people were killed.')).toEqual(['unknown killed 3 3 null 2023-09-01 unspecified']);
  });

  it('takes the speaker of a quote that closes a sentence later, and a speaker after a day', () => {
    const claims = claimsOf('A clash between Azerbaijani and Armenian forces killed several people, announced Friday the Azerbaijani Ministry of Defense. "Armenian soldiers were forced back, suffering losses. The army also took losses," the ministry said.');
    expect(claims).toContain('multiple killed - - AZE 2023-09-01 unspecified');
    expect(claims).toContain('ARM casualties - - AZE 2023-09-01 soldiers');
  });

  it('reads corpses as the dead', () => {
    expect(claimsOf('The attackers fled, leaving eight corpses behind.')).toEqual(['unknown killed 8 8 null 2023-09-01 unspecified']);
  });

  it('skips ages and counts the total before a subset', () => {
    expect(claimsOf('In the village of Berdavan, two women, aged 94 and 41, were killed.')).toEqual(['ARM killed 2 2 null 2023-09-01 civilians']);
    expect(claimsOf('In Ganja, twelve people, including two children, were killed.')).toEqual(['AZE killed 12 12 null 2023-09-01 unspecified']);
  });

  it('takes the speaker across a date between it and the verb', () => {
    expect(claimsOf("A minister in Nagorno-Karabakh's de facto government on March 5 said three police officers were shot dead.")).toEqual(['NKR killed 3 3 NKR 2023-03-05 soldiers']);
  });

  it('resolves "its Defence Ministry said" to the country named before', () => {
    expect(claimsOf('Azerbaijan described the night as calm. Its Defence Ministry said its troops had suffered losses.')).toEqual(['AZE casualties - - AZE 2023-09-01 soldiers']);
  });

  it('resolves "he said" to the country of an official introduced in the previous sentence', () => {
    expect(claimsOf('Azerbaijan said Armenia had suffered losses. In Armenia, a senior defence ministry official gave another account. He said that the Azeris had lost 14 troops.')).toContain('AZE killed 14 14 ARM 2023-09-01 soldiers');
    expect(claimsOf('Armenia said the Azerbaijani army had lost 14 soldiers.')).toEqual(['AZE killed 14 14 ARM 2023-09-01 soldiers']);
    // 'they' continues the clause before it ('and that they'), not the place named last.
    expect(claimsOf('An Armenian defence ministry official said that Azerbaijani sabotage groups had tried to break into Armenia and that they had lost 14 troops.'))
      .toEqual(['AZE killed 14 14 ARM 2023-09-01 soldiers']);
    expect(claimsOf("Armenia's Defence Ministry said they had lost two soldiers near Tavush.")).toEqual(['ARM killed 2 2 ARM 2023-09-01 soldiers']);
  });

  it('does not take an actor inside a quote for the speaker named after it', () => {
    expect(claimsOf('An Armenian defence official spoke to reporters. "Azerbaijani groups were ambushed," the official said. "They have 14 dead."')).toEqual(['AZE killed 14 14 ARM 2023-09-01 unspecified']);
  });

  it('resolves "it said" to a ministry introduced as the subject of the previous sentence', () => {
    const claims = claimsOf("Azerbaijan's Defence Ministry said two of its soldiers were wounded. Armenia's Defence Ministry told a different story. It said Azerbaijani fire had killed four of its soldiers and wounded another.");
    expect(claims).toEqual(['AZE wounded 2 2 AZE 2023-09-01 soldiers', 'ARM killed 4 4 ARM 2023-09-01 soldiers', 'ARM wounded 1 1 ARM 2023-09-01 soldiers']);
  });

  it('does not read a mention of casualties as a figure', () => {
    expect(claimsOf('There was no immediate comment from Baku on the casualties.')).toEqual([]);
  });

  it('counts a war\'s toll in thousands across the sides, dated by its decade', () => {
    expect(claimsOf('Separatists seized the region in a 1990s war that killed 30,000 people.')).toEqual(['multiple killed 30000 30000 null 1990 unspecified']);
  });

  it('goes on in the speaker\'s voice in a sentence telling the outcome of what was reported before', () => {
    const report = 'Azerbaijan\'s Defence Ministry issued a statement on the night. According to the statement, Armenian units shelled the village of Alkhanly. As a result of this shelling, two residents died.';
    expect(claimsOf(report)).toEqual(['AZE killed 2 2 AZE 2023-09-01 civilians']);
    // The outcome of what the report says in its own voice stays in its own voice.
    expect(claimsOf('Armenian units shelled the village of Alkhanly. As a result of this shelling, two residents died.')).toEqual(['AZE killed 2 2 null 2023-09-01 civilians']);
    // A sentence with a speaker of its own is that speaker's.
    expect(claimsOf('According to the Azerbaijani Defence Ministry, Armenian units shelled Alkhanly. As a result, two Azerbaijani residents died, Armenia said.')).toEqual(['AZE killed 2 2 ARM 2023-09-01 civilians']);
  });

  it('credits a victim named in the next sentence to the speaker of the figure before', () => {
    const claims = claimsOf("Azerbaijan's Defence Ministry said two residents of Alkhanly died in the shelling. Sarvinaz Guliyeva, 58, received a fragmentation wound.");
    expect(claims).toContain('AZE wounded 1 1 AZE 2023-09-01 unspecified');
    // Not when the next sentence names a side of its own.
    expect(claimsOf("Azerbaijan's Defence Ministry said two residents of Alkhanly died in the shelling. An Armenian soldier was wounded, Yerevan said.")).toContain('ARM wounded 1 1 ARM 2023-09-01 soldiers');
  });

  it('does not take an actor inside a phrase "of the troops" for the speaker of a report', () => {
    const claims = claimsOf("The Ministry of Defense of Azerbaijan issued a statement on the provocation of the Armenian Armed Forces on the line of the troops, APA reports quoting the ministry. Two Azerbaijani soldiers were wounded.");
    expect(claims.some((c) => c.includes(' ARM '))).toBe(false);
  });

  it('dates what happened "six days after" another attack six days before it', () => {
    expect(claimsOf('The attack on Ganja on October 17 came only six days after a missile struck another part of the city, killing 10 civilians.', '2020-10-18'))
      .toEqual(['AZE killed 10 10 null 2020-10-11 civilians']);
    // 'six days after the talks' is no attack of its own: the figure keeps the day of the sentence.
    expect(claimsOf('A missile struck Ganja on October 17, six days after the talks, killing 10 civilians.', '2020-10-18')).toEqual(['AZE killed 10 10 null 2020-10-17 civilians']);
  });

  it('counts one person before a relative clause, and people by their work or family', () => {
    expect(claimsOf('Three people were killed, and an employee who was in the car was also injured.')).toEqual(['unknown killed 3 3 null 2023-09-01 unspecified', 'unknown wounded 1 1 null 2023-09-01 unspecified']);
    expect(claimsOf('A truck that carried flour was hit, and a nurse who was inside it was wounded.')).toEqual(['unknown wounded 1 1 null 2023-09-01 civilians']);
    expect(claimsOf('Two paramedics were injured and a driver was killed.')).toEqual(['unknown wounded 2 2 null 2023-09-01 civilians', 'unknown killed 1 1 null 2023-09-01 civilians']);
    // A relative clause that holds its own figure is not skipped into the person before it.
    expect(claimsOf('A shell hit the house that was empty; nobody was hurt.')).not.toContain('unknown wounded 1 1 null 2023-09-01 unspecified');
  });

  it('reads a territory named as the one who speaks or loses people as the actor that holds it', () => {
    const claims = claimsOf('Azerbaijan claims that 13 of its troops were lost over the weekend while Nagorno-Karabakh states that it has lost five troops.', '2014-08-05');
    expect(claims).toEqual(['AZE killed 13 13 AZE 2014-08-02 soldiers', 'NKR killed 5 5 NKR 2014-08-02 soldiers']);
    expect(claimsOf('Nagorno-Karabakh had lost almost 2 thousand people in the war.')).toEqual(['NKR killed 2000 2000 null 2023-09-01 unspecified']);
    // A territory where people died is a place: it names nobody's side.
    expect(claimsOf('Three soldiers in Karabakh died on Friday.')).toEqual(['unknown killed 3 3 null 2023-09-01 soldiers']);
  });

  it('reads "claimed the lives of" as killing, not as a claim', () => {
    expect(claimsOf('A war fought over the region in the 1990s claimed the lives of 30,000 people.')).toEqual(['multiple killed 30000 30000 null 1990 unspecified']);
    expect(claimsOf('Armenia claimed that the lives of its soldiers were at risk.')).toEqual([]);
  });

  it('ends a quotation left open at the end of its paragraph', () => {
    const report = 'Armenian officials said three women were killed after the firing of “large-caliber mortars" by Azeri forces.\n\nA war fought over the region in the 1990s claimed the lives of 30,000 people.';
    expect(claimsOf(report)).toContain('multiple killed 30000 30000 null 1990 unspecified');
    // A quotation that goes on opens its next paragraph with a quotation mark.
    expect(claimsOf('The ministry said: “The enemy attacked at dawn.\n\n“Two of our soldiers were wounded,” the ministry said.')).toEqual(['unknown wounded 2 2 null 2023-09-01 soldiers']);
  });

  it('reads the parts of a breakdown opened by "Of the N killed,"', () => {
    expect(claimsOf('Of the five people killed, three are Armenian policemen and two are members of the Azerbaijani military.'))
      .toEqual(['unknown killed 5 5 null 2023-09-01 unspecified', 'ARM killed 3 3 null 2023-09-01 soldiers', 'AZE killed 2 2 null 2023-09-01 soldiers']);
    // Parts no actor tells apart are kinds of the same people: one entry per side, status and claimant.
    expect(claimsOf('Of the 13 wounded, 10 were civilians.')).toEqual(['unknown wounded 13 13 null 2023-09-01 unspecified']);
    expect(claimsOf('Of the 49 soldiers killed, 17 were conscripts, the ministry in Yerevan said.')).toEqual(['ARM killed 49 49 ARM 2023-09-01 soldiers']);
    // Parts that add up to more than the whole are no breakdown of it; nor is a sentence that opens otherwise.
    expect(claimsOf('Of the five people killed, three are policemen and four are soldiers.')).toEqual(['unknown killed 5 5 null 2023-09-01 unspecified']);
    expect(claimsOf('Five people were killed, and three are still in hospital.')).toEqual(['unknown killed 5 5 null 2023-09-01 unspecified']);
  });

  it('gives a count that a status word follows to that word, with the side of the losses it is part of', () => {
    expect(claimsOf('The Armenian ministry said Azerbaijani forces had suffered heavy losses, including 200 dead.')).toEqual(['AZE killed 200 200 ARM 2023-09-01 unspecified']);
    // A count with no status word after it is still the losses'.
    expect(claimsOf('The Armenian ministry said Azerbaijani forces had suffered losses of 200 people.')).toEqual(['AZE casualties 200 200 ARM 2023-09-01 unspecified']);
    // People of their own side named in the part keep it.
    expect(claimsOf('Both armies suffered heavy losses, including 12 Armenian soldiers killed.')).toContain('ARM killed 12 12 null 2023-09-01 soldiers');
  });

  it('reads "the number of civilians killed ... has reached 91" as the count of the killed', () => {
    expect(claimsOf('The number of Azerbaijani civilians killed since the start of the fighting has reached 91, with 400 injured.'))
      .toEqual(['AZE killed 91 91 null 2023-09-01 civilians', 'AZE wounded 400 400 null 2023-09-01 unspecified']);
    expect(claimsOf('The number of Azerbaijani civilians killed since the start of the fighting is not known.')).toEqual(['AZE killed - - null 2023-09-01 civilians']);
  });

  it('counts one person after a status word used actively, and none after a passive one', () => {
    expect(claimsOf('The Armenian military said Azerbaijani forces had killed a civilian in the village of Sotk.')).toEqual(['ARM killed 1 1 ARM 2023-09-01 civilians']);
    expect(claimsOf('Azerbaijani forces killed a civilian in Sotk, the Armenian military said.')).toEqual(['ARM killed 1 1 ARM 2023-09-01 civilians']);
    // 'was killed a day after': what follows a passive is no object.
    expect(claimsOf('An Armenian soldier was killed a day after the talks.')).toEqual(['ARM killed 1 1 null 2023-09-01 soldiers']);
  });

  it('reads "were reported killed" in the report\'s own voice, and "it was reported that" in the last speaker\'s', () => {
    expect(claimsOf('Eight Armenian soldiers and four Azerbaijani soldiers were reported killed.')).toEqual(['AZE killed 4 4 null 2023-09-01 soldiers', 'ARM killed 8 8 null 2023-09-01 soldiers']);
    expect(claimsOf("Armenia's Defence Ministry gave an update. It was reported that four servicemen were killed.")).toEqual(['ARM killed 4 4 ARM 2023-09-01 soldiers']);
  });

  it('gives the people a belligerent kills to the other camp, and reads people listed after things', () => {
    expect(claimsOf('Azerbaijani forces killed 200 soldiers, Baku claimed.')).toEqual(['ARM killed 200 200 AZE 2023-09-01 soldiers']);
    expect(claimsOf('Armenian forces lost 15 tanks and 200 soldiers, Baku claimed.')).toEqual(['ARM killed 200 200 AZE 2023-09-01 soldiers']);
    // Things alone are no casualties; a belligerent that lost people lost its own.
    expect(claimsOf('The Armenian army lost 15 tanks in the battle.')).toEqual([]);
    expect(claimsOf('Azerbaijan has lost 71 servicemen in the fighting.')).toEqual(['AZE killed 71 71 null 2023-09-01 soldiers']);
  });

  it('reads "has claimed 12 lives" as 12 killed, and other lives as none', () => {
    expect(claimsOf('The fighting has claimed 12 lives since Sunday.', '2020-10-20')).toEqual(['unknown killed 12 12 null 2020-10-18 unspecified']);
    expect(claimsOf('Their lives were not in danger, and doctors saved many lives.')).toEqual([]);
  });

  it('counts "on both sides" as multiple', () => {
    expect(claimsOf('In September of last year, around 300 soldiers were killed on both sides.')).toEqual(['multiple killed 300 300 null 2022-09 soldiers']);
  });
});

describe('casualties: more wordings of the contract', () => {
  it.each([
    ['Three civilians lost their lives in the shelling of Tartar, the Azerbaijani Defence Ministry said.', ['AZE killed 3 3 AZE 2023-09-01 civilians']],
    ['Ethnic Armenian forces said two of their fighters were killed near Martuni.', ['NKR killed 2 2 NKR 2023-09-01 soldiers']],
    ['No one was hurt in the attack on the village, the Armenian Defence Ministry said.', ['ARM wounded 0 0 ARM 2023-09-01 unspecified']],
    ['Azerbaijan’s Defence Ministry wrote on X that four of its soldiers were wounded.', ['AZE wounded 4 4 AZE 2023-09-01 soldiers']],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('casualties: people named instead of counted', () => {
  it('counts the names listed before the status verb', () => {
    expect(claimsOf('Azerbaijani sergeant Vugar Sadigov and corporal Elshad Mammadov died while repelling the attack on Sunday.'))
      .toEqual(['AZE killed 2 2 null 2023-08-27 soldiers']);
  });

  it('counts each person named across the report once, as one figure of one side', () => {
    const text = [
      'Azerbaijani sergeant Vugar Sadigov and corporal Elshad Mammadov died on Sunday.',
      'Despite the efforts of doctors, soldier Khayyam Dashdamirov has also died on Sunday.',
      'Sergeant Vugar Sadigov was buried in his home village.',
      'Senior lieutenant Rashid Mahmudov was killed in the night battles on Sunday.',
    ].join('\n\n');
    const claims = analyzeText(text).claims;
    expect(claims.map((c) => `${c.side} ${c.status} ${c.min} ${c.max} ${c.date?.value}`)).toEqual(['AZE killed 4 4 2023-08-27']);
    // The evidence runs from the first name to the last.
    expect(text.slice(claims[0]!.evidence.start, claims[0]!.evidence.end)).toMatch(/^Azerbaijani sergeant[\s\S]*night battles on Sunday\.$/);
  });

  it('counts a list of names that follows a colon, one a line', () => {
    const text = 'The Azerbaijani Defence Ministry said the following servicemen died on Sunday:\n\n- Colonel Ilgar Mirzoyev;\n\n- Major Namig Ahmadov;\n\n- Warrant officer Yashar Babayev.\n\nThe ministry offered condolences.';
    expect(claimsOf(text)).toEqual(['AZE killed 3 3 AZE 2023-08-27 soldiers']);
  });

  it('does not date the figure by the birth years in the list', () => {
    const claims = claimsOf('Armenian forces shelled the Azerbaijani village of Alkhanli in Fuzuli on July 4. Guliyeva Sahibe, born in 1967, and Guliyeva Zahra, born in 2015, died.', '2017-07-05');
    expect(claims).toEqual(['AZE killed 2 2 null 2017-07-04 unspecified']);
  });

  it('sums named victims told in sentences with and without a date, whatever the side words near one of them', () => {
    const text = 'Three-year-old Leyla Mammadli was killed by mortar fire on the night of July 4, in a breach of the truce between Armenia and Azerbaijan.'
      + ' Her grandfather, 60-year-old Rauf Mammadli, was killed too, the Azerbaijani Defence Ministry said.';
    expect(claimsOf(text, '2017-07-05')).toEqual(['AZE killed 2 2 AZE 2017-07-04 unspecified']);
  });

  it('takes no count from the name of a speaker or of a place', () => {
    expect(claimsOf('President Ilham Aliyev said Armenian soldiers were killed.')).toEqual(['ARM killed - - AZE 2023-09-01 soldiers']);
    expect(claimsOf('Residents of Nagorno Karabakh were killed in the shelling.').every((c) => c.includes(' - - '))).toBe(true);
  });
});

describe('casualties: a side marked right after the figure', () => {
  it('reads the side named after the figure, though the sentence names both', () => {
    expect(claimsOf('Three soldiers were killed on the Armenian side and two on the Azerbaijani side.')[0]).toBe('ARM killed 3 3 null 2023-09-01 soldiers');
  });

  it('does not read an agent or an attack named after the figure as its side', () => {
    expect(claimsOf('Two soldiers were wounded by the Azerbaijani side, Armenia said.')).toEqual(['ARM wounded 2 2 ARM 2023-09-01 soldiers']);
  });
});

describe('casualties: the agent of a passive verb', () => {
  it.each([
    ['Three civilians were killed and two others were injured in shelling conducted by Azeri forces near the border between Armenia and Azerbaijan, officials in Yerevan said.',
      ['ARM killed 3 3 ARM 2023-09-01 civilians', 'ARM wounded 2 2 ARM 2023-09-01 unspecified']],
    ['Two soldiers were killed by Armenian sniper fire near Tovuz.', ['AZE killed 2 2 null 2023-09-01 soldiers']],
    ['Three women were killed in an Azeri attack on border villages.', ['ARM killed 3 3 null 2023-09-01 civilians']],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('reads a thing as the subject of a verb whose object is counted, and a passive-list word used actively', () => {
    expect(claimsOf('A drone killed two soldiers.')).toEqual(['unknown killed 2 2 null 2023-09-01 soldiers']);
    expect(claimsOf('Two Armenian tanks were destroyed.')).toEqual([]);
    expect(claimsOf('Azerbaijani troops killed two Armenian soldiers and wounded four others.'))
      .toEqual(['ARM killed 2 2 null 2023-09-01 soldiers', 'ARM wounded 4 4 null 2023-09-01 unspecified']);
  });

  it('reads the belligerent whose attack a noun names as the killer', () => {
    expect(claimsOf('Armenian shelling killed two civilians.')).toEqual(['AZE killed 2 2 null 2023-09-01 civilians']);
    expect(claimsOf('Azerbaijani drone strikes killed three soldiers.')).toEqual(['ARM killed 3 3 null 2023-09-01 soldiers']);
  });

  it('gives the victims of a clause telling how they were hurt to the attacker\'s opponent', () => {
    expect(claimsOf('A civilian was killed when Azerbaijani forces shelled the village of Khachik.')).toEqual(['ARM killed 1 1 null 2023-09-01 civilians']);
    expect(claimsOf('Two soldiers were killed as Azerbaijani drones struck the base.')).toEqual(['ARM killed 2 2 null 2023-09-01 soldiers']);
  });

  it('reads "fatally wounded" as killed, and one person with a lowercase modifier', () => {
    expect(claimsOf('As a result, a contract serviceman of the Armenian Armed Forces was fatally wounded.')).toEqual(['ARM killed 1 1 null 2023-09-01 soldiers']);
  });

  it('takes no side from an agent that is not a belligerent', () => {
    expect(claimsOf('Two people were injured by the blast.')).toEqual(['unknown wounded 2 2 null 2023-09-01 unspecified']);
  });

  it('gives the victims to the claimant when it is of the attacker\'s other camp', () => {
    expect(claimsOf('Officials in Nagorno-Karabakh said that two soldiers died in an Azerbaijani attack.')).toEqual(['NKR killed 2 2 NKR 2023-09-01 soldiers']);
  });
});

describe('casualties: a part of a figure told with its own time', () => {
  it('reads "including four overnight" as a figure of its own', () => {
    expect(claimsOf("Azerbaijan's Defence Ministry said 12 of its troops have been killed in the past four days, including four overnight."))
      .toEqual(['AZE killed 12 12 AZE 2023-09-01 soldiers', 'AZE killed 4 4 AZE 2023-09-01 soldiers']);
  });

  it('reads "the third in recent days" after one more as a running count', () => {
    expect(claimsOf("Nagorno-Karabakh's armed forces said one of its soldiers was killed early Saturday, the third in recent days.", '2014-08-02'))
      .toEqual(['NKR killed 1 1 NKR 2014-08-02 soldiers', 'NKR killed 3 3 NKR 2014-08-02 soldiers']);
    // An ordinal that ranks something else is no count.
    expect(claimsOf('One soldier was killed on Saturday, the third day of the fighting.', '2014-08-02')).toEqual(['unknown killed 1 1 null 2014-08-02 soldiers']);
  });

  it('keeps a part named by its people inside the total', () => {
    expect(claimsOf("Azerbaijan's Defence Ministry said 12 of its troops have been killed, including four officers.")).toEqual(['AZE killed 12 12 AZE 2023-09-01 soldiers']);
  });
});

describe('casualties: a status word used as a noun', () => {
  it('reads "there are dead and wounded" and "dead are reported" as figures with no count', () => {
    expect(claimsOf('Clashes broke out on the border; there are dead and wounded.')).toEqual([
      'unknown killed - - null 2023-09-01 unspecified', 'unknown wounded - - null 2023-09-01 unspecified',
    ]);
    // 'the exact number of dead ... is not known' states no figure; the losses reported do.
    expect(claimsOf('Azerbaijan reports losses on both sides, though the exact number of dead and wounded is not known.')).toEqual([
      'multiple casualties - - AZE 2023-09-01 unspecified',
    ]);
    // 'reports' is a verb here, not a report that was released.
    expect(claimsOf('The Armenian Defence Ministry reports losses.')).toEqual(['ARM casualties - - ARM 2023-09-01 unspecified']);
    expect(claimsOf('Dead and wounded are reported on both sides.')).toEqual([
      'multiple killed - - null 2023-09-01 unspecified', 'multiple wounded - - null 2023-09-01 unspecified',
    ]);
    expect(claimsOf('There are also wounded servicemen.')).toEqual(['unknown wounded - - null 2023-09-01 unspecified']);
    // Losses of a side named beside dead of no side are kept: they say whose.
    expect(claimsOf('Clashes broke out on the border; there are dead. The Armenian side also suffered losses.')).toEqual([
      'unknown killed - - null 2023-09-01 unspecified', 'ARM casualties - - null 2023-09-01 unspecified',
    ]);
  });

  it('reads the Russian "есть погибшие и раненые"', () => {
    expect(analyzeText('На границе произошло столкновение, есть погибшие и раненые.', '2020-07-12', { language: 'ru' }).claims.map((c) => `${c.status} ${c.min}`))
      .toEqual(['killed null', 'wounded null']);
  });

  it('takes no figure from a status word that is no noun', () => {
    expect(claimsOf('The dead soldier was buried on Friday.')).toEqual([]);
    expect(claimsOf('Dead and wounded')).toEqual([]);
  });
});

describe('casualties: people at the end of a list of what was destroyed', () => {
  it('reads "destroyed the stronghold, equipment and manpower of an Armenian unit" as killed with no count', () => {
    expect(claimsOf('Azerbaijani units destroyed the stronghold, artillery installations, equipment and manpower of an Armenian military unit.'))
      .toEqual(['ARM killed - - null 2023-09-01 soldiers']);
  });

  it('takes no figure when only things were destroyed', () => {
    expect(claimsOf('Azerbaijani units destroyed the stronghold, two tanks and an artillery position of an Armenian unit.')).toEqual([]);
  });
});

describe('casualties: a date past the figure\'s clause', () => {
  it('dates a figure by the date before it, not by one past a comma after it', () => {
    expect(claimsOf('The 2016 clashes, which killed about 200 people, were the worst since 1994.')).toEqual(['unknown killed 200 200 null 2016 unspecified']);
  });
});

describe('casualties: the day of the sentence before', () => {
  it('dates an undated figure by the day the sentence before it names, in its paragraph only', () => {
    const text = 'Starting from noon on July 12, Armenian units opened artillery fire at Azerbaijani positions. The Armenian army was forced to retreat, suffering losses.';
    expect(claimsOf(text, '2020-07-14')).toEqual(['ARM casualties - - null 2020-07-12 unspecified']);
    const apart = 'Armenian units shelled Azerbaijani positions in Tovuz on July 13.\n\nTalks were held in Moscow on July 12.\n\nThe Armenian army was forced to retreat, suffering losses.';
    expect(claimsOf(apart, '2020-07-14')).toEqual(['ARM casualties - - null 2020-07-13 unspecified']);
  });
});

describe('casualties: "other" people in the next sentence', () => {
  it('gives "four other residents" the side of the figure told just before', () => {
    expect(claimsOf('Three Armenian villagers were killed by shelling in Berd on Friday. Four other residents were also wounded in the attack.')).toEqual([
      'ARM killed 3 3 null 2023-09-01 civilians', 'ARM wounded 4 4 null 2023-09-01 civilians',
    ]);
  });

  it('does not read "more than" as more of the same people', () => {
    expect(claimsOf('Three Armenian villagers were killed on Friday. Attacks this year have killed more than 14 soldiers.')[1]).toMatch(/^unknown killed 14/);
  });
});

describe('casualties: people told one by one', () => {
  it('reads a wound received or sustained, and a stay in hospital, as wounded', () => {
    expect(claimsOf('Armenian forces shelled Tovuz on Friday. A shepherd sustained a shrapnel wound.')).toEqual(['AZE wounded 1 1 null 2023-09-01 civilians']);
    expect(claimsOf('Two Armenian soldiers were hospitalized after the shelling on Friday.')).toEqual(['ARM wounded 2 2 null 2023-09-01 soldiers']);
    // A wound that is no person's ('the wounds of the war') and a received order state nothing.
    expect(claimsOf('The wounds of the war have not healed. The unit received orders on Friday.')).toEqual([]);
  });

  it('counts the people joined by "and" before a count or a single person', () => {
    expect(claimsOf('A woman and her two children were killed in Armenian shelling of Tartar on Friday.')).toEqual(['AZE killed 3 3 null 2023-09-01 civilians']);
    expect(claimsOf('A child and an elderly man were wounded in Armenian shelling of Tartar on Friday.')).toEqual(['AZE wounded 2 2 null 2023-09-01 unspecified']);
    expect(claimsOf('A woman was killed in Armenian shelling of Tartar on Friday.')).toEqual(['AZE killed 1 1 null 2023-09-01 civilians']);
    // A conjunct with a side of its own is not added.
    expect(claimsOf('An Azerbaijani soldier and two Armenian soldiers were killed on Friday.').map((c) => c.split(' ').slice(0, 4).join(' '))).not.toContain('ARM killed 3 3');
  });

  it('adds "two other women" to the woman told before them when no total is given, and not when one is', () => {
    expect(claimsOf('A woman was killed in Paravakar by Azerbaijani shelling on Friday, and two other women were killed in Berdavan.')).toEqual(['ARM killed 3 3 null 2023-09-01 civilians']);
    expect(claimsOf('Azerbaijani shelling killed three Armenian civilians on Friday. A woman was killed in Paravakar by Azerbaijani shelling on Friday, and two other women were killed in Berdavan.'))
      .toEqual(['ARM killed 3 3 null 2023-09-01 civilians']);
  });

  it('gives a victim named in the next sentence the side of the figure before', () => {
    const text = 'Armenian forces shelled Alkhanli on Friday. As a result, two residents of the village died. Sarvinaz Guliyeva, born in 1965, received a fragmentation wound.';
    expect(claimsOf(text)).toEqual(['AZE killed 2 2 null 2023-09-01 civilians', 'AZE wounded 1 1 null 2023-09-01 unspecified']);
    // Not a figure of many people: 'attacks this year have killed more than 14' is no victim of the same attack.
    expect(claimsOf('Three Armenian villagers were killed on Friday. Attacks this year have killed more than 14 soldiers.')[1]).toMatch(/^unknown killed 14/);
  });
});

describe('casualties: names and ordinals', () => {
  it("gives a victim a side names by name, in a sentence about a fight between the sides, that side's own", () => {
    const text = 'The Azerbaijani Defence Ministry reported losses. Its press service said there was a fight at the Armenian-Azerbaijani border on Friday, in which Ensign Isa Almazov was killed.';
    expect(claimsOf(text).at(-1)).toMatch(/^AZE killed 1 1 AZE /);
    // Named in the report's own voice, the victim's side stays unknown.
    expect(claimsOf('There was a fight at the Armenian-Azerbaijani border on Friday, in which Ensign Isa Almazov was killed.').at(-1)).toMatch(/^unknown killed 1 1 null /);
  });

  it('counts names whose first word is also a place, past an apposition naming what they are', () => {
    expect(claimsOf('Armenian sources said Armen Babayan, Davit Danielyan and Ararat Gasparyan, all police officers of the Passport and Visa Department, had been gunned down on Friday.'))
      .toEqual(['ARM killed 3 3 ARM 2023-09-01 soldiers']);
  });

  it('reads "a fourth individual hospitalized" as one wounded', () => {
    expect(claimsOf('Two Armenian police officers were gunned down on Friday, with a fourth individual hospitalized.')).toEqual([
      'ARM killed 2 2 null 2023-09-01 soldiers', 'ARM wounded 1 1 null 2023-09-01 unspecified',
    ]);
  });
});

describe('casualties: the toll of a war told earlier', () => {
  it('dates "killed during several years of fighting" by the last year named before it', () => {
    const text = 'Armenian troops took the region during a war in the early 1990s.\n\nA ceasefire was agreed in 1994.\n\nOn Tuesday, the Azerbaijani president spoke in Baku.\n\nSome 30,000 people were killed during several years of fighting.';
    expect(claimsOf(text, '2008-03-05')).toEqual(['multiple killed 30000 30000 null 1994 unspecified']);
  });

  it('leaves a figure of a day alone', () => {
    const text = 'A ceasefire was agreed in 1994.\n\nTwo soldiers were killed in Tavush on Friday.';
    expect(claimsOf(text, '2023-09-01')[0]).toMatch(/killed 2 2 null 2023-09-01/);
  });
});

describe('casualties: a count right after a dated one', () => {
  it('takes the time of the count told in the sentence before, in its paragraph', () => {
    const text = 'During the war last autumn, 2895 Azerbaijani soldiers were killed. Losses from Armenia amounted to about 3.5 thousand people.';
    expect(claimsOf(text, '2021-05-12')).toEqual(['AZE killed 2895 2895 null 2020 soldiers', 'ARM casualties 3500 3500 null 2020 unspecified']);
  });

  it('not across paragraphs, and not for a figure with no count', () => {
    const apart = 'During the war last autumn, 2895 Azerbaijani soldiers were killed.\n\nLosses from Armenia amounted to about 3.5 thousand people.';
    expect(claimsOf(apart, '2021-05-12')[1]).not.toMatch(/ 2020 /);
    const uncounted = 'During the war last autumn, 2895 Azerbaijani soldiers were killed. Armenia also suffered losses.';
    expect(claimsOf(uncounted, '2021-05-12')[1]).not.toMatch(/ 2020 /);
  });
});

describe('casualties: civilians hurt after a sentence naming the place', () => {
  it("gives civilians the side whose country holds the place named in the sentence before", () => {
    const text = 'Azerbaijani shelling hit the border on Thursday. The incident occurred in villages of Tavush province. Two other civilians have been wounded, police say.';
    expect(claimsOf(text).at(-1)).toMatch(/^ARM wounded 2 2 /);
  });

  it('not from a region or a country named before, nor for soldiers', () => {
    expect(claimsOf('The incident occurred in Karabakh. Two civilians have been wounded.').at(-1)).toMatch(/^unknown wounded 2 2 /);
    expect(claimsOf('The incident occurred in villages of Tavush province. Two soldiers have been wounded.').at(-1)).toMatch(/^unknown wounded 2 2 /);
  });
});

describe('casualties: parts of a figure, speakers with longer titles, attacks that began', () => {
  it.each([
    // A part told after a figure ('seven of them', 'including seven') is not coordinated with the next count.
    ['At least 32 people have been killed, seven of them civilians, and more than 200 wounded.', ['unknown killed 32 - null 2023-09-01 unspecified', 'unknown wounded 200 - null 2023-09-01 unspecified']],
    ['At least 32 people have been killed, including seven civilians, and more than 200 wounded.', ['unknown killed 32 - null 2023-09-01 unspecified', 'unknown wounded 200 - null 2023-09-01 unspecified']],
    // ... while coordinated counts still add up.
    ['Two policemen and three soldiers were wounded.', ['unknown wounded 5 5 null 2023-09-01 soldiers']],
    // A territory's speaker with a title of three words.
    ["Karabakh's human rights ombudsman says 12 civilians were wounded.", ['NKR wounded 12 12 NKR 2023-09-01 civilians']],
    // 'since X began its offensive': X attacks, so the victims are not X's ...
    ['At least 32 people have been killed since Azerbaijan began its offensive.', ['ARM killed 32 - null 2023-09-01 unspecified']],
    // ... and a claimant of the other camp speaks of its own.
    ["Karabakh's ombudsman says 200 people were wounded since Azerbaijan launched its operation.", ['NKR wounded 200 200 NKR 2023-09-01 unspecified']],
    // 'One of the wounded ... died': the count is the dead's, the wounded only whom it is counted among.
    ['One of the wounded soldiers later died in hospital.', ['unknown killed 1 1 null 2023-09-01 soldiers']],
    ['One of those wounded has since died, the ministry said.', ['unknown killed 1 1 null 2023-09-01 unspecified']],
    ['Two of the injured died overnight.', ['unknown killed 2 2 null 2023-09-01 unspecified']],
    // ... and stays a figure of the hurt when no other status word follows.
    ['One of the wounded is in critical condition.', ['unknown wounded 1 1 null 2023-09-01 unspecified']],
    // People a status word names, moved for care, are not displaced; a count of their own is.
    // Claims of none in a denial or with 'none of', and 'no immediate reports of casualties'.
    ['Azerbaijan denied that any of its soldiers had been killed.', ['AZE killed 0 0 AZE 2023-09-01 soldiers']],
    ['Baku said none of its servicemen were hurt.', ['AZE wounded 0 0 AZE 2023-09-01 soldiers']],
    ['There were no immediate reports of casualties.', ['unknown casualties 0 0 null 2023-09-01 unspecified']],
    // 'with more than 100 still missing': the count before 'still' is the missing's.
    ['Azerbaijan said it had lost 2,783 servicemen in the war, with more than 100 still missing.', ['AZE killed 2783 2783 AZE 2023-09-01 soldiers', 'AZE missing 100 - AZE 2023-09-01 unspecified']],
    // Civilians hurt in a place of a side's country, named after the status word too ...
    ['A civilian was killed late on Monday in Tartar.', ['AZE killed 1 1 null 2023-08-28 civilians']],
    // ... but not in a territory another actor holds apart ('Martuni' in Nagorno-Karabakh).
    ['A civilian was killed in Martuni.', ['unknown killed 1 1 null 2023-09-01 civilians']],
    ['In Martuni, a civilian was killed.', ['unknown killed 1 1 null 2023-09-01 civilians']],
    // Others of the side just named, in the same sentence, before the speaker's own people.
    ['Four Azerbaijani soldiers were killed and two others were wounded, Yerevan said.', ['AZE killed 4 4 ARM 2023-09-01 soldiers', 'AZE wounded 2 2 ARM 2023-09-01 unspecified']],
    ['Three of our soldiers were killed and four others were wounded, the Armenian ministry said.', ['ARM killed 3 3 ARM 2023-09-01 soldiers', 'ARM wounded 4 4 ARM 2023-09-01 unspecified']],
    ['The wounded servicemen were immediately evacuated and are receiving treatment.', []],
    ['Three soldiers were wounded and 200 residents were evacuated.', ['unknown wounded 3 3 null 2023-09-01 soldiers', 'unknown displaced 200 200 null 2023-09-01 civilians']],
    // A headline naming its speaker as 'Ministry of Defense of X:' gives the speaker of the own voice after it.
    ['Ministry of Defense of Azerbaijan: Armenian forces violated the ceasefire\n\nAs a result of the measures taken, the enemy was suppressed and suffered losses.', ['ARM casualties - - AZE 2023-09-01 unspecified']],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('casualties: one person found dead, executions', () => {
  it.each<[string, string[]]>([
    // 'found', 'reportedly' and 'later' between the person and the status word keep the article's count.
    ['An Azerbaijani soldier was found dead at his post on Sunday.', ['AZE killed 1 1 null 2023-08-27 soldiers']],
    ['A soldier was later found dead near the border.', ['unknown killed 1 1 null 2023-09-01 soldiers']],
    ['A soldier was reportedly killed near the border.', ['unknown killed 1 1 null 2023-09-01 soldiers']],
    ['Twelve people were found dead in the basement.', ['unknown killed 12 12 null 2023-09-01 unspecified']],
    // ... as do adverbs of how badly: 'A soldier was seriously wounded', 'another was seriously wounded'.
    ['A soldier was seriously wounded near the border.', ['unknown wounded 1 1 null 2023-09-01 soldiers']],
    ['An Armenian soldier was slightly injured by sniper fire.', ['ARM wounded 1 1 null 2023-09-01 soldiers']],
    ['Two Armenian soldiers were killed and another was seriously wounded.', ['ARM killed 2 2 null 2023-09-01 soldiers', 'ARM wounded 1 1 null 2023-09-01 soldiers']],
    // 'executed' kills people; prisoners it names are not a figure of captives too.
    ['Azerbaijani troops executed two Armenian prisoners, a video appeared to show.', ['ARM killed 2 2 null 2023-09-01 unspecified']],
    ['Gunmen killed two hostages and wounded three others.', ['unknown killed 2 2 null 2023-09-01 unspecified', 'unknown wounded 3 3 null 2023-09-01 unspecified']],
    ['Two prisoners of war were returned to Armenia on Friday.', ['ARM captured 2 2 null 2023-09-01 unspecified']],
    // 'exchanged' people are captives; a count handed over right before a noun of the dead counts the dead.
    ['Azerbaijan and Armenia exchanged 32 Armenian servicemen on Thursday.', ['ARM captured 32 32 null 2023-08-31 soldiers']],
    ['The armies exchanged two bodies on Friday.', ['unknown killed 2 2 null 2023-09-01 unspecified']],
    ['The two sides exchanged fire for several hours near Sotk.', []],
    // Claims of none with the people qualified ('No Armenian soldiers were hurt', 'no civilian casualties').
    ['No Armenian soldiers were hurt, Yerevan said.', ['ARM wounded 0 0 ARM 2023-09-01 soldiers']],
    ['There were no civilian casualties, local officials said.', ['unknown casualties 0 0 null 2023-09-01 civilians']],
    ['The army suffered no serious losses.', ['unknown casualties 0 0 null 2023-09-01 unspecified']],
    // Two camps joined as one subject speak for neither; accusing each other, their figure is across the sides.
    ['Yerevan and Baku accused each other of starting fighting that left at least six soldiers dead.', ['multiple killed 6 - null 2023-09-01 soldiers']],
    ['Yerevan said fighting had left at least six soldiers dead.', ['ARM killed 6 - ARM 2023-09-01 soldiers']],
    // 'did not say whether any ... had been wounded' states no figure; 'to flee' is fleeing.
    ['It did not say whether any of its soldiers had been wounded.', []],
    ['Thousands of civilians were fleeing the fighting.', ['unknown displaced - - null 2023-09-01 civilians']],
    // More verbs of saying: 'stressed', 'emphasised', 'pointed out'.
    ['Our units have no losses, the Azerbaijani ministry stressed.', ['AZE casualties 0 0 AZE 2023-09-01 unspecified']],
    ['Two soldiers were wounded, Yerevan pointed out.', ['ARM wounded 2 2 ARM 2023-09-01 soldiers']],
    // An aside on how the speakers spoke stands between them and their verb.
    ['Two Armenian officials, speaking on condition of anonymity, said 12 soldiers had died.', ['ARM killed 12 12 ARM 2023-09-01 soldiers']],
    ['An Azerbaijani official, who asked not to be named, said three soldiers were wounded.', ['AZE wounded 3 3 AZE 2023-09-01 soldiers']],
    // A subject updating its toll, or recording a count, tells it.
    ['Armenia raised its military death toll to 207.', ['ARM killed 207 207 ARM 2023-09-01 unspecified']],
    ['Karabakh officials have recorded 1,177 military deaths since the fighting began.', ['NKR killed 1177 1177 NKR 2023-09-01 soldiers']],
    ['Azerbaijan raised the alert level after two soldiers were killed.', ['AZE killed 2 2 null 2023-09-01 soldiers']],
    // 'unaccounted for' are missing.
    ['Dozens of people remain unaccounted for.', ['unknown missing - - null 2023-09-01 unspecified']],
    // What is executed without people is no casualty.
    ['The army executed 40 strikes on enemy positions overnight.', []],
    ['The unit executed an order to withdraw from two villages.', []],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
