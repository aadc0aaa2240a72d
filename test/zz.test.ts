import { it } from 'vitest';
import { claimsOf } from '/work/main/test/helpers.js';
it('x', () => { console.log(claimsOf(process.env.S!)); });
