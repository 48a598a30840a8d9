import { describe, expect, it } from 'vitest';
import { align, heaviestChain, monotoneMatch } from '../lib/align/align';
import { termsOf } from '../lib/align/terms';
import { compare } from '../lib/compare/compare';
import { makePlan } from './helpers/gen';
import { showComparison } from './helpers/corpus';

const CTX = { corpusVersion: 'test', corpusDate: '2025-01-01' };
const items = (texts: string[]) => texts.map((t) => ({ bag: termsOf(t), pairable: true }));

// Texts in the manner of the Gaza plan's points (our own sentences, for the mechanics only).
const PLAN = [
  'All hostages held in Gaza, living and deceased, will be returned within 72 hours of Israel accepting the agreement.',
  'Once the hostages are returned, Israel releases 250 prisoners serving life sentences and 1,700 Gazans detained after the war began.',
  'Hamas members who commit to peaceful coexistence and decommission their weapons receive amnesty; those who wish to leave get safe passage.',
  'Full humanitarian aid enters the Gaza Strip at once, with rehabilitation of water, electricity and sewage infrastructure and of hospitals and bakeries.',
  'A temporary International Stabilization Force deploys in Gaza, trains Palestinian police and secures the borders with Jordan and Egypt.',
];

describe('the aligner', () => {
  it('pairs a heavy rewrite by its place between two sure pairs', () => {
    const draft = [
      PLAN[0]!,
      'Prisoners are freed: 250 of them and 1,700 Gazans.',
      PLAN[2]!,
    ];
    const al = align(items(PLAN.slice(0, 3)), items(draft));
    expect(al.pairs.map((p) => [p.left, p.right, p.how])).toEqual([
      [[0], [0], 'similar'],
      [[1], [1], expect.stringMatching(/order|mutual/)],
      [[2], [2], 'similar'],
    ]);
  });

  it('finds a point split into bullets, when together they match better than any one', () => {
    const draft = [
      PLAN[0]!,
      'Humanitarian aid enters the Gaza Strip at once.',
      'Water, electricity and sewage infrastructure, hospitals and bakeries are rehabilitated.',
      PLAN[4]!,
    ];
    const c = compare(makePlan('a', [PLAN[0]!, PLAN[3]!, PLAN[4]!]), makePlan('b', draft), CTX);
    const split = c.rows.find((r) => r.kind === 'split');
    expect(split?.left.map((p) => p.ref)).toEqual(['2']);
    expect(split?.right.map((p) => p.ref)).toEqual(['2', '3']);
    expect(split?.evidence?.method).toBe('union');
  });

  it('shows a weak candidate as a possible match to check, never as a change, and never calls its points dropped', () => {
    const a = makePlan('a', [PLAN[0]!, PLAN[4]!]);
    const b = makePlan('b', [PLAN[0]!, 'Foreign partners help with policing the borders of Gaza.']);
    const c = compare(a, b, CTX);
    const row = c.rows.find((r) => r.left.some((p) => p.ref === '2'))!;
    expect(row.kind).toBe('possible');
    expect(row.right.map((p) => p.ref)).toEqual(['2']);
    expect(row.evidence?.text).toMatch(/possible match, not a sure one: check it \(similarity \d+ of 100; both speak of /);
    expect(c.summary.text).toContain('1 possible match to check');
    expect(c.rows.some((r) => r.kind === 'dropped' || r.kind === 'added')).toBe(false);
  });

  it('calls a point dropped only when nothing on the other side is a plausible candidate for it', () => {
    const a = makePlan('a', [PLAN[0]!, PLAN[1]!, 'Sanctions on grain exports through the Black Sea ports are lifted in stages.']);
    const b = makePlan('b', [PLAN[0]!, PLAN[1]!]);
    expect(showComparison(compare(a, b, CTX))).toBe(['p1 kept/known [a:1 -> b:1] score=1', 'p2 kept/known [a:2 -> b:2] score=1', 'p3 dropped/known [a:3 -> -]'].join('\n'));
  });

  it('lists candidates instead of calling a point dropped when its best candidate is taken', () => {
    const a = makePlan('a', [PLAN[1]!, 'Israel frees 250 prisoners with life sentences once every hostage is home.']);
    const b = makePlan('b', [PLAN[1]!]);
    const c = compare(a, b, CTX);
    const row = c.rows.find((r) => r.left.some((p) => p.ref === '2'))!;
    expect(row.kind).toBe('unpaired');
    expect(row.candidates.map((x) => x.ref)).toEqual(['1']);
    expect(c.summary.text).toContain('1 no sure match');
  });

  it('against an excerpt, the points it does not cover are not in the excerpt, never dropped', () => {
    const a = makePlan('a', PLAN);
    const b = makePlan('b', [PLAN[2]!]);
    const c = compare(a, b, { ...CTX, excerpt: 'right' });
    expect(c.rows.filter((r) => r.kind === 'not-in-excerpt').map((r) => r.left[0]!.ref)).toEqual(['1', '2', '4', '5']);
    expect(c.rows.some((r) => r.kind === 'dropped')).toBe(false);
    expect(c.provenance.notes.join(' ')).toContain('is an excerpt');
  });

  it('never pairs points of different conflicts by their words', () => {
    const c = compare(makePlan('a', PLAN), makePlan('b', PLAN, 'elsewhere'), CTX);
    expect(c.rows.every((r) => r.kind === 'unmatched')).toBe(true);
  });

  it('needs more than one common word: two short texts sharing "point" are not paired', () => {
    const al = align(items(['The first point of the list.']), items(['Another point altogether.']));
    expect(al.pairs).toEqual([]);
    expect(al.possible).toEqual([]);
  });
});

describe('order helpers', () => {
  it('the heaviest in-order chain is the same set of pairs read from either side', () => {
    const ps = [
      { i: 0, j: 0, w: 0.9 },
      { i: 1, j: 3, w: 0.8 },
      { i: 2, j: 1, w: 0.6 },
      { i: 3, j: 2, w: 0.7 },
    ];
    const chain = heaviestChain(ps).map((p) => `${p.i}:${p.j}`);
    const mirrored = heaviestChain(ps.map((p) => ({ i: p.j, j: p.i, w: p.w }))).map((p) => `${p.j}:${p.i}`);
    expect(chain).toEqual(['0:0', '2:1', '3:2']);
    expect(mirrored).toEqual(chain);
  });

  it('monotone matching keeps both orders and the bar', () => {
    const scores: Record<string, number> = { '0:1': 0.9, '1:0': 0.5, '1:2': 0.4, '2:2': 0.3 };
    const s = (i: number, j: number) => scores[`${i}:${j}`] ?? 0;
    expect(monotoneMatch([0, 1, 2], [0, 1, 2], s, 0.25).map(([i, j]) => `${i}:${j}`)).toEqual(['0:1', '1:2']);
  });
});
