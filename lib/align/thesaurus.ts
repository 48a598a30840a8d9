import { z } from 'zod';
import data from './thesaurus.json';
import { stem } from './stem';
import type { Tok } from './terms';

/** The domain thesaurus (thesaurus.json): validated when loaded, so a malformed entry fails every test at once. */
export const ThesaurusFile = z
  .object({
    about: z.string().min(1),
    entries: z
      .array(
        z
          .object({
            concept: z.string().regex(/^[a-z0-9-]+$/),
            phrases: z.array(z.string().min(1)).min(2),
            why: z.string().min(20),
            /** The phrases name a body, a place or a treaty: weighted like any name. */
            name: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type ThesaurusFile = z.infer<typeof ThesaurusFile>;

/** Words of a phrase as the scanner sees them: lower-cased, split on spaces and hyphens, stemmed. */
export const phraseStems = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => stem(w));

type Node = { next: Map<string, Node>; concept?: string };

/**
 * Longest-match lookup of thesaurus phrases over a scanned text. Built lazily (the stemmer is needed), once.
 * Concepts whose phrases are abbreviations or names count as names (weighted up like any name).
 */
class Thesaurus {
  private root: Node | null = null;
  private names = new Set<string>();
  constructor(private file: ThesaurusFile) {}
  private build(): Node {
    const root: Node = { next: new Map() };
    for (const e of this.file.entries) {
      if (e.name) this.names.add(`~${e.concept}`);
      for (const p of e.phrases) {
        let n = root;
        for (const s of phraseStems(p)) {
          let m = n.next.get(s);
          if (!m) n.next.set(s, (m = { next: new Map() }));
          n = m;
        }
        n.concept = `~${e.concept}`;
      }
    }
    return root;
  }
  match(toks: Tok[], at: number): { concept: string; length: number; name: boolean } | null {
    this.root ??= this.build();
    let n: Node | undefined = this.root;
    let best: { concept: string; length: number; name: boolean } | null = null;
    for (let k = at; k < toks.length && n; k++) {
      const t = toks[k]!;
      if (t.kind !== 'word') break;
      n = n.next.get(t.stem);
      if (n?.concept) best = { concept: n.concept, length: k - at + 1, name: this.names.has(n.concept) || t.name };
    }
    return best;
  }
}

export const THESAURUS_DATA = ThesaurusFile.parse(data);
export const THESAURUS = new Thesaurus(THESAURUS_DATA);
