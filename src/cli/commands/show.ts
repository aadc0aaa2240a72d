import type { FigureHistory, LedgerEntry, LedgerStatement } from '../../model/incident.js';
import type { Lexicon } from '../../lexicon/types.js';
import { buildLedger, countText, ledgerContext, sideName, statedAtText as when, voiceText } from '../../ledger/index.js';
import type { Store } from '../../store/index.js';
import type { Io } from '../output.js';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function evidenceLines(s: LedgerStatement, indent: string): string[] {
  return [`${indent}[${s.reportId} @${s.evidence.start}-${s.evidence.end}] “${flat(s.evidence.text)}”`];
}

function entryLines(entry: LedgerEntry, name: (code: string) => string): string[] {
  const e = entry.estimate;
  const estimate = e.basis === 'unknown' ? 'no count known' : `low ${e.low} / best ${e.best} / high ${e.high} (${e.basis})`;
  const lines = [`    ${sideName(entry.side, name)} ${entry.status}: ${estimate}; ${entry.independentSources} independent source(s)${entry.contested ? '  CONTESTED' : ''}`];
  if (entry.explanation) lines.push(`      contested: ${entry.explanation}`);
  for (const f of entry.figures) {
    const voice = voiceText(f.voice);
    const families = f.sources.map((s) => `${s.familyId}: ${s.reportIds.join(', ')}`).join('; ');
    lines.push(`      ${voice}: ${countText(f)}  v${f.version} ${when(f.at)}  ${f.independentSources} source(s) [${families}]`);
    for (const s of f.statements) lines.push(...evidenceLines(s, '        '));
  }
  return lines;
}

function historyLines(h: FigureHistory, name: (code: string) => string): string[] {
  const lines = [`    ${sideName(h.side, name)} ${h.status}, as ${voiceText(h.voice)} says (${h.versions.length} version(s)):`];
  h.versions.forEach((v, i) => {
    const mark = i === h.versions.length - 1 ? 'current' : 'superseded';
    lines.push(`      v${v.version}  ${when(v.at)}  ${countText(v)}  ${mark}`);
    for (const s of v.statements) lines.push(...evidenceLines(s, '        '));
  });
  return lines;
}

/**
 * `dateline show ID`: the incident, its reports, each figure with its claimant and evidence, its
 * wire families and claims ledger; with `history`, every version of every voice's figure.
 */
export async function showCommand(id: string, store: Store, lexicon: Pick<Lexicon, 'actors' | 'sides'>, io: Io, opts: { history?: boolean } = {}): Promise<number> {
  const incident = await store.getIncident(id);
  if (!incident) {
    io.err(`error: no incident with id ${id} (see \`dateline incidents\`)`);
    return 1;
  }
  const reports = new Map((await store.loadReports(incident.reportIds)).map((r) => [r.id, r]));
  const ctx = ledgerContext(lexicon);
  const ledger = buildLedger(incident, reports, ctx);
  const lines: string[] = [];
  lines.push(`${incident.id}  ${incident.date?.value ?? 'undated'}  ${incident.type}${ledger.contested ? '  CONTESTED' : ''}`);
  lines.push(`  ${incident.summary}`);
  lines.push(`  places: ${incident.places.map((p) => `${p.name}${p.lat !== null ? ` (${p.lat.toFixed(3)}, ${p.lon?.toFixed(3)})` : ''}`).join('; ') || '-'}`);
  lines.push(`  actors: ${incident.actors.join(', ') || '-'}`);
  lines.push(`  reports (${incident.reportIds.length}):`);
  for (const rid of incident.reportIds) {
    const r = reports.get(rid);
    lines.push(`    ${rid}  ${r?.published?.value ?? '?'}  ${r?.outlet ?? '-'}  ${r?.title ?? r?.source ?? ''}`);
  }
  lines.push(`  casualty figures (${incident.claims.length}):`);
  for (const c of incident.claims) {
    const count = c.min === c.max ? String(c.min ?? '?') : `${c.min ?? '?'}..${c.max ?? '?'}`;
    lines.push(`    ${c.side} ${c.status} ${count} (${c.group})  claimant: ${c.claimant?.code ?? 'report'}  date: ${c.date?.value ?? '?'}  [${c.reportId} @${c.evidence.start}-${c.evidence.end}]`);
    lines.push(`      “${flat(c.evidenceText)}”`);
  }
  lines.push(`  source families (${ledger.families.length} independent of ${incident.reportIds.length} reports):`);
  for (const f of ledger.families) {
    const outlets = [...new Set(f.reportIds.map((r) => reports.get(r)?.outlet).filter((o): o is string => !!o))];
    lines.push(`    ${f.id}: ${f.reportIds.join(', ')}${outlets.length ? ` (${outlets.join(', ')})` : ''}${f.reportIds.length > 1 ? `  one source: ${f.reportIds.length} reports (copies of one story, or one outlet's)` : ''}`);
  }
  lines.push(`  claims ledger (${ledger.entries.length} entries)${ledger.contested ? `, CONTESTED: ${ledger.explanation}` : ''}:`);
  for (const entry of ledger.entries) lines.push(...entryLines(entry, ctx.actorName));
  if (opts.history) {
    lines.push(`  figure history (${ledger.history.length} series):`);
    for (const h of ledger.history) lines.push(...historyLines(h, ctx.actorName));
  }
  io.out(lines.join('\n'));
  return 0;
}
