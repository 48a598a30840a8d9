import { numberValue } from '../align/terms';
import { diffTexts, typographic, type DiffOptions, type TextDiff } from './text-diff';
import { isNumberToken, isSpace, tokenize } from './tokens';
import { ACTORS, CONDITIONS, MODALS, NEGATORS, PLACES, SCOPE_WORDS, type Modality } from './lexicon';

/**
 * The features of a text the classifier reads (its negations, modals, conditions, parties...) are read once per text:
 * one point meets many others across the comparisons of a corpus. Results are shared: callers never mutate them.
 */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const m = new Map<string, T>();
  return (text) => {
    let v = m.get(text);
    if (v === undefined) {
      if (m.size > 20_000) m.clear();
      m.set(text, (v = f(text)));
    }
    return v;
  };
}

/**
 * What kind of change an edit is, with the spans that show it. One classifier for every row (curated, composed,
 * computed, draft), so a reader gets the same answer wherever two texts meet.
 *
 * A change is **substantive** when any of these is found:
 * - figure: a number, amount or duration appears on one side only (600,000 -> 800,000; "within 100 days" gone);
 * - negation: a clause gains or loses a negation (will / will not; required / not required);
 * - modality: the strength of a commitment moves between obligation (shall, will, must, agrees to), expectation
 *   (should, is expected to) and possibility (may, can, is eligible);
 * - actor: a party or body is named on one side only (who guarantees, pays, monitors, chairs);
 * - condition: a condition or deadline appears, disappears or differs (if, once, only after, within N days, as soon
 *   as possible, in peacetime);
 * - list: items or clauses are added to or removed from what the point lists;
 * - scope: where or to what it applies changes (a place named on one side only; "permanent", "only", "all").
 * Otherwise an edit is a **rewording** (same meaning, other words), or **typographic** (quote marks, dashes, spacing).
 */
export type ChangeClass = 'figure' | 'negation' | 'modality' | 'actor' | 'condition' | 'list' | 'scope';
export const CHANGE_CLASSES: readonly ChangeClass[] = ['figure', 'negation', 'modality', 'actor', 'condition', 'list', 'scope'];

/** One piece of evidence: the class, what the left text has, what the right text has, and a few words on it. */
export type ChangeEvidence = { class: ChangeClass; before: string | null; after: string | null; note: string };
export type ChangeKind = 'none' | 'typographic' | 'rewording' | 'substantive';
export type ChangeAssessment = { kind: ChangeKind; classes: ChangeClass[]; evidence: ChangeEvidence[] };

/** A figure as written, with the unit word after it when there is one ("100 days", "$100 billion"). */
export type Figure = { key: string; shown: string };

const UNITS = new Set(['days', 'day', 'hours', 'hour', 'weeks', 'week', 'months', 'month', 'years', 'year', 'km', 'kilometres', 'kilometers', 'miles', 'percent', 'per', 'personnel', 'troops', 'soldiers', 'prisoners', 'hostages', 'points', 'countries', 'states', 'members', 'billion', 'million', 'thousand', 'trillion', 'bn']);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const WORD_NUMBER: Record<string, string> = { half: '50%' };

const figureCache = new Map<string, Figure[]>();

/** Every figure in a text, in order: value keys compare equal across "1,700" and "1700", "$100 billion" and "$100bn". */
export function figures(text: string): Figure[] {
  let hit = figureCache.get(text);
  if (!hit) {
    if (figureCache.size > 20_000) figureCache.clear();
    figureCache.set(text, (hit = readFigures(text)));
  }
  return hit;
}

function readFigures(text: string): Figure[] {
  const toks = tokenize(text);
  const out: Figure[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const glued = /^(\d+(?:\.\d+)?)(bn|mn|k|tn)$/i.exec(t);
    if (!isNumberToken(t) && !glued && !WORD_NUMBER[t.toLowerCase()]) continue;
    // "Article 5", "point 7", "resolution 2803": a reference, not an amount.
    let back = k - 1;
    while (back >= 0 && isSpace(toks[back]!)) back--;
    if (back >= 0 && /^(article|articles|point|points|paragraph|paragraphs|section|chapter|resolution|clause)$/i.test(toks[back]!)) continue;
    if (WORD_NUMBER[t.toLowerCase()]) {
      out.push({ key: WORD_NUMBER[t.toLowerCase()]!, shown: t });
      continue;
    }
    let look = k + 1;
    while (look < toks.length && isSpace(toks[look]!)) look++;
    const next = toks[look];
    const unit = next && UNITS.has(next.toLowerCase()) ? next : null;
    let v = glued ? Number(glued[1]) * (SCALE[glued[2]!.toLowerCase()] ?? 1) : numberValue(t);
    if (v != null && !glued && unit && SCALE[unit.toLowerCase()]) v *= SCALE[unit.toLowerCase()]!;
    const currency = /^[$€£]/.test(t) ? t[0] : '';
    // A ratio is one figure however it is punctuated: 50:50, 50-50 and 50/50.
    const ratio = /^(\d+)[:/-](\d+)$/.exec(t);
    const key = ratio ? `${ratio[1]}:${ratio[2]}` : v != null ? `${currency}${v}${t.endsWith('%') ? '%' : ''}` : t;
    out.push({ key, shown: unit ? `${t} ${unit}` : t });
  }
  return out;
}

function multisetDiff<T>(a: T[], b: T[], key: (x: T) => string): { gone: T[]; come: T[] } {
  const count = new Map<string, number>();
  for (const x of b) count.set(key(x), (count.get(key(x)) ?? 0) + 1);
  const gone: T[] = [];
  for (const x of a) {
    const c = count.get(key(x)) ?? 0;
    if (c > 0) count.set(key(x), c - 1);
    else gone.push(x);
  }
  const countA = new Map<string, number>();
  for (const x of a) countA.set(key(x), (countA.get(key(x)) ?? 0) + 1);
  const come: T[] = [];
  for (const x of b) {
    const c = countA.get(key(x)) ?? 0;
    if (c > 0) countA.set(key(x), c - 1);
    else come.push(x);
  }
  return { gone, come };
}

const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []).map((w) => w.replace(/’/g, "'"));

/** Phrases that contain a negator but bound an amount rather than deny anything. */
const NOT_NEGATION = /\b(no later than|no less than|no more than|not only|not less than|not more than|not later than|no sooner than)\b/gi;

const negations = memo(readNegations);
function readNegations(text: string): string[] {
  const t = text.replace(NOT_NEGATION, ' ');
  // "terror-free", "nuclear-free": the suffix denies what the word names.
  const free = (t.match(/\b[\p{L}]+-free\b/gu) ?? []).map(() => 'free');
  return [...words(t).filter((w) => NEGATORS.has(w) || /n't$/.test(w)), ...free];
}

const implicitModalities = memo((t: string) => readModalities(t, true));
const modalities = (text: string, implicit = false) => (implicit ? implicitModalities(text) : readModalities(text, false));
function readModalities(text: string, implicit = false): Map<Modality, string> {
  const out = new Map<Modality, string>();
  // "will be able to" grants a possibility; it is not a commitment in "will".
  const t = text.replace(/\b(?:will|shall|would) be able to\b/gi, 'can');
  for (const [re, m] of MODALS) {
    const hit = t.match(re);
    if (hit && !out.has(m)) out.set(m, hit[0]!.toLowerCase());
  }
  // A provision stated in the plain present ("Russia returns the children", "Ukraine to join") binds like "shall".
  if (implicit && !out.size && words(t).length >= 3) out.set('obligation', 'a plain statement');
  return out;
}

type ConditionCategory = 'conditional' | 'trigger' | 'deadline' | 'wartime';
function conditionCategory(phrase: string): ConditionCategory {
  const p = phrase.toLowerCase();
  if (/^(if|unless|provided that|on condition that|subject to|only if|in the event)/.test(p)) return 'conditional';
  if (/^(within|no later than|as soon as possible|immediately)/.test(p)) return 'deadline';
  if (/^in (peacetime|wartime)/.test(p)) return 'wartime';
  return 'trigger';
}
/** One wording for the same condition: "in time of peace" is "in peacetime". */
const conditionWords = (text: string) => text.replace(/\bin (?:time of peace|peace ?time)\b/gi, 'in peacetime').replace(/\bin (?:time of war|war ?time)\b/gi, 'in wartime');

const conditions = memo(readConditions);
function readConditions(text: string): Map<ConditionCategory, Set<string>> {
  const out = new Map<ConditionCategory, Set<string>>();
  for (const re of CONDITIONS) {
    for (const m of conditionWords(text).matchAll(re)) {
      const phrase = m[0]!.toLowerCase().replace(/\s+/g, ' ');
      const cat = conditionCategory(phrase);
      if (!out.has(cat)) out.set(cat, new Set());
      // Deadlines are compared by their words ("within 100 days" is not "as soon as possible"); the rest by kind.
      out.get(cat)!.add(cat === 'deadline' || cat === 'wartime' ? phrase : cat);
    }
  }
  return out;
}

/** "U.S." and "U. S. A." written as "US", so the abbreviation's dots do not hide it from a word-bounded pattern. */
const abbreviations = (text: string) => text.replace(/\bU\.\s?S\.(?:\s?A\.)?/g, 'US');

/** The lexicons' patterns compiled once, without the global flag (a global regex's test() keeps state). */
const compiled = new WeakMap<[RegExp, string][], [RegExp, string][]>();
const sticky = (lexicon: [RegExp, string][]) => {
  let c = compiled.get(lexicon);
  if (!c) compiled.set(lexicon, (c = lexicon.map(([re, name]) => [new RegExp(re.source, re.flags.replace('g', '')), name])));
  return c;
};

const namedActors = memo((t: string) => readNamed(t, ACTORS));
const namedPlaces = memo((t: string) => readNamed(t, PLACES));
function named(text: string, lexicon: [RegExp, string][]): Set<string> {
  return lexicon === ACTORS ? namedActors(text) : lexicon === PLACES ? namedPlaces(text) : readNamed(text, lexicon);
}
function readNamed(text: string, lexicon: [RegExp, string][]): Set<string> {
  const out = new Set<string>();
  const t = abbreviations(text);
  for (const [re, name] of sticky(lexicon)) if (re.test(t)) out.add(name);
  return out;
}

/** Parties that are the subject of a commitment: a name followed by a modal or a verb of undertaking. */
/** For each party: a pattern for it as the subject of a commitment, and one for it as the agent of a passive. */
const SUBJECTS = ACTORS.map(([re, name]) => ({
  name,
  subject: new RegExp(`${re.source}(?:\\s+and\\s+(?:its|their)\\s+\\w+)?\\s+(?:will|shall|must|agrees?|commits?|undertakes?|is to|are to|to)\\b`),
  // "mediated by the United States", "chaired by President Trump".
  agent: new RegExp(`\\b(?:by|under)\\s+(?:the\\s+)?${re.source}`),
}));

const subjects = memo(readSubjects);
function readSubjects(text: string): Set<string> {
  const out = new Set<string>();
  const t = abbreviations(text);
  for (const s of SUBJECTS) if (s.subject.test(t) || s.agent.test(t)) out.add(s.name);
  return out;
}

/** The edits of a diff that insert or delete text outright (not a replacement of other words). */
function pureEdits(d: TextDiff): { op: 'del' | 'ins'; text: string }[] {
  const out: { op: 'del' | 'ins'; text: string }[] = [];
  d.segments.forEach((s, k) => {
    if (s.op === 'same' || s.trivial) return;
    const replaced = s.op === 'del' ? d.segments[k + 1]?.op === 'ins' : d.segments[k - 1]?.op === 'del';
    if (!replaced) out.push({ op: s.op, text: s.text });
  });
  return out;
}

const itemLines = memo((text: string) => text.split('\n').filter((l) => /^\s*(?:[a-z]{1,3}\)|•|-|\d+[.)])\s/i.test(l)));
const contentWords = memo((s: string) => words(s).filter((w) => w.length > 2 && !STOP.has(w)));
const STOP = new Set('the and for with that this from into its their will shall are was were has have been which who whom what when where there these those such than then also other any all each both'.split(' '));
const clip = (s: string, n = 90) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const list = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/**
 * Classify the change from `before` to `after`. `diff`, when given, must come from `canonicalDiff` (a word diff
 * can group the same edit differently in each direction; the canonical one is the same both ways, so the verdict for
 * (a, b) is always the verdict for (b, a)).
 */
export function classifyChange(before: string, after: string, diff?: TextDiff, opts: { incomplete?: { before: boolean; after: boolean } } = {}): ChangeAssessment {
  // One word diff, always taken in the same order of the two texts (read backwards when needed): the evidence then
  // rests on the same grouping of edits whichever text is called "before".
  const d = diff ?? canonicalDiff(before, after);
  const fwd = classifyOne(before, after, d);
  if (fwd.kind === 'none' || fwd.kind === 'typographic') return fwd;
  let evidence = fwd.evidence;
  // Where a side holds only fragments or a paraphrase of its text, what it lacks may simply not be held: only
  // evidence that both sides show (a figure replaced by another, a modal by another) counts.
  const inc = opts.incomplete;
  if (inc && (inc.before || inc.after)) {
    evidence = evidence.filter((e) => FORM.get(e) !== 'count' && !(inc.before && e.before == null) && !(inc.after && e.after == null));
  }
  const classes = CHANGE_CLASSES.filter((c) => evidence.some((e) => e.class === c));
  return { kind: classes.length ? 'substantive' : fwd.kind === 'substantive' ? 'rewording' : fwd.kind, classes, evidence };
}

/** How an evidence's two sides read: a value, a span of text, names, scope words, or a count of sub-items. */
type Form = 'value' | 'span' | 'names' | 'words' | 'count';
const FORM = new WeakMap<ChangeEvidence, Form>();

/** Evidence with its note, worded from its class and its two sides (so the other direction words it as well). */
function ev(cls: ChangeClass, form: Form, before: string | null, after: string | null): ChangeEvidence {
  const q = (x: string) => `“${x}”`;
  let note: string;
  if (form === 'count') note = `${before} sub-item${before === '1' ? '' : 's'} → ${after}`;
  else if (cls === 'figure') note = before && after ? `${before} → ${after}` : before ? `${before} no longer given` : `${after} added`;
  else if (cls === 'negation') note = after ? `negation added: ${q(after)}` : `negation removed: ${q(before!)}`;
  else if (cls === 'modality') note = `${before ? q(before) : 'no such wording'} → ${after ? q(after) : 'no such wording'}`;
  else if (form === 'names') note = [after ? `names ${after}` : '', before ? `no longer names ${before}` : ''].filter(Boolean).join('; ');
  else if (cls === 'list') note = after ? `adds ${q(after)}` : `removes ${q(before!)}`;
  else note = [after ? `adds ${q(after)}` : '', before ? `drops ${q(before)}` : ''].filter(Boolean).join('; ');
  const e: ChangeEvidence = { class: cls, before, after, note };
  FORM.set(e, form);
  return e;
}

/**
 * The word diff of two texts, always computed in the same order of the two (the lesser string first) and read
 * backwards when needed, so (a, b) and (b, a) group their edits alike: a row and its mirror show the same edits, and
 * the classifier reads the same evidence. Pass its result to `classifyChange` to avoid a second diff.
 */
export function canonicalDiff(before: string, after: string, opts?: DiffOptions): TextDiff {
  return before <= after ? diffTexts(before, after, opts) : reversed(diffTexts(after, before, opts));
}

/** A diff of (b, a) read as a diff of (a, b): deletions become insertions, each deletion still before its insertion. */
function reversed(d: TextDiff): TextDiff {
  const segs = d.segments.map((x) => ({ ...x, op: x.op === 'del' ? ('ins' as const) : x.op === 'ins' ? ('del' as const) : x.op }));
  for (let k = 0; k + 1 < segs.length; k++) {
    if (segs[k]!.op === 'ins' && segs[k + 1]!.op === 'del') [segs[k], segs[k + 1]] = [segs[k + 1]!, segs[k]!];
  }
  return { ...d, segments: segs, numbers: d.numbers.map((n) => ({ from: n.to, to: n.from })) };
}

function classifyOne(before: string, after: string, diff?: TextDiff): ChangeAssessment {
  if (before === after) return { kind: 'none', classes: [], evidence: [] };
  if (typographic(before) === typographic(after)) return { kind: 'typographic', classes: [], evidence: [] };
  const d = diff ?? diffTexts(before, after);
  const evidence: ChangeEvidence[] = [];
  const edits = d.segments.filter((s) => s.op !== 'same' && !s.trivial);
  const delText = edits.filter((s) => s.op === 'del').map((s) => s.text).join(' ');
  const insText = edits.filter((s) => s.op === 'ins').map((s) => s.text).join(' ');

  // Figures.
  const fb = figures(before);
  const fa = figures(after);
  const { gone, come } = multisetDiff(fb, fa, (f) => f.key);
  if (gone.length || come.length) {
    const n = Math.max(gone.length, come.length);
    for (let k = 0; k < n; k++) {
      const g = gone[k];
      const c = come[k];
      evidence.push(ev('figure', 'value', g?.shown ?? null, c?.shown ?? null));
    }
  }

  // Negation.
  const nb = negations(before);
  const na = negations(after);
  const negEdit = negations(delText).length + negations(insText).length > 0;
  if (nb.length !== na.length && negEdit) {
    const more = nb.length > na.length ? 'before' : 'after';
    const seg = more === 'before' ? edits.find((s) => s.op === 'del' && negations(s.text).length) : edits.find((s) => s.op === 'ins' && negations(s.text).length);
    evidence.push(ev('negation', 'span', more === 'before' ? clip(seg?.text ?? nb.join(' ')) : null, more === 'after' ? clip(seg?.text ?? na.join(' ')) : null));
  }

  // Modality: the strengths a text uses, compared as sets, and only when an edit touches a modal word.
  const mb = modalities(before, true);
  const ma = modalities(after, true);
  const modalEdit = modalities(delText).size + modalities(insText).size > 0;
  const lost = [...mb.keys()].filter((m) => !ma.has(m));
  const gained = [...ma.keys()].filter((m) => !mb.has(m));
  const md = modalities(delText);
  const mi = modalities(insText);
  // Locally, a modal replaced by one of a strength the old text never used ("will" -> "may", other "will"s kept).
  const localSwap = [...md.keys()].some((m) => !mi.has(m) && !ma.has(m)) && [...mi.keys()].some((m) => !md.has(m) && !mb.has(m));
  // A modal replaced by one of another strength ("is eligible" -> "will"). A modal that is only dropped or only
  // added is left alone: note-style texts ("to be capped", "US to receive") carry no modal word at all.
  // Hedging added or removed while a commitment stays worded ("it is expected that Russia will not" -> "Russia will
  // not") changes how binding the text is.
  const hedgeEdit = edits.some((e) => contentWords(e.text).length <= 4 && [...modalities(e.text).keys()].some((m) => m !== 'obligation'));
  const hedge = [...lost, ...gained].some((m) => m !== 'obligation') && mb.size > 0 && ma.size > 0 && hedgeEdit;
  if (modalEdit && ((lost.length && gained.length) || localSwap || hedge)) {
    const from = lost.map((m) => mb.get(m)!);
    const to = gained.map((m) => ma.get(m)!);
    evidence.push(ev('modality', 'value', from.join(', ') || null, to.join(', ') || null));
  }

  // Actors and places.
  // A party named on one side only counts when one replaces another (Europe -> NATO), or when a clause naming it
  // is inserted or deleted outright; a name lost inside a rephrased sentence ("the Ukrainian Armed Forces" -> "the
  // Armed Forces") is ellipsis, not a change of party.
  const pure = pureEdits(d);
  for (const [lexicon, cls] of [[ACTORS, 'actor'], [PLACES, 'scope']] as const) {
    const ab = named(before, lexicon);
    const aa = named(after, lexicon);
    // A clause, not a lone modifier: at least two content words.
    const inPure = (op: 'del' | 'ins') => named(pure.filter((e) => e.op === op && contentWords(e.text).length >= 2).map((e) => e.text).join(' '), lexicon);
    const pd = inPure('del');
    const pi = inPure('ins');
    let dropped = [...ab].filter((x) => !aa.has(x));
    let added = [...aa].filter((x) => !ab.has(x));
    if (!(dropped.length && added.length)) {
      // ...or when the party named on one side only is who acts there ("the United States and its allies will
      // respond"), not a recipient or a qualifier ("provide Ukraine with", "Article 5 of NATO").
      const sb = cls === 'actor' ? subjects(before) : new Set<string>();
      const sa = cls === 'actor' ? subjects(after) : new Set<string>();
      dropped = dropped.filter((x) => pd.has(x) || sb.has(x));
      added = added.filter((x) => pi.has(x) || sa.has(x));
    }
    if (dropped.length || added.length) {
      evidence.push(ev(cls, 'names', dropped.join(', ') || null, added.join(', ') || null));
    }
  }

  // Conditions and deadlines.
  const cb = conditions(before);
  const ca = conditions(after);
  const condLost: string[] = [];
  const condGained: string[] = [];
  for (const cat of new Set([...cb.keys(), ...ca.keys()])) {
    const x = cb.get(cat) ?? new Set<string>();
    const y = ca.get(cat) ?? new Set<string>();
    for (const p of x) if (!y.has(p)) condLost.push(p);
    for (const p of y) if (!x.has(p)) condGained.push(p);
  }
  if (condLost.length || condGained.length) {
    const shown = (p: string) => (['conditional', 'trigger'].includes(p) ? `a ${p === 'conditional' ? 'condition' : 'trigger'}` : p);
    const spanOf = (text: string, cats: string[]) => {
      for (const re of CONDITIONS) for (const m of text.matchAll(re)) if (cats.some((c) => c === m[0]!.toLowerCase() || c === conditionCategory(m[0]!))) return m[0]!;
      return null;
    };
    evidence.push(ev('condition', 'span', spanOf(before, condLost) ?? (condLost.length ? condLost.map(shown).join(', ') : null), spanOf(after, condGained) ?? (condGained.length ? condGained.map(shown).join(', ') : null)));
  }

  // Lists: sub-items counted, and clauses added or removed outright.
  const ib = itemLines(before).length;
  const ia = itemLines(after).length;
  if (ib !== ia) evidence.push(ev('list', 'count', String(ib), String(ia)));
  else {
    for (let k = 0; k < d.segments.length; k++) {
      const s = d.segments[k]!;
      if (s.op === 'same' || s.trivial) continue;
      const paired = s.op === 'del' ? d.segments[k + 1]?.op === 'ins' : d.segments[k - 1]?.op === 'del';
      if (paired) continue;
      const cw = contentWords(s.text);
      // A clause added or removed outright, or an item of a comma-separated list ("natural resources, infrastructure,").
      const listItem = cw.length >= 2 && /^\s*,|,\s*$|^\s*(?:and|or)\s|\s(?:and|or)\s*$/.test(s.text);
      // Words the other text also has were moved or repeated ("Russia, Ukraine" -> "Ukraine, Russia"), not added.
      const other = new Set(contentWords(s.op === 'ins' ? before : after));
      const fresh = cw.some((w) => !other.has(w));
      if (fresh && (cw.length >= 4 || listItem)) {
        evidence.push(ev('list', 'span', s.op === 'del' ? clip(s.text, 70) : null, s.op === 'ins' ? clip(s.text, 70) : null));
        break;
      }
    }
  }

  // Scope words in the edits.
  // "short-term" is "temporary", "long-term" is "permanent": the same scope in other words.
  const scopeWords = (t: string) => words(t.replace(/\bshort[- ]term\b/gi, 'temporary').replace(/\blong[- ]term\b/gi, 'permanent'));
  const sb = new Set(scopeWords(delText).filter((w) => SCOPE_WORDS.has(w)));
  const sa = new Set(scopeWords(insText).filter((w) => SCOPE_WORDS.has(w)));
  const scopeLost = [...sb].filter((w) => !sa.has(w) && !scopeWords(after).includes(w));
  const scopeGained = [...sa].filter((w) => !sb.has(w) && !scopeWords(before).includes(w));
  if (scopeLost.length || scopeGained.length) {
    evidence.push(ev('scope', 'words', scopeLost.join('”, “') || null, scopeGained.join('”, “') || null));
  }

  const classes = CHANGE_CLASSES.filter((c) => evidence.some((e) => e.class === c));
  return { kind: classes.length ? 'substantive' : d.trivialOnly ? 'typographic' : 'rewording', classes, evidence };
}

/** The evidence in one line: "600,000 → 800,000; adds “in peacetime”". */
export function evidenceLine(a: ChangeAssessment): string {
  const order: ChangeClass[] = ['figure', 'negation', 'condition', 'scope', 'modality', 'actor', 'list'];
  return order.flatMap((c) => a.evidence.filter((e) => e.class === c).map((e) => e.note)).join('; ');
}
