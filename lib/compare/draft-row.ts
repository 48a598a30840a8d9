import { pointRef, type Claim, type Point, type RowEvidence, type RowKind, type Source, type Status } from '../schema';

/**
 * A row before it is dressed for output: which points it pairs, how it was found, and what the link that found it
 * says (status, rationale, claims, sources). Each step of `compare` makes drafts; `toRow` turns them into rows.
 */
export type DraftRow = {
  kind: RowKind;
  basis: 'curated' | 'composed' | 'computed' | 'inferred';
  left: Point[];
  right: Point[];
  /** The link's own status (a relation's), if any; a row is as sure as the weakest of it and its points. */
  relStatus: Status | null;
  rationale: string | null;
  relClaims: Claim[];
  relSourceIds: string[];
  /** Sources the link cites, resolved where the link could see them (composed rows cite other versions' files). */
  relSources: Source[];
  via: string[];
  score: number | null;
  evidence: RowEvidence | null;
  candidates: { ref: string; label: string | null; score: number }[];
  /** A curated one-line statement of the change. */
  statement: string | null;
  /** Forces the row's status (a leftover whose fate is not reported is unknown whatever its point). */
  forced?: Status;
};

export function draft(kind: RowKind, basis: DraftRow['basis'], left: Point[], right: Point[], extra: Partial<DraftRow> = {}): DraftRow {
  return {
    kind,
    basis,
    left,
    right,
    relStatus: null,
    rationale: null,
    relClaims: [],
    relSourceIds: [],
    relSources: [],
    via: [],
    score: null,
    evidence: null,
    candidates: [],
    statement: null,
    ...extra,
  };
}

/** Stable, derived from the data: `ukraine-28:6~geneva-19:army-size`. React key, citation id. */
export function rowId(aId: string, bId: string, d: { left: Point[]; right: Point[] }): string {
  return `${aId}:${d.left.map(pointRef).join('+') || '-'}~${bId}:${d.right.map(pointRef).join('+') || '-'}`;
}
