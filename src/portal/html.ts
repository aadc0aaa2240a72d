import { countText, statedAtText, voiceText } from '../ledger/index.js';
import type { Estimate, LedgerStatement } from '../model/incident.js';
import type { Archive, IncidentView, LedgerEntryView, RelatedView, StoryFigureView, StoryView } from './archive.js';
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
    add(path, incident.summary, entryBlock(incident, path, [ledgerSection(incident), historySection(incident), backgroundSection(incident)].filter((b) => b !== '').join('\n')));
  }
  add(sitePaths.stories(), 'Stories', `<h1>Stories</h1>\n${list(archive.stories.map((s) => link(sitePaths.stories(), sitePaths.story(s.id), s.title)))}`);
  for (const story of archive.stories) {
    const path = sitePaths.story(story.id);
    add(path, story.title, storyBody(story, path));
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

const STYLE = 'body{font-family:sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem;line-height:1.45}nav a{margin-right:1rem}.context{font-style:italic;color:#555}table{border-collapse:collapse;margin-bottom:.6rem;width:100%}td,th{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top}blockquote{margin:0;color:#333}.contested{color:#a00;font-weight:bold}.estimate{margin:.2rem 0}';

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

/**
 * The entry as on a current-events page: date, summary, details, sources, related, and where/who;
 * `inner` (the incident page's claims ledger) goes between the sources and the related entries.
 */
function entryBlock(incident: IncidentView, from: string, inner = ''): string {
  const sources = incident.sources.map((s) => externalLink(s.url, s.outlet.trim() === '' ? s.url : s.outlet));
  const related = incident.related.map((r) => relatedItem(r, from));
  const places = incident.places.map((p) => link(from, sitePaths.place(p.id), p.name)).join(', ');
  const actors = incident.actors.map((a) => link(from, sitePaths.actor(a.code), a.name)).join(', ');
  const story = incident.storyId === null ? '' : ` · ${link(from, sitePaths.story(incident.storyId), 'story')}`;
  const contested = incident.contested ? ' · <span class="contested">contested</span>' : '';
  return [
    `<article id="${escapeHtml(fileSafe(incident.id))}">`,
    `<h3>${link(from, sitePaths.day(incident.date), incident.date ?? 'Undated')} · ${escapeHtml(incident.type)}${story}${contested}</h3>`,
    `<h2>${link(from, sitePaths.incident(incident.id), incident.summary)}</h2>`,
    incident.details === null ? '' : `<p>${escapeHtml(incident.details)}</p>`,
    places || actors ? `<p>${places ? `Places: ${places}. ` : ''}${actors ? `Actors: ${actors}.` : ''}</p>` : '',
    '<h4>Source:</h4>',
    list(sources),
    inner,
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

const BASIS: Readonly<Record<Estimate['basis'], string>> = {
  'own-side': "best: the side's own figure",
  'own-camp': "best: its allies' figures",
  median: 'best: the median of the voices',
  unknown: 'no count known',
};

function estimateText(e: Estimate): string {
  return e.best === null ? 'Estimate: no count known' : `Estimate: low ${e.low} · best ${e.best} · high ${e.high} (${BASIS[e.basis]})`;
}

function evidence(statements: readonly LedgerStatement[]): string {
  return statements
    .map((s) => `<blockquote>${escapeHtml(s.evidence.text)}</blockquote><small>${escapeHtml(`${s.reportId} @${s.evidence.start}-${s.evidence.end}`)}</small>`)
    .join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The claims ledger side by side: per side and status, every voice's current figure with its
 * evidence, the estimate, the independent sources and, when voices disagree, the contested marker
 * with its explanation.
 */
function ledgerSection(incident: IncidentView): string {
  const copies = incident.families.filter((f) => f.reportIds.length > 1);
  const head = [
    '<section class="ledger">',
    '<h3>Claims ledger</h3>',
    `<p>${escapeHtml(`${plural(incident.reportIds.length, 'report')}, ${plural(incident.independentSources, 'independent source')}`)}${copies.length ? ` (one source each: ${escapeHtml(copies.map((f) => `${f.reportIds.join(', ')}${f.outlets.length ? ` from ${f.outlets.join(', ')}` : ''}`).join('; '))})` : ''}.</p>`,
    incident.contested ? `<p class="contested">Contested: ${escapeHtml(incident.contestedBecause ?? '')}</p>` : '',
  ];
  const entries = incident.ledger.entries.length ? incident.ledger.entries.map(entryTable) : ['<p>No casualty figure about this incident.</p>'];
  return [...head, ...entries, '</section>'].filter((l) => l !== '').join('\n');
}

function entryTable(entry: LedgerEntryView): string {
  const rows = entry.figures.map((f) =>
    `<tr><td>${escapeHtml(voiceText(f.voice))}</td><td>${escapeHtml(countText(f))}</td><td>${escapeHtml(`v${f.version}, ${statedAtText(f.at)}`)}</td><td>${escapeHtml(plural(f.independentSources, 'source'))}</td><td>${evidence(f.statements)}</td></tr>`,
  );
  return [
    `<h4>${escapeHtml(`${entry.sideName} ${entry.status}`)}${entry.contested ? ' <span class="contested">contested</span>' : ''}</h4>`,
    `<p class="estimate">${escapeHtml(`${estimateText(entry.estimate)}; ${plural(entry.independentSources, 'independent source')}`)}</p>`,
    entry.explanation === null ? '' : `<p class="contested">${escapeHtml(entry.explanation)}</p>`,
    '<table>',
    '<tr><th>who says</th><th>figure</th><th>stated</th><th>sources</th><th>evidence</th></tr>',
    ...rows,
    '</table>',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/** Every voice's figure that changed over time: each version with when it was stated and its evidence. */
function historySection(incident: IncidentView): string {
  const changed = incident.ledger.history.filter((h) => h.versions.length > 1);
  if (changed.length === 0) return '';
  const series = changed.map((h) => {
    const versions = h.versions.map((v, i) => `<span class="version">${escapeHtml(`v${v.version} · ${statedAtText(v.at)} · ${countText(v)} · ${i === h.versions.length - 1 ? 'current' : 'superseded'}`)}</span>\n${evidence(v.statements)}`);
    return `<h4>${escapeHtml(`${h.sideName} ${h.status}, as ${voiceText(h.voice)} says`)}</h4>\n${list(versions)}`;
  });
  return ['<section class="history">', '<h3>Figure history</h3>', ...series, '</section>'].join('\n');
}

/** Figures the reports state about other happenings (a war's toll recalled): shown, not in the ledger. */
function backgroundSection(incident: IncidentView): string {
  const background = incident.claims.filter((c) => c.background);
  if (background.length === 0) return '';
  const rows = background.map((c) => `<tr><td>${escapeHtml(c.sideName)}</td><td>${escapeHtml(c.status)}</td><td>${escapeHtml(countText(c))}</td><td>${escapeHtml(c.claimantName ?? 'the report')}</td><td>${escapeHtml(c.date ?? '')}</td><td><blockquote>${escapeHtml(c.evidence.text)}</blockquote><small>${escapeHtml(`${c.reportId} @${c.evidence.start}-${c.evidence.end}`)}</small></td></tr>`);
  return `<section class="background">\n<h3>Figures about other happenings (not counted)</h3>\n<table>\n<tr><th>side</th><th>status</th><th>count</th><th>claimant</th><th>date</th><th>evidence</th></tr>\n${rows.join('\n')}\n</table>\n</section>`;
}

function figureText(f: StoryFigureView): string {
  return `${f.sideName} ${f.status}: ${f.best}${f.low !== f.high ? ` (${f.low}-${f.high})` : ''}${f.contested ? ' contested' : ''}`;
}

/** A story of `src/story/`: its span, totals per side and status, and its timeline with each incident's estimates. */
function storyBody(story: StoryView, from: string): string {
  const totals = story.totals.map((f) => `<tr><td>${escapeHtml(f.sideName)}</td><td>${escapeHtml(f.status)}</td><td>${f.low}</td><td>${f.best}</td><td>${f.high}</td><td>${f.contested ? '<span class="contested">contested</span>' : ''}</td></tr>`);
  const events = story.timeline.map((e) => {
    const facts = [e.type, e.places.join(', '), plural(e.reports, 'report')].filter((t) => t !== '').join(' · ');
    const figures = e.figures.length ? `<br><small>${escapeHtml(e.figures.map(figureText).join('; '))}</small>` : '';
    return `${escapeHtml(e.date)}: ${link(from, sitePaths.incident(e.incidentId), e.summary)} <small>${escapeHtml(facts)}</small>${figures}`;
  });
  return [
    `<h1>${escapeHtml(story.title)}</h1>`,
    `<p>${escapeHtml(`${story.start === story.end ? story.start : `${story.start} to ${story.end}`} · ${plural(story.incidentIds.length, 'incident')}${story.places.length ? ` · ${story.places.join(', ')}` : ''}`)}</p>`,
    '<h2>Totals</h2>',
    totals.length
      ? `<p>Each incident's estimate (claims ledger) summed per side and status.</p>\n<table>\n<tr><th>side</th><th>status</th><th>low</th><th>best</th><th>high</th><th></th></tr>\n${totals.join('\n')}\n</table>`
      : '<p>No casualty figure with a count.</p>',
    '<h2>Timeline</h2>',
    list(events),
  ].join('\n');
}

function timeline(incidents: readonly IncidentView[], from: string): string {
  return list(incidents.map((i) => `${escapeHtml(i.date ?? 'undated')}: ${link(from, sitePaths.incident(i.id), i.summary)}`));
}
