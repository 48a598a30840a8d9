import { z } from 'zod';
import { Status, Theme } from './common';
import { RowChange, RowClaim, RowKind, RowPoint, RowSource, SegmentSchema, VersionInfo } from './comparison';

/**
 * A provision followed through every version of one conflict (`plandiff.history/1`): one cell per version saying
 * what the version holds of it and what became of it since the last version that had it, with the figures its
 * texts and claims give. Computed by lib/history from the corpus, like a comparison.
 */
export const CELL_STATES = [
  /** The version has the provision: `points` hold it. */
  'present',
  /** The provision first appears in a later version. */
  'not-yet',
  /** A relation says the version dropped it. */
  'dropped',
  /** A relation says it moved to another document or track. */
  'moved',
  /** The version's text is not public where the provision would be. */
  'not-public',
  /** No source reports what became of it in this version. */
  'not-reported',
  /** A point of the version may be it: a possible match, to check. */
  'possible',
  /** A related document that does not address the provision. */
  'not-addressed',
  /** Absent since an earlier version lost it (the cell says which, in `from`). */
  'still-absent',
] as const;
export const CellState = z.enum(CELL_STATES);
export type CellState = z.infer<typeof CellState>;

export const HistoryCell = z.object({
  version: z.string(),
  state: CellState,
  /** What became of it since `from`, as the comparison of the two versions says (kept, changed, dropped...). */
  kind: RowKind.nullable(),
  status: Status.nullable(),
  /** The last earlier version that had the provision, and where the comparison of the two shows this row. */
  from: z.string().nullable(),
  link: z.object({ a: z.string(), b: z.string(), anchor: z.string() }).nullable(),
  basis: z.enum(['curated', 'composed', 'computed', 'inferred', 'seed']).nullable(),
  via: z.array(z.string()),
  points: z.array(RowPoint),
  claims: z.array(RowClaim),
  sources: z.array(RowSource),
  change: RowChange.nullable(),
  diff: z.object({ segments: z.array(SegmentSchema) }).nullable(),
  /** Points of this version that may be the provision (possible matches), with their scores. */
  candidates: z.array(z.object({ ref: z.string(), score: z.number() })),
});
export type HistoryCell = z.infer<typeof HistoryCell>;

/** One figure of a provision in one version: from a known text, or who reports it. */
export const ThreadFigure = z.object({
  version: z.string(),
  figure: z.string(),
  /** The figure's value, where it is a plain amount (600,000 -> 600000); null for ratios, dates and words. */
  value: z.number().nullable(),
  unit: z.string().nullable(),
  status: z.enum(['known', 'reported']),
  who: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
});
export type ThreadFigure = z.infer<typeof ThreadFigure>;

export const HistoryProvision = z.object({
  id: z.string(),
  title: z.string(),
  about: z.string(),
  themes: z.array(Theme),
  cells: z.array(HistoryCell),
  figures: z.array(ThreadFigure),
  /** Whether the figures make a thread worth drawing: two or more versions give a value in one unit. */
  chartable: z.boolean(),
});
export type HistoryProvision = z.infer<typeof HistoryProvision>;

export const History = z.object({
  format: z.literal('plandiff.history/1'),
  conflict: z.string(),
  corpusVersion: z.string(),
  corpusDate: z.string(),
  /** The conflict's versions in date order, then its related documents. */
  versions: z.array(VersionInfo),
  provisions: z.array(HistoryProvision),
  /** Points that no provision reaches through the relations: listed, not guessed. */
  unplaced: z.array(z.object({ version: z.string(), ref: z.string(), label: z.string().nullable(), status: Status })),
});
export type History = z.infer<typeof History>;
