import { z } from 'zod';
import { Claim } from './source';
import { Slug, Theme } from './common';

/**
 * Where the wording of a known point comes from. A point can be `known` (its version was published in full)
 * while the corpus only holds a back-translation or our paraphrase of it: the UI and every export show which,
 * and only `verbatim` is ever presented as the document's wording.
 * - verbatim: the document's own words, from the sources named;
 * - partial: verbatim fragments, joined by `[…]` where words were not found; `missing` says what is left out;
 * - back-translation: English made from a translation (say the language in `language`);
 * - paraphrase: content only, in our words.
 */
export const WORDING_KINDS = ['verbatim', 'partial', 'back-translation', 'paraphrase'] as const;
export const WordingKind = z.enum(WORDING_KINDS);
export type WordingKind = z.infer<typeof WordingKind>;

export const Wording = z
  .object({
    kind: WordingKind,
    sources: z.array(Slug).min(1),
    language: z.string().min(2).optional(),
    missing: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();
export type Wording = z.infer<typeof Wording>;

/** A sub-item of a point: `a)`, a bullet. Labels are kept as published (absent for unlettered bullets). */
export const Item = z
  .object({
    label: z.string().min(1).max(8).optional(),
    text: z.string().min(1),
  })
  .strict();
export type Item = z.infer<typeof Item>;

/** Another copy's wording of the same point, kept so a reader can see where reprints differ. */
export const Variant = z
  .object({
    source: Slug,
    text: z.string().min(1),
    note: z.string().min(1).optional(),
  })
  .strict();
export type Variant = z.infer<typeof Variant>;

const pointBase = {
  /** Position in the version, or null when only its existence or content is reported. */
  n: z.number().int().positive().nullable(),
  /** Stable key for a point without a number (required then), kebab case: `army-size`, `unknown-01`. */
  key: Slug.optional(),
  /** A short label in our words, for lists and citations. */
  label: z.string().min(1).max(90).optional(),
  themes: z.array(Theme).default([]),
  note: z.string().min(1).optional(),
};

export const KnownPoint = z
  .object({
    ...pointBase,
    status: z.literal('known'),
    text: z.string().min(1),
    items: z.array(Item).optional(),
    /** The documents the point's text is published in (official or leaked document). */
    sources: z.array(Slug).min(1),
    wording: Wording,
    variants: z.array(Variant).optional(),
  })
  .strict();

export const ReportedPoint = z
  .object({
    ...pointBase,
    status: z.literal('reported'),
    /** Our own one-sentence summary of what is reported. */
    summary: z.string().min(1),
    claims: z.array(Claim).min(1),
  })
  .strict();

export const UnknownPoint = z
  .object({
    ...pointBase,
    status: z.literal('unknown'),
  })
  .strict();

export const Point = z.discriminatedUnion('status', [KnownPoint, ReportedPoint, UnknownPoint]);
export type Point = z.infer<typeof Point>;
export type KnownPoint = z.infer<typeof KnownPoint>;
export type ReportedPoint = z.infer<typeof ReportedPoint>;
export type UnknownPoint = z.infer<typeof UnknownPoint>;

/** The reference by which relations, rows and URLs name a point: its number, or its key. */
export function pointRef(p: Pick<Point, 'n' | 'key'>): string {
  return p.n != null ? String(p.n) : (p.key ?? '?');
}
