/**
 * Alignment quality on the fixtures of tests/fixtures/align: each a real third-party rendering of a corpus version
 * with a gold mapping written by reading (see that folder's README). The rendering is parsed as a pasted draft
 * would be and compared with its version with no relation and no composition: what the page does on /draft.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../lib/compare/compare';
import { parseDraftInput } from '../lib/draft/import';
import type { AlignParams } from '../lib/align/align';
import type { Comparison, Plan } from '../lib/schema';

export type Fixture = {
  id: string;
  split: 'tune' | 'holdout';
  kind: 'translation' | 'summary' | 'regrouped' | 'draft' | 'excerpt';
  against: string;
  whole: boolean;
  source: { outlet: string; url: string; published: string };
  text: string;
  gold: { item: number; points: number[]; note: string }[];
  uncovered: number[];
};

export const FIXTURE_DIR = join(__dirname, '..', 'tests', 'fixtures', 'align');

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as Fixture);
}

export type Score = {
  id: string;
  kind: Fixture['kind'];
  split: Fixture['split'];
  /** Item-point links in the gold, in the engine's sure pairs, and in both. */
  gold: number;
  paired: number;
  pairedRight: number;
  /** Possible matches shown, and how many of them are in the gold. */
  possible: number;
  possibleRight: number;
  /** A point the rendering covers reported dropped; an item that renders a point reported added. */
  falseDropped: number;
  falseAdded: number;
  precision: number;
  recall: number;
  /** Recall counting possible matches too: what a reader is shown as a candidate. */
  recallWithPossible: number;
};

export function evaluate(f: Fixture, plans: Plan[], params?: AlignParams): { score: Score; comparison: Comparison } {
  const version = plans.find((p) => p.id === f.against);
  if (!version) throw new Error(`${f.id}: no plan ${f.against}`);
  const parsed = parseDraftInput(f.text, { id: 'fixture', title: f.id, conflict: version.conflict, date: '2026-12-01' });
  if (!parsed.ok) throw new Error(`${f.id}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  const c = compare(version, parsed.plan, { corpusVersion: 'bench', corpusDate: '2026-12-01', excerpt: f.whole ? null : 'right', ...(params ? { align: params } : {}) });
  const key = (item: number, point: number) => `${item}:${point}`;
  const gold = new Set(f.gold.flatMap((g) => g.points.map((p) => key(g.item, p))));
  const links = (kinds: string[]) =>
    new Set(c.rows.filter((r) => kinds.includes(r.kind) && r.basis === 'computed').flatMap((r) => r.right.flatMap((it) => r.left.map((pt) => key(it.n!, pt.n!)))));
  const paired = links(['kept', 'reworded', 'changed', 'renumbered', 'merged', 'split']);
  const possible = links(['possible']);
  const covered = new Set(f.gold.flatMap((g) => g.points));
  const rendering = new Set(f.gold.filter((g) => g.points.length).map((g) => g.item));
  const falseDropped = c.rows.filter((r) => r.kind === 'dropped' && r.left.some((p) => covered.has(p.n!))).length;
  const falseAdded = c.rows.filter((r) => r.kind === 'added' && r.right.some((p) => rendering.has(p.n!))).length;
  const hit = (s: Set<string>) => [...s].filter((k) => gold.has(k)).length;
  const pairedRight = hit(paired);
  const possibleRight = hit(possible);
  const union = new Set([...paired, ...possible]);
  return {
    comparison: c,
    score: {
      id: f.id,
      kind: f.kind,
      split: f.split,
      gold: gold.size,
      paired: paired.size,
      pairedRight,
      possible: possible.size,
      possibleRight,
      falseDropped,
      falseAdded,
      precision: paired.size ? pairedRight / paired.size : 1,
      recall: gold.size ? pairedRight / gold.size : 1,
      recallWithPossible: gold.size ? hit(union) / gold.size : 1,
    },
  };
}

/** Sum of several scores (micro-averaged figures). */
export function total(scores: Score[]): Omit<Score, 'id' | 'kind' | 'split'> {
  const s = (k: keyof Score) => scores.reduce((n, x) => n + (x[k] as number), 0);
  const gold = s('gold');
  const paired = s('paired');
  const pairedRight = s('pairedRight');
  return {
    gold,
    paired,
    pairedRight,
    possible: s('possible'),
    possibleRight: s('possibleRight'),
    falseDropped: s('falseDropped'),
    falseAdded: s('falseAdded'),
    precision: paired ? pairedRight / paired : 1,
    recall: gold ? pairedRight / gold : 1,
    recallWithPossible: gold ? scores.reduce((n, x) => n + x.recallWithPossible * x.gold, 0) / gold : 1,
  };
}
