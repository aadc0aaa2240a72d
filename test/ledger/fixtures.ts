/**
 * Reports written for the ledger tests, in our own words (facts in the style of the
 * Armenia-Azerbaijan conflict; the clash itself is made up).
 */

/** Azerbaijan's account: two Armenian soldiers killed. */
export const AZE_ACCOUNT = `Azerbaijan says two Armenian soldiers killed near Sotk

Baku, 14 March 2023

Two Armenian soldiers died near Sotk overnight, according to Azerbaijan's Defence Ministry, after what Baku called an attempt by saboteurs to slip across the frontier in the Gegharkunik province. Azerbaijani units answered with mortars and forced the group back, the ministry claimed. It released a brief clip that it described as footage of the position once the shooting stopped.
`;

/** Armenia's account of the same clash: no losses. */
export const ARM_ACCOUNT = `Yerevan denies losses in night clash near Sotk

Yerevan, 14 March 2023

Armenia's Defence Ministry said on Tuesday that its forces suffered no losses in the night exchange of fire near Sotk. A spokeswoman dismissed the story of a sabotage group as invented and accused Baku of starting the shooting, saying mortar rounds had hit Armenian posts east of Lake Sevan before dawn.
`;

/** An agency story about the clash; copies below change it the way sites do. */
export const WIRE_BODY = `Azerbaijan's Defence Ministry said on Tuesday that two Armenian soldiers were killed in a night exchange of fire near the village of Sotk, on the border between the two countries.

The ministry said its positions had come under fire from an Armenian sabotage group that tried to cross the border, and that the group had been pushed back with mortar fire before dawn.

Armenia's Defence Ministry rejected the account and said Azerbaijani units had fired first on its border posts in the Gegharkunik province. It gave no figure for casualties on either side.

The two neighbours have fought two wars over the Nagorno-Karabakh region, and their border has seen repeated deadly clashes since a ceasefire ended the fighting in the autumn of 2020.`;

export const WIRE_ORIGINAL = `Azerbaijan says two Armenian soldiers killed in border exchange\n\nBaku, 14 March 2023\n\n${WIRE_BODY}\n`;

/** The same story under another headline. */
export const WIRE_NEW_HEADLINE = `Deadly night on the Armenian border, Baku says\n\nBaku, 14 March 2023\n\n${WIRE_BODY}\n`;

/** The same story with a paragraph of the site's own added at the end. */
export const WIRE_ADDED_PARAGRAPH = `${WIRE_ORIGINAL}
Our correspondent in the region adds that residents of Sotk said they heard explosions for about an hour after midnight and that the road to the village was closed on Tuesday morning.
`;

/** The same story framed by another outlet's boilerplate. */
export const WIRE_BOILERPLATE = `Caspian Evening Star | World | Caucasus

Azerbaijan says two Armenian soldiers killed in border exchange

Baku, 14 March 2023 (Agency) -

${WIRE_BODY}

Follow the Caspian Evening Star for more news from the Caucasus. Copyright Caspian Evening Star, all rights reserved. Subscribe to our morning newsletter.
`;

/** A story of its own about the same clash: the same facts, other words. */
export const OWN_STORY = `Villagers in Sotk describe a night of mortar fire

Sotk, 14 March 2023

People living at the edge of Sotk spent the night in their cellars as mortar rounds landed on the hills above the village, several of them told our reporter on Tuesday. Baku claims that two Armenian servicemen died in the exchange, while Yerevan insists that none of its troops was hurt. Each government blames the other for opening fire first. A farmer said the shooting began shortly after one in the morning and stopped before sunrise.
`;

/** A live blog with three updates, each with Armenia's newest count of its dead. */
export const LIVE_BLOG = `Fighting on the Armenia-Azerbaijan border: live
13 September 2022

Update 3 1830 CET

Armenia's Defence Ministry now says 49 of its soldiers were killed in the fighting near Jermuk.

Update 2 1300 CET

Armenia's Defence Ministry said 15 of its soldiers were killed near Jermuk and Goris.

Update 1 0915 CET

Armenia's Defence Ministry said four of its soldiers were killed when Azerbaijani forces shelled positions near Jermuk overnight.
`;

/** The next day, elsewhere on the border: a separate incident of the same crisis. */
export const NEXT_DAY = `Drone strike reported in Kalbajar

Baku, 15 March 2023

An Azerbaijani serviceman was wounded on Wednesday when an Armenian drone dropped a grenade on a trench in the Kalbajar district, Azerbaijan's Defence Ministry said. Armenia's Defence Ministry denied using drones there.
`;

/** A local paper's first article on the clash, in its own voice. */
export const PAPER_FIRST = `Night of shooting near Sotk

Sotk, 14 March 2023

Two Armenian soldiers were killed in the shooting near Sotk on Tuesday night. Families in the village spent hours in their basements while the mortar fire went on.
`;

/** The same paper a day later, with a new count: a later version of its own figure. */
export const PAPER_LATER = `Funerals held in Gegharkunik

Sotk, 15 March 2023

Five Armenian soldiers were killed in the clash near Sotk on Tuesday. Relatives gathered in the provincial town for the first funerals, and the school in Sotk stayed closed.
`;
