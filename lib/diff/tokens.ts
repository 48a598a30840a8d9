/**
 * Tokens for the word diff and for similarity. A number with its separators, currency sign and unit
 * ("$100 billion" is two tokens: "$100" and "billion"; "600,000", "50%", "2025-11-20") is ONE token, so that
 * 600,000 -> 800,000 reads as one number replaced, never digits spliced (jsdiff's own word tokenizer splits
 * "$35,000,000" at the commas: kpdecker/jsdiff#546). Words keep inner apostrophes and hyphens.
 * \p{L}\p{M} covers scripts with marks; text in scripts without spaces falls back to one token per run,
 * which is coarse but never wrong for the rebuild property.
 */
const TOKEN = /([$€£]?\d(?:[\d,.:/-]*\d)?%?)|([\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*)|(\s+)|([^\s\p{L}\p{M}\p{N}])/gu;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) out.push(m[0]);
  return out;
}

export const isNumberToken = (t: string) => /^[$€£]?\d(?:[\d,.:/-]*\d)?%?$/.test(t);
export const isSpace = (t: string) => /^\s+$/.test(t);
export const isWord = (t: string) => /^[\p{L}\p{M}\p{N}]/u.test(t) && !isNumberToken(t);
