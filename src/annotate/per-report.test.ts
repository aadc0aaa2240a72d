import { describe, expect, it } from 'vitest';
import { createDocument } from '../model/document.js';
import { perReport } from './per-report.js';
import { reportOf } from './test-helpers.js';

describe('perReport', () => {
  it('reads a report once for all its documents, each other report anew, and a changed text each time', () => {
    const read: string[] = [];
    const lengthOf = perReport((text: string) => {
      read.push(text);
      return { length: text.length };
    });
    const report = reportOf('Two soldiers were wounded near the border.');
    const first = lengthOf(createDocument(report));
    expect(lengthOf({ ...createDocument(report), annotations: [] })).toBe(first);
    expect(read).toEqual([report.text]);
    expect(lengthOf(createDocument(reportOf('Another report.')))).toEqual({ length: 15 });
    // A document whose text is not its report's (a stage that rewrote it) is read as it stands, and not kept.
    const rewritten = { ...createDocument(report), text: 'Rewritten.' };
    expect(lengthOf(rewritten)).toEqual({ length: 10 });
    expect(lengthOf(rewritten)).toEqual({ length: 10 });
    expect(read).toEqual([report.text, 'Another report.', 'Rewritten.', 'Rewritten.']);
    expect(lengthOf(createDocument(report))).toBe(first);
  });
});
