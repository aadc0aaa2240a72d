/**
 * Small reports written for the CLI tests (our own words; facts of the Armenia-Azerbaijan conflict).
 * Each figure sentence is kept in a constant so that tests can look for it verbatim.
 */

export const SOTK_CLAIM = "Armenia's Defence Ministry said four of its soldiers were killed on Friday near Sotk.";
export const SOTK = `Border fighting near Sotk

Yerevan, 2 September 2023

${SOTK_CLAIM} The ministry said Azerbaijani forces had opened fire with mortars and drones on Armenian positions in the east of the Gegharkunik province.
`;

export const TOVUZ_CLAIM =
  "Azerbaijan's Defence Ministry said two of its soldiers were killed on Sunday in clashes with Armenian forces on the state border in Tovuz District.";
export const TOVUZ = `Border clash in Tovuz District

Baku, 13 July 2020

${TOVUZ_CLAIM} The ministry said Armenian units had tried to seize a position with artillery support.
`;

export const GANJA_CLAIM =
  "Azerbaijan's Prosecutor General's Office said ten civilians were killed when a missile hit a residential block in Ganja on Sunday.";
export const GANJA = `Missile strike on Ganja

Baku, 12 October 2020

${GANJA_CLAIM} Officials in Yerevan denied that Armenian forces had fired at the city.
`;

/** A current-events page in the portal's markdown structure. */
export interface PortalPage {
  readonly date: string;
  readonly summary: string;
  readonly details: string;
  readonly sources: readonly { outlet: string; url: string }[];
  readonly related: readonly { text: string; path: string; context: string }[];
}

/** The page as the portal writes it: heading, `# ` summary, details, `### Source:`, `### Related:`. */
export function portalMarkdown(page: PortalPage): string {
  const [y, m, d] = page.date.split('-');
  return [
    `### [${page.date}](/news/${y}/${m}/${d}/index.md)`,
    '',
    `# ${page.summary}`,
    '',
    page.details,
    '',
    '',
    '### Source:',
    '',
    ...page.sources.map((s, i) => `${i + 1}. [${s.outlet}](${s.url})`),
    '',
    '### Related:',
    '',
    ...page.related.map((r, i) => `${i + 1}. [${r.text}](${r.path}) _Context: ${r.context}_`),
    '',
  ].join('\n');
}

export const CHAYLI_PAGE: PortalPage = {
  date: '2010-09-01',
  summary:
    'Azerbaijani and Armenian troops exchange fire overnight near Chayli in the Tartar District; Azerbaijan says two of its soldiers are killed and accuses an Armenian unit of crossing the line of contact.',
  details: 'Armenian officials reject the account, and each side blames the other for the breach.',
  sources: [
    { outlet: 'Tartar Evening Post', url: 'https://tartar-evening-post.example/2010/09/01/chayli-exchange' },
    { outlet: 'Line of Contact Monitor', url: 'https://loc-monitor.example/reports/2010-09-01-tartar' },
  ],
  related: [
    {
      text: 'Presidents of Armenia and Azerbaijan meet in Sochi with the Russian president to discuss Nagorno-Karabakh.',
      path: '/news/2010/01/25/presidents-of-armenia-and-azerbaijan-meet-in-sochi-with-the-russian-president-to-discuss-nagorno-karabakh.md',
      context: 'Armenia, Azerbaijan, Russia',
    },
    {
      text: 'A night firefight near Chaylu leaves four Armenian soldiers and one Azerbaijani soldier dead.',
      path: '/news/2010/06/18/a-night-firefight-near-chaylu-leaves-four-armenian-soldiers-and-one-azerbaijani-soldier-dead.md',
      context: 'Azerbaijan, Nagorno-Karabakh, Tartar District',
    },
  ],
};

export const KHOJAVEND_PAGE: PortalPage = {
  date: '2017-02-25',
  summary:
    'Azerbaijan says five of its soldiers are killed as its forces beat back an Armenian push on the line of contact in the Khojavend and Fuzuli direction; the Nagorno-Karabakh defence ministry says its forces suffered no losses.',
  details: 'The two sides trade blame for the night fighting.',
  sources: [
    { outlet: 'Caspian Morning', url: 'https://caspian-morning.example/2017/02/25/line-of-contact' },
    { outlet: 'Stepanakert Daily', url: 'https://stepanakert-daily.example/news/2017-02-25-night-clash' },
  ],
  related: [
    {
      text: 'Four days of heavy fighting in Nagorno-Karabakh leave dozens of soldiers dead on both sides before a Russian-brokered truce.',
      path: '/news/2016/04/05/four-days-of-heavy-fighting-in-nagorno-karabakh-leave-dozens-of-soldiers-dead-on-both-sides-before-a-russian-brokered-truce.md',
      context: 'Armenia, Azerbaijan, Nagorno-Karabakh',
    },
  ],
};
