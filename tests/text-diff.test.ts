import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffTexts, rebuild, showDiff } from '../lib/diff/text-diff';
import { tokenize } from '../lib/diff/tokens';

describe('diffTexts', () => {
  it('reads a number replaced as one number, never digits spliced', () => {
    const d = diffTexts('The army is limited to 600,000 personnel.', 'The army is limited to 800,000 personnel.');
    expect(showDiff(d.segments)).toBe('The army is limited to [-600,000-]{+800,000+} personnel.');
    expect(d.numbers).toEqual([{ from: '600,000', to: '800,000' }]);
  });

  it('keeps currency amounts whole (jsdiff#546)', () => {
    const d = diffTexts('Europe adds $35,000,000 now.', 'Europe adds $55,000,000 now.');
    expect(showDiff(d.segments)).toBe('Europe adds [-$35,000,000-]{+$55,000,000+} now.');
  });

  it('groups an edit as a phrase instead of alternating scattered words', () => {
    const d = diffTexts('It is expected that Russia will not invade.', 'Russia is expected not to invade.');
    // One deletion then one insertion per block: never del/ins/del/ins around a lone space or short word.
    const ops = d.segments.map((s) => s.op).join(',');
    expect(ops).not.toMatch(/del,ins,del|ins,del,ins/);
    expect(rebuild(d.segments, 'before')).toBe('It is expected that Russia will not invade.');
    expect(rebuild(d.segments, 'after')).toBe('Russia is expected not to invade.');
  });

  it('shows identical texts as one unchanged segment', () => {
    expect(diffTexts('Same text.', 'Same text.').segments).toEqual([{ op: 'same', text: 'Same text.' }]);
  });

  it('handles empty sides', () => {
    expect(showDiff(diffTexts('', 'New point.').segments)).toBe('{+New point.+}');
    expect(showDiff(diffTexts('Old point.', '').segments)).toBe('[-Old point.-]');
  });

  it('gives up cleanly past maxEditLength and still rebuilds both texts', () => {
    const a = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 300 }, (_, i) => `v${i}`).join(' ');
    const d = diffTexts(a, b, { maxEditLength: 10 });
    expect(d.truncated).toBe(true);
    expect(rebuild(d.segments, 'before')).toBe(a);
    expect(rebuild(d.segments, 'after')).toBe(b);
  });

  it('tokenizes numbers, words and punctuation without losing a character', () => {
    expect(tokenize('$100 billion, 50% (of it).')).toEqual(['$100', ' ', 'billion', ',', ' ', '50%', ' ', '(', 'of', ' ', 'it', ')', '.']);
  });

  it('property: the word diff rebuilds both texts exactly', () => {
    const word = fc.constantFrom('the', 'army', 'cap', '600,000', '800,000', 'Russia', 'will', 'not', ',', '.', ' ', '\n', 'é', '$5', 'Zaporizhzhia', '—');
    const text = fc.oneof(fc.array(word, { maxLength: 40 }).map((w) => w.join('')), fc.string({ maxLength: 80, unit: 'binary' }));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = diffTexts(a, b);
        expect(rebuild(d.segments, 'before')).toBe(a);
        expect(rebuild(d.segments, 'after')).toBe(b);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('typographic changes', () => {
  it('marks a change of quote marks or dashes as trivial, apart from a changed word', () => {
    const d = diffTexts('Ukraine’s sovereignty will be confirmed by all — now and later.', "Ukraine's sovereignty will be reaffirmed by all - now and later.");
    expect(d.segments.filter((s) => s.trivial).map((s) => s.text)).toEqual(['Ukraine’s', "Ukraine's", '—', '-']);
    expect(d.segments.filter((s) => s.op !== 'same' && !s.trivial).map((s) => s.text)).toEqual(['confirmed', 'reaffirmed']);
    expect(d.trivialOnly).toBe(false);
  });

  it('says when every difference is typographic', () => {
    expect(diffTexts('The “Board of Peace” – chaired.', 'The "Board of Peace" - chaired.').trivialOnly).toBe(true);
    expect(diffTexts('Same.', 'Same.').trivialOnly).toBe(false);
  });
});

describe('number changes', () => {
  it('pairs only numbers that changed, not numbers that moved', () => {
    expect(diffTexts('Capped at 600,000 troops by 2026.', 'Capped by 2026 at 800,000 troops.').numbers).toEqual([{ from: '600,000', to: '800,000' }]);
  });
});
