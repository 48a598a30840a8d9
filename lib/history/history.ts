import { pointRef, type Comparison, type History, type HistoryCell, type HistoryProvision, type Plan, type Provision, type Row, type ThreadFigure } from '../schema';
import type { Corpus } from '../corpus/corpus';
import { findRelationFile } from '../corpus/corpus';
import { compareIds, versionInfo } from '../compare/compare';
import { figures } from '../diff/classify';
import { numberValue } from '../align/terms';

/** Row kinds that say the two sides are one provision (a pair), as opposed to a loss, a placeholder or a guess. */
const PAIR_KINDS: Row['kind'][] = ['kept', 'reworded', 'changed', 'renumbered', 'merged', 'split', 'bracketed', 'linked'];

/** The versions of a conflict in date order (then id), and its related documents after them. */
export function conflictDocuments(corpus: Corpus, conflict: string): { versions: Plan[]; documents: Plan[] } {
  const all = corpus.plans.filter((p) => p.conflict === conflict).sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
  return { versions: all.filter((p) => p.kind === 'plan-version'), documents: all.filter((p) => p.kind !== 'plan-version') };
}

/**
 * The comparisons a history reads: each version against the next, and every pair a relation links directly.
 * Memoised per corpus, so a page for every provision does not recompute them.
 */
class Comparisons {
  private cache = new Map<string, Comparison>();
  private bare = new Map<string, Comparison>();
  /** Points whose rows need their detail (the provisions' members), by version; null: every row. */
  wanted: Map<string, Set<string>> | null = null;
  constructor(private corpus: Corpus) {}
  get(a: string, b: string): Comparison {
    const k = `${a}|${b}`;
    let c = this.cache.get(k);
    if (!c) {
      const wa = this.wanted?.get(a);
      const wb = this.wanted?.get(b);
      const detail = this.wanted ? (l: string[], r: string[]) => l.some((x) => wa?.has(x)) || r.some((x) => wb?.has(x)) : undefined;
      this.cache.set(k, (c = compareIds(this.corpus, a, b, detail ? { detail } : {})));
    }
    return c;
  }
  /** Which points pair with which: the comparison without its rows' detail (no word diff, no classification). */
  pairs(a: string, b: string): Comparison {
    const k = `${a}|${b}`;
    let c = this.bare.get(k) ?? this.cache.get(k);
    if (!c) this.bare.set(k, (c = compareIds(this.corpus, a, b, { detail: () => false })));
    return c;
  }
}

type Node = string; // `${version}:${ref}`
const node = (version: string, ref: string): Node => `${version}\u0000${ref}`;

/** The graph of points joined by pairing rows (relations, composed relations, computed pairs) between versions. */
function pairGraph(versions: Plan[], corpus: Corpus, cmp: Comparisons): Map<Node, Set<Node>> {
  const edges = new Map<Node, Set<Node>>();
  const link = (x: Node, y: Node) => {
    if (!edges.has(x)) edges.set(x, new Set());
    if (!edges.has(y)) edges.set(y, new Set());
    edges.get(x)!.add(y);
    edges.get(y)!.add(x);
  };
  const pairs = new Set<string>();
  for (let k = 0; k + 1 < versions.length; k++) pairs.add(`${versions[k]!.id}|${versions[k + 1]!.id}`);
  for (let k = 0; k < versions.length; k++) {
    for (let m = k + 1; m < versions.length; m++) if (findRelationFile(corpus, versions[k]!.id, versions[m]!.id)) pairs.add(`${versions[k]!.id}|${versions[m]!.id}`);
  }
  for (const p of [...pairs].sort()) {
    const [a, b] = p.split('|') as [string, string];
    for (const r of cmp.pairs(a, b).rows) {
      if (!PAIR_KINDS.includes(r.kind)) continue;
      for (const l of r.left) for (const rt of r.right) link(node(a, l.ref), node(b, rt.ref));
    }
  }
  return edges;
}

/** Every point reachable from a provision's seeds through the pairing graph, by version. */
function members(pv: Provision, edges: Map<Node, Set<Node>>): Map<string, Set<string>> {
  const seen = new Set<Node>(pv.seeds.map((s) => node(s.plan, String(s.point))));
  const queue = [...seen];
  while (queue.length) {
    const x = queue.shift()!;
    for (const y of edges.get(x) ?? []) {
      if (!seen.has(y)) {
        seen.add(y);
        queue.push(y);
      }
    }
  }
  const out = new Map<string, Set<string>>();
  for (const n of seen) {
    const [v, ref] = n.split('\u0000') as [string, string];
    if (!out.has(v)) out.set(v, new Set());
    out.get(v)!.add(ref);
  }
  return out;
}

const emptyCell = (version: string, state: HistoryCell['state']): HistoryCell => ({
  version,
  state,
  kind: null,
  status: null,
  from: null,
  link: null,
  basis: null,
  via: [],
  points: [],
  claims: [],
  sources: [],
  change: null,
  diff: null,
  candidates: [],
});

/** A figure's value and unit for the thread: "600,000 personnel" -> 600000, "personnel". */
function valueOf(figure: string): { value: number | null; unit: string | null } {
  const m = /^([$€£]?[\d.,]+)(?:\s+(\S+))?/.exec(figure.trim());
  if (!m) return { value: null, unit: null };
  let v = numberValue(m[1]!);
  const unit = m[2]?.toLowerCase() ?? null;
  const scale: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
  if (v != null && unit && scale[unit]) v *= scale[unit]!;
  return { value: v, unit: unit && !scale[unit] ? unit : /^\$/.test(m[1]!) ? 'USD' : null };
}

/** The figures a provision's cells hold: each known text's, and each reported figure with who reports it. */
function thread(cells: HistoryCell[]): ThreadFigure[] {
  const out: ThreadFigure[] = [];
  for (const c of cells) {
    if (c.state !== 'present') continue;
    for (const p of c.points) {
      if (p.status !== 'known' || !p.text) continue;
      for (const f of figures(p.text)) out.push({ version: c.version, figure: f.shown, ...valueOf(f.shown), status: 'known', who: null, outlet: null, date: null, url: null });
    }
    for (const cl of c.claims) {
      if (cl.about !== 'point' || !cl.stance || !figures(cl.stance).length) continue;
      out.push({ version: c.version, figure: cl.stance, ...valueOf(cl.stance), status: 'reported', who: cl.who, outlet: cl.outlet, date: cl.date, url: cl.url || null });
    }
  }
  return out.filter((f, i) => out.findIndex((g) => g.version === f.version && g.figure === f.figure && g.who === f.who && g.outlet === f.outlet) === i);
}

/** Whether the figures make a thread: two or more versions give a plain value (the unit of the most frequent). */
function chartable(figs: ThreadFigure[]): boolean {
  const valued = figs.filter((f) => f.value != null);
  return new Set(valued.map((f) => f.version)).size >= 2;
}

/**
 * The history of every provision of a conflict (or of one): each version's cell, oldest first, then the related
 * documents that bear on it. What became of a provision comes from the comparison of the cell's version with the
 * last earlier version that had it, so the matrix says exactly what the compare page says.
 */
export function history(corpus: Corpus, conflict: string, only?: string): History {
  const { versions, documents } = conflictDocuments(corpus, conflict);
  const cmp = new Comparisons(corpus);
  const edges = pairGraph(versions, corpus, cmp);
  const file = corpus.provisions.find((p) => p.conflict === conflict);
  const provisions = (file?.provisions ?? []).filter((p) => !only || p.id === only);
  const placed = new Set<Node>();
  // Only the rows of the provisions' points need their detail (the cells show them); read every member first.
  const memberships = provisions.map((pv) => members(pv, edges));
  cmp.wanted = new Map();
  for (const mem of memberships) for (const [v, refs] of mem) for (const r of refs) (cmp.wanted.get(v) ?? cmp.wanted.set(v, new Set()).get(v)!).add(r);
  const out: HistoryProvision[] = provisions.map((pv, k) => {
    const mem = memberships[k]!;
    for (const [v, refs] of mem) for (const r of refs) placed.add(node(v, r));
    const cells: HistoryCell[] = [];
    let prev: string | null = null;
    for (const v of versions) {
      const refs = mem.get(v.id);
      if (refs?.size) {
        cells.push(presentCell(v, refs, prev, mem, cmp));
        prev = v.id;
        continue;
      }
      if (!prev) {
        cells.push(emptyCell(v.id, 'not-yet'));
        continue;
      }
      const last = cells[cells.length - 1]!;
      // After the version that lost it, the provision stays absent unless a relation brings it back (then it has
      // points again). Only the version right after the last one that had it is compared; an earlier version related
      // to this one directly may say more (a relation that says dropped wins).
      if (last.state !== 'present') {
        const direct = earlier(cells, versions, v).filter((x) => findRelationFile(corpus, x, v.id));
        cells.push(direct.length ? absentCell(v, direct, mem, cmp) : { ...emptyCell(v.id, 'still-absent'), from: last.state === 'still-absent' ? last.from : last.version });
        continue;
      }
      const withIt = earlier(cells, versions, v).filter((x, k) => k === 0 || findRelationFile(corpus, x, v.id));
      cells.push(absentCell(v, withIt, mem, cmp));
    }
    for (const d of documents) cells.push(documentCell(d, mem, cmp, versions));
    const figs = thread(cells);
    return { id: pv.id, title: pv.title, about: pv.about, themes: pv.themes, cells, figures: figs, chartable: chartable(figs) };
  });
  const unplaced = only
    ? []
    : versions.flatMap((v) =>
        v.points.filter((p) => !placed.has(node(v.id, pointRef(p)))).map((p) => ({ version: v.id, ref: pointRef(p), label: p.label ?? null, status: p.status })),
      );
  return {
    format: 'plandiff.history/1',
    conflict,
    corpusVersion: corpus.version,
    corpusDate: corpus.versionDate,
    versions: [...versions, ...documents].map(versionInfo),
    provisions: out,
    unplaced,
  };
}

function presentCell(v: Plan, refs: Set<string>, prev: string | null, mem: Map<string, Set<string>>, cmp: Comparisons): HistoryCell {
  const own = v.points.filter((p) => refs.has(pointRef(p)));
  if (!prev) {
    // The first version that has the provision: its points as they read, from a comparison with itself.
    const self = cmp.get(v.id, v.id);
    const rows = self.rows.filter((r) => r.left.some((p) => refs.has(p.ref)));
    return {
      ...emptyCell(v.id, 'present'),
      status: own.every((p) => p.status === 'known') ? 'known' : own.some((p) => p.status === 'reported') ? 'reported' : 'unknown',
      basis: 'seed',
      points: rows.flatMap((r) => r.left),
      claims: rows.flatMap((r) => r.claims),
      sources: rows.flatMap((r) => r.sources),
    };
  }
  const c = cmp.get(prev, v.id);
  const before = mem.get(prev)!;
  const rows = c.rows.filter((r) => r.right.some((p) => refs.has(p.ref)) || r.left.some((p) => before.has(p.ref)));
  const pair = rows.find((r) => PAIR_KINDS.includes(r.kind) && r.right.some((p) => refs.has(p.ref)));
  const main = pair ?? rows[0];
  const points = [...new Map(rows.flatMap((r) => r.right).filter((p) => refs.has(p.ref)).map((p) => [p.ref, p])).values()];
  // Points of the version reached through other versions but not in this comparison's rows (a later relation).
  for (const p of own) if (!points.some((x) => x.ref === pointRef(p))) points.push(...cmp.get(v.id, v.id).rows.filter((r) => r.left[0]?.ref === pointRef(p)).flatMap((r) => r.left));
  return {
    ...emptyCell(v.id, 'present'),
    kind: main?.kind ?? null,
    status: main?.status ?? null,
    from: prev,
    link: main ? { a: prev, b: v.id, anchor: main.anchor } : null,
    basis: main?.basis === 'composed' || main?.basis === 'computed' || main?.basis === 'curated' || main?.basis === 'inferred' ? main.basis : null,
    via: main?.via ?? [],
    points,
    // Claims about this version's points, and about what became of the provision since `from`.
    claims: dedupe(rows.flatMap((r) => r.claims.filter((cl) => cl.side !== 'left'))),
    sources: dedupe(rows.flatMap((r) => r.sources)),
    change: pair?.change ?? null,
    diff: pair?.diff ? { segments: pair.diff.segments } : null,
  };
}

/** The earlier versions that had the provision, newest first. */
function earlier(cells: HistoryCell[], versions: Plan[], v: Plan): string[] {
  const before = versions.slice(0, versions.indexOf(v)).map((p) => p.id);
  return cells.filter((c) => c.state === 'present' && before.includes(c.version)).map((c) => c.version).reverse();
}

/**
 * A version without the provision. What a relation says wins (dropped, moved), from the newest earlier version
 * that had it and is related to this one; then a possible match; then not public or not reported.
 */
function absentCell(v: Plan, withIt: string[], mem: Map<string, Set<string>>, cmp: Comparisons): HistoryCell {
  const read = (from: string) => {
    const before = mem.get(from)!;
    return { from, rows: cmp.get(from, v.id).rows.filter((r) => r.left.some((p) => before.has(p.ref))) };
  };
  const all = withIt.map(read);
  const said = all.find((x) => x.rows.some((r) => r.basis === 'curated' && (r.kind === 'dropped' || r.kind === 'moved')));
  const { from: prev, rows } = said ?? all[0]!;
  const row = rows[0];
  const base = { ...emptyCell(v.id, 'not-reported'), from: prev, link: row ? { a: prev, b: v.id, anchor: row.anchor } : null, claims: dedupe(rows.flatMap((r) => r.claims)), sources: dedupe(rows.flatMap((r) => r.sources)) };
  const possible = rows.filter((r) => r.kind === 'possible');
  if (possible.length) return { ...base, state: 'possible', kind: 'possible', status: possible[0]!.status, basis: 'computed', candidates: possible.flatMap((r) => r.right.map((p) => ({ ref: p.ref, score: r.score ?? 0 }))) };
  if (rows.some((r) => r.kind === 'dropped')) return { ...base, state: 'dropped', kind: 'dropped', status: rows.find((r) => r.kind === 'dropped')!.status, basis: rows.find((r) => r.kind === 'dropped')!.basis === 'curated' ? 'curated' : 'inferred' };
  if (rows.some((r) => r.kind === 'moved')) return { ...base, state: 'moved', kind: 'moved', status: 'reported', basis: 'curated' };
  const hidden = v.points.some((p) => p.status === 'unknown');
  return { ...base, state: hidden ? 'not-public' : 'not-reported', kind: 'not-reported', status: 'unknown', basis: 'inferred', candidates: rows.flatMap((r) => r.candidates.map((x) => ({ ref: x.ref, score: x.score }))) };
}

/** A related document's cell: how it bears on the provision's points of the version it relates to. */
function documentCell(d: Plan, mem: Map<string, Set<string>>, cmp: Comparisons, versions: Plan[]): HistoryCell {
  for (const v of versions) {
    const refs = mem.get(v.id);
    if (!refs?.size) continue;
    const c = cmp.get(v.id, d.id);
    if (c.provenance.link !== 'related') continue;
    const rows = c.rows.filter((r) => r.right.length && r.left.some((p) => refs.has(p.ref)));
    if (!rows.length) continue;
    return {
      ...emptyCell(d.id, 'present'),
      kind: rows[0]!.kind,
      status: rows[0]!.status,
      from: v.id,
      link: { a: v.id, b: d.id, anchor: rows[0]!.anchor },
      basis: 'curated',
      points: [...new Map(rows.flatMap((r) => r.right).map((p) => [p.ref, p])).values()],
      claims: dedupe(rows.flatMap((r) => r.claims.filter((cl) => cl.side !== 'left'))),
      sources: dedupe(rows.flatMap((r) => r.sources)),
    };
  }
  return emptyCell(d.id, 'not-addressed');
}

function dedupe<T>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
