/** `numbers.v1` and its helpers (the implementation lives in `numbers/`). */
export { boundsOf, extractNumbers, numbers, wordsValue } from './numbers/index.js';
export type { FoundNumber } from './numbers/index.js';
