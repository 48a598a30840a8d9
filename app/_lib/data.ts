/**
 * Build-time data for the pages: the validated corpus (the build fails with the check's own messages when the
 * data is invalid) and the comparison of any two versions, computed by the same lib/ the CLI uses.
 */
import { archivedVersions, loadCorpus, readArchiveText } from '../../lib/node/load';
import { compareIds } from '../../lib/compare/compare';
import { getPlan, plansByDate } from '../../lib/corpus/corpus';
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

/**
 * Every ordered pair of versions that any archived corpus held: an as-cited page exists for each, so a citation of
 * a version removed since still opens as it was cited.
 */
export function archivedPairs(): { a: string; b: string }[] {
  const ids = new Set(plansByDate(corpus()).map((p) => p.id));
  for (const v of archivedVersions()) {
    const files = (JSON.parse(readArchiveText(v)) as { files: { path: string }[] }).files;
    for (const f of files) {
      const m = /^plans\/([a-z0-9-]+)\.json$/.exec(f.path);
      if (m && !['events', 'corrections'].includes(m[1]!)) ids.add(m[1]!);
    }
  }
  return [...ids].flatMap((a) => [...ids].filter((b) => b !== a).map((b) => ({ a, b })));
}

/** Versions whose corpus is archived (the build has checked each one loads). */
export function archived(): string[] {
  return archivedVersions();
}

/** What a version notice needs for a pair: every logged version, the archived ones, and the pair's corrections. */
export function noticeProps(a: string, b: string) {
  const log = corpus().corrections.entries;
  return {
    corpusVersion: corpus().version,
    versions: log.map((e) => e.version),
    archived: archived(),
    corrections: log.flatMap((e) =>
      e.changes.filter((ch) => ch.plan === a || ch.plan === b).map((ch) => ({ version: e.version, date: e.date, summary: ch.what, plan: ch.plan!, points: (ch.points ?? []).map(String) })),
    ),
    leftId: a,
    rightId: b,
  };
}

export function plan(id: string) {
  return getPlan(corpus(), id);
}

export { ORIGIN } from './origin';
