import { stem } from './stem';
import { tokenize, isNumberToken, isWord } from '../diff/tokens';
import { THESAURUS } from './thesaurus';

/**
 * The evidence of sameness a text carries, as weighted terms. Two renderings of one provision rarely share their
 * exact words, so each word is reduced to what survives a rewording:
 * - word stems (Porter, from the `stemmer` package): "hostages" and "hostage", "released" and "release" meet;
 * - numbers and amounts as values: "1,700" = "1700", "600 thousand" = "600,000", "$100 billion" = "$100bn";
 * - phrases of the domain thesaurus (lib/align/thesaurus.json) mapped to one concept: "captives" ~ "hostages",
 *   "technical committee" ~ "technocratic committee";
 * - names of places, bodies and people (capitalised inside a sentence, or all capitals) and figures weigh more:
 *   they rarely change between renderings of one point and rarely recur across different points.
 */
export type TermBag = Map<string, number>;

/** How much more a name or a figure counts than a common word. Tuned on the alignment fixtures' tune half. */
export const NAME_WEIGHT = 1.6;
export const NUMBER_WEIGHT = 1.3;

const STOP = new Set(
  'a an and are as at be been by for from has have in into is it its of on or that the their this to was were will with which who within shall would all any also other such than then there these those they them he she we our us his her may must should can could upon over under per via each both either st nd rd th'.split(
    ' ',
  ),
);

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
const WORD_NUM: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/**
 * The value of a number token, or null. "1,700" -> 1700; "50%" -> 50; "2025-11-20" and "10:30" keep their text
 * (dates and times are compared as written). The scale word after it (thousand, billion, bn) is applied by the caller.
 */
export function numberValue(tok: string): number | null {
  const t = tok.replace(/^[$€£]/, '').replace(/%$/, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return null;
}

/** Canonical text of a value: 1e11 -> "100000000000", 0.5 -> "0.5". */
const valueKey = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6));

export type Tok = { kind: 'word'; stem: string; lower: string; name: boolean; surface: string } | { kind: 'number'; key: string; surface: string } | { kind: 'break' };

/** Words and numbers of a text in order, with sentence breaks, names marked, scale words folded into numbers. */
function scan(text: string): Tok[] {
  const out: Tok[] = [];
  let sentenceStart = true;
  // "U.S." and "US" (in capitals) are the United States, not the pronoun.
  const raw = tokenize(text.replace(/\bU\.\s?S\.(?:\s?A\.)?|\bUSA?\b/g, 'United States'));
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k]!;
    if (isNumberToken(t)) {
      let v = numberValue(t);
      if (v != null) {
        // "600 thousand", "$100 billion", "$100bn" (the tokenizer splits "100bn" as a word, see below).
        let look = k + 1;
        while (look < raw.length && /^\s+$/.test(raw[look]!)) look++;
        const next = raw[look]?.toLowerCase();
        let surface = t;
        if (next && SCALE[next] && next.length > 1) {
          v *= SCALE[next];
          surface = `${t} ${raw[look]}`;
          k = look;
        }
        out.push({ kind: 'number', key: `#${valueKey(v)}`, surface });
      } else out.push({ kind: 'number', key: `#${t.replace(/[$€£]/, '')}`, surface: t });
      sentenceStart = false;
      continue;
    }
    if (isWord(t)) {
      // "100bn", "600k": a number glued to its scale.
      const glued = /^(\d+(?:\.\d+)?)(bn|mn|m|k|b|tn)$/i.exec(t);
      if (glued) {
        out.push({ kind: 'number', key: `#${valueKey(Number(glued[1]) * SCALE[glued[2]!.toLowerCase()]!)}`, surface: t });
        sentenceStart = false;
        continue;
      }
      const lower = t.toLowerCase();
      if (WORD_NUM[lower] !== undefined && !(lower === 'one' && /^\s*(of|another)\b/i.test(raw.slice(k + 1, k + 3).join('')))) {
        out.push({ kind: 'number', key: `#${WORD_NUM[lower]}`, surface: t });
        sentenceStart = false;
        continue;
      }
      const upper = /^\p{Lu}/u.test(t);
      const allCaps = t.length >= 2 && t === t.toUpperCase() && /\p{Lu}/u.test(t);
      // "life-sentence" and "life sentence" are the same words: hyphenated words count part by part.
      for (const part of lower.replace(/['’]s$/, '').split('-')) {
        if (part) out.push({ kind: 'word', stem: stem(part), lower: part, name: allCaps || (upper && !sentenceStart), surface: part === lower ? t : part });
      }
      sentenceStart = false;
      continue;
    }
    if (/^[.!?;:\n]$/.test(t) || /\n/.test(t)) {
      out.push({ kind: 'break' });
      sentenceStart = true;
    }
  }
  return out;
}

/**
 * The weighted terms of a text: term -> weight (count times its boost). Thesaurus phrases are matched on stems,
 * longest first, before stop words are dropped (so "Board of Peace" can be one concept).
 */
/**
 * Term bags are memoised by text (the same point is read in every comparison it takes part in); a bag is never
 * mutated by its callers. Bounded, so a long session does not grow without end.
 */
const bagCache = new Map<string, { bag: TermBag; surface: Map<string, string> }>();

export function termsOf(text: string, surface?: Map<string, string>): TermBag {
  const hit = bagCache.get(text);
  if (hit) {
    if (surface) for (const [t, s] of hit.surface) if (!surface.has(t)) surface.set(t, s);
    return hit.bag;
  }
  const own = new Map<string, string>();
  const bag = computeTerms(text, own);
  if (bagCache.size > 20_000) bagCache.clear();
  bagCache.set(text, { bag, surface: own });
  if (surface) for (const [t, s] of own) if (!surface.has(t)) surface.set(t, s);
  return bag;
}

function computeTerms(text: string, surface: Map<string, string>): TermBag {
  const toks = scan(text);
  const bag: TermBag = new Map();
  const add = (t: string, w: number, shown?: string) => {
    bag.set(t, (bag.get(t) ?? 0) + w);
    if (shown && !surface.has(t)) surface.set(t, shown);
  };
  const words = (from: number, n: number) =>
    toks
      .slice(from, from + n)
      .map((x) => (x.kind === 'break' ? '' : x.surface))
      .join(' ');
  for (let k = 0; k < toks.length; k++) {
    const tk = toks[k]!;
    if (tk.kind === 'break') continue;
    if (tk.kind === 'number') {
      add(tk.key, NUMBER_WEIGHT, tk.surface);
      continue;
    }
    const hit = THESAURUS.match(toks, k);
    if (hit) {
      add(hit.concept, hit.name ? NAME_WEIGHT : 1, words(k, hit.length));
      k += hit.length - 1;
      continue;
    }
    if (STOP.has(tk.lower) || tk.stem.length < 2) continue;
    add(tk.stem, tk.name ? NAME_WEIGHT : 1, tk.surface);
  }
  return bag;
}

