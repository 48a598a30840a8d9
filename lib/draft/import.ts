import type { z } from 'zod';
import { Plan, type Point } from '../schema';
import { parseJsonText } from '../corpus/json-text';
import { describeZodIssue, fieldOf, shown } from '../corpus/zod-words';
import { checkPlan, STRUCTURAL_CODES } from '../corpus/check';

/**
 * Import: turn a pasted draft (a numbered list copied from a message, a PDF or an article) into a draft plan
 * that `compare()` can align against the corpus. Pure: text in, data out, never throws, no fs.
 *
 * Decisions a reporter should know about (each surfaces as an issue or a warning, never silently):
 * - Duplicate numbers are an error: the parser cannot tell which copy is the point and which a stray line.
 * - Gaps (1, 2, 4) and a list that does not start at 1 are warnings: a leaked list may really skip numbers, or
 *   the copy may be cut; the draft keeps the numbers as pasted.
 * - Numbers out of order are a warning, kept in the pasted order.
 * - Lines before the first numbered line are the heading (joined like wrapped lines).
 * - A line that is not a marker continues the open element: the last sub-item if the point has one, else the
 *   point's text (blank lines do not close it: PDF copies put blank lines inside points at page breaks).
 * - Whitespace runs and control characters inside a text become one space, so "parse back" means "equal up to
 *   whitespace".
 * - Markers: "1." "1)" "1:" "1 -" "(1)" "Point 1:" "Point 1." and "1.The" (PDF copies lose the space) always start
 *   a point. A bare "1 The…" or "Point 3 …" without punctuation is weak: it starts a point only where that number
 *   is due next, because wrapped lines begin with numbers too ("within\n100 days", "set out in\nPoint 7 above").
 * - A numbered line indented under a point that counts from 1 ("   1.", "   2.") is a nested list: sub-items
 *   labelled "1", "2". Sub-item labels read are a letter, a doubled letter ("aa)"), a roman numeral up to xxxix
 *   and "1.2)"; the "a." form only for a letter or a roman numeral, so "Mr." and "e.g." stay text.
 * - A numbered point with no words at all becomes an `unknown` point in the draft (its content is not in the
 *   copy); one with sub-items only gets ITEMS_ONLY_TEXT as its text and says so in `wording.note`.
 * - Schema problems of a pasted plan JSON name the field with 1-based positions, as lib/corpus/check.ts does:
 *   "points[3].status" is the third point.
 */

export type ImportIssue = { code: string; message: string; line?: number };
export type ParsedItem = { label?: string; text: string };
export type ParsedPoint = { n: number; text: string; items: ParsedItem[]; line: number };
export type ParseResult =
  | { ok: true; heading: string | null; points: ParsedPoint[]; warnings: ImportIssue[] }
  | { ok: false; issues: ImportIssue[] };

/**
 * 1 MB is far above any plan (the 28-point plan is ~15 kB) and keeps a paste in a browser tab responsive;
 * 2,000 points is two orders of magnitude above the longest plan, so more is a wrong paste, not a plan.
 */
export const IMPORT_LIMITS = { maxBytes: 1_000_000, maxPoints: 2000 } as const;

export type DraftMeta = {
  id: string;
  title: string;
  shortTitle?: string;
  conflict: string;
  date: string;
  heading?: string | null;
  sourceId?: string;
};

export const PASTED_SOURCE = {
  id: 'pasted-draft',
  outlet: 'Pasted draft (unverified)',
  url: 'https://plandiff.invalid/pasted-draft',
} as const;

/** Known text stands in for a point that has sub-items but no words of its own (the schema needs a text). */
export const ITEMS_ONLY_TEXT = '[no text before the sub-items]';

// ---------------------------------------------------------------------------------------------------------
// Screening: size, binary, empty. Done before any line is looked at, for both the text and the JSON route.

/** UTF-8 length without allocating an encoded copy (the paste may be large; only its size is needed). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3; // BMP, or a lone surrogate (encoded as U+FFFD, 3 bytes)
  }
  return n;
}

const isControl = (c: number) =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;

/** Share of control and replacement characters above which the paste is a file's bytes, not text. */
const BINARY_SHARE = 0.1;

const lineAt = (s: string, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (s.charCodeAt(i) === 0x0a) line++;
  return line;
};

/** Size, binary and empty checks; on success the text without its BOM. */
function screen(raw: string): { ok: true; text: string } | { ok: false; issue: ImportIssue } {
  if (typeof raw !== 'string') return { ok: false, issue: { code: 'empty', message: 'the text is empty: paste a numbered list such as "1. …"' } };
  const max = IMPORT_LIMITS.maxBytes;
  // A UTF-16 unit never takes fewer UTF-8 bytes than one, so a very long paste is too large without counting.
  const huge = raw.length > 4 * max;
  const bytes = huge ? raw.length : utf8Length(raw);
  if (bytes > max) {
    const size = huge ? `${raw.length.toLocaleString('en-US')} characters, at least as many bytes` : `${bytes.toLocaleString('en-US')} bytes`;
    return {
      ok: false,
      issue: { code: 'too-large', message: `the text is too large: expected at most 1 MB (${max.toLocaleString('en-US')} bytes of UTF-8); found ${size}. Paste one plan at a time` },
    };
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      const line = lineAt(text, i);
      return {
        ok: false,
        issue: { code: 'binary', line, message: `the text looks like binary data: expected plain text; found a NUL byte on line ${line}. Copy the text out of the document rather than pasting the file` },
      };
    }
    if (isControl(c)) controls++;
  }
  if (text.length > 0 && controls > text.length * BINARY_SHARE) {
    const pct = Math.round((100 * controls) / text.length);
    return {
      ok: false,
      issue: { code: 'binary', message: `the text looks like binary data: expected plain text; found ${pct}% control or replacement characters. Copy the text out of the document rather than pasting the file` },
    };
  }
  if (text.trim() === '') return { ok: false, issue: { code: 'empty', message: 'the text is empty: paste a numbered list such as "1. …"' } };
  return { ok: true, text };
}

// ---------------------------------------------------------------------------------------------------------
// Line markers. Every pattern is anchored, uses bounded quantifiers and runs on the first 96 characters of
// a line only, so a 1 MB line costs one slice, not a backtracking search.

type Marker =
  | { kind: 'point'; n: number; weak: boolean; keyword: boolean; rest: string }
  | { kind: 'item'; label?: string; rest: string };

const HEAD = 96;
/** "Point 1:", "Point 1.", "Article 2 -", "Point 3" alone on a line; "Point 3 text" (no punctuation) is weak. */
const KEYWORD = /^(?:point|item|article|clause|paragraph)\s{0,4}(?:no\.\s{0,4}|#\s{0,4})?(\d{1,4})(?:\s{0,4}([.:)\-–—]))?(?=\s|$)/iu;
const PAREN_NUM = /^\((\d{1,4})\)(?=\s|$)/u;
/** "1.", "1)", "1:", "1 -", "1 –" followed by a space or the end of the line (so "1.5 million" is not a marker). */
const NUM_PUNCT = /^(\d{1,4})(?:[.)]|\s{0,4}[:\-–—])(?=\s|$)/u;
/** "1.The parties": PDF copies lose the space; only before a capital letter, so "1.5" and "3.a" stay text. */
const NUM_TIGHT = /^(\d{1,4})[.)](?=\p{Lu})/u;
/** "1 The parties": weak, because wrapped lines start with numbers too ("within\n100 days"). */
const NUM_BARE = /^(\d{1,4})\s{1,4}(?=\p{L})/u;
const BULLET = /^[-•*–◦▪·‣●○](?=\s|$)/u;
const LABEL_PAREN = /^\(([A-Za-z]{1,6}|\d{1,3}(?:\.\d{1,3}){1,2})\)(?=\s|$)/u;
const LABEL_CLOSE = /^([A-Za-z]{1,6}|\d{1,3}(?:\.\d{1,3}){1,2})\)(?=\s|$)/u;
const LABEL_DOT = /^([A-Za-z]{1,6})\.(?=\s|$)/u;
const ROMAN = /^(?:x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3})$|^(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})$/u;

/** Sub-item labels as published: a letter, a doubled letter (aa, bb after z), a roman numeral up to xxxix, 1.2. */
function isItemLabel(label: string, dotForm: boolean): boolean {
  if (/^\d/.test(label)) return !dotForm;
  if (label.length === 1) return true;
  if (ROMAN.test(label)) return true;
  // "aa." would catch abbreviations ("Mr."); doubled letters are accepted only in the "aa)" forms.
  return !dotForm && label.length === 2 && label[0] === label[1];
}

const restAfter = (body: string, m: RegExpExecArray) => body.slice(m[0].length);

function markerOf(body: string): Marker | undefined {
  const head = body.length > HEAD ? body.slice(0, HEAD) : body;
  // Dispatch on the first character, so the common line (wrapped text) costs one or two cheap tests.
  const c = head.charCodeAt(0);
  let m: RegExpExecArray | null;
  if (c >= 0x30 && c <= 0x39) {
    if ((m = NUM_PUNCT.exec(head) ?? NUM_TIGHT.exec(head))) return { kind: 'point', n: Number(m[1]), weak: false, keyword: false, rest: restAfter(body, m) };
    if ((m = NUM_BARE.exec(head))) return { kind: 'point', n: Number(m[1]), weak: true, keyword: false, rest: restAfter(body, m) };
    return undefined;
  }
  if (c === 0x28 /* ( */) {
    if ((m = PAREN_NUM.exec(head))) return { kind: 'point', n: Number(m[1]), weak: false, keyword: false, rest: restAfter(body, m) };
    if ((m = LABEL_PAREN.exec(head)) && isItemLabel(m[1]!, false)) return { kind: 'item', label: m[1]!, rest: restAfter(body, m) };
    return undefined;
  }
  if ((m = BULLET.exec(head))) return { kind: 'item', rest: restAfter(body, m) };
  if (/^[pPiIaAcC]/.test(head) && (m = KEYWORD.exec(head))) {
    const rest = restAfter(body, m);
    return { kind: 'point', n: Number(m[1]), weak: !m[2] && rest.trim() !== '', keyword: true, rest };
  }
  if ((m = LABEL_CLOSE.exec(head)) && isItemLabel(m[1]!, false)) return { kind: 'item', label: m[1]!, rest: restAfter(body, m) };
  if ((m = LABEL_DOT.exec(head)) && isItemLabel(m[1]!, true)) return { kind: 'item', label: m[1]!, rest: restAfter(body, m) };
  return undefined;
}

/** Whether a line would be read as a point or sub-item marker (so a writer can keep a title from being one). */
export function looksLikeMarker(line: string): boolean {
  return markerOf(line.trimStart()) !== undefined;
}

const indentOf = (line: string) => {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\t') w += 4;
    else if (c === ' ' || c === '\u00a0' || c === '\u3000') w += 1;
    else break;
  }
  return w;
};

/** One space for every run of whitespace or control characters (PDF copies are full of both). */
export function normaliseText(s: string): string {
  return s.replace(/[\s\u0000-\u001f\u007f-\u009f]+/gu, ' ').trim();
}

const andList = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : (xs[0] ?? ''));

const quote = (s: string, max = 60) => JSON.stringify(s.length > max ? `${s.slice(0, max).trimEnd()}…` : s);

/** 1, 2, 3, 5, 7, 8 -> "1–3, 5, 7–8"; long lists end in "and N more". */
function ranges(ns: number[], maxShown = 12): string {
  const parts: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    parts.push(j === i ? String(ns[i]) : `${ns[i]}–${ns[j]}`);
    i = j + 1;
  }
  if (parts.length <= maxShown) return andList(parts);
  return `${parts.slice(0, maxShown).join(', ')} and ${parts.length - maxShown} more`;
}

// ---------------------------------------------------------------------------------------------------------
// The parser.

type OpenItem = { label?: string; parts: string[]; line: number };
type OpenPoint = { n: number; line: number; indent: number; parts: string[]; items: OpenItem[]; lastNumberedItem: number };

/** Parse a pasted numbered list into points and their sub-items. Never throws. */
export function parseNumberedText(text: string): ParseResult {
  try {
    return parseScreened(text);
  } catch (e) {
    return { ok: false, issues: [internalIssue(e)] };
  }
}

function internalIssue(e: unknown): ImportIssue {
  return { code: 'internal-error', message: `the import failed on this text (${e instanceof Error ? e.message : String(e)}); please report it with the text` };
}

function parseScreened(raw: string): ParseResult {
  const s = screen(raw);
  if (!s.ok) return { ok: false, issues: [s.issue] };
  const lines = s.text.split(/\r\n|[\n\r\u2028\u2029]/u);
  const heading: string[] = [];
  const points: OpenPoint[] = [];
  let cur: OpenPoint | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const body = line.trim();
    if (body === '') continue;
    const lineNo = i + 1;
    const indent = indentOf(line);
    const mk = markerOf(body);

    if (mk?.kind === 'point') {
      // A numbered line indented under a point, counting from 1 again, is a nested list: sub-items "1", "2".
      if (cur && !mk.keyword && !mk.weak && indent >= cur.indent + 2 && mk.n === cur.lastNumberedItem + 1) {
        cur.lastNumberedItem = mk.n;
        cur.items.push({ label: String(mk.n), parts: [mk.rest], line: lineNo });
        continue;
      }
      // A weak marker ("3 The parties", "Point 3 above") starts a point only where the next number is due.
      const due = (points.length ? points[points.length - 1]!.n : 0) + 1;
      if (mk.n >= 1 && (!mk.weak || mk.n === due)) {
        if (points.length >= IMPORT_LIMITS.maxPoints) {
          return {
            ok: false,
            issues: [
              {
                code: 'too-many-points',
                line: lineNo,
                message: `the text has too many points: expected at most ${IMPORT_LIMITS.maxPoints}; found more (numbered line ${IMPORT_LIMITS.maxPoints + 1} is point ${mk.n}, on line ${lineNo}). Paste one plan at a time`,
              },
            ],
          };
        }
        cur = { n: mk.n, line: lineNo, indent, parts: [mk.rest], items: [], lastNumberedItem: 0 };
        points.push(cur);
        continue;
      }
    } else if (mk?.kind === 'item' && cur) {
      cur.items.push({ label: mk.label, parts: [mk.rest], line: lineNo });
      continue;
    }
    // Not a marker (or a marker outside a point): it continues whatever is open.
    const target = cur ? (cur.items.length ? cur.items[cur.items.length - 1]!.parts : cur.parts) : heading;
    target.push(body);
  }

  if (points.length === 0) {
    const first = lines.map((l) => l.trim()).find((l) => l !== '') ?? '';
    return {
      ok: false,
      issues: [
        {
          code: 'not-a-list',
          line: lines.findIndex((l) => l.trim() !== '') + 1,
          message: `no numbered points found: expected lines that start with a number, such as "1.", "1)", "(1)" or "Point 1:"; the first line reads ${quote(first)}`,
        },
      ],
    };
  }

  const warnings: ImportIssue[] = [];
  const parsed: ParsedPoint[] = points.map((p) => {
    const items: ParsedItem[] = [];
    for (const it of p.items) {
      const t = normaliseText(it.parts.join(' '));
      if (t === '') {
        warnings.push({ code: 'empty-item', line: it.line, message: `a sub-item${it.label ? ` "${it.label}"` : ''} of point ${p.n} (line ${it.line}) has no text and was left out` });
        continue;
      }
      items.push(it.label ? { label: it.label, text: t } : { text: t });
    }
    const t = normaliseText(p.parts.join(' '));
    if (t === '' && items.length === 0) {
      warnings.push({ code: 'empty-point', line: p.line, message: `point ${p.n} (line ${p.line}) has a number but no text; the draft marks it unknown` });
    } else if (t === '') {
      warnings.push({ code: 'point-without-text', line: p.line, message: `point ${p.n} (line ${p.line}) has sub-items but no text of its own; the draft shows ${quote(ITEMS_ONLY_TEXT)} as its text` });
    }
    return { n: p.n, text: t, items, line: p.line };
  });

  const issues = duplicateIssues(parsed);
  if (issues.length) return { ok: false, issues };
  warnings.unshift(...numberingWarnings(parsed));

  const head = normaliseText(heading.join(' '));
  if (head.length > 300) {
    warnings.push({
      code: 'long-heading',
      line: 1,
      message: `the text before point ${parsed[0]!.n} is long (${head.length} characters): it was kept as the heading, not as points; check that the list starts at line ${parsed[0]!.line}`,
    });
  }
  return { ok: true, heading: head === '' ? null : head, points: parsed, warnings };
}

function duplicateIssues(points: ParsedPoint[]): ImportIssue[] {
  const lines = new Map<number, number[]>();
  for (const p of points) lines.set(p.n, [...(lines.get(p.n) ?? []), p.line]);
  const out: ImportIssue[] = [];
  for (const [n, ls] of lines) {
    if (ls.length < 2) continue;
    out.push({
      code: 'duplicate-number',
      line: ls[1],
      message: `point ${n} appears ${ls.length} times, on lines ${andList(ls.map(String))}: expected each number once; renumber or remove the repeated point`,
    });
  }
  return out;
}

function numberingWarnings(points: ParsedPoint[]): ImportIssue[] {
  const out: ImportIssue[] = [];
  const sorted = [...new Set(points.map((p) => p.n))].sort((a, b) => a - b);
  const first = points.reduce((a, p) => (p.n < a.n ? p : a), points[0]!);
  if (sorted[0]! > 1) {
    out.push({ code: 'not-from-one', line: first.line, message: `the list starts at point ${sorted[0]} (line ${first.line}), not at 1: expected a list from 1; points before it may be missing from the copy` });
  }
  const missing: number[] = [];
  for (let i = 1; i < sorted.length; i++) for (let n = sorted[i - 1]! + 1; n < sorted[i]!; n++) missing.push(n);
  if (missing.length) {
    out.push({
      code: 'missing-numbers',
      message: `${missing.length === 1 ? 'number' : 'numbers'} ${ranges(missing)} ${missing.length === 1 ? 'is' : 'are'} missing: expected ${sorted[0]} to ${sorted[sorted.length - 1]} without gaps. A leaked list may really skip numbers; check the copy`,
    });
  }
  const backwards: string[] = [];
  let firstLine: number | undefined;
  for (let i = 1, max = points[0]!.n; i < points.length; i++) {
    const p = points[i]!;
    if (p.n < max) {
      firstLine ??= p.line;
      if (backwards.length < 5) backwards.push(`point ${p.n} (line ${p.line}) comes after point ${max}`);
    }
    max = Math.max(max, p.n);
  }
  if (backwards.length) {
    out.push({ code: 'out-of-order', line: firstLine, message: `the numbers are out of order: expected increasing numbers; found ${backwards.join('; ')}. The draft keeps the pasted order` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Draft plan, and back to text.

const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/**
 * A Plan object (schema-valid shape for valid ids and dates) built from parsed points: every point with words is
 * "known" with wording "verbatim", all citing one source, the pasted copy (kind leaked-document, outlet
 * "Pasted draft (unverified)"). A point with no words at all is "unknown" (see the module comment).
 */
export function draftPlan(points: ParsedPoint[], meta: DraftMeta): Plan {
  const sourceId = meta.sourceId ?? PASTED_SOURCE.id;
  const heading = meta.heading ? normaliseText(meta.heading) : '';
  const title = normaliseText(meta.title ?? '') || heading || 'Pasted draft';
  const planPoints: Point[] = points.map((p): Point => {
    if (p.text === '' && p.items.length === 0) {
      return { n: p.n, status: 'unknown', themes: [], note: 'The pasted text numbers this point but gives no wording for it.' };
    }
    return {
      n: p.n,
      status: 'known',
      themes: [],
      text: p.text === '' ? ITEMS_ONLY_TEXT : p.text,
      ...(p.items.length ? { items: p.items.map((it) => (it.label ? { label: it.label, text: it.text } : { text: it.text })) } : {}),
      sources: [sourceId],
      wording: {
        kind: 'verbatim',
        sources: [sourceId],
        ...(p.text === '' ? { note: `The pasted text has no words of its own before the sub-items; ${ITEMS_ONLY_TEXT} is ours.` } : {}),
      },
    };
  });
  return {
    id: meta.id,
    title,
    kind: 'plan-version',
    shortTitle: normaliseText(meta.shortTitle ?? '') ? shorten(normaliseText(meta.shortTitle!), 40) : shorten(title, 40),
    conflict: meta.conflict,
    date: meta.date,
    knownAsOf: meta.date,
    declaredPoints: points.length,
    origin: {
      channel: 'leaked',
      draftedBy: 'unknown (pasted draft)',
      summary: 'A numbered text pasted into plandiff from a leaked copy; its origin and wording are not verified.',
      sources: [sourceId],
    },
    sources: [
      {
        id: sourceId,
        outlet: PASTED_SOURCE.outlet,
        title: shorten(heading || title, 200),
        url: PASTED_SOURCE.url,
        published: meta.date,
        kind: 'leaked-document',
      },
    ],
    points: planPoints,
  };
}

const oneLine = (s: string) => normaliseText(s);

/**
 * Numbered text from a plan: known text and sub-items, reported summaries marked "(reported)", unknown points
 * as "(not public)". Points without a number are numbered after the last one (the heading says which), since
 * a numbered list has no other place for them. parseNumberedText of the result keeps every known point's text
 * (up to whitespace) and items.
 */
export function planToNumberedText(plan: Plan): string {
  const max = plan.points.reduce((m, p) => Math.max(m, p.n ?? 0), 0);
  let next = max;
  const unnumbered: string[] = [];
  const body: string[] = [];
  for (const p of plan.points) {
    let n = p.n;
    if (n == null) {
      n = ++next;
      unnumbered.push(`${n} (${p.key ?? 'no key'})`);
    }
    if (p.status === 'known') {
      body.push(`${n}. ${oneLine(p.text)}`);
      for (const it of p.items ?? []) body.push(`   ${it.label ? `${oneLine(it.label)})` : '-'} ${oneLine(it.text)}`);
    } else if (p.status === 'reported') {
      body.push(`${n}. (reported) ${oneLine(p.summary)}`);
    } else {
      body.push(`${n}. (not public)`);
    }
  }
  const title = oneLine(plan.title);
  // A title that reads as a point, or opens like JSON ("{"), would change what the text parses to: label it.
  const head = [looksLikeMarker(title) || title.startsWith('{') ? `Title: ${title}` : title];
  if (unnumbered.length) head.push(`Not numbered in the plan, numbered here after point ${max}: ${unnumbered.join(', ')}.`);
  return `${head.join('\n')}\n\n${body.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------
// Either a plan JSON or a numbered text.

export type DraftInputResult =
  | { ok: true; plan: Plan; warnings: ImportIssue[]; from: 'json' | 'text' }
  | { ok: false; issues: ImportIssue[] };

/** At most this many schema issues are listed; a file that is not a plan at all would otherwise list hundreds. */
const MAX_SCHEMA_ISSUES = 30;

/**
 * Accept either a plan JSON text (validated with the zod Plan schema; errors name the field in words) or a
 * numbered text (parsed, then built into a draft with `meta`). Text starting with "{" is JSON; text starting
 * with "[" is JSON only if it parses (a list may open with a "[DRAFT]" heading). Never throws.
 */
export function parseDraftInput(text: string, meta: DraftMeta): DraftInputResult {
  try {
    return draftInput(text, meta);
  } catch (e) {
    return { ok: false, issues: [internalIssue(e)] };
  }
}

/**
 * A plan JSON text only (a `.json` file given to the CLI): screened like any input (size, binary, empty), then
 * parsed and validated as in parseDraftInput, never read as a numbered list. Never throws.
 */
export function parsePlanJson(raw: string, today: string): DraftInputResult {
  try {
    const s = screen(raw);
    if (!s.ok) return { ok: false, issues: [s.issue] };
    const parsed = parseJsonText(s.text);
    if (!parsed.ok) return { ok: false, issues: [jsonSyntaxIssue(parsed, 'expected a plan JSON file')] };
    return fromJson(parsed.value, today);
  } catch (e) {
    return { ok: false, issues: [internalIssue(e)] };
  }
}

function jsonSyntaxIssue(parsed: { line: number; column: number; message: string }, expected: string): ImportIssue {
  return {
    code: 'json-syntax',
    line: parsed.line,
    message: `not valid JSON at line ${parsed.line}, column ${parsed.column}: ${normaliseText(parsed.message)}; ${expected}`,
  };
}

function draftInput(raw: string, meta: DraftMeta): DraftInputResult {
  const s = screen(raw);
  if (!s.ok) return { ok: false, issues: [s.issue] };
  const trimmed = s.text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJsonText(s.text);
    if (parsed.ok) return fromJson(parsed.value, meta.date);
    if (trimmed.startsWith('{')) {
      const issue = jsonSyntaxIssue(parsed, 'expected a plan JSON file or a numbered list');
      return { ok: false, issues: [{ ...issue, message: `the text starts like a plan JSON file but is ${issue.message}` }] };
    }
  }
  const r = parseNumberedText(s.text);
  if (!r.ok) return r;
  const plan = draftPlan(r.points, { ...meta, heading: meta.heading ?? r.heading });
  const checked = Plan.safeParse(plan);
  if (!checked.success) return { ok: false, issues: schemaIssues('draft-invalid', plan, checked.error.issues) };
  return { ok: true, plan: checked.data, warnings: r.warnings, from: 'text' };
}

function fromJson(value: unknown, today: string): DraftInputResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, issues: [{ code: 'not-a-plan', message: `the JSON is not a plan: expected an object with id, title, points…; found ${shown(value)}` }] };
  }
  // The point cap holds for a plan JSON as for a numbered text, and is applied before the schema walks the points.
  const pts = (value as { points?: unknown }).points;
  if (Array.isArray(pts) && pts.length > IMPORT_LIMITS.maxPoints) {
    return {
      ok: false,
      issues: [{ code: 'too-many-points', message: `the plan has too many points: expected at most ${IMPORT_LIMITS.maxPoints}; found ${pts.length.toLocaleString('en-US')}. Open one plan at a time` }],
    };
  }
  const checked = Plan.safeParse(value);
  if (!checked.success) return { ok: false, issues: schemaIssues('plan-schema', value, checked.error.issues) };
  // Points that cannot be told apart (two with one number, keys missing or numeric) would vanish from a comparison.
  const structural = checkPlan('the plan', checked.data, today).filter((i) => (STRUCTURAL_CODES as readonly string[]).includes(i.code));
  if (structural.length) return { ok: false, issues: structural.map((i) => ({ code: i.code, message: `${i.where ? `${i.where}: ` : ''}${i.field ? `${i.field}: ` : ''}${i.message}` })) };
  return { ok: true, plan: checked.data, warnings: [], from: 'json' };
}

// zod issues in the corpus's words (as lib/corpus/check.ts words them): field path with 1-based positions, what was
// expected, what was found.

function schemaIssues(code: string, data: unknown, all: z.core.$ZodIssue[]): ImportIssue[] {
  // One message per field: a date that is neither ISO nor real would otherwise be reported twice.
  const seen = new Set<string>();
  const zissues = all.filter((zi) => {
    const k = JSON.stringify(zi.path.map(String));
    return seen.has(k) ? false : (seen.add(k), true);
  });
  const out = zissues.slice(0, MAX_SCHEMA_ISSUES).map((zi) => {
    const { path, message } = describeZodIssue(zi, data);
    return { code, message: `${fieldOf(path) || 'the plan'}: ${message.replace('the schema does not know', 'the plan schema does not know')}` };
  });
  if (zissues.length > MAX_SCHEMA_ISSUES) out.push({ code, message: `and ${zissues.length - MAX_SCHEMA_ISSUES} more problems of the same kind` });
  return out;
}
