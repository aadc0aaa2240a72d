import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/analyze/analyze.js';
import { metaFor } from '../../src/ingest/build-report.js';
import { readLiveBlog } from '../../src/ingest/live-blog.js';
import { engine } from '../helpers.js';

/** The claims of a live blog read as one (its updates as sections) and as plain text, as `side status min claimant`. */
function claimsBothWays(text: string): { blog: string[]; plain: string[] } {
  const { report } = readLiveBlog(text, metaFor('live.txt'));
  const dated = { ...report, published: { value: '2023-09-20', precision: 'day' as const }, language: 'en' };
  const claims = (r: typeof dated) => analyzeReport(r, engine().pipeline, engine().ctx).claims.map((c) => `${c.side} ${c.status} ${c.min} ${c.claimant?.code ?? null}`);
  return { blog: claims(dated), plain: claims({ ...dated, sections: [] }) };
}

describe('casualties in a live blog: each update is told on its own', () => {
  it('does not take the side of victims from the place of the update before', () => {
    const { blog, plain } = claimsBothWays('Live: border\n\n14:05 — Armenian forces shelled Azerbaijani positions near Tovuz, Baku says.\n\n13:30 — Three people were wounded in the village, local doctors say.\n');
    expect(blog).toEqual(['unknown wounded 3 null']);
    // As one text, the sentence before names the place.
    expect(plain).toEqual(['AZE wounded 3 null']);
  });

  it('does not give a quotation the speaker of the update before', () => {
    const { blog, plain } = claimsBothWays('Live: border\n\n14:05 — The Azerbaijani defence ministry says Armenian troops fired on its positions overnight.\n\n13:30 — "Two of our soldiers were wounded," a spokesman said.\n');
    expect(blog).toEqual(['unknown wounded 2 null']);
    expect(plain).toEqual(['AZE wounded 2 null']);
  });

  it('keeps the context inside one update', () => {
    const { blog } = claimsBothWays('Live: border\n\n14:05 — Armenian forces shelled Azerbaijani positions near Tovuz, Baku says. Three people were wounded in the village.\n\n13:30 — Talks were postponed.\n');
    expect(blog).toEqual(['AZE wounded 3 null']);
  });
});
