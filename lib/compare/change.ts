import type { Point, RowChange, RowClaim } from '../schema';
import { classifyChange, evidenceLine, figures, type ChangeAssessment } from '../diff/classify';
import type { TextDiff } from '../diff/text-diff';
import { knownText } from '../corpus/points';

/**
 * What changed in a row, for a reader: the classifier's verdict and evidence where both texts are known, the
 * figures each side holds (a known text's, or who reports which), and one line saying it. A curated line wins;
 * a generated one says it is generated.
 */
export function rowChange(left: Point[], right: Point[], diff: TextDiff | null, claims: RowClaim[], statement: string | null, sameConflict: boolean): RowChange | null {
  if (!left.length || !right.length || !sameConflict) return null;
  const l = left.length === 1 ? left[0]! : null;
  const r = right.length === 1 ? right[0]! : null;
  let a: ChangeAssessment | null = null;
  // Fragments and paraphrases hold only part of a text's words: what they lack is not evidence of a change.
  const incomplete = (p: Point) => p.status === 'known' && (p.wording.kind === 'partial' || p.wording.kind === 'paraphrase');
  if (l?.status === 'known' && r?.status === 'known') a = classifyChange(knownText(l), knownText(r), diff ?? undefined, { incomplete: { before: incomplete(l), after: incomplete(r) } });
  // Reported figures: a claim's stance names the figure it asserts ("800,000"); who says which is kept. Where any
  // side's figures are only reported, the known side's figures are listed beside them, so the row reads
  // "600,000 (known) -> 800,000 (reported by ...)". Two known texts need no such line: the evidence shows the figures.
  const reported: RowChange['figures'] = [];
  for (const c of claims) {
    if (!c.stance || !figures(c.stance).length) continue;
    reported.push({ side: c.about === 'relation' ? 'relation' : (c.side ?? 'right'), figure: c.stance, status: 'reported', who: c.who, outlet: c.outlet, date: c.date, url: c.url || null });
  }
  const figs: RowChange['figures'] = [];
  if (reported.length) {
    for (const [side, pts] of [['left', left], ['right', right]] as const) {
      for (const p of pts) {
        if (p.status !== 'known') continue;
        for (const f of figures(knownText(p))) if (!figs.some((x) => x.side === side && x.figure === f.shown)) figs.push({ side, figure: f.shown, status: 'known', who: null, outlet: null, date: null, url: null });
      }
    }
  }
  figs.push(...reported);
  const uniqFigs = figs.filter((f, i) => figs.findIndex((g) => g.side === f.side && g.figure === f.figure && g.who === f.who && g.outlet === f.outlet && g.date === f.date) === i);
  const generated = (): string | null => {
    if (a) {
      if (a.kind === 'substantive') return evidenceLine(a);
      if (a.kind === 'rewording') return 'same provision in other words: no figure, party, condition or negation changed';
      if (a.kind === 'typographic') return 'only quote marks, dashes or spacing differ';
      return null;
    }
    const known = uniqFigs.filter((f) => f.status === 'known').map((f) => f.figure);
    const reported = [...new Set(uniqFigs.filter((f) => f.status === 'reported').map((f) => f.figure))];
    if (reported.length) return `figures: ${[...new Set(known)].join(', ') || 'none in the text'} → reported ${reported.join(' / ')}`;
    return null;
  };
  const line = statement ?? generated();
  if (!a && !uniqFigs.length && !line) return null;
  return {
    kind: a?.kind ?? null,
    classes: a?.classes ?? [],
    evidence: a?.evidence ?? [],
    statement: line,
    statementBy: statement ? 'curated' : line ? 'generated' : null,
    figures: uniqFigs,
  };
}
