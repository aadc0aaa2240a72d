import type { Store } from '../../store/index.js';
import type { Io } from '../output.js';

/** `dateline show ID`: the incident, its reports, and each figure with its claimant and evidence. */
export async function showCommand(id: string, store: Store, io: Io): Promise<number> {
  const incident = await store.getIncident(id);
  if (!incident) {
    io.err(`error: no incident with id ${id} (see \`dateline incidents\`)`);
    return 1;
  }
  const lines: string[] = [];
  lines.push(`${incident.id}  ${incident.date?.value ?? 'undated'}  ${incident.type}`);
  lines.push(`  ${incident.summary}`);
  lines.push(`  places: ${incident.places.map((p) => `${p.name}${p.lat !== null ? ` (${p.lat.toFixed(3)}, ${p.lon?.toFixed(3)})` : ''}`).join('; ') || '-'}`);
  lines.push(`  actors: ${incident.actors.join(', ') || '-'}`);
  lines.push(`  reports (${incident.reportIds.length}):`);
  for (const rid of incident.reportIds) {
    const a = await store.loadAnalysis(rid);
    const r = a?.doc.report;
    lines.push(`    ${rid}  ${r?.published?.value ?? '?'}  ${r?.outlet ?? '-'}  ${r?.title ?? r?.source ?? ''}`);
  }
  lines.push(`  casualty figures (${incident.claims.length}):`);
  for (const c of incident.claims) {
    const count = c.min === c.max ? String(c.min ?? '?') : `${c.min ?? '?'}..${c.max ?? '?'}`;
    lines.push(`    ${c.side} ${c.status} ${count} (${c.group})  claimant: ${c.claimant?.code ?? 'report'}  date: ${c.date?.value ?? '?'}  [${c.reportId} @${c.evidence.start}-${c.evidence.end}]`);
    lines.push(`      “${c.evidenceText.replace(/\s+/g, ' ').trim()}”`);
  }
  io.out(lines.join('\n'));
  return 0;
}
