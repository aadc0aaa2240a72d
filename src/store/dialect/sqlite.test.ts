import { describe, expect, it } from 'vitest';
import { toFts5Query } from './sqlite.js';

describe('sqlite: full-text query', () => {
  it.each([
    ['Sotk', '"Sotk"'],
    ['"Sotk', '"Sotk"'],
    ['AND OR', '"AND" "OR"'],
    ['NEAR(Sotk, 3)', '"NEAR" "Sotk" "3"'],
    ['title:Sotk*', '"title" "Sotk"'],
    ["Azerbaijan's army", '"Azerbaijan" "s" "army"'],
    ['Ağdam  Şuşa', '"Ağdam" "Şuşa"'],
  ])('turns %j into the quoted words %s', (text, query) => {
    expect(toFts5Query(text)).toBe(query);
  });

  it.each(['', '   ', '*', '"")(', '-+^'])('has no query for %j, which holds no word', (text) => {
    expect(toFts5Query(text)).toBeNull();
  });
});
