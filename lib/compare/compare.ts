import {
  pointRef,
  type Claim,
  type Comparison,
  type Plan,
  type Point,
  type RelationFile,
  type RelationKind,
  type Row,
  type RowClaim,
  type RowKind,
  type RowPoint,
  type RowSource,
  type Source,
  type Theme,
  type VersionInfo,
  type Origin,
} from '../schema';
import { type DiffOptions } from '../diff/text-diff';
import { canonicalDiff } from '../diff/classify';
import { align, DEFAULT_ALIGN, evidenceCount, type AlignItem, type AlignParams, type Alignment } from '../align/align';
import { scorePairs, TermSpace, type Vec } from '../align/similarity';
import { composeRelations, type ChainRelation } from '../align/compose';
import { termsOf } from '../align/terms';
import { knownText, readableText, statusCounts, weakest } from '../corpus/points';
import { findRelationFile, getPlan, type Corpus } from '../corpus/corpus';
import { draft, rowId, type DraftRow } from './draft-row';
import { rowChange } from './change';
import { summarise } from './summary';

export { KIND_LABEL, summarise, isChange, isPlaceholder } from './summary';
export { rowId } from './draft-row';

export type CompareContext = {
  corpusVersion: string;
  corpusDate: string;
  /** Where each side comes from (default: the corpus). A side from a file or a paste gets no relations, direct or composed. */
  origin?: { left?: Origin; right?: Origin };
  /** The relation file linking the two plans, if any, and whether it is written b -> a. */
  relations?: { file: RelationFile; reversed: boolean } | undefined;
  /** Relations composed through other versions of the lineage (see align/compose.ts), read from a to b. */
  composed?: ChainRelation[];
  /** A side that is only an excerpt of its version (a pasted summary of some provisions). */
  excerpt?: 'left' | 'right' | null;
  align?: AlignParams;
  diff?: DiffOptions;
  /**
   * Which rows get their detail (word diff, change classification, the explanation of a computed pair): all by
   * default. A caller that reads only which points pair with which (a provision history building its graph) passes
   * a test, and the other rows keep their kind as the relation or the aligner gave it.
   */
  detail?: (left: string[], right: string[]) => boolean;
};

const MIRROR: Partial<Record<RelationKind, RelationKind>> = { dropped: 'added', added: 'dropped', merged: 'split', split: 'merged' };

type Side = { plan: Plan; points: Point[]; byRef: Map<string, Point>; index: Map<string, number> };

function side(plan: Plan): Side {
  const byRef = new Map<string, Point>();
  const index = new Map<string, number>();
  plan.points.forEach((p, i) => {
    byRef.set(pointRef(p), p);
    index.set(pointRef(p), i);
  });
  return { plan, points: plan.points, byRef, index };
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Compare two plans by id over a corpus: with their relations, and relations composed through the lineage. */
export function compareIds(corpus: Corpus, a: string, b: string, opts: Omit<CompareContext, 'corpusVersion' | 'corpusDate' | 'relations' | 'composed'> = {}): Comparison {
  const pa = getPlan(corpus, a);
  const pb = getPlan(corpus, b);
  if (!pa || !pb) throw new Error(`unknown plan: ${!pa ? a : b}`);
  return compare(pa, pb, { ...opts, corpusVersion: corpus.version, corpusDate: corpus.versionDate, relations: findRelationFile(corpus, a, b), composed: composeRelations(corpus, a, b) });
}

/** What the comparison is working on: both sides, the points used so far, the rows made so far. */
type Work = { a: Plan; b: Plan; L: Side; R: Side; usedL: Set<string>; usedR: Set<string>; drafts: DraftRow[]; sameConflict: boolean; related: boolean };

const use = (w: Work, d: DraftRow) => {
  d.left.forEach((p) => w.usedL.add(pointRef(p)));
  d.right.forEach((p) => w.usedR.add(pointRef(p)));
  w.drafts.push(d);
};
const free = (s: Side, used: Set<string>) => s.points.filter((p) => !used.has(pointRef(p)));

/**
 * Align the points of two versions and say, row by row, what became of each, how sure we are and who says so.
 * In order: a version against itself; relations between the two; relations composed through the lineage; exact
 * text matches; the aligner's computed pairs, possible matches and candidates (texts only: unknown points are
 * never paired, reported ones only ever as possible matches); then what is left.
 */
export function compare(a: Plan, b: Plan, given: CompareContext): Comparison {
  const origin = { left: given.origin?.left ?? 'corpus', right: given.origin?.right ?? 'corpus' } as const;
  // Relations, direct or composed through the lineage, are the corpus's claims about its own versions: a file or a
  // paste that reuses an id gets none.
  const ctx: CompareContext = origin.left === 'corpus' && origin.right === 'corpus' ? given : { ...given, relations: undefined, composed: [] };
  const params = ctx.align ?? DEFAULT_ALIGN;
  // A related document (a declaration, a resolution) against a version of the plan: not a diff of two versions.
  const related = (a.kind === 'plan-version') !== (b.kind === 'plan-version');
  const w: Work = { a, b, L: side(a), R: side(b), usedL: new Set(), usedR: new Set(), drafts: [], sameConflict: a.conflict === b.conflict, related };
  const self = a === b || (a.id === b.id && JSON.stringify(a) === JSON.stringify(b));
  if (self) pairSelf(w);
  applyRelations(w, ctx.relations);
  if (w.sameConflict && !related) {
    applyComposed(w, ctx.composed ?? []);
    pairExact(w);
  }
  const alignment = w.sameConflict && !related ? pairComputed(w, params) : null;
  leftovers(w, alignment, ctx.excerpt ?? null, params, ctx.detail);
  const drafts = orderDrafts(w);

  const relSources = new Map<string, Source>((ctx.relations?.file.sources ?? []).map((s) => [s.id, s]));
  const anchors = new Set<string>();
  const rows = drafts.map((d) => toRow(w, d, { self, relSources, anchors, diff: ctx.diff, detail: ctx.detail ? ctx.detail(d.left.map(pointRef), d.right.map(pointRef)) : true }));
  return {
    format: 'plandiff.comparison/1',
    provenance: {
      corpusVersion: ctx.corpusVersion,
      corpusDate: ctx.corpusDate,
      left: { ...versionInfo(a), origin: origin.left },
      right: { ...versionInfo(b), origin: origin.right },
      link: ctx.relations ? ctx.relations.file.link : ctx.composed?.length && w.sameConflict ? 'lineage' : 'none',
      relationFile: ctx.relations ? `plans/relations/${ctx.relations.file.from}--${ctx.relations.file.to}.json` : null,
      notes: [...notes(w, rows, self, ctx), ...originNotes([a, origin.left], [b, origin.right])],
      align: params,
      excerpt: ctx.excerpt ?? null,
    },
    summary: summarise(a.shortTitle, b.shortTitle, rows),
    rows,
  };
}

/**
 * A version compared with itself (the same document, not an edited copy under the same id): every point is its
 * own counterpart, whatever its status. Across two versions a reported or unknown point is never paired by its
 * number alone; within one document it is the same point.
 */
function pairSelf(w: Work) {
  for (const l of w.L.points) {
    const r = w.R.byRef.get(pointRef(l));
    if (!r || JSON.stringify(r) !== JSON.stringify(l)) continue;
    use(w, draft('kept', 'inferred', [l], [r]));
  }
}

/** Relations written between the two versions (read backwards when the file runs the other way). */
function applyRelations(w: Work, rel: CompareContext['relations']) {
  for (const r of rel?.file.relations ?? []) {
    const from = (rel!.reversed ? r.to : r.from).map(String);
    const to = (rel!.reversed ? r.from : r.to).map(String);
    const kind = (rel!.reversed ? (MIRROR[r.kind] ?? r.kind) : r.kind) as RowKind;
    const left = from.map((x) => w.L.byRef.get(x)).filter((p): p is Point => !!p);
    const right = to.map((x) => w.R.byRef.get(x)).filter((p): p is Point => !!p);
    // A relation naming a point these plans do not have (a plan file edited outside the corpus) is not applied:
    // half a relation would attach its claims to the wrong rows.
    if (left.length !== from.length || right.length !== to.length) continue;
    // A related document bearing on the version as a whole names no point of it: the row stands for the whole.
    use(w, draft(kind, 'curated', left, right, { relStatus: r.status, rationale: r.rationale, relClaims: r.claims ?? [], relSourceIds: r.sources ?? [], statement: r.change ?? null }));
  }
}

/** Relations composed through the lineage, for points no relation of their own pairs. */
function applyComposed(w: Work, composed: ChainRelation[]) {
  for (const c of composed) {
    if (c.from.some((x) => w.usedL.has(x)) || c.to.some((x) => w.usedR.has(x))) continue;
    const left = c.from.map((x) => w.L.byRef.get(x)).filter((p): p is Point => !!p);
    const right = c.to.map((x) => w.R.byRef.get(x)).filter((p): p is Point => !!p);
    if (left.length !== c.from.length || right.length !== c.to.length || !left.length || !right.length) continue;
    use(w, draft(c.kind, 'composed', left, right, { relStatus: c.status, rationale: c.rationale, relClaims: c.claims, relSourceIds: c.sourceIds, relSources: c.sources, via: c.via }));
  }
}

/** Known texts that are identical: same number first, then anywhere. */
function pairExact(w: Work) {
  const texts = new Map<Point, string>();
  const text = (p: Point) => {
    let t = texts.get(p);
    if (t === undefined) texts.set(p, (t = p.status === 'known' ? normalise(knownText(p)) : ''));
    return t;
  };
  const pair = (l: Point, r: Point) =>
    use(w, draft(l.n === r.n ? 'kept' : 'renumbered', 'computed', [l], [r], { score: 1, evidence: { method: 'exact', score: 1, shared: [], text: 'the same text' } }));
  for (const l of free(w.L, w.usedL)) {
    if (l.status !== 'known') continue;
    const r = w.R.byRef.get(pointRef(l));
    if (r && r.status === 'known' && !w.usedR.has(pointRef(r)) && text(l) === text(r)) pair(l, r);
  }
  const byText = new Map<string, Point[]>();
  for (const r of free(w.R, w.usedR)) {
    if (r.status !== 'known') continue;
    const list = byText.get(text(r)) ?? [];
    list.push(r);
    byText.set(text(r), list);
  }
  for (const l of free(w.L, w.usedL)) {
    if (l.status !== 'known') continue;
    const r = byText.get(text(l))?.find((x) => !w.usedR.has(pointRef(x)));
    if (r) pair(l, r);
  }
}

/** The evidence a point holds for the aligner: a known text, or a reported summary with its claims. */
function evidenceText(p: Point): string | null {
  if (p.status === 'known') return knownText(p);
  if (p.status === 'reported') return [p.summary, ...p.claims.map((c) => c.said)].join(' ');
  return null;
}

type AlignSide = { points: Point[]; items: AlignItem[]; surface: Map<string, string> };

/** The aligner's pairs and possible matches over the points still free (see align/align.ts). */
function pairComputed(w: Work, params: AlignParams): { al: Alignment; L: AlignSide; R: AlignSide } | null {
  const prep = (s: Side, used: Set<string>): AlignSide => {
    const surface = new Map<string, string>();
    const points = free(s, used).filter((p) => p.status !== 'unknown');
    return { points, surface, items: points.map((p) => ({ bag: termsOf(evidenceText(p)!, surface), pairable: p.status === 'known' })) };
  };
  const L = prep(w.L, w.usedL);
  const R = prep(w.R, w.usedR);
  if (!L.points.length || !R.points.length) return null;
  const al = align(L.items, R.items, params);
  for (const p of al.pairs) {
    const left = p.left.map((i) => L.points[i]!);
    const right = p.right.map((j) => R.points[j]!);
    const kind: RowKind = left.length > 1 ? 'merged' : right.length > 1 ? 'split' : 'reworded';
    use(w, draft(kind, 'computed', left, right, { score: p.score, evidence: explain(p.how, p.score, al, L, R, p.left, p.right) }));
  }
  for (const p of al.possible) {
    const l = L.points[p.left]!;
    const r = R.points[p.right]!;
    use(w, draft('possible', 'computed', [l], [r], { score: p.score, evidence: explain('possible', p.score, al, L, R, [p.left], [p.right]) }));
  }
  return { al, L, R };
}

const METHOD_WORDS: Record<string, string> = {
  similar: 'paired by text similarity',
  mutual: 'paired because each is the other’s clear best match',
  order: 'paired by its place between two sure pairs, with some words in common',
  union: 'paired as one point against several: together they match better than any one alone',
  possible: 'a possible match, not a sure one: check it',
};

/** A computed row's score, in words: how it was found and what the two texts share. */
function explain(method: 'similar' | 'mutual' | 'order' | 'union' | 'possible', score: number, al: Alignment, L: AlignSide, R: AlignSide, li: number[], ri: number[]): NonNullable<DraftRow['evidence']> {
  // The terms that weigh most in the cosine: present on both sides, by the product of their weights.
  const lv = li.map((i) => al.vecs.left[i]!);
  const rv = ri.map((j) => al.vecs.right[j]!);
  const weight = new Map<number, number>();
  for (const a of lv) for (const b of rv) {
    let x = 0;
    let y = 0;
    while (x < a.ids.length && y < b.ids.length) {
      if (a.ids[x] === b.ids[y]) {
        weight.set(a.ids[x]!, (weight.get(a.ids[x]!) ?? 0) + a.w[x]! * b.w[y]!);
        x++;
        y++;
      } else if (a.ids[x]! < b.ids[y]!) x++;
      else y++;
    }
  }
  const shared = [...weight.entries()]
    .sort((p, q) => q[1] - p[1] || p[0] - q[0])
    .slice(0, 5)
    .map(([id]) => {
      const t = al.space.term(id);
      return L.surface.get(t) ?? R.surface.get(t) ?? t;
    });
  const pct = Math.round(score * 100);
  const words = shared.length ? `; both speak of ${shared.map((s) => (/^[\d$€£]/.test(s) ? s : `“${s}”`)).join(', ')}` : '';
  return { method, score, shared, text: `${METHOD_WORDS[method]} (similarity ${pct} of 100${words})` };
}

/**
 * What is left over. A point with no counterpart is dropped (or added) only when it is a known text, the other
 * version's full text is known, and nothing on the other side is a plausible candidate for it. Otherwise: unpaired
 * with its candidates; not reported (a missing report is not a deletion); not in the excerpt; not addressed by a
 * related document; or, across conflicts, no counterpart.
 */
function leftovers(w: Work, computed: { al: Alignment; L: AlignSide; R: AlignSide } | null, excerpt: 'left' | 'right' | null, params: AlignParams, detail?: CompareContext['detail']) {
  const fullyKnown = (s: Side) => s.points.every((p) => p.status === 'known');
  // A plausible candidate is any point of the other side, paired or not, that the point's words could stand for:
  // a point whose likeliest counterpart was paired with another is not thereby shown to be deleted. Scored for all
  // leftovers of a side at once (narrowed like any large comparison), over one space of both versions.
  const cands = new Map<Point, { ref: string; label: string | null; score: number }[]>();
  if (w.sameConflict && !w.related) {
    const content = (s: Side) => s.points.filter((x) => x.status !== 'unknown');
    const wanted = (p: Point, which: 'left' | 'right') => !detail || detail(which === 'left' ? [pointRef(p)] : [], which === 'right' ? [pointRef(p)] : []);
    let space: TermSpace | null = null;
    const vecs = new Map<Point, Vec>();
    const vecOf = (x: Point) => {
      let v = vecs.get(x);
      if (!v) vecs.set(x, (v = space!.vec(termsOf(evidenceText(x)!))));
      return v;
    };
    for (const [which, S, O, used] of [['left', w.L, w.R, w.usedL], ['right', w.R, w.L, w.usedR]] as const) {
      const left = content(S).filter((p) => !used.has(pointRef(p)) && wanted(p, which));
      const others = content(O);
      if (!left.length || !others.length) continue;
      space ??= new TermSpace([...content(w.L), ...content(w.R)].map((x) => termsOf(evidenceText(x)!)));
      const lv = left.map(vecOf);
      const ov = others.map(vecOf);
      for (const c of scorePairs(space, lv, ov, params.possible)) {
        if (evidenceCount(lv[c.i]!, ov[c.j]!, space) < 2) continue;
        const list = cands.get(left[c.i]!) ?? [];
        list.push({ ref: pointRef(others[c.j]!), label: others[c.j]!.label ?? null, score: c.score });
        cands.set(left[c.i]!, list);
      }
    }
    for (const [p, list] of cands) cands.set(p, list.sort((x, y) => y.score - x.score || x.ref.localeCompare(y.ref)).slice(0, 3));
  }
  const candidatesOf = (p: Point) => cands.get(p) ?? [];
  void computed;
  for (const [which, S, O, used] of [['left', w.L, w.R, w.usedL], ['right', w.R, w.L, w.usedR]] as const) {
    for (const p of S.points) {
      if (used.has(pointRef(p))) continue;
      const l = which === 'left' ? [p] : [];
      const r = which === 'left' ? [] : [p];
      if (!w.sameConflict) {
        w.drafts.push(draft('unmatched', 'inferred', l, r, { forced: p.status }));
        continue;
      }
      if (w.related) {
        w.drafts.push(draft(S.plan.kind === 'plan-version' ? 'not-addressed' : 'unmatched', 'inferred', l, r, { forced: p.status }));
        continue;
      }
      if (excerpt && excerpt !== which) {
        w.drafts.push(draft('not-in-excerpt', 'inferred', l, r, { forced: p.status }));
        continue;
      }
      const blind = p.status !== 'known' || !fullyKnown(O);
      const candidates = candidatesOf(p);
      if (blind) w.drafts.push(draft('not-reported', 'inferred', l, r, { forced: 'unknown', candidates }));
      else if (candidates.length) w.drafts.push(draft('unpaired', 'inferred', l, r, { forced: p.status, candidates }));
      else w.drafts.push(draft(which === 'left' ? 'dropped' : 'added', 'inferred', l, r, { forced: p.status }));
    }
  }
}

/**
 * Rows in the order of the left version. A row with nothing on the left goes after every row that holds a
 * right-hand point before it (so it never comes before its predecessor in the right-hand version); a point whose
 * position is not known goes last.
 */
function orderDrafts(w: Work): DraftRow[] {
  const rIdx = (d: DraftRow) => Math.min(...d.right.map((p) => w.R.index.get(pointRef(p))!), Number.POSITIVE_INFINITY);
  const lIdx = (d: DraftRow) => Math.min(...d.left.map((p) => w.L.index.get(pointRef(p))!), Number.POSITIVE_INFINITY);
  const keyed = w.drafts.map((d) => ({ d, l: lIdx(d), r: rIdx(d) }));
  for (const k of keyed) {
    if (k.l !== Number.POSITIVE_INFINITY) continue;
    if (k.d.right.every((p) => p.n == null)) {
      k.l = Number.MAX_SAFE_INTEGER;
      continue;
    }
    let best = -1;
    for (const o of keyed) if (o.l !== Number.POSITIVE_INFINITY && o.r < k.r) best = Math.max(best, o.l);
    k.l = best + 0.5;
  }
  keyed.sort((x, y) => x.l - y.l || x.r - y.r || rowId(w.a.id, w.b.id, x.d).localeCompare(rowId(w.a.id, w.b.id, y.d)));
  return keyed.map((k) => k.d);
}

const DIFF_KINDS: RowKind[] = ['kept', 'reworded', 'renumbered', 'changed', 'linked', 'possible'];

function toRow(w: Work, d: DraftRow, o: { self: boolean; relSources: Map<string, Source>; anchors: Set<string>; diff: DiffOptions | undefined; detail: boolean }): Row {
  const { a, b } = w;
  const id = rowId(a.id, b.id, d);
  const refs = (ps: Point[]) => {
    const r = ps.map(pointRef).join('-');
    return /^\d/.test(r) ? r : `-${r}`;
  };
  let anchor = d.left.length ? `p${refs(d.left)}` : `r${refs(d.right)}`;
  if (o.anchors.has(anchor)) anchor = `${anchor}-to-${d.right.map(pointRef).join('-') || 'none'}`;
  o.anchors.add(anchor);
  const linkSources = new Map(d.relSources.map((s) => [s.id, s]));
  const sourceFor = (sid: string, home: Plan | null): Source | undefined =>
    (home ? home.sources.find((s) => s.id === sid) : undefined) ?? linkSources.get(sid) ?? o.relSources.get(sid) ?? a.sources.find((s) => s.id === sid) ?? b.sources.find((s) => s.id === sid);
  const claims: RowClaim[] = [];
  const sources: RowSource[] = [];
  const addSource = (s: Source | undefined) => {
    if (s && !sources.some((x) => x.id === s.id && x.url === s.url)) sources.push({ id: s.id, outlet: s.outlet, title: s.title, url: s.url, published: s.published, kind: s.kind });
  };
  const addClaim = (c: Claim, about: RowClaim['about'], home: Plan | null, sideOf: RowClaim['side']) => {
    const s = sourceFor(c.source, home);
    addSource(s);
    const claim: RowClaim = { source: c.source, outlet: s?.outlet ?? c.source, url: s?.url ?? '', who: c.who, date: c.date, said: c.said, stance: c.stance ?? null, about, side: sideOf };
    // The same claim reached through two links (or twice in one) is listed once.
    if (!claims.some((x) => x.source === claim.source && x.who === claim.who && x.date === claim.date && x.said === claim.said && x.about === claim.about && x.side === claim.side)) claims.push(claim);
  };
  d.relClaims.forEach((c) => addClaim(c, 'relation', null, null));
  d.relSourceIds.forEach((sid) => addSource(sourceFor(sid, null)));
  for (const [pts, plan, which] of [[d.left, a, 'left'], [d.right, b, 'right']] as const) {
    for (const p of pts) {
      // A version compared with itself holds each point on both sides: its claims are listed once.
      if (p.status === 'reported' && !(o.self && which === 'right')) p.claims.forEach((c) => addClaim(c, 'point', plan, which));
      if (p.status === 'known') p.sources.forEach((sid) => addSource(sourceFor(sid, plan)));
    }
  }
  const stancesOf = (about: RowClaim['about'], sideOf?: RowClaim['side']) =>
    [...new Set(claims.filter((c) => c.about === about && (sideOf === undefined || c.side === sideOf)).map((c) => c.stance?.trim().toLowerCase()).filter((s): s is string => !!s))].sort();
  // Claims disagree when claims about the same thing (one side's point, or what became of it) take different stances.
  const disagree = stancesOf('relation').length > 1 || stancesOf('point', 'left').length > 1 || stancesOf('point', 'right').length > 1;
  const stances = [...new Set([...stancesOf('relation'), ...stancesOf('point')])];
  const themes = [...new Set([...d.left, ...d.right].flatMap((p) => p.themes))].sort() as Theme[];
  const status = weakest([...d.left, ...d.right].map((p) => p.status).concat(d.relStatus ? [d.relStatus] : []).concat(d.forced ? [d.forced] : []));
  const l0 = d.left[0];
  const r0 = d.right[0];
  const single = d.left.length === 1 && d.right.length === 1;
  const diffable = o.detail && w.sameConflict && single && l0?.status === 'known' && r0?.status === 'known' && DIFF_KINDS.includes(d.kind);
  // One word diff per row, in the canonical order (the row and its mirror show the same edits), shared by the page
  // and the classifier.
  const diff = diffable ? canonicalDiff(knownText(l0 as Extract<Point, { status: 'known' }>), knownText(r0 as Extract<Point, { status: 'known' }>), o.diff) : null;
  const change = !o.detail || ['possible', 'unpaired'].includes(d.kind) ? null : rowChange(d.left, d.right, diff, claims, d.statement, w.sameConflict && !w.related);
  // The classifier decides between a rewording and a change of substance wherever both texts are known; a curated
  // "changed" is never downgraded, and a link that does not establish the change becomes one when the texts show it.
  let kind = d.kind;
  if (diff && change?.kind) {
    if (change.kind === 'substantive' && ['kept', 'reworded', 'renumbered', 'linked'].includes(kind)) kind = 'changed';
    else if (change.kind === 'none' && kind === 'linked') kind = l0!.n === r0!.n ? 'kept' : 'renumbered';
    else if ((change.kind === 'rewording' || change.kind === 'typographic') && kind === 'linked') kind = 'reworded';
  }
  return {
    id,
    anchor,
    kind,
    status,
    basis: d.basis,
    score: d.basis === 'computed' ? d.score : null,
    via: d.via,
    evidence: d.evidence,
    candidates: d.candidates,
    renumbered: w.sameConflict && !w.related && !!l0 && !!r0 && single && l0.n != null && r0.n != null && l0.n !== r0.n,
    left: d.left.map((p) => rowPoint(a, p)),
    right: d.right.map((p) => rowPoint(b, p)),
    themes,
    rationale: d.rationale,
    claims,
    sources,
    disagree,
    stances,
    change,
    diff,
  };
}

function notes(w: Work, rows: Row[], self: boolean, ctx: CompareContext): string[] {
  const { a, b, L, R, sameConflict } = w;
  const out: string[] = [];
  const fullyKnown = (s: Side) => s.points.every((p) => p.status === 'known');
  const hasUnknown = (s: Side) => s.points.some((p) => p.status === 'unknown');
  if (!sameConflict) out.push('These plans are for different conflicts: rows pair analogous provisions, they are not edits of one text.');
  if (w.related) {
    const doc = a.kind !== 'plan-version' ? a : b;
    out.push(`${doc.shortTitle} is a ${doc.kind.replace('-', ' ')}, not a version of the plan: rows say which points it endorses, implements, elaborates or supersedes; the rest it does not address.`);
  }
  const parentAndChild = (a.derivedFrom ?? []).includes(b.id) || (b.derivedFrom ?? []).includes(a.id);
  if (self) out.push('Both sides are the same version.');
  else if (sameConflict && !w.related && !parentAndChild) out.push('These versions are not parent and child: changes may have come in any version between them.');
  const composed = rows.filter((r) => r.basis === 'composed');
  if (composed.length) {
    const titles = new Map((ctx.composed ?? []).flatMap((c) => c.via.map((id, k) => [id, c.viaTitles[k] ?? id] as const)));
    const via = [...new Set(composed.flatMap((r) => r.via))].map((id) => titles.get(id) ?? id);
    out.push(`${composed.length} row${composed.length === 1 ? ' is' : 's are'} paired through ${via.join(', ')}: each version's point is related to the same point there, so they are one provision; such a row is only as sure as its weakest link.`);
  }
  if (sameConflict && !w.related && !ctx.relations && !self && !composed.length) out.push('No one has related these two versions point by point: every pairing below is computed from the texts.');
  if (!self && !w.related && (!fullyKnown(L) || !fullyKnown(R))) {
    out.push(`${hasUnknown(L) || hasUnknown(R) ? 'Some points are not public' : 'Some points are known only from reports'}: what became of a provision that no source reports is shown as not reported, never as dropped.`);
  }
  if (ctx.excerpt) out.push(`${ctx.excerpt === 'right' ? b.shortTitle : a.shortTitle} is an excerpt: points it does not cover are shown as not in the excerpt, never as dropped.`);
  if (rows.some((r) => r.basis === 'computed' && r.kind !== 'kept' && r.kind !== 'renumbered')) {
    out.push('Computed rows pair texts by their words (stems, figures, names) and their order; each says what the texts share and how sure the pairing is. A possible match is a candidate to check, not a finding.');
  }
  return out;
}

function rowPoint(plan: Plan, p: Point): RowPoint {
  return {
    plan: plan.id,
    n: p.n,
    key: p.key ?? null,
    ref: pointRef(p),
    status: p.status,
    label: p.label ?? null,
    text: readableText(p),
    wording: p.status === 'known' ? p.wording.kind : null,
    wordingFrom:
      p.status === 'known'
        ? p.wording.sources.map((id) => plan.sources.find((s) => s.id === id)).filter((s): s is Source => !!s).map((s) => ({ outlet: s.outlet, url: s.url, published: s.published }))
        : [],
    wordingLanguage: p.status === 'known' ? (p.wording.language ?? null) : null,
    wordingMissing: p.status === 'known' ? (p.wording.missing ?? null) : null,
  };
}

/** How a version that is not from the corpus is named wherever the comparison is shown or exported. */
export const ORIGIN_NOTE: Record<Exclude<Origin, 'corpus'>, string> = {
  file: 'a file, not part of the corpus',
  pasted: 'pasted text, not part of the corpus',
};

function originNotes(...sides: [Plan, Origin][]): string[] {
  return sides
    .filter(([, o]) => o !== 'corpus')
    .map(([p, o]) => `${p.id} is ${ORIGIN_NOTE[o as Exclude<Origin, 'corpus'>]}: plandiff has not checked it; its rows are computed from the texts only, and it has no corpus version and no permalink.`);
}

/** A corpus version as a comparison describes it (compare() sets `origin` for a side from a file or a paste). */
export function versionInfo(p: Plan): VersionInfo {
  return {
    id: p.id,
    origin: 'corpus',
    title: p.title,
    documentKind: p.kind,
    shortTitle: p.shortTitle,
    conflict: p.conflict,
    date: p.date,
    knownAsOf: p.knownAsOf,
    declaredPoints: p.declaredPoints,
    channel: p.origin.channel,
    counts: statusCounts(p),
    missing: p.missing ?? null,
  };
}
