import { describe, expect, it } from 'vitest';
import { checkCorpusDir } from '../lib/node/load';
import { compare } from '../lib/compare/compare';
import { parseDraftInput } from '../lib/draft/import';
import { closeness, looksLikeExcerpt } from '../lib/draft/closest';
import { knownText } from '../lib/corpus/points';

const corpus = checkCorpusDir();
if (!corpus.ok) throw new Error('corpus invalid');
const plan = (id: string) => corpus.corpus.plans.find((p) => p.id === id)!;

describe('the closest version to a pasted draft', () => {
  it('explains its score in words, and guesses an excerpt from the counts', () => {
    // Six points of the 28-point plan, word for word: an excerpt.
    const ua = plan('ukraine-28');
    const text = [5, 6, 7, 14, 21, 26].map((n, k) => `${k + 1}. ${knownText(ua.points.find((p) => p.n === n) as never)}`).join('\n');
    const d = parseDraftInput(text, { id: 'draft', title: 'Pasted', conflict: 'ukraine', date: '2026-12-01' });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(looksLikeExcerpt(d.plan, ua)).toBe(true);
    const ranked = corpus.corpus.plans
      .filter((p) => p.kind === 'plan-version')
      .map((p) => ({ p, c: closeness(compare(p, { ...d.plan, conflict: p.conflict }, { corpusVersion: 'x', corpusDate: '2026-12-01', excerpt: looksLikeExcerpt(d.plan, p) ? 'right' : null })) }))
      .sort((x, y) => y.c.score - x.c.score);
    expect(ranked[0]!.p.id).toBe('ukraine-28');
    expect(ranked[0]!.c.text).toBe('6 of 6 points match the Ukraine 28-point plan');
    expect(ranked.every((r) => !/^\d+(\.\d+)?$/.test(r.c.text))).toBe(true);
  });
});
