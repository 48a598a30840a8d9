import type { Claim, Plan, RelationKind, Source, Status } from '../schema';
import type { Corpus } from '../corpus/corpus';
import { weakest } from '../corpus/points';

/**
 * Relations that compose along the lineage. When two versions have no relation of their own but each is related to
 * a third (or they are linked by a chain of relations), their points are paired through it: the 28-point plan's
 * army cap is related to Geneva's army-size point and to the December framework's point 4, so those two are the
 * same provision. A composed pair says how it was reached (`via`), is only as sure as its weakest link, and
 * carries every link's claims and sources. A chain through a dropped, added or moved link pairs nothing. Only
 * lineage relations of one conflict compose: analogies and related documents never do.
 */
export type ChainRelation = {
  /** Point refs of the left and right version. */
  from: string[];
  to: string[];
  kind: RelationKind | 'linked';
  status: 'known' | 'reported';
  /** Versions between left and right, in order. Empty for a direct relation. */
  via: string[];
  /** Their short titles, for readers. */
  viaTitles: string[];
  rationale: string;
  claims: Claim[];
  sourceIds: string[];
  /** Every source the claims and ids cite, resolved where the link that cites it could see it. */
  sources: Source[];
  change?: string | undefined;
};

const MIRROR: Partial<Record<RelationKind, RelationKind>> = { dropped: 'added', added: 'dropped', merged: 'split', split: 'merged' };
const NO_PAIR: (RelationKind | 'linked')[] = ['dropped', 'added', 'moved'];
const IDENTITY: (RelationKind | 'linked')[] = ['kept', 'renumbered'];

/** The lineage relations between two versions, read from `a` to `b` (a file written b -> a is read backwards). */
const directCache = new WeakMap<Corpus, Map<string, ChainRelation[] | null>>();

export function directRelations(corpus: Corpus, a: string, b: string): ChainRelation[] | null {
  let m = directCache.get(corpus);
  if (!m) directCache.set(corpus, (m = new Map()));
  const k = `${a}|${b}`;
  if (!m.has(k)) m.set(k, readDirect(corpus, a, b));
  return m.get(k)!;
}

function readDirect(corpus: Corpus, a: string, b: string): ChainRelation[] | null {
  const fwd = corpus.relations.find((r) => r.link === 'lineage' && r.from === a && r.to === b);
  const back = fwd ? undefined : corpus.relations.find((r) => r.link === 'lineage' && r.from === b && r.to === a);
  const file = fwd ?? back;
  if (!file) return null;
  const plans = [a, b].map((id) => corpus.plans.find((p) => p.id === id)).filter((p): p is Plan => !!p);
  const pool = new Map<string, Source>([...plans.flatMap((p) => p.sources), ...file.sources].map((s) => [s.id, s]));
  return file.relations.map((r) => {
    const ids = [...(r.claims ?? []).map((c) => c.source), ...(r.sources ?? [])];
    return {
      from: (back ? r.to : r.from).map(String),
      to: (back ? r.from : r.to).map(String),
      kind: back ? (MIRROR[r.kind] ?? r.kind) : r.kind,
      status: r.status,
      via: [],
      viaTitles: [],
      rationale: r.rationale,
      claims: r.claims ?? [],
      sourceIds: r.sources ?? [],
      sources: [...new Set(ids)].map((id) => pool.get(id)).filter((s): s is Source => !!s),
      change: r.change,
    };
  });
}

function composeKind(first: (RelationKind | 'linked')[], second: (RelationKind | 'linked')[]): RelationKind | 'linked' {
  const all = [...first, ...second];
  if (all.every((k) => IDENTITY.includes(k))) return 'kept';
  if (first.every((k) => IDENTITY.includes(k)) && second.length === 1) return second[0]!;
  if (second.every((k) => IDENTITY.includes(k)) && first.length === 1) return first[0]!;
  if (all.every((k) => IDENTITY.includes(k) || k === 'reworded')) return 'reworded';
  // Two changes from a common version (or in a row) do not say what changed between their ends.
  return 'linked';
}

/** Chain a -> x relations with x -> b relations into a -> b relations (one per connected group of points). */
export function chain(ax: ChainRelation[], xb: ChainRelation[], x: string, xTitle = x): ChainRelation[] {
  const first = ax.filter((r) => !NO_PAIR.includes(r.kind) && r.from.length && r.to.length);
  const second = xb.filter((r) => !NO_PAIR.includes(r.kind) && r.from.length && r.to.length);
  // Union-find over the middle version's points: relations sharing one are one group.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  const join = (refs: string[]) => refs.slice(1).forEach((r) => parent.set(find(r), find(refs[0]!)));
  first.forEach((r) => join(r.to));
  second.forEach((r) => join(r.from));
  const merged = new Map<string, { a: ChainRelation[]; b: ChainRelation[] }>();
  const group = (ref: string) => {
    const k = find(ref);
    let g = merged.get(k);
    if (!g) merged.set(k, (g = { a: [], b: [] }));
    return g;
  };
  first.forEach((r) => group(r.to[0]!).a.push(r));
  second.forEach((r) => group(r.from[0]!).b.push(r));
  const out: ChainRelation[] = [];
  for (const g of merged.values()) {
    if (!g.a.length || !g.b.length) continue;
    const links = [...g.a, ...g.b];
    const uniq = <T>(xs: T[]) => [...new Set(xs)];
    out.push({
      from: uniq(g.a.flatMap((r) => r.from)),
      to: uniq(g.b.flatMap((r) => r.to)),
      kind: composeKind(g.a.map((r) => r.kind), g.b.map((r) => r.kind)),
      status: weakest(links.map((r) => r.status as Status)) === 'known' ? 'known' : 'reported',
      via: uniq([...g.a.flatMap((r) => r.via), x, ...g.b.flatMap((r) => r.via)]),
      viaTitles: uniq([...g.a.flatMap((r) => r.viaTitles), xTitle, ...g.b.flatMap((r) => r.viaTitles)]),
      rationale: links.map((r) => r.rationale).join(' '),
      claims: links.flatMap((r) => r.claims),
      sourceIds: uniq(links.flatMap((r) => r.sourceIds)),
      sources: uniq(links.flatMap((r) => r.sources)),
    });
  }
  return out;
}

/**
 * Relations from `a` to `b` composed through the lineage: through one intermediate version first, then chains of
 * up to `maxLinks` relations. Among intermediates, the earlier version goes first; a point already paired through
 * one is not paired again through another. Empty when the two versions are of different conflicts.
 */
export function composeRelations(corpus: Corpus, a: string, b: string, maxLinks = 3): ChainRelation[] {
  const pa = corpus.plans.find((p) => p.id === a);
  const pb = corpus.plans.find((p) => p.id === b);
  if (!pa || !pb || pa.conflict !== pb.conflict || a === b) return [];
  const versions = corpus.plans.filter((p) => p.conflict === pa.conflict && p.kind === 'plan-version').sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
  const neighbours = (id: string) => versions.filter((p) => p.id !== id && directRelations(corpus, id, p.id)).map((p) => p.id);
  const paths = (from: string, seen: Set<string>, links: number): ChainRelation[] => {
    if (links === 1) return directRelations(corpus, from, b) ?? [];
    const out: ChainRelation[] = [];
    const usedFrom = new Set<string>();
    const usedTo = new Set<string>();
    for (const x of neighbours(from)) {
      if (seen.has(x) || x === b) continue;
      const ax = directRelations(corpus, from, x)!;
      const xb = paths(x, new Set([...seen, x]), links - 1);
      for (const r of chain(ax, xb, x, versions.find((p) => p.id === x)?.shortTitle)) {
        if (r.from.some((f) => usedFrom.has(f)) || r.to.some((t) => usedTo.has(t))) continue;
        r.from.forEach((f) => usedFrom.add(f));
        r.to.forEach((t) => usedTo.add(t));
        out.push(r);
      }
    }
    return out;
  };
  // Shortest chains first: a pair found through one version is not found again through a longer chain.
  const out: ChainRelation[] = [];
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  for (let links = 2; links <= maxLinks; links++) {
    for (const r of paths(a, new Set([a]), links)) {
      if (r.from.some((f) => usedFrom.has(f)) || r.to.some((t) => usedTo.has(t))) continue;
      r.from.forEach((f) => usedFrom.add(f));
      r.to.forEach((t) => usedTo.add(t));
      out.push(r);
    }
  }
  return out;
}

