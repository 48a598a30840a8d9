import { stemmer } from 'stemmer';

/** A word as its Porter stem (the `stemmer` package), cached: the same few thousand words recur in every comparison. */
const cache = new Map<string, string>();
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}
