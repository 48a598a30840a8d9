import { z } from 'zod';
import { Status, Theme } from './common';
import { SourceKind } from './source';
import { WordingKind } from './point';
import { DocumentKind } from './plan';
import { RELATION_KINDS } from './relation';

/**
 * The engine's output: plain JSON, deterministic, the one thing every page, export and CLI command renders.
 * Documented in the README; versioned by `format`.
 */
export const ROW_KINDS = [
  ...RELATION_KINDS,
  /**
   * Two versions' points of one provision, linked through a third version, where what changed between them is not
   * established (each changed from the common version in its own way).
   */
  'linked',
  /** The best remaining candidate for a point, found by similarity and order: a reader must check it. Not a change. */
  'possible',
  /** A point with no pair, but with plausible candidates on the other side: not shown as dropped or added. */
  'unpaired',
  /** A point of a whole version that a pasted excerpt does not cover: not a deletion. */
  'not-in-excerpt',
  /** A point whose fate no source reports, against a version that is not fully public. */
  'not-reported',
  /** A point of a plan version that a related document (a resolution, a declaration) does not address. */
  'not-addressed',
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
  /** For a claim about a point: the side whose point it describes. */
  side: z.enum(['left', 'right']).nullable(),
});
export type RowClaim = z.infer<typeof RowClaim>;

/** What kind of change an edit is (lib/diff/classify.ts), with the spans that show it. */
export const ChangeClass = z.enum(['figure', 'negation', 'modality', 'actor', 'condition', 'list', 'scope']);
export const RowChange = z.object({
  /** substantive: any class found; rewording: same meaning in other words; typographic; none: same text. */
  kind: z.enum(['none', 'typographic', 'rewording', 'substantive']).nullable(),
  classes: z.array(ChangeClass),
  evidence: z.array(z.object({ class: ChangeClass, before: z.string().nullable(), after: z.string().nullable(), note: z.string() })),
  /** One line of what changed: from the relation (curated) or generated from the evidence (generated). */
  statement: z.string().nullable(),
  statementBy: z.enum(['curated', 'generated']).nullable(),
  /** Figures on either side, with their status: a known text's figure, or who reports which figure. */
  figures: z.array(
    z.object({
      side: z.enum(['left', 'right', 'relation']),
      figure: z.string(),
      status: z.enum(['known', 'reported']),
      who: z.string().nullable(),
      outlet: z.string().nullable(),
      date: z.string().nullable(),
      url: z.string().nullable(),
    }),
  ),
});
export type RowChange = z.infer<typeof RowChange>;

/** How a computed row was found, and its score explained in words. */
export const RowEvidence = z.object({
  method: z.enum(['exact', 'similar', 'mutual', 'order', 'union', 'possible']),
  score: z.number(),
  /** The strongest shared terms (words, names, figures) as they read in the texts. */
  shared: z.array(z.string()),
  text: z.string(),
});
export type RowEvidence = z.infer<typeof RowEvidence>;

export const SegmentSchema = z.object({ op: z.enum(['same', 'del', 'ins']), text: z.string(), trivial: z.boolean().optional() });

export const Row = z.object({
  /** Stable, derived from the data: `ukraine-28:6~geneva-19:army-size`. React key, citation id. */
  id: z.string(),
  /** URL fragment for this row in the compare page (`p6`). */
  anchor: z.string(),
  kind: RowKind,
  status: Status,
  /**
   * curated: a relation between the two versions; composed: relations chained through the versions in `via`;
   * computed: text similarity and order (see `evidence`); inferred: left over after all of these.
   */
  basis: z.enum(['curated', 'composed', 'computed', 'inferred']),
  score: z.number().nullable(),
  /** For composed rows: the version ids of the chain, in order from left to right. */
  via: z.array(z.string()),
  evidence: RowEvidence.nullable(),
  /** For unpaired rows: the plausible candidates on the other side, best first. */
  candidates: z.array(z.object({ ref: z.string(), label: z.string().nullable(), score: z.number() })),
  renumbered: z.boolean(),
  left: z.array(RowPoint),
  right: z.array(RowPoint),
  themes: z.array(Theme),
  rationale: z.string().nullable(),
  claims: z.array(RowClaim),
  sources: z.array(RowSource),
  disagree: z.boolean(),
  stances: z.array(z.string()),
  change: RowChange.nullable(),
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
  /** A version of the plan, or a related document of this kind. */
  documentKind: DocumentKind,
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
    /** The aligner's bars for computed rows (lib/align/align.ts). */
    align: z.object({ confident: z.number(), gap: z.number(), possible: z.number(), unionGain: z.number() }),
    /** A side that is an excerpt of its version: its uncovered points are "not in the excerpt", never dropped. */
    excerpt: z.enum(['left', 'right']).nullable(),
    /** Present when rows were filtered: the same state as the web page's URL (kind, status, theme, view). */
    filter: z.record(z.string(), z.string()).optional(),
  }),
  summary: z.object({
    rows: z.number(),
    byKind: z.record(z.string(), z.number()),
    byStatus: z.object({ known: z.number(), reported: z.number(), unknown: z.number() }),
    disagree: z.number(),
    /** Rows whose change is substantive (figures, negation, modality, parties, conditions, lists, scope). */
    substantive: z.number(),
    /** Possible matches a reader should check. */
    possible: z.number(),
    text: z.string(),
  }),
  rows: z.array(Row),
});
export type Comparison = z.infer<typeof Comparison>;
