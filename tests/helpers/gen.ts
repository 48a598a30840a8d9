import fc from 'fast-check';
import { BEARING_KINDS, type Claim, type Plan, type Point, type Relation, type RelationFile, type RelationKind, type Source, type Theme } from '../../lib/schema';
import type { CorpusFile } from '../../lib/corpus/check';

const WORDS = 'army cap troops border ceasefire amnesty prisoners sanctions assets fund council guarantee nato elections referendum territory zone withdrawal monitoring reconstruction nuclear plant grain river sea children hostages'.split(' ');

export const pointText = fc
  .array(fc.constantFrom(...WORDS, 'the', 'will', 'be', '600,000', '800,000', '100'), { minLength: 3, maxLength: 14 })
  .map((w) => `${w.join(' ')}.`);

/** A small plan of one conflict; points known or unknown, numbered 1..n. Independent plans rarely share a text. */
export function planArb(id: string, opts: { allowUnknown?: boolean } = {}) {
  return fc
    .array(fc.record({ text: pointText, unknown: opts.allowUnknown ? fc.boolean() : fc.constant(false) }), { minLength: 1, maxLength: 12 })
    .map((pts) => makePlan(id, pts.map((p) => (p.unknown ? null : p.text))));
}

export function makePlan(id: string, texts: (string | null)[], conflict = 'testland'): Plan {
  const points: Point[] = texts.map((t, i) =>
    t == null
      ? { n: i + 1, status: 'unknown', themes: [] }
      : { n: i + 1, status: 'known', themes: [], text: t, sources: ['doc'], wording: { kind: 'verbatim', sources: ['doc'] } },
  );
  return {
    id,
    title: `Plan ${id}`,
    kind: 'plan-version',
    shortTitle: id,
    conflict,
    date: '2025-01-01',
    knownAsOf: '2025-01-02',
    declaredPoints: points.length,
    origin: { channel: 'official', draftedBy: 'tests', summary: 'generated', sources: ['doc'] },
    sources: [{ id: 'doc', outlet: 'Test', title: 'Doc', url: 'https://example.org/doc', published: '2025-01-01', kind: 'official-document' }],
    points,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Edited pairs: version b is an edit of version a, so the engine's hard cases come up in every run: exact matches
// and renumbering, rewording (with number changes and typography-only edits), drops and additions, reported and
// not-public points, unnumbered keyed points, curated relation files of every kind, related documents, and
// pairs across two conflicts.

/** 90 content words: texts of 7-12 of them rarely share more than a word or two unless one is an edit of the other. */
const VOCAB = (
  'army cap troops border ceasefire amnesty prisoners sanctions assets fund council guarantee alliance elections referendum ' +
  'territory zone withdrawal monitoring reconstruction nuclear plant grain river sea children hostages corridor police ' +
  'militia court tribunal observers mission mandate bank energy grid port harbour airport railway pipeline water customs ' +
  'tariffs language church schools media curfew patrol buffer frontier mines drones missiles navy reserves conscription ' +
  'pensions wages debt loans insurance oversight inspectors verification registry census minority autonomy capital ' +
  'province district mayor parliament constitution treaty protocol annex charter summit envoy mediator secretariat ' +
  "commission budget audit parties' long-term cease-fire"
).split(' ');
const NUMBERS = ['600,000', '800,000', '100', '$35,000,000', '50%', '2026-01-15', '30'];
const THEMES: Theme[] = ['ceasefire', 'territory', 'sanctions', 'elections', 'prisoners-hostages'];
const STANCES = ['cap kept', 'no cap', '800,000', 'dropped'];

export const GEN_TODAY = '2026-11-26';
const DATE_A = '2025-03-01';
const DATE_B = '2025-04-01';

type Status = Point['status'];
/** One point as generated, before it is numbered and turned into a schema Point. */
type Draft = { uid: number; status: Status; text: string; keyed: boolean; themes: Theme[]; stances: (string | null)[] };

const draftText = fc
  .tuple(fc.array(fc.constantFrom(...VOCAB), { minLength: 7, maxLength: 12 }), fc.option(fc.constantFrom(...NUMBERS), { nil: undefined, freq: 2 }))
  .map(([w, num]) => {
    const words = [...w];
    if (num) words.splice(Math.floor(words.length / 2), 0, num);
    return `${words.join(' ')}.`;
  });

const draftPoint = fc.record({
  status: fc.constantFrom<Status>('known', 'known', 'known', 'known', 'known', 'reported', 'reported', 'unknown'),
  text: draftText,
  themes: fc.subarray(THEMES, { maxLength: 2 }),
  stances: fc.array(fc.option(fc.constantFrom(...STANCES), { nil: null, freq: 3 }), { minLength: 1, maxLength: 2 }),
});

/** What happens to one point of a on its way to b. */
const EDITS = ['copy', 'copy', 'copy', 'reword', 'reword', 'numbers', 'typography', 'drop', 'reported', 'unknown'] as const;
type Edit = (typeof EDITS)[number];

export type EditedPair = {
  a: Plan;
  b: Plan;
  /** The curated relation file linking a to b, if the pair has one (written a -> b). */
  relations: RelationFile | null;
  /** How b was made: one word per decision, for failure messages. */
  how: string[];
};

/** Replace a word (not the number) of a text; `salt` picks which, `word` is the new one. */
function reword(text: string, salt: number, word: string): string {
  const parts = text.replace(/\.$/, '').split(' ');
  const idx = parts.map((p, i) => (NUMBERS.includes(p) ? -1 : i)).filter((i) => i >= 0);
  const at = idx[salt % idx.length]!;
  parts[at] = parts[at] === word ? `${word}s` : word;
  return `${parts.join(' ')}.`;
}
/** A different number in place of the text's number, or a number added. */
function renumberText(text: string, salt: number): string {
  const parts = text.replace(/\.$/, '').split(' ');
  const at = parts.findIndex((p) => NUMBERS.includes(p));
  const next = (w: string) => NUMBERS[(NUMBERS.indexOf(w) + 1 + (salt % (NUMBERS.length - 1))) % NUMBERS.length]!;
  if (at >= 0) parts[at] = next(parts[at]!);
  else parts.splice(1, 0, NUMBERS[salt % NUMBERS.length]!);
  return `${parts.join(' ')}.`;
}
/** The same words in other typography: curly apostrophes, en dashes (copies of one document differ so). */
function typography(text: string): string | null {
  const t = text.replace(/'/g, '’').replace(/-(?=[a-z])/g, '–');
  return t === text ? null : t;
}

const source = (id: string, kind: Source['kind'], date: string): Source => ({ id, outlet: `Outlet ${id}`, title: `Title ${id}`, url: `https://example.org/${id}`, published: date, kind });

function toPoint(d: Draft, n: number | null, doc: string, news: string, date: string): Point {
  const base = { n, ...(n == null ? { key: `k-${d.uid}` } : {}), themes: d.themes };
  if (d.status === 'known') return { ...base, status: 'known', text: d.text, sources: [doc], wording: { kind: 'verbatim', sources: [doc] } };
  if (d.status === 'reported') {
    const claims: Claim[] = d.stances.map((s, i) => ({ source: news, who: `official ${i + 1}`, date, said: `Said of point ${d.uid}.`, ...(s ? { stance: s } : {}) }));
    return { ...base, status: 'reported', summary: `Reported: ${d.text}`, claims };
  }
  return { ...base, status: 'unknown' };
}

function planOf(id: string, kind: Plan['kind'], conflict: string, date: string, drafts: Draft[], numbers: (number | null)[], derivedFrom: string[]): Plan {
  const doc = `${id}-doc`;
  const news = `${id}-news`;
  const points = drafts.map((d, i) => toPoint(d, numbers[i]!, doc, news, date));
  const sources = [source(doc, 'official-document', date)];
  if (points.some((p) => p.status === 'reported')) sources.push(source(news, 'media-report', date));
  return {
    id,
    title: `Generated ${id}`,
    kind,
    shortTitle: id,
    conflict,
    date,
    knownAsOf: date,
    declaredPoints: points.length,
    origin: { channel: 'official', draftedBy: 'the generator', summary: 'A generated version.', sources: [doc] },
    ...(derivedFrom.length ? { derivedFrom } : {}),
    sources,
    points,
  };
}

const ref = (p: Point) => (p.n != null ? p.n : p.key!);

/**
 * A relation file over some points of a and b, every relation in a shape the corpus check accepts: lineage files use
 * the lineage kinds (each point in one relation at most), analogy files `analogous`, related files the bearing kinds.
 */
function relationFile(a: Plan, b: Plan, link: RelationFile['link'], picks: number[], sid: string): RelationFile | null {
  const freeA = [...a.points];
  const freeB = [...b.points];
  const take = (list: Point[], k: number) => (list.length ? list.splice(k % list.length, 1)[0]! : undefined);
  const relSource = source(sid, 'media-report', DATE_B);
  const relations: Relation[] = [];
  const LINEAGE: RelationKind[] = ['kept', 'reworded', 'changed', 'renumbered', 'merged', 'split', 'dropped', 'added', 'bracketed', 'moved'];
  for (const [i, pick] of picks.entries()) {
    const kind: RelationKind =
      link === 'lineage' ? LINEAGE[pick % LINEAGE.length]! : link === 'analogy' ? 'analogous' : BEARING_KINDS[pick % BEARING_KINDS.length]!;
    const shape: [number, number] =
      kind === 'dropped' ? [1, 0] : kind === 'added' ? [0, 1] : kind === 'moved' ? [1, pick % 2] : kind === 'merged' ? [2, 1] : kind === 'split' ? [1, 2] : link === 'related' ? [pick % 2, 1] : [1, 1];
    if (freeA.length < shape[0] || freeB.length < shape[1]) continue;
    const from = Array.from({ length: shape[0] }, (_, k) => take(freeA, pick + k)!);
    const to = Array.from({ length: shape[1] }, (_, k) => take(freeB, pick * 3 + k)!);
    const reported = pick % 3 === 0;
    // Two claims with different stances make the relation's sources disagree.
    const claims: Claim[] = reported
      ? [{ source: sid, who: 'a mediator', date: DATE_B, said: 'Said of the relation.', stance: STANCES[pick % STANCES.length]! }, ...(pick % 2 ? [{ source: sid, who: 'a minister', date: DATE_B, said: 'Said otherwise.', stance: STANCES[(pick + 1) % STANCES.length]! }] : [])]
      : [];
    relations.push({
      from: from.map(ref),
      to: to.map(ref),
      kind,
      status: reported ? 'reported' : 'known',
      rationale: `Generated relation ${i + 1}.`,
      ...(reported ? { claims } : {}),
      ...(relations.length === 0 ? { sources: [sid] } : {}),
    });
  }
  if (!relations.length) return null;
  return { from: a.id, to: b.id, link, summary: 'Generated relations.', sources: [relSource], relations };
}

/**
 * Version b made from version a by edits: copy, reword, change a number, typography only, drop, mark reported or not
 * public; then points added, one moved, numbers kept or renumbered by position; sometimes a curated relation file
 * (lineage, analogy or related), sometimes a related document or a plan of another conflict.
 */
export const editedPairArb: fc.Arbitrary<EditedPair> = fc
  .record({
    base: fc.array(draftPoint, { minLength: 1, maxLength: 10 }),
    keyedA: fc.array(fc.nat({ max: 9 }), { maxLength: 2 }),
    allKnown: fc.boolean(),
    edits: fc.array(fc.constantFrom(...EDITS), { minLength: 10, maxLength: 10 }),
    salts: fc.array(fc.nat({ max: 1000 }), { minLength: 10, maxLength: 10 }),
    swapWord: fc.constantFrom(...VOCAB),
    added: fc.array(fc.tuple(draftPoint, fc.nat({ max: 20 }), fc.boolean()), { maxLength: 3 }),
    move: fc.option(fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 })), { nil: undefined }),
    renumber: fc.boolean(),
    shape: fc.constantFrom('same', 'same', 'same', 'same', 'other-conflict', 'related-document'),
    relationPicks: fc.option(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 5 }), { nil: null, freq: 2 }),
    derived: fc.boolean(),
  })
  .map((g): EditedPair => {
    const how: string[] = [];
    let uid = 0;
    const keyed = new Set(g.keyedA);
    const A: Draft[] = g.base.map((p, i) => ({ uid: uid++, status: g.allKnown ? 'known' : p.status, text: p.text, keyed: keyed.has(i), themes: p.themes, stances: p.stances }));
    if (g.allKnown) how.push('all known');
    // b, point by point.
    const B: Draft[] = [];
    A.forEach((p, i) => {
      let e: Edit = g.edits[i % g.edits.length]!;
      if (g.allKnown && (e === 'reported' || e === 'unknown')) e = 'reword';
      const salt = g.salts[i % g.salts.length]!;
      how.push(`${p.uid}:${e}`);
      if (e === 'drop') return;
      const q: Draft = { ...p, themes: [...p.themes], stances: [...p.stances] };
      if (e === 'reword') q.text = reword(p.text, salt, g.swapWord);
      if (e === 'numbers') q.text = renumberText(p.text, salt);
      if (e === 'typography') q.text = typography(p.text) ?? reword(p.text, salt, g.swapWord);
      if (e === 'reported') {
        q.status = 'reported';
        q.stances = [STANCES[salt % STANCES.length]!, STANCES[(salt + 1) % STANCES.length]!];
      }
      if (e === 'unknown') q.status = 'unknown';
      B.push(q);
    });
    for (const [p, at, isKeyed] of g.added) {
      const d: Draft = { uid: uid++, status: g.allKnown ? 'known' : p.status, text: p.text, keyed: isKeyed && at % 3 === 0, themes: p.themes, stances: p.stances };
      B.splice(at % (B.length + 1), 0, d);
      how.push(`${d.uid}:added`);
    }
    if (B.length === 0) B.push({ uid: uid++, status: 'known', text: 'only point left standing after every drop.', keyed: false, themes: [], stances: [null] });
    if (g.move && B.length > 1) {
      const [m] = B.splice(g.move[0] % B.length, 1);
      B.splice(g.move[1] % (B.length + 1), 0, m!);
      how.push('moved one');
    }
    // Numbers: a's by position (keyed points unnumbered); b's kept from a (new points after the last), or by position.
    const numbersA: (number | null)[] = [];
    let k = 0;
    for (const p of A) numbersA.push(p.keyed ? null : ++k);
    const numOfA = new Map(A.map((p, i) => [p.uid, numbersA[i]!]));
    let next = Math.max(0, ...numbersA.map((n) => n ?? 0));
    let pos = 0;
    const numbersB = B.map((p) => (p.keyed ? null : g.renumber ? ++pos : (numOfA.get(p.uid) ?? ++next)));
    how.push(g.renumber ? 'renumbered by position' : 'numbers kept');
    const kind: Plan['kind'] = g.shape === 'related-document' ? 'resolution' : 'plan-version';
    const conflict = g.shape === 'other-conflict' ? 'otherland' : 'testland';
    const a = planOf('gen-a', 'plan-version', 'testland', DATE_A, A, numbersA, []);
    const b = planOf('gen-b', kind, conflict, DATE_B, B, numbersB, g.derived && g.shape === 'same' ? ['gen-a'] : []);
    how.push(g.shape);
    const link: RelationFile['link'] = g.shape === 'same' ? 'lineage' : g.shape === 'other-conflict' ? 'analogy' : 'related';
    // A related document is always linked to the version it bears on; other pairs only sometimes.
    const picks = g.relationPicks ?? (g.shape === 'related-document' ? [0, 1, 2, 3] : null);
    const relations = picks ? relationFile(a, b, link, picks, 'gen-rel-src') : null;
    if (relations) how.push(`${relations.relations.length} ${link} relations`);
    return { a, b, relations, how };
  });

/** The compare() context for an edited pair in either direction (a relation file read backwards for b -> a). */
export function pairContext(p: EditedPair, reversed = false) {
  return {
    corpusVersion: 'gen',
    corpusDate: GEN_TODAY,
    ...(p.relations ? { relations: { file: p.relations, reversed } } : {}),
  };
}

/** The pair as corpus files (plans, relation file, events, corrections log), for the corpus check. */
export function pairFiles(p: EditedPair): CorpusFile[] {
  const src = source('gen-event-src', 'media-report', DATE_A);
  const files: CorpusFile[] = [
    { path: 'plans/gen-a.json', text: JSON.stringify(p.a) },
    { path: 'plans/gen-b.json', text: JSON.stringify(p.b) },
    { path: 'plans/events.json', text: JSON.stringify({ sources: [src], events: [{ id: 'gen-event', date: DATE_A, title: 'Generated', summary: 'Generated.', plans: ['gen-a', 'gen-b'], sources: [src.id] }] }) },
    {
      path: 'plans/corrections.json',
      text: JSON.stringify({ entries: [{ version: '2026.01.01', date: '2026-01-01', summary: 'Generated.', changes: [{ plan: 'gen-a', what: 'added' }, { plan: 'gen-b', what: 'added' }] }] }),
    },
  ];
  if (p.relations) files.push({ path: `plans/relations/${p.relations.from}--${p.relations.to}.json`, text: JSON.stringify(p.relations) });
  return files;
}
