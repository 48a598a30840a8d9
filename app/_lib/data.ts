/**
 * Build-time data for the pages: the validated corpus (the build fails with the check's own messages when the
 * data is invalid) and the comparison of any two versions, computed by the same lib/ the CLI uses.
 */
import { loadCorpus } from '../../lib/node/load';
import { compareIds } from '../../lib/compare';
import { getPlan, plansByDate } from '../../lib/corpus';
import type { Comparison } from '../../lib/schema';

export function corpus() {
  return loadCorpus();
}

export function allPairs(): { a: string; b: string }[] {
  const ids = plansByDate(corpus()).map((p) => p.id);
  return ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => ({ a, b })));
}

const cache = new Map<string, Comparison>();
export function comparison(a: string, b: string): Comparison | undefined {
  const c = corpus();
  if (!getPlan(c, a) || !getPlan(c, b) || a === b) return undefined;
  const key = `${a}|${b}`;
  let cmp = cache.get(key);
  if (!cmp) cache.set(key, (cmp = compareIds(c, a, b)));
  return cmp;
}

export function plan(id: string) {
  return getPlan(corpus(), id);
}

export { ORIGIN } from './origin';
