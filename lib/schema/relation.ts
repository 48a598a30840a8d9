import { z } from 'zod';
import { Claim, Source } from './source';
import { Slug } from './common';

/**
 * What became of a point between two versions. `bracketed` is a point left open (in square brackets) for
 * a later decision; `moved` went to another document or negotiating track; `changed` is a reported change
 * of content with no text to diff; `analogous` links provisions of plans for different conflicts.
 */
export const RELATION_KINDS = [
  'kept',
  'reworded',
  'changed',
  'renumbered',
  'merged',
  'split',
  'dropped',
  'added',
  'bracketed',
  'moved',
  'analogous',
  // How a related document (a declaration, a resolution, a charter, an agreement) bears on a version's points:
  // it is not an edit of the plan, so none of these is a change of its text.
  /** The document approves the points (a resolution welcoming the plan). */
  'endorses',
  /** The document puts the points into effect (an agreement carrying out a phase). */
  'implements',
  /** The document works the points out in more detail (a charter setting up a body the plan names). */
  'elaborates',
  /** The document replaces the points with its own terms. */
  'supersedes',
] as const;
export const RelationKind = z.enum(RELATION_KINDS);
export type RelationKind = z.infer<typeof RelationKind>;

/** Relation kinds by which a related document bears on a plan version's points (only in `related` files). */
export const BEARING_KINDS = ['endorses', 'implements', 'elaborates', 'supersedes'] as const satisfies readonly RelationKind[];
export const isBearing = (k: string) => (BEARING_KINDS as readonly string[]).includes(k);

/** A point reference inside a relation: a number, or the key of an unnumbered point. */
export const PointRef = z.union([z.number().int().positive(), Slug]);
export type PointRef = z.infer<typeof PointRef>;

/**
 * The relation's own status: `known` when it is evident from two known texts (our comparison, explained in
 * `rationale`), `reported` when named sources say so (then `claims` is required).
 */
export const Relation = z
  .object({
    from: z.array(PointRef),
    to: z.array(PointRef),
    kind: RelationKind,
    status: z.enum(['known', 'reported']),
    rationale: z.string().min(1),
    /**
     * What changed, in one line of our own words, as a verb phrase whose subject is the later version ("raises the
     * peacetime cap on Ukraine's army from 600,000 to 800,000"). Used in the row header and citations instead of the
     * line generated from the texts.
     */
    change: z.string().min(1).max(200).optional(),
    claims: z.array(Claim).optional(),
    sources: z.array(Slug).optional(),
  })
  .strict();
export type Relation = z.infer<typeof Relation>;

export const RelationFile = z
  .object({
    $schema: z.string().optional(),
    from: Slug,
    to: Slug,
    /**
     * lineage: one version derived from the other; analogy: plans for different conflicts; related: `to` is a related
     * document (not a version of the plan) and each relation says how it bears on points of the version in `from`.
     */
    link: z.enum(['lineage', 'analogy', 'related']),
    summary: z.string().min(1),
    sources: z.array(Source).default([]),
    relations: z.array(Relation),
  })
  .strict();
export type RelationFile = z.infer<typeof RelationFile>;
