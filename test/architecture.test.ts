import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIPELINE_ORDER } from '../src/pipeline/config.js';
import { STAGES } from '../src/pipeline/registry.js';

const START = '<!-- stage-table:start -->';
const END = '<!-- stage-table:end -->';

/** The rows of ARCHITECTURE.md's stage table (header first, the `|---|` line left out), first three columns. */
function documentedRows(): string[][] {
  const doc = readFileSync(new URL('../ARCHITECTURE.md', import.meta.url), 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  expect(start, `${START} in ARCHITECTURE.md`).toBeGreaterThanOrEqual(0);
  expect(end, `${END} after ${START}`).toBeGreaterThan(start);
  return doc
    .slice(start + START.length, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\|(\s*:?-+:?\s*\|)+$/.test(line))
    .map((line) => line.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()).slice(0, 3));
}

/** The table as the registry says it, in pipeline order. */
function registryRows(): string[][] {
  const list = (kinds: readonly string[]) => (kinds.length ? kinds.join(', ') : '-');
  return [
    ['id', 'requires', 'assigns'],
    ...PIPELINE_ORDER.map((id) => {
      const stage = STAGES.get(id);
      expect(stage, `${id} is registered`).toBeDefined();
      return [stage!.id, list(stage!.requires), list(stage!.assigns)];
    }),
  ];
}

describe('ARCHITECTURE.md', () => {
  it('lists the document stages as the registry declares them, in pipeline order', () => {
    expect(documentedRows()).toEqual(registryRows());
  });
});
