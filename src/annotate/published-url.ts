import { isValidYmd } from './dates/calendar.js';

/** A date read from a URL; `day` is null for `/2020/11/` paths. */
export interface UrlDate {
  readonly year: number;
  readonly month: number;
  readonly day: number | null;
}

/** The capture prefix of an archived copy: its timestamp is the capture date, not the publication date. */
const ARCHIVE_PREFIX = /^.*?web\.archive\.org\/web\/\d+[a-z_]*\//i;
const END = String.raw`(?=$|[/_?&#.=-])`;
/** `/2010/09/01/`, `/2023-09-01/`, `?dags=2020-07-13`, `-2017-7-5-46/`. */
const YMD = new RegExp(String.raw`(?:^|[/_?&=.-])((?:19|20)\d{2})([/_.-])(\d{1,2})\2(\d{1,2})${END}`);
/** `/05-08-2014/` (day first). */
const DMY = new RegExp(String.raw`(?:^|[/_-])(\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d{2})${END}`);
/** `/20200714/`, and the 18-digit `yyyymmdd` + id form of some agencies (`/201509241027500202/`). */
const COMPACT = new RegExp(String.raw`\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{10})?${END}`);
/** `/2020/11/` with no day. */
const YEAR_MONTH = /\/((?:19|20)\d{2})\/(\d{1,2})\//;

function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function dayDate(year: number, month: number, day: number): UrlDate | null {
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/**
 * The date a URL's path gives, if any: archive capture timestamps are ignored (the archived URL
 * is read instead).
 * @example parseUrlDate('https://example.com/news/2010/09/1/story') // { year: 2010, month: 9, day: 1 }
 */
export function parseUrlDate(url: string): UrlDate | null {
  const path = decoded(url).replace(ARCHIVE_PREFIX, '/');
  let m = YMD.exec(path);
  if (m) return dayDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = COMPACT.exec(path);
  if (m) return dayDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(path);
  if (m) return dayDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YEAR_MONTH.exec(path);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { year: Number(m[1]), month: Number(m[2]), day: null };
  return null;
}
