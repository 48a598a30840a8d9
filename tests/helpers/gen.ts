import fc from 'fast-check';
import type { Plan, Point } from '../../lib/schema';

const WORDS = 'army cap troops border ceasefire amnesty prisoners sanctions assets fund council guarantee nato elections referendum territory zone withdrawal monitoring reconstruction nuclear plant grain river sea children hostages'.split(' ');

export const pointText = fc
  .array(fc.constantFrom(...WORDS, 'the', 'will', 'be', '600,000', '800,000', '100'), { minLength: 3, maxLength: 14 })
  .map((w) => `${w.join(' ')}.`);

/** A small plan of one conflict; points known or unknown, numbered 1..n. */
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
