import { diffArrays } from 'diff';
import { isNumberToken, isSpace, tokenize } from './tokens';

/** `trivial` marks a deletion and its insertion that differ only in typography (quote marks, dashes, spacing). */
export type Segment = { op: 'same' | 'del' | 'ins'; text: string; trivial?: boolean };
/** A number replaced by another, surfaced as such (600,000 -> 800,000). */
export type NumberChange = { from: string; to: string };
export type TextDiff = {
  segments: Segment[];
  numbers: NumberChange[];
  /** Share of the longer text's tokens that stayed the same, 0..1. */
  sameRatio: number;
  /** True when the diff gave up (time or edit-length limit) and shows the texts as one replacement. */
  truncated: boolean;
  /** True when the texts differ and every difference is typographic only (see `typographic`). */
  trivialOnly: boolean;
};

/**
 * The same text for a reader: curly and straight quotes, dash variants and runs of white space are one thing.
 * Copies of one document differ in exactly these ways (a CMS curls apostrophes), and a reporter must be able to
 * tell such noise from a changed word.
 */
export function typographic(s: string): string {
  return s
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type DiffOptions = {
  /** Milliseconds before the diff gives up; used where user input is diffed (jsdiff's `timeout`). */
  timeoutMs?: number;
  /** Largest edit distance to search (jsdiff's `maxEditLength`). */
  maxEditLength?: number;
};

/**
 * Word-level diff of two texts, cleaned so edits read as phrases.
 *
 * jsdiff has no semantic cleanup (unlike diff-match-patch), so a rewritten sentence comes back as
 * "del word / same 'the' / ins word / same ' ' / …". We fold equal runs that are only white space, punctuation or a
 * single short word between two edits into the edits, then order each edit as deletion before insertion.
 * Invariant (tested as a property): joining same+del rebuilds the old text, same+ins the new, exactly.
 */
export function diffTexts(before: string, after: string, opts: DiffOptions = {}): TextDiff {
  // Most aligned points are unchanged: no need to run Myers to learn that.
  if (before === after) return { segments: before ? [{ op: 'same', text: before }] : [], numbers: [], sameRatio: 1, truncated: false, trivialOnly: false };
  const a = tokenize(before);
  const b = tokenize(after);
  const changes = diffArrays(a, b, { timeout: opts.timeoutMs, maxEditLength: opts.maxEditLength } as Parameters<typeof diffArrays>[2]);
  if (!changes) {
    const segments: Segment[] = [];
    if (before) segments.push({ op: 'del', text: before });
    if (after) segments.push({ op: 'ins', text: after });
    return { segments, numbers: [], sameRatio: 0, truncated: true, trivialOnly: false };
  }
  // Raw runs of tokens.
  type Run = { op: Segment['op']; tokens: string[] };
  let runs: Run[] = changes.map((c) => ({ op: c.added ? 'ins' : c.removed ? 'del' : 'same', tokens: c.value as string[] }));

  // Semantic cleanup: absorb small equal runs sandwiched between edits.
  const trivial = (toks: string[]) => {
    const content = toks.filter((t) => !isSpace(t));
    return content.length === 0 || (content.length === 1 && (content[0]!.length <= 3 || !/[\p{L}\p{N}]/u.test(content[0]!)));
  };
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    const prevEdit = out.length > 0 && out[out.length - 1]!.op !== 'same';
    const nextEdit = i + 1 < runs.length && runs[i + 1]!.op !== 'same';
    if (r.op === 'same' && prevEdit && nextEdit && trivial(r.tokens)) {
      out.push({ op: 'del', tokens: r.tokens }, { op: 'ins', tokens: r.tokens });
    } else out.push(r);
  }
  // Merge each block of consecutive edits into one deletion followed by one insertion.
  runs = [];
  for (let i = 0; i < out.length; ) {
    if (out[i]!.op === 'same') {
      runs.push(out[i]!);
      i++;
      continue;
    }
    const del: string[] = [];
    const ins: string[] = [];
    while (i < out.length && out[i]!.op !== 'same') {
      (out[i]!.op === 'del' ? del : ins).push(...out[i]!.tokens);
      i++;
    }
    if (del.length) runs.push({ op: 'del', tokens: del });
    if (ins.length) runs.push({ op: 'ins', tokens: ins });
  }
  const segments: Segment[] = runs.filter((r) => r.tokens.length > 0).map((r) => ({ op: r.op, text: r.tokens.join('') }));
  for (let i = 0; i + 1 < segments.length; i++) {
    const d = segments[i]!;
    const n = segments[i + 1]!;
    if (d.op === 'del' && n.op === 'ins' && typographic(d.text) === typographic(n.text)) d.trivial = n.trivial = true;
  }

  // Numbers: pair the numbers a replacement removed with those it added, in order.
  const numbers: NumberChange[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    const next = runs[i + 1];
    if (r.op === 'del' && next?.op === 'ins') {
      // A number present on both sides moved, it did not change: pair only what one side lacks.
      const from = r.tokens.filter(isNumberToken);
      const to = next.tokens.filter(isNumberToken);
      for (let k = from.length - 1; k >= 0; k--) {
        const at = to.indexOf(from[k]!);
        if (at >= 0) {
          from.splice(k, 1);
          to.splice(at, 1);
        }
      }
      for (let k = 0; k < Math.min(from.length, to.length); k++) if (from[k] !== to[k]) numbers.push({ from: from[k]!, to: to[k]! });
    }
  }
  const sameTokens = runs.filter((r) => r.op === 'same').reduce((n, r) => n + r.tokens.filter((t) => !isSpace(t)).length, 0);
  const longest = Math.max(a.filter((t) => !isSpace(t)).length, b.filter((t) => !isSpace(t)).length, 1);
  const edits = segments.filter((x) => x.op !== 'same');
  return { segments, numbers, sameRatio: sameTokens / longest, truncated: false, trivialOnly: edits.length > 0 && edits.every((x) => x.trivial) };
}

/** Text form of a diff for tests, the CLI and plain-text exports: `the [-600,000-]{+800,000+} cap`. */
export function showDiff(segments: Segment[]): string {
  return segments.map((s) => (s.op === 'same' ? s.text : s.op === 'del' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');
}

export function rebuild(segments: Segment[], side: 'before' | 'after'): string {
  return segments.filter((s) => s.op === 'same' || s.op === (side === 'before' ? 'del' : 'ins')).map((s) => s.text).join('');
}
