import { z } from 'zod';
import { Claim, Source } from './source';
import { Point } from './point';
import { IsoDate, Slug } from './common';

export const CHANNELS = ['official', 'leaked', 'reported'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/**
 * What a document is. A `plan-version` is one version of the peace plan (a draft, a counter-proposal, the
 * published plan). The others are related documents that endorse, implement or elaborate points of a version: they
 * are shown with their kind and linked by `related` relations, never diffed as a version that dropped points.
 */
export const DOCUMENT_KINDS = ['plan-version', 'declaration', 'resolution', 'charter', 'agreement', 'position-paper', 'statement'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Plan = z
  .object({
    $schema: z.string().optional(),
    id: Slug,
    title: z.string().min(1),
    /** A version of the plan (the default) or a related document of the kind named. */
    kind: DocumentKind.default('plan-version'),
    shortTitle: z.string().min(1).max(40),
    conflict: Slug,
    /** The date of this version (when it was drafted, published or agreed). */
    date: IsoDate,
    /** What the corpus holds is known as of this date (legislation.gov.uk's "up to date with changes known on or before"). */
    knownAsOf: IsoDate,
    /** How many points the version is said to have. */
    declaredPoints: z.number().int().positive(),
    /** Where sources disagree on the count, each claim is kept. */
    countClaims: z.array(Claim).optional(),
    origin: z
      .object({
        channel: Channel,
        draftedBy: z.string().min(1),
        /** Our own sentence or two on how the text came to light. */
        summary: z.string().min(1),
        sources: z.array(Slug).min(1),
      })
      .strict(),
    /** Plans this version was derived from (lineage for the timeline). */
    derivedFrom: z.array(Slug).optional(),
    /** What is known to be missing from the corpus for this version, in our words. */
    missing: z.string().min(1).optional(),
    sources: z.array(Source).min(1),
    points: z.array(Point).min(1),
  })
  .strict();
export type Plan = z.infer<typeof Plan>;
