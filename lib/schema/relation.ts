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
] as const;
export const RelationKind = z.enum(RELATION_KINDS);
export type RelationKind = z.infer<typeof RelationKind>;

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
    /** lineage: one version derived from the other; analogy: plans for different conflicts. */
    link: z.enum(['lineage', 'analogy']),
    summary: z.string().min(1),
    sources: z.array(Source).default([]),
    relations: z.array(Relation),
  })
  .strict();
export type RelationFile = z.infer<typeof RelationFile>;
