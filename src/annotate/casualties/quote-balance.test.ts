import { describe, expect, it } from 'vitest';
import { quoteBalance, quoteMarks } from './index.js';

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
