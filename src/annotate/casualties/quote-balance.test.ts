import { describe, expect, it } from 'vitest';
import { quoteBalance, quoteMarks, quoteOpenBefore } from './index.js';

/** The reading from each character, as the stage did before it read the report's marks once. */
function byCharacters(s: string): 'toggles' | 'balanced' {
  let straight = 0;
  let open = 0;
  let close = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c || c === 0xab) open++;
    else if (c === 0x201d || c === 0xbb) close++;
  }
  return straight % 2 === 1 || open !== close ? 'toggles' : 'balanced';
}

describe('casualties: the quotation state of a sentence', () => {
  it('reads every range of a text as its characters do', () => {
    const texts = [
      '“Two soldiers were killed,” the ministry said. "We have no losses," he added. «Трое погибли» — сообщили. „Zwei“ "odd',
      'no quotes at all', '', '"', '”“', '«a» "b" “c” „d“ """"', '😀"x"😀«',
    ];
    for (const text of texts) {
      const marks = quoteMarks(text);
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) expect(quoteBalance(text, marks, start, end)).toBe(byCharacters(text.slice(start, end)));
      }
    }
  });
});

describe('casualties: a quotation open before a figure', () => {
  it('reads every range of a text as the pattern on its slice does', () => {
    const QUOTED = /["“«][^"”»]*$/;
    const texts = [
      '“Two soldiers were killed,” the ministry said. "We have no losses," he added. «Трое погибли» — сообщили. „Zwei“ "odd',
      'no quotes at all', '', '"', '”“', '«a» "b" “c” „d“ """"', '😀"x"😀«', '“a « b » c', '» “ ” «',
    ];
    for (const text of texts) {
      const marks = quoteMarks(text);
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) expect(quoteOpenBefore(text, marks, start, end)).toBe(QUOTED.test(text.slice(start, end)));
      }
    }
  });
});

describe('casualties: the quotation marks before an end', () => {
  it('read every range before the end as all the marks do', () => {
    const text = '“Two soldiers were killed,” the ministry said. "We have no losses," he added. «Трое погибли» — сообщили. „Zwei“ "odd';
    const all = quoteMarks(text);
    for (let end = 0; end <= text.length; end++) {
      const marks = quoteMarks(text, end);
      for (let start = 0; start <= end; start++) {
        for (let to = start; to <= end; to++) {
          expect(quoteBalance(text, marks, start, to)).toBe(quoteBalance(text, all, start, to));
          expect(quoteOpenBefore(text, marks, start, to)).toBe(quoteOpenBefore(text, all, start, to));
        }
      }
    }
  });
});
