import { LARGE_INPUTS } from './fixtures/large-inputs';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  IMPORT_LIMITS,
  ITEMS_ONLY_TEXT,
  draftPlan,
  normaliseText,
  parseDraftInput,
  parseNumberedText,
  planToNumberedText,
  utf8Length,
  type ImportIssue,
  type ParseResult,
} from '../lib/draft/import';
import { compare } from '../lib/compare/compare';
import { Plan } from '../lib/schema';

const META = { id: 'pasted-test', title: 'Pasted test draft', conflict: 'testland', date: '2025-11-20' };
const CTX = { corpusVersion: 'test', corpusDate: '2025-11-26' };

/** A parse result as one line per point (`1: text`, items `  a) text` / `  • text`) and its warning codes. */
function show(r: ParseResult): string {
  if (!r.ok) return `ERROR ${r.issues.map((i) => i.code).join(', ')}`;
  const lines = r.points.flatMap((p) => [`${p.n}: ${p.text}`, ...p.items.map((it) => `  ${it.label ? `${it.label})` : '•'} ${it.text}`)]);
  return [...(r.heading != null ? [`# ${r.heading}`] : []), ...lines, ...r.warnings.map((w) => `! ${w.code}`)].join('\n');
}

function ok(text: string) {
  const r = parseNumberedText(text);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r;
}

function issuesOf(text: string): ImportIssue[] {
  const r = parseNumberedText(text);
  if (r.ok) throw new Error(`expected an error, got ${show(r)}`);
  return r.issues;
}

describe('list styles', () => {
  const styles: [string, string][] = [
    ['1.', '1. The fighting stops.\n2. Troops withdraw.\n3. Prisoners go home.'],
    ['1)', '1) The fighting stops.\n2) Troops withdraw.\n3) Prisoners go home.'],
    ['Point 1:', 'Point 1: The fighting stops.\nPoint 2: Troops withdraw.\nPoint 3: Prisoners go home.'],
    ['Point 1.', 'Point 1. The fighting stops.\nPoint 2. Troops withdraw.\nPoint 3. Prisoners go home.'],
    ['POINT 1 -', 'POINT 1 - The fighting stops.\nPOINT 2 - Troops withdraw.\nPOINT 3 - Prisoners go home.'],
    ['(1)', '(1) The fighting stops.\n(2) Troops withdraw.\n(3) Prisoners go home.'],
    ['1 -', '1 - The fighting stops.\n2 - Troops withdraw.\n3 - Prisoners go home.'],
    ['1 –', '1 – The fighting stops.\n2 – Troops withdraw.\n3 – Prisoners go home.'],
    ['1:', '1: The fighting stops.\n2: Troops withdraw.\n3: Prisoners go home.'],
    ['1 text', '1 The fighting stops.\n2 Troops withdraw.\n3 Prisoners go home.'],
    ['1.Text', '1.The fighting stops.\n2.Troops withdraw.\n3.Prisoners go home.'],
    ['1.<tab>', '1.\tThe fighting stops.\n2.\tTroops withdraw.\n3.\tPrisoners go home.'],
    ['mixed', '1. The fighting stops.\n(2) Troops withdraw.\nPoint 3: Prisoners go home.'],
  ];
  for (const [name, text] of styles) {
    it(`reads "${name}"`, () => {
      const r = ok(text);
      expect(r.points).toEqual([
        { n: 1, text: 'The fighting stops.', items: [], line: 1 },
        { n: 2, text: 'Troops withdraw.', items: [], line: 2 },
        { n: 3, text: 'Prisoners go home.', items: [], line: 3 },
      ]);
      expect(r.heading).toBeNull();
      expect(r.warnings).toEqual([]);
    });
  }

  it('takes the number from the marker, not from the order', () => {
    expect(show(ok('10. Ten\n11. Eleven\n12. Twelve'))).toBe('10: Ten\n11: Eleven\n12: Twelve\n! not-from-one');
  });

  it('reads a number alone on its line as a point whose text follows', () => {
    expect(show(ok('1.\nThe fighting\nstops.\nPoint 2\nTroops withdraw.'))).toBe('1: The fighting stops.\n2: Troops withdraw.');
  });

  it('does not take numbers inside wrapped text for markers', () => {
    const text = [
      '1. The army is capped at',
      '600,000 personnel within',
      '100 days of signature.',
      '2. A fund of',
      '1.5 million is created, as set out in',
      'Point 7 above.',
      '3. Sanctions are lifted',
      '10:30 on the day after.',
    ].join('\n');
    expect(show(ok(text))).toBe(
      [
        '1: The army is capped at 600,000 personnel within 100 days of signature.',
        '2: A fund of 1.5 million is created, as set out in Point 7 above.',
        '3: Sanctions are lifted 10:30 on the day after.',
      ].join('\n'),
    );
  });

  it('reads a bare number followed by text as a point only where that number is due', () => {
    // "2 Troops" is due after 1; "40 days" after point 2 is not, so it stays text.
    expect(show(ok('1 The fighting stops within\n40 days.\n2 Troops withdraw.'))).toBe('1: The fighting stops within 40 days.\n2: Troops withdraw.');
  });
});

describe('sub-items', () => {
  it('keeps lettered, roman and bullet sub-items with their labels', () => {
    const text = [
      '1. The parties agree:',
      '   a) a ceasefire;',
      '   b. an exchange;',
      '   (c) a commission.',
      '2. Guarantees:',
      '   - the first,',
      '   • the second,',
      '   * the third.',
      '3. Stages:',
      '   i) stage one;',
      '   (ii) stage two;',
      '   iii. stage three;',
      '   iv) stage four.',
      '4. Annex:',
      '   aa) after z;',
      '   A) upper case.',
    ].join('\n');
    expect(show(ok(text))).toBe(
      [
        '1: The parties agree:',
        '  a) a ceasefire;',
        '  b) an exchange;',
        '  c) a commission.',
        '2: Guarantees:',
        '  • the first,',
        '  • the second,',
        '  • the third.',
        '3: Stages:',
        '  i) stage one;',
        '  ii) stage two;',
        '  iii) stage three;',
        '  iv) stage four.',
        '4: Annex:',
        '  aa) after z;',
        '  A) upper case.',
      ].join('\n'),
    );
    const r = ok(text);
    expect(r.points[1]!.items[0]).toEqual({ text: 'the first,' });
    expect('label' in r.points[1]!.items[0]!).toBe(false);
  });

  it('reads sub-items that are not indented (as PDF copies lose indentation)', () => {
    expect(show(ok('1. The parties agree:\na) a ceasefire;\nb) an exchange.\n2. Next.'))).toBe('1: The parties agree:\n  a) a ceasefire;\n  b) an exchange.\n2: Next.');
  });

  it('joins a wrapped sub-item and reads an indented list counting from 1 as sub-items', () => {
    const text = '5. The stages are:\n   1. a first stage\n      lasting 30 days;\n   2. a second stage.\n6. Then elections.';
    expect(show(ok(text))).toBe('5: The stages are:\n  1) a first stage lasting 30 days;\n  2) a second stage.\n6: Then elections.\n! not-from-one');
  });

  it('does not take an indented number that does not restart at 1 for a sub-item', () => {
    expect(show(ok('1. One\n   2. Two\n3. Three'))).toBe('1: One\n2: Two\n3: Three');
  });

  it('reads sub-item markers before the first point as part of the heading', () => {
    expect(show(ok('a) draft\n- for discussion\n1. One'))).toBe('# a) draft - for discussion\n1: One');
  });

  it('does not read abbreviations or words as labels', () => {
    expect(show(ok('1. Signed by\nMr. Smith and\ne.g. others;\ncivil. society\n2. Two'))).toBe('1: Signed by Mr. Smith and e.g. others; civil. society\n2: Two');
  });

  it('warns about and leaves out an empty sub-item', () => {
    const r = ok('1. One:\n   a)\n   b) two');
    expect(r.points[0]!.items).toEqual([{ label: 'b', text: 'two' }]);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['empty-item', 2]]);
    expect(r.warnings[0]!.message).toBe('a sub-item "a" of point 1 (line 2) has no text and was left out');
  });
});

describe('heading, wrapping and whitespace', () => {
  it('returns the lines before the list as the heading', () => {
    const r = ok('DRAFT — NOT FOR DISTRIBUTION\n28-point peace plan\n\n1. One\n2. Two');
    expect(r.heading).toBe('DRAFT — NOT FOR DISTRIBUTION 28-point peace plan');
    expect(r.points.map((p) => [p.n, p.line])).toEqual([
      [1, 4],
      [2, 5],
    ]);
  });

  it('does not take a heading that starts with a number for a point', () => {
    expect(ok('28 points to end the war\n1. One').heading).toBe('28 points to end the war');
    expect(ok('[DRAFT] 20-point plan\n1. One').heading).toBe('[DRAFT] 20-point plan');
  });

  it('warns when the text before the list is long (an article pasted whole)', () => {
    const r = ok(`${'The talks went on all night. '.repeat(20)}\n1. One`);
    expect(r.warnings.map((w) => w.code)).toEqual(['long-heading']);
    expect(r.warnings[0]!.message).toMatch(/kept as the heading, not as points; check that the list starts at line 2$/);
  });

  it('joins wrapped lines with one space, across blank lines and page breaks', () => {
    const text = '1. Ukraine’s sovereignty\n   will be confirmed.\n\n2. A comprehensive\n\n   non-aggression agreement\n\f\n   will be concluded.';
    expect(show(ok(text))).toBe('1: Ukraine’s sovereignty will be confirmed.\n2: A comprehensive non-aggression agreement will be concluded.');
  });

  it('reads Windows and old Mac line endings, a BOM, tabs and surrounding whitespace', () => {
    const expected = '# Title\n1: One two\n2: Three\n  a) four';
    expect(show(ok('\uFEFFTitle\r\n1. One\r\n two\r\n2. Three\r\n  a) four\r\n'))).toBe(expected);
    expect(show(ok('Title\r1. One\r two\r2. Three\r  a) four'))).toBe(expected);
    expect(show(ok('\n\n   Title   \n\t1.   One\t\ttwo  \n\t2. Three \n\t\ta)  four\n\n\n'))).toBe(expected);
    expect(show(ok('Title\u20281. One two\u20292. Three\n  a) four'))).toBe(expected);
  });

  it('numbers lines as the reporter sees them', () => {
    const r = ok('Heading\r\n\r\n1. One\r\n\r\n\r\n2. Two');
    expect(r.points.map((p) => p.line)).toEqual([3, 6]);
  });

  it('turns control characters and whitespace runs inside a text into one space', () => {
    expect(ok('1. One\u0007two\u00a0\u00a0three\u200b').points[0]!.text).toBe('One two three\u200b');
  });
});

describe('bad input', () => {
  it('refuses empty and whitespace-only text', () => {
    for (const t of ['', '   ', '\n\r\n\t ', '\uFEFF', '\uFEFF \n']) {
      expect(issuesOf(t)).toEqual([{ code: 'empty', message: 'the text is empty: paste a numbered list such as "1. …"' }]);
    }
  });

  it('refuses binary data: a NUL byte', () => {
    const [i] = issuesOf('1. One\n2. Two\u0000\u0001');
    expect(i!.code).toBe('binary');
    expect(i!.line).toBe(2);
    expect(i!.message).toBe('the text looks like binary data: expected plain text; found a NUL byte on line 2. Copy the text out of the document rather than pasting the file');
  });

  it('refuses binary data: a high share of control or replacement characters', () => {
    const bytes = Array.from({ length: 400 }, (_, i) => String.fromCharCode((i * 37) % 256 || 1)).join('');
    const [i] = issuesOf(`1. ${bytes}`);
    expect(i!.code).toBe('binary');
    expect(i!.message).toMatch(/^the text looks like binary data: expected plain text; found \d+% control or replacement characters/);
    expect(issuesOf('1. \ufffd\ufffd\ufffd PDF\ufffd')[0]!.code).toBe('binary');
    // A few stray form feeds and replacement characters in a long text are not binary.
    expect(ok(`1. ${'word '.repeat(50)}\ufffd\f\n2. Two`).points).toHaveLength(2);
  });

  it('refuses more than 1 MB, measured in UTF-8 bytes', () => {
    const ascii = `1. ${'a'.repeat(IMPORT_LIMITS.maxBytes - 3)}`;
    expect(utf8Length(ascii)).toBe(1_000_000);
    expect(ok(ascii).points).toHaveLength(1);
    const [i] = issuesOf(`${ascii}b`);
    expect(i).toEqual({ code: 'too-large', message: 'the text is too large: expected at most 1 MB (1,000,000 bytes of UTF-8); found 1,000,001 bytes. Paste one plan at a time' });
    // 333,334 characters of Cyrillic (2 bytes each) and a marker: under a million characters, over a million bytes.
    const cyr = `1. ${'ж'.repeat(500_000)}`;
    expect(cyr.length).toBeLessThan(IMPORT_LIMITS.maxBytes);
    expect(issuesOf(cyr)[0]!.code).toBe('too-large');
    expect(utf8Length('😀é€a')).toBe(4 + 2 + 3 + 1);
    expect(issuesOf('x'.repeat(5_000_000))[0]!.message).toMatch(/found 5,000,000 characters, at least as many bytes/);
  });

  it('refuses more than 2,000 points', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Point ${i + 1}.`).join('\n');
    expect(ok(list(2000)).points).toHaveLength(2000);
    const [i] = issuesOf(list(2001));
    expect(i).toEqual({
      code: 'too-many-points',
      line: 2001,
      message: 'the text has too many points: expected at most 2000; found more (numbered line 2001 is point 2001, on line 2001). Paste one plan at a time',
    });
  });

  it('refuses text that is not a numbered list, quoting its first line', () => {
    expect(issuesOf('\n\nThe peace plan has not been published.\nOfficials say it has 28 points.')).toEqual([
      {
        code: 'not-a-list',
        line: 3,
        message:
          'no numbered points found: expected lines that start with a number, such as "1.", "1)", "(1)" or "Point 1:"; the first line reads "The peace plan has not been published."',
      },
    ]);
    const long = issuesOf(`${'Bullets only, no numbers: '.repeat(10)}\n- one\n- two`)[0]!;
    expect(long.code).toBe('not-a-list');
    expect(long.message).toMatch(/the first line reads "Bullets only, no numbers: Bullets only, no numbers: Bullets…"$/);
  });

  it('refuses duplicate numbers, naming each and its lines', () => {
    const issues = issuesOf('1. One\n2. Two\n2. Two again\n3. Three\n1. One again\n2. And again');
    expect(issues).toEqual([
      { code: 'duplicate-number', line: 5, message: 'point 1 appears 2 times, on lines 1 and 5: expected each number once; renumber or remove the repeated point' },
      { code: 'duplicate-number', line: 3, message: 'point 2 appears 3 times, on lines 2, 3 and 6: expected each number once; renumber or remove the repeated point' },
    ]);
  });

  it('warns about gaps, naming the missing numbers, and keeps the numbers as pasted', () => {
    const r = ok('1. One\n2. Two\n4. Four\n8. Eight\n9. Nine\n12. Twelve');
    expect(r.points.map((p) => p.n)).toEqual([1, 2, 4, 8, 9, 12]);
    expect(r.warnings).toEqual([
      { code: 'missing-numbers', message: 'numbers 3, 5–7 and 10–11 are missing: expected 1 to 12 without gaps. A leaked list may really skip numbers; check the copy' },
    ]);
    expect(ok('1. One\n3. Three').warnings[0]!.message).toBe('number 2 is missing: expected 1 to 3 without gaps. A leaked list may really skip numbers; check the copy');
  });

  it('warns about a list that does not start at 1', () => {
    const r = ok('Continued from page 1\n5. Five\n6. Six');
    expect(r.warnings).toEqual([
      { code: 'not-from-one', line: 2, message: 'the list starts at point 5 (line 2), not at 1: expected a list from 1; points before it may be missing from the copy' },
    ]);
  });

  it('warns about numbers out of order, keeping the pasted order', () => {
    const r = ok('1. One\n3. Three\n2. Two\n4. Four');
    expect(r.points.map((p) => p.n)).toEqual([1, 3, 2, 4]);
    expect(r.warnings).toEqual([
      { code: 'out-of-order', line: 3, message: 'the numbers are out of order: expected increasing numbers; found point 2 (line 3) comes after point 3. The draft keeps the pasted order' },
    ]);
  });

  it('warns about a point with no text, and one with sub-items only', () => {
    const r = ok('1.\n2. Two:\n3.\n   a) only an item');
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['empty-point', 1],
      ['point-without-text', 3],
    ]);
    const plan = Plan.parse(draftPlan(r.points, META));
    expect(plan.points.map((p) => p.status)).toEqual(['unknown', 'known', 'known']);
    const p3 = plan.points[2]!;
    expect(p3.status === 'known' && [p3.text, p3.wording.note]).toEqual([ITEMS_ONLY_TEXT, `The pasted text has no words of its own before the sub-items; ${ITEMS_ONLY_TEXT} is ours.`]);
  });
});

describe('large inputs', () => {
  // Their speed (under 1 s each) is a target of `npm run bench`; here, what each one parses to.
  it('parses 1 MB inputs of every shape to the result each one calls for, never an exception', () => {
    const outcome = (text: string) => {
      const r = parseNumberedText(text);
      const d = parseDraftInput(text, META);
      return {
        parse: r.ok ? { points: r.points.length, items: r.points.reduce((n, p) => n + p.items.length, 0), warnings: r.warnings.length } : r.issues.map((i) => i.code),
        draft: d.ok ? `${d.from}: ${d.plan.points.length} points` : d.issues.map((i) => i.code).join(','),
      };
    };
    for (const [name, text] of Object.entries(LARGE_INPUTS)) expect(utf8Length(text), name).toBeLessThanOrEqual(IMPORT_LIMITS.maxBytes);
    expect(Object.fromEntries(Object.entries(LARGE_INPUTS).map(([name, text]) => [name, outcome(text)]))).toEqual({
      '2,000 long points': { parse: { points: 2000, items: 2000, warnings: 0 }, draft: 'text: 2000 points' },
      'one line': { parse: { points: 1, items: 0, warnings: 0 }, draft: 'text: 1 points' },
      'markers without spaces': { parse: ['not-a-list'], draft: 'not-a-list' },
      digits: { parse: ['not-a-list'], draft: 'not-a-list' },
      'spaces then a marker': { parse: { points: 1, items: 0, warnings: 0 }, draft: 'text: 1 points' },
      bullets: { parse: { points: 1, items: 249_000, warnings: 0 }, draft: 'text: 1 points' },
      'no list': { parse: ['not-a-list'], draft: 'not-a-list' },
      brackets: { parse: ['not-a-list'], draft: 'json-syntax' },
    });
  });
});

/** A small hand-made plan: known points with lettered, roman and bullet items, a reported and an unknown point. */
const FIXTURE: Plan = Plan.parse({
  id: 'hand-5',
  title: 'Hand-made five-point plan',
  shortTitle: 'Hand 5',
  conflict: 'testland',
  date: '2025-11-01',
  knownAsOf: '2025-11-02',
  declaredPoints: 6,
  origin: { channel: 'leaked', draftedBy: 'tests', summary: 'made by hand', sources: ['doc'] },
  sources: [{ id: 'doc', outlet: 'Test', title: 'Doc', url: 'https://example.org/doc', published: '2025-11-01', kind: 'leaked-document' }],
  points: [
    { n: 1, status: 'known', text: 'The fighting stops on signature.', sources: ['doc'], wording: { kind: 'verbatim', sources: ['doc'] } },
    {
      n: 2,
      status: 'known',
      text: 'The army is limited:\nto 600,000 personnel.',
      items: [{ label: 'a', text: 'in peacetime;' }, { label: 'b', text: 'with  reserves\ncounted.' }, { text: 'a bullet' }],
      sources: ['doc'],
      wording: { kind: 'verbatim', sources: ['doc'] },
    },
    { n: 3, status: 'reported', summary: 'Sanctions are lifted in stages.', claims: [{ source: 'doc', who: 'someone', date: '2025-11-01', said: 'so' }] },
    { n: 4, status: 'unknown' },
    {
      n: 5,
      status: 'known',
      text: '1. A point whose text starts with a marker - (a) and items with roman labels',
      items: [{ label: 'ii', text: '(1) second' }, { label: 'iv', text: 'fourth' }, { label: '1', text: 'numbered' }, { label: '2', text: 'numbered too' }, { label: 'aa', text: 'double' }],
      sources: ['doc'],
      wording: { kind: 'verbatim', sources: ['doc'] },
    },
    { n: null, key: 'army-size', status: 'known', text: 'An unnumbered point.', sources: ['doc'], wording: { kind: 'verbatim', sources: ['doc'] } },
  ],
});

/** Every known point's text and items survive plan -> numbered text -> parse (up to whitespace), in order. */
function expectRoundTrip(plan: Plan) {
  const text = planToNumberedText(plan);
  const r = parseNumberedText(text);
  if (!r.ok) throw new Error(`${plan.id}: ${JSON.stringify(r.issues)}`);
  expect(r.points).toHaveLength(plan.points.length);
  plan.points.forEach((p, i) => {
    const got = r.points[i]!;
    if (p.n != null) expect(got.n, `${plan.id} point ${p.n}`).toBe(p.n);
    if (p.status !== 'known') return;
    expect(got.text, `${plan.id} point ${p.n ?? p.key}`).toBe(normaliseText(p.text));
    expect(got.items, `${plan.id} point ${p.n ?? p.key} items`).toEqual((p.items ?? []).map((it) => (it.label ? { label: it.label, text: normaliseText(it.text) } : { text: normaliseText(it.text) })));
  });
  return { text, parsed: r };
}

describe('plan -> numbered text -> plan', () => {
  it('writes known text and items, reported summaries and unknown points', () => {
    expect(planToNumberedText(FIXTURE)).toBe(
      [
        'Hand-made five-point plan',
        'Not numbered in the plan, numbered here after point 5: 6 (army-size).',
        '',
        '1. The fighting stops on signature.',
        '2. The army is limited: to 600,000 personnel.',
        '   a) in peacetime;',
        '   b) with reserves counted.',
        '   - a bullet',
        '3. (reported) Sanctions are lifted in stages.',
        '4. (not public)',
        '5. 1. A point whose text starts with a marker - (a) and items with roman labels',
        '   ii) (1) second',
        '   iv) fourth',
        '   1) numbered',
        '   2) numbered too',
        '   aa) double',
        '6. An unnumbered point.',
        '',
      ].join('\n'),
    );
  });

  it('keeps every known point of the hand-made plan', () => {
    const { parsed } = expectRoundTrip(FIXTURE);
    expect(parsed.heading).toBe('Hand-made five-point plan Not numbered in the plan, numbered here after point 5: 6 (army-size).');
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps a title that looks like a point, or like JSON, out of the list', () => {
    for (const title of ['1 plan to end the war', '- draft', '{draft}']) {
      const p = { ...FIXTURE, title };
      const { text, parsed } = expectRoundTrip(p);
      expect(text.split('\n')[0]).toBe(`Title: ${title}`);
      expect(parsed.heading).toMatch(/^Title: /);
      const again = parseDraftInput(text, META);
      expect(again.ok && again.from).toBe('text');
    }
  });

  const dir = join(__dirname, '..', 'plans');
  const corpusPlans = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json') && f !== 'corrections.json' && f !== 'events.json')
        .map((f) => ({ f, plan: Plan.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }))
    : [];

  it.skipIf(!existsSync(join(dir, 'ukraine-28.json')))('keeps every known point of the real ukraine-28 plan', () => {
    const plan = corpusPlans.find((p) => p.f === 'ukraine-28.json')?.plan;
    expect(plan, 'plans/ukraine-28.json parses').toBeDefined();
    expectRoundTrip(plan!);
    expect(plan!.points.some((p) => p.status === 'known')).toBe(true);
  });

  it.skipIf(corpusPlans.length === 0)('keeps every point of every plan in the corpus, and the draft compares against it', () => {
    for (const { plan } of corpusPlans) {
      const { parsed } = expectRoundTrip(plan);
      // A copy of a declaration or a resolution is a copy of that kind of document, compared as such.
      const draft = { ...Plan.parse(draftPlan(parsed.points, { ...META, conflict: plan.conflict, heading: parsed.heading })), kind: plan.kind };
      const c = compare(plan, draft, CTX);
      expect(c.rows.length).toBeGreaterThan(0);
      // Every numbered known point comes back as an identical known point of the draft under its number: a "kept"
      // row; an unnumbered one is numbered after the last, so it is "renumbered". Nothing else is surely paired.
      const known = plan.points.filter((p) => p.status === 'known');
      const kinds = (k: string) => c.rows.filter((r) => r.kind === k).map((r) => r.left[0]!.ref);
      expect(kinds('kept'), plan.id).toEqual(known.filter((p) => p.n != null).map((p) => String(p.n)));
      expect(kinds('renumbered'), plan.id).toEqual(known.filter((p) => p.n == null).map((p) => p.key));
      // (A reported point may find its copy as a possible match: a summary is evidence, never a sure pair.)
      expect(c.rows.filter((r) => r.left.length && r.right.length && r.kind !== 'possible').length, plan.id).toBe(known.length);
    }
  });
});

describe('draftPlan', () => {
  const parsed = ok('Leaked draft, 20 Nov\n1. The fighting stops on signature.\n2. The army is limited to 800,000 personnel.\n   a) in peacetime;\n   - reserves not counted.\n3. A new point.');

  it('builds a schema-valid plan with one pasted source behind every point', () => {
    const plan = draftPlan(parsed.points, { ...META, heading: parsed.heading });
    expect(Plan.parse(plan)).toEqual(plan);
    expect(plan.sources).toEqual([
      { id: 'pasted-draft', outlet: 'Pasted draft (unverified)', title: 'Leaked draft, 20 Nov', url: 'https://plandiff.invalid/pasted-draft', published: '2025-11-20', kind: 'leaked-document' },
    ]);
    expect(plan.origin).toMatchObject({ channel: 'leaked', sources: ['pasted-draft'] });
    expect([plan.declaredPoints, plan.knownAsOf, plan.date, plan.shortTitle]).toEqual([3, '2025-11-20', '2025-11-20', 'Pasted test draft']);
    for (const p of plan.points) {
      expect(p.status).toBe('known');
      if (p.status !== 'known') continue;
      expect(p.sources).toEqual(['pasted-draft']);
      expect(p.wording).toEqual({ kind: 'verbatim', sources: ['pasted-draft'] });
    }
    expect(plan.points[1]).toMatchObject({ n: 2, items: [{ label: 'a', text: 'in peacetime;' }, { text: 'reserves not counted.' }] });
  });

  it('takes a custom source id, and shortens a long title for shortTitle', () => {
    const plan = Plan.parse(draftPlan(parsed.points, { ...META, title: 'A very long title of a pasted draft that goes on and on', sourceId: 'axios-copy' }));
    expect(plan.sources[0]!.id).toBe('axios-copy');
    expect(plan.shortTitle).toBe('A very long title of a pasted draft tha…');
    expect(plan.shortTitle.length).toBe(40);
    expect(plan.sources[0]!.title).toBe(plan.title);
  });

  it('gives a plan compare() aligns against a corpus plan', () => {
    const draft = draftPlan(parsed.points, META);
    const c = compare(FIXTURE, draft, CTX);
    const row = (ref: string) => c.rows.find((r) => r.left.some((p) => p.ref === ref));
    expect(row('1')!.kind).toBe('kept');
    expect(row('1')!.right.map((p) => p.ref)).toEqual(['1']);
    // 600,000 -> 800,000 is a change of substance, not a rewording.
    expect(row('2')!.kind).toBe('changed');
    expect(row('2')!.diff!.numbers).toEqual([{ from: '600,000', to: '800,000' }]);
    // The draft's new point 3 could be the fixture's unknown point 4, so the engine does not call it added.
    expect(c.rows.find((r) => r.right.some((p) => p.ref === '3'))!.kind).toBe('not-reported');
    expect(c.provenance.right).toMatchObject({ id: 'pasted-test', channel: 'leaked', declaredPoints: 3 });
  });
});

describe('parseDraftInput', () => {
  it('builds a draft from a numbered text, passing warnings on', () => {
    const r = parseDraftInput('Draft\n1. One\n3. Three', META);
    expect(r.ok && [r.from, r.plan.points.length, r.warnings.map((w) => w.code), r.plan.sources[0]!.title]).toEqual(['text', 2, ['missing-numbers'], 'Draft']);
  });

  it('accepts a plan JSON file as it is', () => {
    const r = parseDraftInput(`\uFEFF  ${JSON.stringify(FIXTURE, null, 2)}\n`, META);
    expect(r.ok && r.from).toBe('json');
    expect(r.ok && r.plan).toEqual(FIXTURE);
  });

  it('says which fields of a JSON file that is not a plan are wrong, in words', () => {
    const bad = JSON.parse(JSON.stringify(FIXTURE));
    bad.points[2].status = 'rumoured';
    bad.points[0].wording.kind = 'quoted';
    bad.date = '2025-02-30';
    delete bad.title;
    bad.extra = true;
    const r = parseDraftInput(JSON.stringify(bad), META);
    expect(r.ok).toBe(false);
    const messages = !r.ok ? r.issues.map((i) => `${i.code} ${i.message}`) : [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'plan-schema points[3].status: expected one of known, reported, unknown; found "rumoured"',
        'plan-schema points[1].wording.kind: expected one of verbatim, partial, back-translation, paraphrase; found "quoted"',
        'plan-schema title: is missing: expected a text',
        'plan-schema date: expected a real calendar date; found "2025-02-30"',
        'plan-schema the plan: has a field the plan schema does not know: extra',
      ]),
    );
    expect(messages).toHaveLength(5);
  });

  it('refuses JSON that is not an object, and broken JSON, saying what was expected', () => {
    expect(parseDraftInput('[1, 2, 3]', META)).toEqual({ ok: false, issues: [{ code: 'not-a-plan', message: 'the JSON is not a plan: expected an object with id, title, points…; found a list' }] });
    expect(parseDraftInput('{\n  "id": "x",\n  "points": [\n}', META)).toEqual({
      ok: false,
      issues: [
        {
          code: 'json-syntax',
          line: 4,
          message: expect.stringMatching(/^the text starts like a plan JSON file but is not valid JSON at line 4, column \d+: .+; expected a plan JSON file or a numbered list$/),
        },
      ],
    });
  });

  it('reads a list that opens with a bracketed heading as text', () => {
    const r = parseDraftInput('[DRAFT] 28 points\n1. One', META);
    expect(r.ok && [r.from, r.plan.sources[0]!.title]).toEqual(['text', '[DRAFT] 28 points']);
  });

  it('reports bad metadata in the words of the schema, without throwing', () => {
    const r = parseDraftInput('1. One', { ...META, id: 'Not A Slug', date: '20 Nov' });
    expect(!r.ok && r.issues.map((i) => [i.code, i.message])).toEqual([
      ['draft-invalid', 'id: expected a kebab-case id (lower-case letters, digits, hyphens); found "Not A Slug"'],
      ['draft-invalid', 'date: expected an ISO date YYYY-MM-DD; found "20 Nov"'],
      ['draft-invalid', 'knownAsOf: expected an ISO date YYYY-MM-DD; found "20 Nov"'],
      ['draft-invalid', 'sources[1].published: expected an ISO date YYYY-MM-DD; found "20 Nov"'],
    ]);
  });

  it('passes the screening errors through', () => {
    for (const [t, code] of [
      ['', 'empty'],
      ['\u0000{}', 'binary'],
      ['plain prose', 'not-a-list'],
      ['1. a\n1. b', 'duplicate-number'],
    ] as const) {
      const r = parseDraftInput(t, META);
      expect(!r.ok && r.issues[0]!.code).toBe(code);
    }
  });
});
