/** Claims ledgers of incidents: every voice's figure side by side, revisions, estimates, contested flags. */
export { aboutIncident, buildLedger, estimateOf, pointOf, statedAt, totalOf } from './ledger.js';
export type { LedgerContext, LedgerReport } from './ledger.js';
export { countText, sideName, statedAtText, voiceText } from './wording.js';
export { ledgerContext, ledgersFrom, ledgersOf } from './load.js';
