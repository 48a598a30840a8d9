import type { Issue } from './issues';
import type { Corpus } from './corpus';
import { knownText } from './points';
import { classifyChange, evidenceLine } from '../diff/classify';
import { pointRef, type Point } from '../schema';

/**
 * The data agrees with the classifier: a relation that calls an edit `kept` or `reworded` while the two texts show a
 * change of substance (a figure, a negation, a party, a condition...) is the error a reporter would quote. These are
 * warnings, not errors: the editor reads the evidence and either corrects the relation to `changed` (logged as a new
 * corpus version) or, where the classifier is wrong, says why in the relation's rationale.
 */
export function substanceWarnings(corpus: Corpus): Issue[] {
  const out: Issue[] = [];
  for (const rel of corpus.relations) {
    if (rel.link !== 'lineage') continue;
    const from = corpus.plans.find((p) => p.id === rel.from);
    const to = corpus.plans.find((p) => p.id === rel.to);
    if (!from || !to) continue;
    const find = (plan: typeof from, ref: string | number) => plan.points.find((p) => pointRef(p) === String(ref));
    rel.relations.forEach((r, i) => {
      if (!['kept', 'reworded', 'renumbered'].includes(r.kind) || r.from.length !== 1 || r.to.length !== 1) return;
      const a = find(from, r.from[0]!);
      const b = find(to, r.to[0]!);
      if (a?.status !== 'known' || b?.status !== 'known') return;
      const incomplete = (p: Point) => p.status === 'known' && (p.wording.kind === 'partial' || p.wording.kind === 'paraphrase');
      const c = classifyChange(knownText(a as Extract<Point, { status: 'known' }>), knownText(b as Extract<Point, { status: 'known' }>), undefined, { incomplete: { before: incomplete(a), after: incomplete(b) } });
      if (c.kind !== 'substantive') return;
      // An editor who has read the evidence and disagrees says so in the rationale.
      if (/\bnot a change of substance\b/i.test(r.rationale)) return;
      out.push({
        file: `plans/relations/${rel.from}--${rel.to}.json`,
        where: `relation ${i + 1}`,
        field: 'kind',
        code: 'substance-called-wording',
        message: `called ${r.kind}, but the texts differ in substance (${c.classes.join(', ')}: ${evidenceLine(c)}): make it "changed", or say in the rationale why it is not a change of substance`,
      });
    });
  }
  return out;
}
