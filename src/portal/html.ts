import type { Archive, ClaimView, IncidentView, RelatedView } from './archive.js';
import { incidentIndex } from './archive.js';

/**
 * The static site: every page is rendered from the {@link Archive} views (the query layer the JSON
 * API uses). Pages link to each other by relative paths ending in `.html`, load nothing from
 * outside, and carry a Content-Security-Policy that allows no script at all, so the site opens
 * offline from the file system. All text from reports (titles, outlets, URLs, sentences, names) is
 * HTML-escaped; only http(s) URLs become links.
 */

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The URL when it is an absolute http(s) URL with a host (normalised by WHATWG URL), else null. */
export function httpUrl(url: string): string | null {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed) || /[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A file name that is safe on every file system and in a URL path: other characters as `~XX`. */
export function fileSafe(id: string): string {
  const safe = [...id].map((c) => (/^[A-Za-z0-9_-]$/.test(c) ? c : [...new TextEncoder().encode(c)].map((b) => `~${b.toString(16).padStart(2, '0')}`).join(''))).join('');
  return safe === '' ? '~' : safe;
}

/** Site paths (relative to the site root) of each kind of page. */
export const sitePaths = {
  home: (): string => 'index.html',
  day: (date: string | null): string => `days/${date === null ? 'undated' : fileSafe(date)}.html`,
  incident: (id: string): string => `incidents/${fileSafe(id)}.html`,
  stories: (): string => 'stories/index.html',
  story: (id: string): string => `stories/${fileSafe(id)}.html`,
  actors: (): string => 'actors/index.html',
  actor: (code: string): string => `actors/${fileSafe(code)}.html`,
  places: (): string => 'places/index.html',
  place: (id: string): string => `places/${fileSafe(id)}.html`,
};

/** Every page of the site: site path to HTML, sorted by path. */
export function renderSite(archive: Archive): Map<string, string> {
  const byId = incidentIndex(archive);
  const pages = new Map<string, string>();
  const add = (path: string, title: string, body: string): void => {
    pages.set(path, page(path, title, body));
  };
  add(sitePaths.home(), 'Dateline', homeBody(archive));
  for (const day of archive.days) {
    const label = day.date ?? 'Undated';
    add(sitePaths.day(day.date), label, `<h1>${escapeHtml(label)}</h1>\n${day.incidentIds.map((id) => entryBlock(byId.get(id)!, sitePaths.day(day.date))).join('\n')}`);
  }
  for (const incident of archive.incidents) {
    const path = sitePaths.incident(incident.id);
    add(path, incident.summary, `${entryBlock(incident, path)}\n${claimsTable(incident)}`);
  }
  add(sitePaths.stories(), 'Stories', `<h1>Stories</h1>\n${list(archive.stories.map((s) => link(sitePaths.stories(), sitePaths.story(s.id), s.title)))}`);
  for (const story of archive.stories) {
    const path = sitePaths.story(story.id);
    add(path, story.title, `<h1>${escapeHtml(story.title)}</h1>\n<h2>Timeline</h2>\n${timeline(story.incidentIds.map((id) => byId.get(id)!), path)}`);
  }
  add(sitePaths.actors(), 'Actors', `<h1>Actors</h1>\n${list(archive.actors.map((a) => `${link(sitePaths.actors(), sitePaths.actor(a.code), a.name)} (${a.incidentIds.length})`))}`);
  for (const actor of archive.actors) {
    const path = sitePaths.actor(actor.code);
    add(path, actor.name, `<h1>${escapeHtml(actor.name)}</h1>\n${timeline(actor.incidentIds.map((id) => byId.get(id)!), path)}`);
  }
  add(sitePaths.places(), 'Places', `<h1>Places</h1>\n${list(archive.places.map((p) => `${link(sitePaths.places(), sitePaths.place(p.id), p.name)} (${p.incidentIds.length})`))}`);
  for (const place of archive.places) {
    const path = sitePaths.place(place.id);
    const where = place.lat !== null && place.lon !== null ? `<p>${place.lat}, ${place.lon}</p>\n` : '';
    add(path, place.name, `<h1>${escapeHtml(place.name)}</h1>\n${where}${timeline(place.incidentIds.map((id) => byId.get(id)!), path)}`);
  }
  return new Map([...pages].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const STYLE = 'body{font-family:sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem;line-height:1.45}nav a{margin-right:1rem}.context{font-style:italic;color:#555}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top}blockquote{margin:0;color:#333}';

function page(path: string, title: string, body: string): string {
  const nav = [
    link(path, sitePaths.home(), 'Days'),
    link(path, sitePaths.stories(), 'Stories'),
    link(path, sitePaths.actors(), 'Actors'),
    link(path, sitePaths.places(), 'Places'),
  ].join(' ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src 'none'; form-action 'none'; base-uri 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<nav>${nav}</nav>`,
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A link from the page at `from` to the page at `to` (both site paths), with escaped text. */
function link(from: string, to: string, text: string): string {
  return `<a href="${escapeHtml(relative(from, to))}">${escapeHtml(text)}</a>`;
}

function relative(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return `${'../'.repeat(depth)}${to}`;
}

function externalLink(url: string, text: string): string {
  const href = httpUrl(url);
  return href === null ? escapeHtml(text) : `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(text)}</a>`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '<p>None.</p>' : `<ol>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</ol>`;
}

function homeBody(archive: Archive): string {
  const byId = incidentIndex(archive);
  const days = archive.days.map((day) => {
    const items = day.incidentIds.map((id) => link(sitePaths.home(), sitePaths.incident(id), byId.get(id)!.summary));
    return `<h2>${link(sitePaths.home(), sitePaths.day(day.date), day.date ?? 'Undated')}</h2>\n${list(items)}`;
  });
  return `<h1>Dateline</h1>\n${days.length ? days.join('\n') : '<p>No incidents.</p>'}`;
}

/** The entry as on a current-events page: date, summary, details, sources, related, and where/who. */
function entryBlock(incident: IncidentView, from: string): string {
  const sources = incident.sources.map((s) => externalLink(s.url, s.outlet.trim() === '' ? s.url : s.outlet));
  const related = incident.related.map((r) => relatedItem(r, from));
  const places = incident.places.map((p) => link(from, sitePaths.place(p.id), p.name)).join(', ');
  const actors = incident.actors.map((a) => link(from, sitePaths.actor(a.code), a.name)).join(', ');
  const story = incident.storyId === null ? '' : ` · ${link(from, sitePaths.story(incident.storyId), 'story')}`;
  return [
    `<article id="${escapeHtml(fileSafe(incident.id))}">`,
    `<h3>${link(from, sitePaths.day(incident.date), incident.date ?? 'Undated')} · ${escapeHtml(incident.type)}${story}</h3>`,
    `<h2>${link(from, sitePaths.incident(incident.id), incident.summary)}</h2>`,
    incident.details === null ? '' : `<p>${escapeHtml(incident.details)}</p>`,
    places || actors ? `<p>${places ? `Places: ${places}. ` : ''}${actors ? `Actors: ${actors}.` : ''}</p>` : '',
    '<h4>Source:</h4>',
    list(sources),
    '<h4>Related:</h4>',
    list(related),
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function relatedItem(related: RelatedView, from: string): string {
  const text = `${related.date === null ? '' : `${related.date}: `}${related.summary}`;
  const anchor = related.id === null ? escapeHtml(text) : link(from, sitePaths.incident(related.id), text);
  return related.context.length ? `${anchor} <span class="context">Context: ${escapeHtml(related.context.join(', '))}</span>` : anchor;
}

function claimsTable(incident: IncidentView): string {
  if (incident.claims.length === 0) return '<h4>Casualty figures:</h4>\n<p>None stated.</p>';
  const rows = incident.claims.map((c) => `<tr><td>${escapeHtml(c.sideName)}</td><td>${escapeHtml(c.status)}</td><td>${escapeHtml(count(c))}</td><td>${escapeHtml(c.group)}</td><td>${escapeHtml(c.claimantName ?? 'the report')}</td><td>${escapeHtml(c.date ?? '')}${c.background ? ' (background)' : ''}</td><td><blockquote>${escapeHtml(c.evidence.text)}</blockquote><small>${escapeHtml(`${c.reportId} @${c.evidence.start}-${c.evidence.end}`)}</small></td></tr>`);
  return `<h4>Casualty figures:</h4>\n<table>\n<tr><th>side</th><th>status</th><th>count</th><th>group</th><th>claimant</th><th>date</th><th>evidence</th></tr>\n${rows.join('\n')}\n</table>`;
}

function count(c: ClaimView): string {
  if (c.min !== null && c.min === c.max) return String(c.min);
  if (c.min !== null && c.max !== null) return `${c.min}-${c.max}`;
  if (c.min !== null) return `at least ${c.min}`;
  if (c.max !== null) return `up to ${c.max}`;
  return 'unknown';
}

function timeline(incidents: readonly IncidentView[], from: string): string {
  return list(incidents.map((i) => `${escapeHtml(i.date ?? 'undated')}: ${link(from, sitePaths.incident(i.id), i.summary)}`));
}
