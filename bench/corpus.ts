/**
 * A generated corpus of short conflict reports (about 2 KB each) for speed benchmarks. The sentences are
 * written for this project; names, places and figures vary with a seeded generator so runs are repeatable.
 */

const SIDES = [
  { state: 'Armenia', adj: 'Armenian', capital: 'Yerevan' },
  { state: 'Azerbaijan', adj: 'Azerbaijani', capital: 'Baku' },
];
const PLACES = ['Sotk', 'Norabak', 'Tovuz', 'Tavush', 'Kalbajar', 'Fuzuli', 'Khojavend', 'Aghdam', 'Tartar', 'Martakert', 'Ganja', 'Goris', 'Jermuk', 'Vardenis'];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'eight', '11', '12', 'at least 13', 'nearly 20'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` reports of about 2 KB each. */
export function generateCorpus(count: number, seed = 7): { id: string; text: string; published: string }[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: { id: string; text: string; published: string }[] = [];
  for (let i = 0; i < count; i++) {
    const [a, b] = r() < 0.5 ? [SIDES[0]!, SIDES[1]!] : [SIDES[1]!, SIDES[0]!];
    const place = pick(PLACES);
    const other = pick(PLACES);
    const year = 2010 + Math.floor(r() * 14);
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 27);
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const paragraphs = [
      `${a.adj} and ${b.adj} forces clash near ${place}`,
      `${day} ${MONTHS[month]} ${year}`,
      `${a.capital.toUpperCase()} — ${a.state}'s Defence Ministry said on ${pick(['Monday', 'Tuesday', 'Friday', 'Saturday'])} that ${pick(NUMBERS)} of its soldiers were killed and ${pick(NUMBERS)} were wounded when ${b.adj} units opened fire on positions near ${place} overnight.`,
      `The ministry added that the attack was repelled and that the other side suffered heavy losses, without giving a figure. A spokesman described the situation along the border as tense but under control.`,
      `${b.state}'s Defence Ministry denied the account. In a statement it said ${a.adj} troops had tried to cross the line near ${other} and that ${pick(NUMBERS)} ${a.adj} servicemen were killed while its own units had no losses.`,
      `According to local officials, shelling damaged several houses in ${other}, and two cows were killed on a farm. No civilians were hurt, the district administration said.`,
      `The two countries fought a war in the early 1990s in which about 30,000 people were killed and hundreds of thousands were displaced. A second war in 2020 killed more than 6,500 people on both sides.`,
      `Diplomats from the OSCE Minsk Group called on both sides to respect the ceasefire and to return to talks. Russia, which keeps peacekeepers in the region, urged restraint, while the European Union said its monitors would visit the area next week.`,
      `Residents of ${other} told local reporters that they had spent the night in basements and that the school would stay closed for the rest of the week. The regional governor said emergency crews were repairing power lines and a water pipe damaged by the fire, and that families whose homes were hit would receive temporary housing.`,
      `Officials in ${a.capital} and ${b.capital} traded accusations through the day, each saying the other had started the fighting and each promising a firm answer to any new attack on its positions or villages.`,
      `Analysts said the clash was the most serious since ${MONTHS[(month + 5) % 12]} and warned that further fighting could kill many more people if talks stall again.`,
    ];
    out.push({ id: `p${i}`, text: paragraphs.join('\n\n'), published });
  }
  return out;
}
