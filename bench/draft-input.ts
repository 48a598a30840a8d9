import type { Plan } from '../lib/schema';
import { planToNumberedText } from '../lib/draft/import';

/**
 * The draft both draft benches (Node: bench/engine.bench.mts; Chromium: bench/web.bench.mts) and the draft e2e test
 * paste: the 28-point text with points 5, 6 and 18 reworded and point 26 struck out (numbers kept as leaked).
 * One definition, so the Node and the browser figures measure the same work.
 */
export function leakedDraftText(ukraine28: Plan): string {
  const plan = structuredClone(ukraine28);
  const edit = (n: number, f: (t: string) => string) => {
    const p = plan.points.find((x) => x.n === n)!;
    if (p.status === 'known') p.text = f(p.text);
  };
  edit(5, (t) => `${t.replace(/\.$/, '')} from the United States and Europe.`);
  edit(6, (t) => t.replace('600,000', '800,000'));
  edit(18, (t) => `${t.replace(/\.$/, '')}, under IAEA verification.`);
  plan.points = plan.points.filter((p) => p.n !== 26);
  return planToNumberedText(plan);
}
