import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluate, loadFixtures, total } from '../bench/align-eval';
import { parseNumberedText } from '../lib/draft/import';
import { checkCorpusDir } from '../lib/node/load';

/** The fixtures' format (tests/fixtures/align/README.md). */
const Fixture = z.object({
  id: z.string(),
  split: z.enum(['tune', 'holdout']),
  kind: z.enum(['translation', 'summary', 'regrouped', 'draft', 'excerpt']),
  against: z.string(),
  whole: z.boolean(),
  source: z.object({ outlet: z.string(), title: z.string(), url: z.url(), published: z.iso.date(), note: z.string() }),
  wording: z.enum(['verbatim', 'paraphrased']),
  wordingNote: z.string(),
  text: z.string(),
  gold: z.array(z.object({ item: z.number().int(), points: z.array(z.number().int()), note: z.string() })),
  uncovered: z.array(z.number().int()),
});

const corpus = checkCorpusDir();
if (!corpus.ok) throw new Error('corpus invalid');
const fixtures = loadFixtures();

describe('alignment fixtures of real renderings', () => {
  it('are well formed, split in halves, and their gold covers exactly the parsed items', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    for (const f of fixtures) {
      Fixture.parse(f);
      const parsed = parseNumberedText(f.text);
      expect(parsed.ok, f.id).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.points.map((p) => p.n), f.id).toEqual(f.gold.map((g) => g.item));
      const version = corpus.corpus.plans.find((p) => p.id === f.against)!;
      const covered = new Set(f.gold.flatMap((g) => g.points));
      expect(f.uncovered, f.id).toEqual(version.points.map((p) => p.n!).filter((n) => !covered.has(n)));
    }
    for (const split of ['tune', 'holdout']) expect(fixtures.filter((f) => f.split === split).length).toBeGreaterThanOrEqual(6);
  });

  // The guarantee the tool gives a reporter: a point the rendering covers is never called dropped, an item that
  // renders a point is never called added (npm run bench:align prints the full figures).
  it('never calls a covered point dropped or a rendering item added, on any fixture', () => {
    for (const f of fixtures) {
      const { score } = evaluate(f, corpus.corpus.plans);
      expect([score.falseDropped, score.falseAdded], f.id).toEqual([0, 0]);
    }
  });

  it('pairs every item of another agency’s translation with its point (holdout half)', () => {
    const t = total(fixtures.filter((f) => f.kind === 'translation' && f.split === 'holdout').map((f) => evaluate(f, corpus.corpus.plans).score));
    expect(t.precision).toBe(1);
    expect(t.recall).toBeGreaterThanOrEqual(0.95);
  });
});
