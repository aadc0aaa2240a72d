/**
 * Paths of the current-events export, as the portal's link paths write them:
 * `news/YYYY/MM/DD/index.md` for a day, `news/YYYY/MM/DD/<slug>.md` for an entry.
 */

const SLUG_LENGTH = 140;
/** A date value as incidents and portal pages write it; month and day may lack their zero. */
const DATE_VALUE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
/** Folder of incidents without a date. */
const UNDATED = 'undated';
/** Slugs that would collide with a day's own file. */
const RESERVED_SLUGS = new Set(['index']);

/**
 * The slug of a summary as in the portal's link paths: diacritics dropped, lower case, every
 * character other than `a-z0-9` replaced by `-`, cut to 140 characters, then runs of `-` collapsed
 * and `-` trimmed from both ends. The cut comes before the collapse, as in the seed pages' paths;
 * an empty result becomes `entry`.
 * @example slugOf('Armenia, Azerbaijan trade fire.') // 'armenia-azerbaijan-trade-fire'
 */
export function slugOf(summary: string): string {
  const slug = summary
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '-')
    .slice(0, SLUG_LENGTH)
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug === '' ? 'entry' : slug;
}

/**
 * The folder of a date under `news/`, zero-padded: `2010-9-1` gives `news/2010/09/01`; a month or a
 * year gives `news/2010/09` or `news/2010`; null gives `news/undated`. Throws on a malformed date
 * (a bug upstream: incident dates are normalised before they reach the export).
 */
export function dateFolder(date: string | null): string {
  const parts = datePartsOf(date);
  return parts === null ? `news/${UNDATED}` : ['news', ...parts].join('/');
}

/** The date as a page heading shows it: `YYYY-MM-DD` zero-padded (or `YYYY-MM`, `YYYY`), `Undated` for null. */
export function dateLabel(date: string | null): string {
  const parts = datePartsOf(date);
  return parts === null ? 'Undated' : parts.join('-');
}

/** Path of a day's index page: `news/YYYY/MM/DD/index.md`. */
export function dayPath(date: string | null): string {
  return `${dateFolder(date)}/index.md`;
}

/**
 * Path of an entry: `news/YYYY/MM/DD/<slug>.md`, zero-padded; `news/undated/<slug>.md` without a date.
 * @example entryPath('2017-2-5', 'Clashes erupt.') // 'news/2017/02/05/clashes-erupt.md'
 */
export function entryPath(date: string | null, summary: string): string {
  const slug = slugOf(summary);
  return `${dateFolder(date)}/${RESERVED_SLUGS.has(slug) ? `${slug}-entry` : slug}.md`;
}

function datePartsOf(date: string | null): string[] | null {
  if (date === null || date === '' || date === UNDATED) return null;
  const match = DATE_VALUE.exec(date.trim());
  if (match === null) {
    throw new RangeError(`Current-events export got the date '${date}'; expected YYYY, YYYY-MM or YYYY-MM-DD: this is a bug`);
  }
  const [, year, month, day] = match;
  return [year!, ...[month, day].filter((part): part is string => part !== undefined).map((part) => part.padStart(2, '0'))];
}
