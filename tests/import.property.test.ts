import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { draftPlan, parseDraftInput, parseNumberedText, planToNumberedText, type ParseResult } from '../lib/draft/import';
import { Plan } from '../lib/schema';

/**
 * Properties of the importer. Run counts add up to 12,000 generated inputs; the whole file runs in a few
 * seconds. fast-check 4 has no fullUnicodeString: `fc.string({ unit: 'grapheme' | 'binary' })` covers it.
 */

const META = { id: 'pasted-prop', title: 'Property draft', conflict: 'testland', date: '2025-11-20' };

const isIssue = (i: unknown) =>
  typeof i === 'object' && i !== null && typeof (i as { code: unknown }).code === 'string' && typeof (i as { message: unknown }).message === 'string' && (i as { message: string }).message.length > 0;

/** Either a list of points with the documented shape, or at least one issue with a code and a message. */
function expectParseShape(r: ParseResult) {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every(isIssue)).toBe(true);
    expect(r.issues.some((i) => i.code === 'internal-error')).toBe(false);
    return;
  }
  expect(r.heading === null || (typeof r.heading === 'string' && r.heading.length > 0)).toBe(true);
  expect(r.points.length).toBeGreaterThan(0);
  expect(r.points.length).toBeLessThanOrEqual(2000);
  for (const p of r.points) {
    expect(Number.isInteger(p.n) && p.n >= 1).toBe(true);
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(typeof p.text).toBe('string');
    expect(p.text).toBe(p.text.trim());
    for (const it of p.items) {
      expect(it.text.length).toBeGreaterThan(0);
      if ('label' in it) expect(typeof it.label === 'string' && it.label.length >= 1 && it.label.length <= 8).toBe(true);
    }
  }
  expect(new Set(r.points.map((p) => p.n)).size).toBe(r.points.length);
  expect(r.warnings.every(isIssue)).toBe(true);
}

function expectDraftShape(text: string) {
  const r = parseDraftInput(text, META);
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) {
    expect(['json', 'text']).toContain(r.from);
    expect(Plan.safeParse(r.plan).success).toBe(true);
    expect(r.warnings.every(isIssue)).toBe(true);
  } else {
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every(isIssue)).toBe(true);
    expect(r.issues.some((i) => i.code === 'internal-error')).toBe(false);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Junk: random unicode, random bytes, and mixtures of markers, line breaks and junk.

const MARKERS = ['1.', '2)', '(3)', 'Point 4:', 'point 5.', '6 -', '7 –', '8:', '9 ', '10.X', 'a)', 'b.', '(c)', 'ii)', '(iv)', 'aa)', '-', '•', '*', '◦', 'Article 2', '#', '1.5', '0.', '99999.'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\u2028', '\t', ' ', '   ', '\f', '\uFEFF'];
const JUNK = ['{', '}', '[', ']', '"', ':', ',', '\u0000', '\u0007', '\ufffd', '\ud800', '😀', 'ж', '中', '\u200b', '\u00a0', 'e.g.', 'Mr.', '{"id":', '"points":[', 'null', '1e3'];

const fragment = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
);
/** Lines that mostly start with a marker (so many mixtures are lists, with gaps, repeats and junk inside). */
const mixture = fc
  .array(
    fc.tuple(
      fc.constantFrom(...BREAKS),
      fc.option(fc.constantFrom(...MARKERS), { nil: '', freq: 2 }),
      fc.array(fragment, { maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.map(([br, marker, junk]) => `${br}${marker}${marker && junk.length ? ' ' : ''}${junk.join('')}`).join(''));

/** Random text, sometimes after a first marker so the parser gets past "not a list". */
const withMarker = (arb: fc.Arbitrary<string>) => fc.oneof(arb, arb.map((s) => `1. ${s}`), arb.map((s) => `Title\n1. One\n2. ${s}\n3. Three`));

describe('never throws, always answers with the documented shape', () => {
  for (const [name, unit] of [
    ['random unicode text (graphemes)', 'grapheme'],
    ['random UTF-16 code units, lone surrogates included (binary)', 'binary'],
  ] as const) {
    it(`on ${name}`, () => {
      fc.assert(
        fc.property(withMarker(fc.string({ unit, maxLength: 200 })), (s) => {
          expectParseShape(parseNumberedText(s));
          expectDraftShape(s);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('on random mixtures of list markers, line breaks and junk', () => {
    fc.assert(
      fc.property(mixture, (s) => {
        expectParseShape(parseNumberedText(s));
        expectDraftShape(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('on random JSON, and on plans with one field broken', () => {
    const broken = fc
      .tuple(
        fc.constantFrom('id', 'title', 'date', 'points', 'sources', 'origin', 'declaredPoints', 'shortTitle'),
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        fc.nat({ max: 3 }),
      )
      .map(([field, value, i]) => {
        const plan = JSON.parse(JSON.stringify(draftPlan([{ n: 1, text: 'One', items: [], line: 1 }, { n: 2, text: 'Two', items: [{ label: 'a', text: 'x' }], line: 2 }], META)));
        if (field === 'points' && i < 2) plan.points[i].status = value;
        else plan[field] = value;
        return JSON.stringify(plan);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), broken), (s) => {
        expectDraftShape(s);
        expectParseShape(parseNumberedText(s));
      }),
      { numRuns: 1500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Well-formed lists parse back to exactly the generated points.

/** Words that can never read as a marker: letters only, no digits or punctuation. */
const word = fc.stringMatching(/^[A-Za-zÀ-ÿЀ-ӿ]{3,9}$/).filter((w) => !/^(point|item|article|clause|paragraph)$/i.test(w));
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));

/**
 * Wrapped lines that begin with a digit but are not markers: the cases the parser's marker rules exist for. A number
 * with separators or a unit ("600,000", "10:30", "1.5", "50%"), or a bare number that can never be the number due
 * next (four digits: a year), continues the open point.
 */
const DIGIT_LED = ['600,000 personnel', '10:30 local time', '1.5 million euros', '50% of the fund', '2026 elections', '1991 borders', '$35,000,000 in assets', '2025-11-20 at the latest', '3.a of the annex', '24/7 monitoring'];
const wrapLine = fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...DIGIT_LED), fc.option(words, { nil: undefined })).map(([d, w]) => (w ? `${d} ${w}` : d)) });
/** Headings that begin with a number or "Point N" but are not the first point (the number is not 1, and not due). */
const NUMBERED_HEADINGS = ['28 points for peace', '20-point plan', 'Point 3 of the framework', '2025 draft', '19 points agreed in Geneva'];

/** Text that follows a marker on its line: any graphemes without line breaks or control characters. */
const sameLineText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/[\n\r\u2028\u2029\u0000-\u001f\u007f-\u009f\ufffd]/gu, ' '))
  .filter((s) => s.trim() !== '');

const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();

type GenItem = { label?: string; text: string; wrap: string[] };
type GenPoint = { text: string; wrap: string[]; items: GenItem[] };

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xiv', 'xix', 'xx', 'xxxix', 'IV', 'XII'];
const DOUBLED = ['aa', 'bb', 'zz', 'AA'];

const item: fc.Arbitrary<GenItem> = fc.record({
  label: fc.option(fc.constantFrom(...LETTERS, ...ROMANS, ...DOUBLED), { nil: undefined }),
  text: sameLineText,
  wrap: fc.array(wrapLine, { maxLength: 2 }),
});
const point: fc.Arbitrary<GenPoint> = fc.record({
  text: sameLineText,
  wrap: fc.array(wrapLine, { maxLength: 3 }),
  items: fc.array(item, { maxLength: 4 }),
});

const POINT_STYLES = ['1.', '1)', '(1)', 'Point 1:', 'Point 1.', '1 -', '1 –', '1:', '1 bare'] as const;
const BULLETS = ['-', '•', '*'];

function pointLine(style: (typeof POINT_STYLES)[number], n: number, text: string): string {
  switch (style) {
    case '1.':
      return `${n}. ${text}`;
    case '1)':
      return `${n}) ${text}`;
    case '(1)':
      return `(${n}) ${text}`;
    case 'Point 1:':
      return `Point ${n}: ${text}`;
    case 'Point 1.':
      return `Point ${n}. ${text}`;
    case '1 -':
      return `${n} - ${text}`;
    case '1 –':
      return `${n} – ${text}`;
    case '1:':
      return `${n}: ${text}`;
    case '1 bare':
      // Bare numbers need a letter after them; the generated text follows a word.
      return `${n} Text ${text}`;
  }
}

function itemLine(it: GenItem, form: number, bullet: string): string {
  if (!it.label) return `${bullet} ${it.text}`;
  // The "a." form is only read for single letters and roman numerals (so "Mr." stays text).
  const dotOk = it.label.length === 1 || ROMANS.includes(it.label);
  return [`${it.label}) ${it.text}`, `(${it.label}) ${it.text}`, dotOk ? `${it.label}. ${it.text}` : `${it.label}) ${it.text}`][form]!;
}

/**
 * How the list is numbered: from 1 without gaps, or with the irregularities a leaked copy has. Each is read as
 * pasted, with a warning (gaps, a start after 1, numbers out of order), or refused (a number twice).
 */
const NUMBERINGS = ['consecutive', 'consecutive', 'gap', 'from-k', 'out-of-order', 'duplicate'] as const;

const list = fc.record({
  heading: fc.option(fc.array(fc.oneof(words, fc.constantFrom(...NUMBERED_HEADINGS)), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  points: fc.array(point, { minLength: 1, maxLength: 14 }),
  style: fc.constantFrom(...POINT_STYLES),
  itemForm: fc.nat({ max: 2 }),
  bullet: fc.constantFrom(...BULLETS),
  indent: fc.constantFrom('', '   ', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  blank: fc.boolean(),
  bom: fc.boolean(),
  numbering: fc.constantFrom(...NUMBERINGS),
  start: fc.integer({ min: 2, max: 95 }),
  at: fc.nat({ max: 100 }),
});

/** The numbers the list gives its points, and what the parser must say about them. */
function numbersFor(g: { numbering: (typeof NUMBERINGS)[number]; start: number; at: number; style: string }, count: number) {
  const ns = Array.from({ length: count }, (_, i) => i + 1);
  // A bare "3 Text" is weak: it starts a point only where that number is due, so only consecutive bare lists parse.
  const mode = g.style === '1 bare' ? 'consecutive' : g.numbering;
  if (mode === 'gap' && count >= 2) {
    const k = 1 + (g.at % (count - 1));
    for (let i = k; i < count; i++) ns[i]! += 1 + (g.at % 3); // skip 1-3 numbers before point k+1
    const missing = Array.from({ length: 1 + (g.at % 3) }, (_, j) => k + 1 + j);
    return { ns, warnings: ['missing-numbers'], missing };
  }
  if (mode === 'from-k') return { ns: ns.map((n) => n + g.start - 1), warnings: ['not-from-one'] };
  if (mode === 'out-of-order' && count >= 2) {
    const k = g.at % (count - 1);
    [ns[k], ns[k + 1]] = [ns[k + 1]!, ns[k]!];
    return { ns, warnings: ['out-of-order'], backwardsAt: k + 1 };
  }
  if (mode === 'duplicate' && count >= 2) {
    const k = 1 + (g.at % (count - 1));
    ns[k] = ns[k - 1]!; // the number of the point before, again
    for (let i = k + 1; i < count; i++) ns[i] = i;
    return { ns, warnings: [], duplicateAt: k };
  }
  return { ns, warnings: [] };
}

describe('well-formed lists', () => {
  it('parse back to exactly the generated points, items and heading; irregular numbering is warned about or refused', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(list, (g) => {
        const lines: string[] = [...(g.heading ?? [])];
        if (g.heading && g.blank) lines.push('');
        const { ns, warnings, missing, backwardsAt, duplicateAt } = numbersFor(g, g.points.length);
        const lineOf: number[] = [];
        g.points.forEach((p, i) => {
          lineOf.push(lines.length + 1);
          lines.push(pointLine(g.style, ns[i]!, p.text), ...p.wrap);
          for (const it of p.items) lines.push(`${g.indent}${itemLine(it, g.itemForm, g.bullet)}`, ...it.wrap.map((w) => `${g.indent}  ${w}`));
          if (g.blank) lines.push('');
        });
        const text = `${g.bom ? '\uFEFF' : ''}${lines.join(g.eol)}`;
        const r = parseNumberedText(text);
        if (duplicateAt !== undefined) {
          seen.add('duplicate');
          const n = ns[duplicateAt]!;
          expect(r.ok).toBe(false);
          expect(!r.ok && r.issues).toEqual([
            {
              code: 'duplicate-number',
              line: lineOf[duplicateAt],
              message: `point ${n} appears 2 times, on lines ${lineOf[duplicateAt - 1]} and ${lineOf[duplicateAt]}: expected each number once; renumber or remove the repeated point`,
            },
          ]);
          return;
        }
        if (!r.ok) throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(r.issues)}`);
        expect(r.warnings.map((w) => w.code)).toEqual(warnings);
        warnings.forEach((w) => seen.add(w));
        if (missing) expect(r.warnings[0]!.message).toMatch(new RegExp(`^numbers? ${missing.length === 1 ? missing[0] : `${missing[0]}–${missing[missing.length - 1]}`} (is|are) missing`));
        if (backwardsAt !== undefined) expect(r.warnings[0]!.line).toBe(lineOf[backwardsAt]);
        if (g.points.some((p) => p.wrap.some((w) => /^\d|^\$/.test(w)) || p.items.some((it) => it.wrap.some((w) => /^\d|^\$/.test(w))))) seen.add('digit-led wrap line');
        if (g.heading?.some((h) => NUMBERED_HEADINGS.includes(h))) seen.add('numbered heading');
        if (ns.some((n) => n >= 10)) seen.add('two-digit number');
        expect(r.heading).toBe(g.heading ? norm(g.heading.join(' ')) : null);
        expect(r.points.map(({ n, text, items }) => ({ n, text, items }))).toEqual(
          g.points.map((p, i) => ({
            n: ns[i],
            text: norm([g.style === '1 bare' ? `Text ${p.text}` : p.text, ...p.wrap].join(' ')),
            items: p.items.map((it) => ({ ...(it.label ? { label: it.label } : {}), text: norm([it.text, ...it.wrap].join(' ')) })),
          })),
        );
      }),
      { numRuns: 2500 },
    );
    // The generated lists reached every ambiguous case the parser has rules for.
    expect([...seen].sort()).toEqual(['digit-led wrap line', 'duplicate', 'missing-numbers', 'not-from-one', 'numbered heading', 'out-of-order', 'two-digit number']);
  });

  it('survive plan -> numbered text -> plan, and parseDraftInput builds a valid plan from them', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 30 }), (pts, title) => {
        const parsed = pts.map((p, i) => ({
          n: i + 1,
          text: norm([p.text, ...p.wrap].join(' ')),
          items: p.items.map((it) => ({ ...(it.label ? { label: it.label } : {}), text: norm([it.text, ...it.wrap].join(' ')) })),
          line: i + 1,
        }));
        const plan = Plan.parse(draftPlan(parsed, { ...META, title: title || 'Untitled' }));
        const back = parseNumberedText(planToNumberedText(plan));
        if (!back.ok) throw new Error(JSON.stringify(back.issues));
        expect(back.points.map(({ n, text, items }) => ({ n, text, items }))).toEqual(parsed.map(({ n, text, items }) => ({ n, text, items })));
        const again = parseDraftInput(planToNumberedText(plan), META);
        expect(again.ok && again.plan.points).toEqual(plan.points);
      }),
      { numRuns: 1000 },
    );
  });
});
