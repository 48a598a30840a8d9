import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyChange, evidenceLine, figures } from '../lib/diff/classify';
import { checkCorpusDir } from '../lib/node/load';
import { knownText } from '../lib/corpus/points';

const corpus = checkCorpusDir();
if (!corpus.ok) throw new Error('corpus invalid');
const texts = corpus.corpus.plans.flatMap((p) => p.points.filter((x) => x.status === 'known').map((x) => knownText(x as never) as string)).filter((t) => !t.includes('[…]'));

describe('the change classifier', () => {
  it('reads the E3 army edit as figures and a condition, with the spans', () => {
    const a = classifyChange('The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.', 'Size of Ukraine military to be capped at 800,000 in peacetime.');
    expect(a.kind).toBe('substantive');
    expect(a.classes).toEqual(['figure', 'condition']);
    expect(evidenceLine(a)).toBe('600,000 personnel → 800,000; adds “in peacetime”');
  });

  it('tells a change of party, of modality and of negation', () => {
    expect(classifyChange('A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe.', 'A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and NATO.').classes).toEqual(['actor']);
    expect(classifyChange('Ukraine is eligible for EU membership.', 'Ukraine will become a member of the EU.').classes).toContain('modality');
    expect(classifyChange('NATO agrees to station troops in Ukraine.', 'NATO agrees not to station troops in Ukraine.').classes).toEqual(['negation']);
  });

  it('keeps rewordings and typography apart from substance', () => {
    expect(classifyChange('Ukraine’s sovereignty will be confirmed.', "Ukraine's sovereignty will be confirmed.").kind).toBe('typographic');
    expect(classifyChange('The U.S. will receive compensation for the guarantee.', 'US to receive compensation for the guarantee.').kind).toBe('rewording');
    expect(classifyChange('Israel will release 1,700 Gazans.', 'Israel will release 1700 Gazans.').kind).toBe('rewording');
    expect(classifyChange('The power is shared 50:50.', 'The power is shared 50-50.').kind).toBe('rewording');
  });

  it('counts what only a fragmentary side lacks as nothing', () => {
    const full = 'The plan has three parts:\na) a development fund;\nb) a new power grid;\nc) a grain port.';
    const frag = 'The plan has three parts: […]';
    expect(classifyChange(full, frag).kind).toBe('substantive');
    expect(classifyChange(full, frag, undefined, { incomplete: { before: false, after: true } }).kind).toBe('rewording');
  });

  it('gives the same verdict in both directions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom(...texts), (x, y) => {
        const ab = classifyChange(x, y);
        const ba = classifyChange(y, x);
        expect(ba.kind).toBe(ab.kind);
        expect([...ba.classes].sort()).toEqual([...ab.classes].sort());
      }),
      { numRuns: 150 },
    );
  });
});

describe('negation flips and figure changes are never called rewordings (generated from the corpus texts)', () => {
  const withWill = texts.filter((t) => /\bwill (?!not\b)\w/.test(t));
  const withNumber = texts.filter((t) => figures(t).some((f) => /^\d/.test(f.shown)));

  it('has corpus texts to work on', () => {
    expect(withWill.length).toBeGreaterThan(20);
    expect(withNumber.length).toBeGreaterThan(5);
  });

  it('a "will" turned into "will not" is a negation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...withWill), fc.nat(), (t, k) => {
        const spots = [...t.matchAll(/\bwill (?!not\b)/g)];
        const at = spots[k % spots.length]!.index!;
        const negated = `${t.slice(0, at)}will not ${t.slice(at + 5)}`;
        const a = classifyChange(t, negated);
        expect(a.kind).toBe('substantive');
        expect(a.classes).toContain('negation');
      }),
      { numRuns: 200 },
    );
  });

  it('a figure replaced by another is a figure change', () => {
    fc.assert(
      fc.property(fc.constantFrom(...withNumber), fc.integer({ min: 2, max: 9 }), (t, m) => {
        const f = figures(t).find((x) => /^\d/.test(x.shown))!;
        const num = /^[\d,.]+/.exec(f.shown)![0].replace(/[.,]$/, '');
        const value = Number(num.replace(/,/g, ''));
        const other = (value * m + 1).toLocaleString('en-US');
        const changed = t.replace(num, other);
        const a = classifyChange(t, changed);
        expect(a.kind).toBe('substantive');
        expect(a.classes).toContain('figure');
      }),
      { numRuns: 200 },
    );
  });
});
