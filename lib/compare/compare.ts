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
  type Status,
  type Theme,
  type VersionInfo,
  type Origin,
  ROW_KINDS,
  STATUSES,
} from '../schema';
import { diffTexts, type DiffOptions } from '../diff/text-diff';
import { assign, similarPairs } from '../align/similarity';
import { knownText, readableText, statusCounts, weakest } from '../corpus/points';
import { findRelationFile, getPlan, type Corpus } from '../corpus/corpus';

/**
 * Minimum cosine (TF-IDF) similarity for the engine to pair two known texts on its own. Chosen for precision,
 * because a wrong computed pairing would put words in a plan's mouth. Measured on the corpus (2026-11-26,
 * tests/similarity.test.ts keeps it true): between the 28-point plan and the E3 redline of it, points with
 * different numbers score at most 0.19; within the 28-point plan, two different points score at most 0.34. The
 * same point amended by the E3 scores 0.12-0.63, so a heavy rewrite is NOT paired by similarity: it needs a
 * curated relation, and without one it shows as dropped and added (or not reported), never as a false match.
 */
export const DEFAULT_THRESHOLD = 0.35;

export type CompareContext = {
  corpusVersion: string;
  corpusDate: string;
  /** Where each side comes from (default: the corpus). A side from a file or a paste gets no curated relations. */
  origin?: { left?: Origin; right?: Origin };
  /** The curated relation file linking the two plans, if any, and whether it is written b -> a. */
  relations?: { file: RelationFile; reversed: boolean } | undefined;
  threshold?: number;
  diff?: DiffOptions;
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

/** Compare two plans by id over a corpus, with its curated relations. */
export function compareIds(corpus: Corpus, a: string, b: string, opts: Omit<CompareContext, 'corpusVersion' | 'corpusDate' | 'relations'> = {}): Comparison {
  const pa = getPlan(corpus, a);
  const pb = getPlan(corpus, b);
  if (!pa || !pb) throw new Error(`unknown plan: ${!pa ? a : b}`);
  return compare(pa, pb, { ...opts, corpusVersion: corpus.version, corpusDate: corpus.versionDate, relations: findRelationFile(corpus, a, b) });
}

/**
 * Align the points of two versions and say, row by row, what became of each, how sure we are and who says so.
 * Order of work: curated relations, then exact text matches, then an optimal one-to-one assignment by text
 * similarity of what is left (known texts only: unknown points are never paired by guesswork), then the rest.
 */
export function compare(a: Plan, b: Plan, ctx: CompareContext): Comparison {
  const threshold = ctx.threshold ?? DEFAULT_THRESHOLD;
  const L = side(a);
  const R = side(b);
  const sameConflict = a.conflict === b.conflict;
  const usedL = new Set<string>();
  const usedR = new Set<string>();
  const drafts: Draft[] = [];
  const leftOrigin = ctx.origin?.left ?? 'corpus';
  const rightOrigin = ctx.origin?.right ?? 'corpus';
  const bothCorpus = leftOrigin === 'corpus' && rightOrigin === 'corpus';
  // Curated relations are the corpus's claims about two of its versions: a file or a paste that reuses an id gets none.
  const rel = bothCorpus ? ctx.relations : undefined;
  const relSources = new Map<string, Source>((rel?.file.sources ?? []).map((s) => [s.id, s]));

  // 0. A version compared with itself (the same document, not an edited copy under the same id): every point is
  // its own counterpart, whatever its status. Across two versions a reported or unknown point is never paired by
  // its number alone; within one document it is the same point.
  const self = a === b || (a.id === b.id && JSON.stringify(a) === JSON.stringify(b));
  if (self) {
    for (const l of L.points) {
      const r = R.byRef.get(pointRef(l));
      if (!r || JSON.stringify(r) !== JSON.stringify(l)) continue;
      usedL.add(pointRef(l));
      usedR.add(pointRef(r));
      drafts.push({ kind: 'kept', basis: 'inferred', score: null, left: [l], right: [r], relStatus: null, rationale: null, relClaims: [], relSourceIds: [] });
    }
  }

  // 1. Curated relations.
  for (const r of rel?.file.relations ?? []) {
    const from = (rel!.reversed ? r.to : r.from).map(String);
    const to = (rel!.reversed ? r.from : r.to).map(String);
    const kind = (rel!.reversed ? (MIRROR[r.kind] ?? r.kind) : r.kind) as RowKind;
    const left = from.map((x) => L.byRef.get(x)).filter((p): p is Point => !!p);
    const right = to.map((x) => R.byRef.get(x)).filter((p): p is Point => !!p);
    // A relation naming a point these plans do not have (a plan file edited outside the corpus) is not applied:
    // half a relation would attach its claims to the wrong rows.
    if (left.length !== from.length || right.length !== to.length) continue;
    from.forEach((x) => usedL.add(x));
    to.forEach((x) => usedR.add(x));
    drafts.push({
      kind,
      basis: 'curated',
      score: null,
      left,
      right,
      relStatus: r.status,
      rationale: r.rationale,
      relClaims: r.claims ?? [],
      relSourceIds: r.sources ?? [],
    });
  }

  // 2. Exact matches of known texts (same number first, then anywhere), 3. similarity assignment.
  const freeKnown = (s: Side, used: Set<string>) => s.points.filter((p) => p.status === 'known' && !used.has(pointRef(p)));
  const textOf = new Map<Point, string>();
  const txt = (p: Point) => {
    let t = textOf.get(p);
    if (t === undefined) textOf.set(p, (t = p.status === 'known' ? normalise(knownText(p)) : ''));
    return t;
  };
  const pair = (l: Point, r: Point, score: number) => {
    usedL.add(pointRef(l));
    usedR.add(pointRef(r));
    const same = txt(l) === txt(r);
    const kind: RowKind = !sameConflict ? 'analogous' : same ? (l.n === r.n ? 'kept' : 'renumbered') : 'reworded';
    drafts.push({ kind, basis: 'computed', score, left: [l], right: [r], relStatus: null, rationale: null, relClaims: [], relSourceIds: [] });
  };
  if (sameConflict) {
    for (const l of freeKnown(L, usedL)) {
      const r = R.byRef.get(pointRef(l));
      if (r && r.status === 'known' && !usedR.has(pointRef(r)) && txt(l) === txt(r)) pair(l, r, 1);
    }
    const byText = new Map<string, Point[]>();
    for (const r of freeKnown(R, usedR)) {
      const list = byText.get(txt(r)) ?? [];
      list.push(r);
      byText.set(txt(r), list);
    }
    for (const l of freeKnown(L, usedL)) {
      const r = byText.get(txt(l))?.find((x) => !usedR.has(pointRef(x)));
      if (r) pair(l, r, 1);
    }
  }
  const fl = freeKnown(L, usedL);
  const fr = freeKnown(R, usedR);
  if (fl.length && fr.length) {
    const cands = similarPairs(fl.map(txt), fr.map(txt), threshold).map((c) => ({
      ...c,
      // Exact ties are broken the same way in both directions: a hair of preference for numbers that are close
      // (|n_a - n_b| is symmetric), the most for the same number.
      score: c.score + tieBreak(fl[c.i]!.n, fr[c.j]!.n),
    }));
    for (const c of assign(cands)) pair(fl[c.i]!, fr[c.j]!, Math.round(c.score * 1000) / 1000);
  }

  // 4. What is left over.
  // A point with no counterpart is dropped (or added) only when it is a known text and the other version's full
  // text is known: if any of its points is only reported or not public, the provision may sit there unseen, and a
  // reported point is never paired by similarity. Absence of a report is not a deletion: the row says "not
  // reported", status unknown.
  const hasUnknown = (s: Side) => s.points.some((p) => p.status === 'unknown');
  const fullyKnown = (s: Side) => s.points.every((p) => p.status === 'known');
  for (const p of L.points) {
    if (usedL.has(pointRef(p))) continue;
    const blind = p.status !== 'known' || !fullyKnown(R);
    drafts.push(leftover(sameConflict ? (blind ? 'not-reported' : 'dropped') : 'unmatched', [p], [], blind ? 'unknown' : p.status));
  }
  for (const p of R.points) {
    if (usedR.has(pointRef(p))) continue;
    const blind = p.status !== 'known' || !fullyKnown(L);
    drafts.push(leftover(sameConflict ? (blind ? 'not-reported' : 'added') : 'unmatched', [], [p], blind ? 'unknown' : p.status));
  }

  // Order: by position on the left. A row with nothing on the left goes after every row that holds a right-hand
  // point before it (so it never comes before its predecessor in the right-hand version).
  const rIdx = (d: Draft) => Math.min(...d.right.map((p) => R.index.get(pointRef(p))!), Number.POSITIVE_INFINITY);
  const lIdx = (d: Draft) => Math.min(...d.left.map((p) => L.index.get(pointRef(p))!), Number.POSITIVE_INFINITY);
  const keyed = drafts.map((d) => ({ d, l: lIdx(d), r: rIdx(d) }));
  for (const k of keyed) {
    if (k.l !== Number.POSITIVE_INFINITY) continue;
    // A point whose position is not known goes last; a numbered one follows its numbered neighbour.
    if (k.d.right.every((p) => p.n == null)) {
      k.l = Number.MAX_SAFE_INTEGER;
      continue;
    }
    let best = -1;
    for (const o of keyed) if (o.l !== Number.POSITIVE_INFINITY && o.r < k.r) best = Math.max(best, o.l);
    k.l = best + 0.5;
  }
  keyed.sort((x, y) => x.l - y.l || x.r - y.r || rowId(a, b, x.d).localeCompare(rowId(a, b, y.d)));

  const sourceFor = (id: string, home: Plan | null): Source | undefined =>
    (home ? home.sources.find((s) => s.id === id) : undefined) ?? relSources.get(id) ?? a.sources.find((s) => s.id === id) ?? b.sources.find((s) => s.id === id);

  const anchors = new Set<string>();
  const rows: Row[] = keyed.map(({ d }) => {
    const id = rowId(a, b, d);
    const refs = (ps: Point[]) => {
      const r = ps.map(pointRef).join('-');
      return /^\d/.test(r) ? r : `-${r}`;
    };
    let anchor = d.left.length ? `p${refs(d.left)}` : `r${refs(d.right)}`;
    if (anchors.has(anchor)) anchor = `${anchor}-to-${d.right.map(pointRef).join('-') || 'none'}`;
    anchors.add(anchor);
    const claims: RowClaim[] = [];
    const sources: RowSource[] = [];
    const addSource = (s: Source | undefined) => {
      if (s && !sources.some((x) => x.id === s.id && x.url === s.url)) sources.push({ id: s.id, outlet: s.outlet, title: s.title, url: s.url, published: s.published, kind: s.kind });
    };
    const addClaim = (c: Claim, about: RowClaim['about'], home: Plan | null) => {
      const s = sourceFor(c.source, home);
      addSource(s);
      claims.push({ source: c.source, outlet: s?.outlet ?? c.source, url: s?.url ?? '', who: c.who, date: c.date, said: c.said, stance: c.stance ?? null, about });
    };
    d.relClaims.forEach((c) => addClaim(c, 'relation', null));
    d.relSourceIds.forEach((sid) => addSource(sourceFor(sid, null)));
    for (const [pts, plan, side] of [[d.left, a, 'left'], [d.right, b, 'right']] as const) {
      for (const p of pts) {
        // A version compared with itself holds each point on both sides: its claims are listed once.
        if (p.status === 'reported' && !(self && side === 'right')) p.claims.forEach((c) => addClaim(c, 'point', plan));
        if (p.status === 'known') p.sources.forEach((sid) => addSource(sourceFor(sid, plan)));
      }
    }
    const stancesOf = (about: RowClaim['about']) =>
      [...new Set(claims.filter((c) => c.about === about).map((c) => c.stance?.trim().toLowerCase()).filter((s): s is string => !!s))].sort();
    // Claims disagree when claims about the same thing (the point's content, or what became of it) take different stances.
    const disagree = stancesOf('relation').length > 1 || stancesOf('point').length > 1;
    const stances = [...new Set([...stancesOf('relation'), ...stancesOf('point')])];
    const themes = [...new Set([...d.left, ...d.right].flatMap((p) => p.themes))].sort() as Theme[];
    const status = weakest([...d.left, ...d.right].map((p) => p.status).concat(d.relStatus ? [d.relStatus] : []).concat(d.forced ? [d.forced] : []));
    const l0 = d.left[0];
    const r0 = d.right[0];
    const diffable =
      sameConflict && d.left.length === 1 && d.right.length === 1 && l0?.status === 'known' && r0?.status === 'known' && ['kept', 'reworded', 'renumbered', 'changed'].includes(d.kind);
    const diff = diffable ? diffTexts(knownText(l0 as Extract<Point, { status: 'known' }>), knownText(r0 as Extract<Point, { status: 'known' }>), ctx.diff) : null;
    return {
      id,
      anchor,
      kind: d.kind,
      status,
      basis: d.basis,
      score: d.basis === 'computed' ? d.score : null,
      renumbered: sameConflict && !!l0 && !!r0 && d.left.length === 1 && d.right.length === 1 && l0.n != null && r0.n != null && l0.n !== r0.n,
      left: d.left.map((p) => rowPoint(a, p)),
      right: d.right.map((p) => rowPoint(b, p)),
      themes,
      rationale: d.rationale,
      claims,
      sources,
      disagree,
      stances,
      diff,
    };
  });

  const link: Comparison['provenance']['link'] = rel ? rel.file.link : 'none';
  const notes: string[] = [];
  if (!sameConflict) notes.push('These plans are for different conflicts: rows pair analogous provisions, they are not edits of one text.');
  const parentAndChild = (a.derivedFrom ?? []).includes(b.id) || (b.derivedFrom ?? []).includes(a.id);
  if (self) notes.push('Both sides are the same version.');
  else if (sameConflict && !parentAndChild) {
    notes.push('These versions are not parent and child: changes may have come in any version between them.');
  }
  if (sameConflict && !rel && !self) notes.push('No curated relations link these two versions point by point: rows are computed from text similarity only.');
  if (!self && (!fullyKnown(L) || !fullyKnown(R))) {
    notes.push(
      `${hasUnknown(L) || hasUnknown(R) ? 'Some points are not public' : 'Some points are known only from reports'}: what became of a provision that no source reports is shown as not reported, never as dropped.`,
    );
  }
  if (rows.some((r) => r.basis === 'computed')) notes.push(`Computed rows pair known texts by similarity (cosine of TF-IDF word weights, threshold ${threshold}); each shows its score.`);
  for (const [plan, origin] of [[a, leftOrigin], [b, rightOrigin]] as const) {
    if (origin !== 'corpus') notes.push(`${plan.id} is ${ORIGIN_NOTE[origin]}: plandiff has not checked it; its rows are computed from text similarity only, and it has no corpus version and no permalink.`);
  }

  return {
    format: 'plandiff.comparison/1',
    provenance: {
      corpusVersion: ctx.corpusVersion,
      corpusDate: ctx.corpusDate,
      left: versionInfo(a, leftOrigin),
      right: versionInfo(b, rightOrigin),
      link,
      relationFile: rel ? `plans/relations/${rel.file.from}--${rel.file.to}.json` : null,
      notes,
      threshold,
    },
    summary: summarise(a.shortTitle, b.shortTitle, rows),
    rows,
  };
}

function tieBreak(na: number | null, nb: number | null): number {
  if (na == null || nb == null) return 0;
  return 1e-6 / (1 + Math.abs(na - nb));
}

type Draft = {
  kind: RowKind;
  basis: Row['basis'];
  score: number | null;
  left: Point[];
  right: Point[];
  relStatus: Status | null;
  rationale: string | null;
  relClaims: Claim[];
  relSourceIds: string[];
  forced?: Status;
};

function leftover(kind: RowKind, left: Point[], right: Point[], status: Status): Draft {
  return { kind, basis: 'inferred', score: null, left, right, relStatus: null, rationale: null, relClaims: [], relSourceIds: [], forced: status };
}

export function rowId(a: Plan, b: Plan, d: { left: Point[]; right: Point[] }): string {
  return `${a.id}:${d.left.map(pointRef).join('+') || '-'}~${b.id}:${d.right.map(pointRef).join('+') || '-'}`;
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

export function versionInfo(p: Plan, origin: Origin = 'corpus'): VersionInfo {
  return {
    id: p.id,
    origin,
    title: p.title,
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

export const KIND_LABEL: Record<RowKind, string> = {
  kept: 'kept',
  reworded: 'reworded',
  changed: 'changed',
  renumbered: 'renumbered',
  merged: 'merged',
  split: 'split',
  dropped: 'dropped',
  added: 'added',
  bracketed: 'left open',
  moved: 'moved elsewhere',
  analogous: 'analogous',
  endorses: 'endorsed',
  implements: 'implemented',
  elaborates: 'elaborated',
  supersedes: 'superseded',
  'not-reported': 'not reported',
  unmatched: 'no counterpart',
};

export function summarise(leftShort: string, rightShort: string, rows: Row[]): Comparison['summary'] {
  const byKind: Record<string, number> = {};
  const byStatus: Record<Status, number> = { known: 0, reported: 0, unknown: 0 };
  for (const r of rows) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    byStatus[r.status]++;
  }
  const parts: string[] = [];
  for (const k of ROW_KINDS) {
    let rs = rows.filter((r) => r.kind === k);
    if (!rs.length) continue;
    if (k === 'reworded') {
      // Copies that differ only in quote marks or dashes are counted apart from substantive rewording.
      const typo = rs.filter((r) => r.diff?.trivialOnly);
      rs = rs.filter((r) => !r.diff?.trivialOnly);
      if (typo.length) parts.push(`${typo.length} typography only`);
      if (!rs.length) continue;
    }
    if (k === 'not-reported') {
      // Placeholder points whose content is not public are counted apart from provisions whose fate is
      // unreported, on either side.
      const hidden = rs.filter((r) => {
        const pts = [...r.left, ...r.right];
        return pts.length === 1 && pts[0]!.status === 'unknown';
      });
      rs = rs.filter((r) => !hidden.includes(r));
      if (rs.length) parts.push(`${rs.length} not reported`);
      if (hidden.length) parts.push(`${hidden.length} not public`);
      continue;
    }
    const sts = STATUSES.filter((s) => rs.some((r) => r.status === s));
    const extra = [...sts, ...(rs.some((r) => r.disagree) ? ['sources disagree'] : [])];
    parts.push(`${rs.length} ${KIND_LABEL[k]}${extra.length ? ` (${extra.join(', ')})` : ''}`);
  }
  return {
    rows: rows.length,
    byKind: Object.fromEntries(ROW_KINDS.filter((k) => byKind[k]).map((k) => [k, byKind[k]!])),
    byStatus,
    disagree: rows.filter((r) => r.disagree).length,
    text: `${leftShort} → ${rightShort}: ${parts.length ? parts.join(', ') : 'no rows'}`,
  };
}
