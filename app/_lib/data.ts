/**
 * Build-time data for the pages: the validated corpus (the build fails with the check's own messages when the
 * data is invalid), the comparison of a linked pair, computed by the same lib/ the CLI uses, and the data slices
 * that the browser pages compute every other comparison from.
 */
import { archivedVersions, loadCorpus, readArchiveText } from '../../lib/node/load';
import { compareIds } from '../../lib/compare/compare';
import { checkArchivedCorpus } from '../../lib/corpus/check';
import { formatIssues } from '../../lib/corpus/issues';
import { getPlan, plansByDate, type Corpus } from '../../lib/corpus/corpus';
import { linkedPairs, type Pair } from '../../lib/corpus/pairs';
import { ArchiveFile, type Comparison } from '../../lib/schema';
import type { PlanSlice, SiteIndex, VersionIndex } from './site';
import type { NotFoundIndex } from './early-redirect';

export function corpus() {
  return loadCorpus();
}

/** The pre-rendered pairs (both orders): see linkedPairs in lib/corpus/pairs.ts. */
export function linked(): Pair[] {
  return linkedPairs(corpus());
}

export function isLinked(a: string, b: string): boolean {
  return linked().some((p) => p.a === a && p.b === b);
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

/** Versions whose corpus is archived (the build has checked each one loads). */
export function archived(): string[] {
  return archivedVersions();
}

const archivedCorpora = new Map<string, Corpus>();
/** The corpus of an archived version, checked by today's rules once, here, at build. */
export function archivedCorpus(version: string): Corpus {
  let c = archivedCorpora.get(version);
  if (!c) {
    const r = checkArchivedCorpus(ArchiveFile.parse(JSON.parse(readArchiveText(version))), '9999-12-31');
    if (!r.ok) throw new Error(`plandiff: the archive of ${version} does not load:\n${formatIssues(r.issues)}`);
    archivedCorpora.set(version, (c = r.corpus));
  }
  return c;
}

/** One slice per plan of every archived version: what the browser pages fetch. */
export function sliceParams(): { v: string; file: string }[] {
  return archived().flatMap((v) => archivedCorpus(v).plans.map((p) => ({ v, file: `${p.id}.json` })));
}

export function slice(version: string, id: string): PlanSlice | undefined {
  if (!archived().includes(version)) return undefined;
  const c = archivedCorpus(version);
  const plan = getPlan(c, id);
  if (!plan) return undefined;
  return {
    format: 'plandiff.plan-slice/1',
    corpusVersion: c.version,
    corpusDate: c.versionDate,
    plan,
    relations: c.relations.filter((r) => r.from === id || r.to === id),
  };
}

/** A version's plans and lineage (see VersionIndex). */
export function versionIndex(version: string): VersionIndex {
  const c = archivedCorpus(version);
  return {
    format: 'plandiff.version-index/1',
    version: c.version,
    date: c.versionDate,
    plans: plansByDate(c).map((p) => ({ id: p.id, conflict: p.conflict, kind: p.kind, date: p.date })),
    lineage: c.relations.filter((r) => r.link === 'lineage').map((r) => [r.from, r.to] as [string, string]),
  };
}

let index: SiteIndex | undefined;
/** The site-wide facts every client page starts from (see SiteIndex). */
export function siteIndex(): SiteIndex {
  return (index ??= makeSiteIndex());
}

function makeSiteIndex(): SiteIndex {
  const c = corpus();
  const log = c.corrections.entries;
  const known = new Set(c.plans.map((p) => p.id));
  for (const v of archived()) for (const p of archivedCorpus(v).plans) known.add(p.id);
  return {
    corpusVersion: c.version,
    corpusDate: c.versionDate,
    versions: log.map((e) => e.version),
    archived: archived(),
    // Changes of a plan (a log entry may also change other files, such as the provisions).
    corrections: log.flatMap((e) => e.changes.flatMap((ch) => (ch.plan ? [{ version: e.version, date: e.date, summary: ch.what, plan: ch.plan, points: (ch.points ?? []).map(String) }] : []))),
    plans: plansByDate(c).map((p) => ({ id: p.id, shortTitle: p.shortTitle, date: p.date })),
    knownIds: [...known].sort(),
    linked: linked().map((p) => `${p.a}/${p.b}`),
  };
}

/** What the not-found page needs (served as /data/site.json and inside /data/moved.js). */
export function notFoundIndex(): NotFoundIndex {
  const ix = siteIndex();
  return { corpusVersion: ix.corpusVersion, archived: ix.archived, plans: ix.plans, knownIds: ix.knownIds, linked: ix.linked };
}

/** What a version notice needs for a pair: every logged version, the archived ones, and the pair's corrections. */
export function noticeProps(a: string, b: string) {
  const ix = siteIndex();
  return {
    corpusVersion: ix.corpusVersion,
    versions: ix.versions,
    archived: ix.archived,
    corrections: ix.corrections.filter((ch) => ch.plan === a || ch.plan === b),
    leftId: a,
    rightId: b,
  };
}

export function plan(id: string) {
  return getPlan(corpus(), id);
}

export { ORIGIN } from './origin';
