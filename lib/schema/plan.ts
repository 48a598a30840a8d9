import { z } from 'zod';
import { Claim, Source } from './source';
import { Point } from './point';
import { IsoDate, Slug } from './common';

export const CHANNELS = ['official', 'leaked', 'reported'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const Plan = z
  .object({
    $schema: z.string().optional(),
    id: Slug,
    title: z.string().min(1),
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
