/**
 * What the browser needs to know about the site, shared by server and client code (no file system here): where the
 * data slices live, which pairs are pre-rendered, and the corrections log. The build writes the corpus of every
 * archived version as one JSON slice per plan (`/data/<version>/<id>.json`), checked once at build, so a page that
 * computes a comparison in the browser fetches the two plans it needs and nothing else.
 */
import type { Corpus } from '../../lib/corpus/corpus';
import type { Plan, RelationFile } from '../../lib/schema';
import type { Correction as NoticeCorrection } from '../compare/[a]/[b]/version-notice';

/** One plan of one corpus version, with the relation files that name it (so two slices hold their pair's relations). */
export type PlanSlice = {
  format: 'plandiff.plan-slice/1';
  corpusVersion: string;
  corpusDate: string;
  plan: Plan;
  relations: RelationFile[];
};

/**
 * One corpus version's plans and lineage, /data/<version>.json: what a page needs to know which slices a pair's
 * comparison reads (see pairNeeds).
 */
export type VersionIndex = {
  format: 'plandiff.version-index/1';
  version: string;
  date: string;
  plans: { id: string; conflict: string; kind: string; date: string }[];
  /** Lineage relation files, [from, to]. */
  lineage: [string, string][];
};

export type SitePlan = { id: string; shortTitle: string; date: string };

/** The site-wide facts a client page starts from: small, and the same for every pair. */
export type SiteIndex = {
  corpusVersion: string;
  corpusDate: string;
  /** Versions of the corrections log, oldest first, and those archived (each has data slices). */
  versions: string[];
  archived: string[];
  /** Every correction of every plan, flattened: a page keeps those of its two plans. */
  corrections: NoticeCorrection[];
  /** The current corpus's versions, by date. */
  plans: SitePlan[];
  /** Every plan id any archived version held (a removed plan stays citable). */
  knownIds: string[];
  /** Pre-rendered pairs, `a/b`. */
  linked: string[];
};

export const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const VERSION_RE = /^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/;

export const sliceUrl = (version: string, id: string) => `/data/${version}/${id}.json`;
export const indexUrl = (version: string) => `/data/${version}.json`;

const enc = encodeURIComponent;

/** The client page that computes any pair in the browser; its query carries the pair and the page's own state. */
export function viewHref(a: string, b: string, rest = '', hash = ''): string {
  const sp = new URLSearchParams(rest);
  sp.delete('a');
  sp.delete('b');
  const tail = sp.toString();
  return `/compare/view?a=${enc(a)}&b=${enc(b)}${tail ? `&${tail}` : ''}${hash}`;
}

/** The one as-cited page: the pair and the cited version in the query, filters and row kept. */
export function citedHref(a: string, b: string, rest = '', hash = ''): string {
  const sp = new URLSearchParams(rest);
  sp.delete('a');
  sp.delete('b');
  const tail = sp.toString();
  return `/cited?a=${enc(a)}&b=${enc(b)}${tail ? `&${tail}` : ''}${hash}`;
}

/** Where a comparison lives: its pre-rendered page when the pair is linked, the client page otherwise. */
export function compareHref(linked: ReadonlySet<string> | readonly string[], a: string, b: string): string {
  const has = Array.isArray(linked) ? linked.includes(`${a}/${b}`) : (linked as ReadonlySet<string>).has(`${a}/${b}`);
  return has ? `/compare/${a}/${b}` : viewHref(a, b);
}

/** The corrections that touch either plan of a pair, for the version notice. */
export function pairCorrections(index: Pick<SiteIndex, 'corrections'>, a: string, b: string): NoticeCorrection[] {
  return index.corrections.filter((c) => c.plan === a || c.plan === b);
}

/**
 * The plans whose slices the comparison of a and b reads. compare() pairs points through relations composed along
 * the lineage (lib/align/compose.ts: lineage relation files between versions of one conflict, chains of up to 3
 * links through versions of the plan), so besides the two plans it needs every version on such a chain. Each slice
 * carries the relation files that name its plan, so these slices hold every relation the comparison uses.
 * tests/site.test.ts checks, for every pair of every archived version, that they give the same comparison as the
 * whole corpus.
 */
export function pairNeeds(ix: VersionIndex, a: string, b: string, maxLinks = 3): string[] {
  const pa = ix.plans.find((p) => p.id === a);
  const pb = ix.plans.find((p) => p.id === b);
  const need = new Set([a, b]);
  if (!pa || !pb || pa.conflict !== pb.conflict || a === b) return [...need].sort();
  const versions = new Set(ix.plans.filter((p) => p.conflict === pa.conflict && p.kind === 'plan-version').map((p) => p.id));
  const next = new Map<string, Set<string>>();
  for (const [x, y] of ix.lineage) {
    next.set(x, (next.get(x) ?? new Set()).add(y));
    next.set(y, (next.get(y) ?? new Set()).add(x));
  }
  // Every simple path from a to b of at most maxLinks links whose inner stops are versions of the plan.
  const walk = (at: string, path: string[]) => {
    for (const n of next.get(at) ?? []) {
      if (n === b) path.forEach((x) => need.add(x));
      else if (path.length < maxLinks && versions.has(n) && !path.includes(n) && n !== a) walk(n, [...path, n]);
    }
  };
  walk(a, []);
  return [...need].sort();
}

/** A corpus of some plans, from their slices: all that compare() reads (the plans, their relations, the version). */
export function corpusOfSlices(slices: PlanSlice[]): Corpus {
  const rel = new Map<string, RelationFile>();
  for (const s of slices) for (const r of s.relations) rel.set(`${r.from}--${r.to}`, r);
  const plans = new Map(slices.map((s) => [s.plan.id, s.plan]));
  return {
    version: slices[0]!.corpusVersion,
    versionDate: slices[0]!.corpusDate,
    plans: [...plans.values()],
    relations: [...rel.values()],
    provisions: [],
    events: { sources: [], events: [] },
    corrections: { entries: [] },
  };
}

/**
 * The closest ids to a mistyped one, by edit distance (a swap of two neighbouring characters counts once, so
 * geneva-91 finds geneva-19). Ids within a third of the typed length, nearest first.
 */
export function closestIds(typed: string, ids: readonly string[]): string[] {
  const t = typed.toLowerCase();
  const scored = ids.map((id) => ({ id, d: editDistance(t, id) }));
  const best = Math.min(...scored.map((s) => s.d));
  if (!Number.isFinite(best) || best > Math.max(2, Math.ceil(t.length / 3))) return [];
  return scored.filter((s) => s.d === best).map((s) => s.id).sort();
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
