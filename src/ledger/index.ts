/** Claims ledgers of incidents: every voice's figure side by side, revisions, estimates, contested flags. */
export { aboutIncident, buildLedger, estimateOf, pointOf, statedAt, totalOf } from './ledger.js';
export type { LedgerContext, LedgerReport } from './ledger.js';
export { countText, sideName } from './wording.js';
export { ledgerContext, ledgersOf } from './load.js';
