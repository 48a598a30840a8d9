import { z } from 'zod';
import { Status, Theme } from './common';
import { SourceKind } from './source';
import { WordingKind } from './point';
import { RELATION_KINDS } from './relation';

/**
 * The engine's output: plain JSON, deterministic, the one thing every page, export and CLI command renders.
 * Documented in the README; versioned by `format`.
 */
export const ROW_KINDS = [
  ...RELATION_KINDS,
  /** A point whose fate no source reports, against a version that is not fully public. */
  'not-reported',
  /** A point of one conflict's plan with no analogue in the other's. */
  'unmatched',
] as const;
export const RowKind = z.enum(ROW_KINDS);
export type RowKind = z.infer<typeof RowKind>;

export const RowPoint = z.object({
  plan: z.string(),
  /** Number in its version, null when the position is not known. */
  n: z.number().int().nullable(),
  key: z.string().nullable(),
  ref: z.string(),
  status: Status,
  label: z.string().nullable(),
  /** The text the corpus holds (known points, sub-items on their own lines), or the summary (reported), or null. */
  text: z.string().nullable(),
  wording: WordingKind.nullable(),
  /** Where the wording the corpus holds comes from (known points), and the language of a back-translation. */
  wordingFrom: z.array(z.object({ outlet: z.string(), url: z.string(), published: z.string() })),
  wordingLanguage: z.string().nullable(),
  wordingMissing: z.string().nullable(),
});
export type RowPoint = z.infer<typeof RowPoint>;

export const RowSource = z.object({
  id: z.string(),
  outlet: z.string(),
  title: z.string(),
  url: z.string(),
  published: z.string(),
  kind: SourceKind,
});
export type RowSource = z.infer<typeof RowSource>;

export const RowClaim = z.object({
  source: z.string(),
  outlet: z.string(),
  url: z.string(),
  who: z.string(),
  date: z.string(),
  said: z.string(),
  stance: z.string().nullable(),
  /** Whether the claim is about the relation (what became of the point) or about the point's content. */
  about: z.enum(['relation', 'point']),
});
export type RowClaim = z.infer<typeof RowClaim>;

export const SegmentSchema = z.object({ op: z.enum(['same', 'del', 'ins']), text: z.string(), trivial: z.boolean().optional() });

export const Row = z.object({
  /** Stable, derived from the data: `ukraine-28:6~geneva-19:army-size`. React key, citation id. */
  id: z.string(),
  /** URL fragment for this row in the compare page (`p6`). */
  anchor: z.string(),
  kind: RowKind,
  status: Status,
  /** curated: from plans/relations; computed: text similarity (see score); inferred: left over after both. */
  basis: z.enum(['curated', 'computed', 'inferred']),
  score: z.number().nullable(),
  renumbered: z.boolean(),
  left: z.array(RowPoint),
  right: z.array(RowPoint),
  themes: z.array(Theme),
  rationale: z.string().nullable(),
  claims: z.array(RowClaim),
  sources: z.array(RowSource),
  disagree: z.boolean(),
  stances: z.array(z.string()),
  diff: z
    .object({
      segments: z.array(SegmentSchema),
      numbers: z.array(z.object({ from: z.string(), to: z.string() })),
      sameRatio: z.number(),
      truncated: z.boolean(),
      /** Every difference is typographic only (quote marks, dashes, spacing): separable from substantive edits. */
      trivialOnly: z.boolean(),
    })
    .nullable(),
});
export type Row = z.infer<typeof Row>;

/**
 * Where a compared version comes from: the corpus (sourced, logged, archived, with permalinks), or a file or a
 * pasted text that plandiff has not checked. A version that is not from the corpus never carries the corpus's
 * relations, version or permalinks.
 */
export const ORIGINS = ['corpus', 'file', 'pasted'] as const;
export const Origin = z.enum(ORIGINS);
export type Origin = z.infer<typeof Origin>;

export const VersionInfo = z.object({
  id: z.string(),
  origin: Origin,
  title: z.string(),
  shortTitle: z.string(),
  conflict: z.string(),
  date: z.string(),
  knownAsOf: z.string(),
  declaredPoints: z.number(),
  channel: z.string(),
  counts: z.object({ known: z.number(), reported: z.number(), unknown: z.number() }),
  missing: z.string().nullable(),
});
export type VersionInfo = z.infer<typeof VersionInfo>;

export const Comparison = z.object({
  format: z.literal('plandiff.comparison/1'),
  provenance: z.object({
    /**
     * The corpus version the comparison was made under. It vouches only for a side whose `origin` is `corpus`: a
     * side from a file or a paste is not part of any corpus version, and exports say so.
     */
    corpusVersion: z.string(),
    corpusDate: z.string(),
    left: VersionInfo,
    right: VersionInfo,
    link: z.enum(['lineage', 'analogy', 'related', 'none']),
    relationFile: z.string().nullable(),
    /** A caution to show with the comparison, e.g. for versions that are not direct parent and child. */
    notes: z.array(z.string()),
    threshold: z.number(),
    /** Present when rows were filtered: the same state as the web page's URL (kind, status, theme, view). */
    filter: z.record(z.string(), z.string()).optional(),
  }),
  summary: z.object({
    rows: z.number(),
    byKind: z.record(z.string(), z.number()),
    byStatus: z.object({ known: z.number(), reported: z.number(), unknown: z.number() }),
    disagree: z.number(),
    text: z.string(),
  }),
  rows: z.array(Row),
});
export type Comparison = z.infer<typeof Comparison>;
