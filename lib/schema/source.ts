import { z } from 'zod';
import { IsoDate, Slug, Url } from './common';

export const SOURCE_KINDS = ['official-document', 'leaked-document', 'official-statement', 'media-report'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** Kinds that can carry a plan's own wording (the rest can only describe it). */
export const PRIMARY_KINDS: readonly SourceKind[] = ['official-document', 'leaked-document'];

export const Source = z
  .object({
    id: Slug,
    outlet: z.string().min(1),
    title: z.string().min(1),
    url: Url,
    published: IsoDate,
    kind: SourceKind,
    /** The outlet this copy relays (a wire story on a partner site, a reprint), where it is not the outlet itself. */
    relays: z.string().min(1).optional(),
    archiveUrl: Url.optional(),
    /** BCP 47 language tag of the page, where it is not English. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).optional(),
    reliability: z.string().min(1).optional(),
    /** When the date is approximate or taken from the URL rather than the page. */
    dateNote: z.string().min(1).optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/**
 * A claim: one source saying one thing. `said` is our own paraphrase, never the outlet's sentence.
 * `stance` is a short label of what the claim asserts about the point ("dropped", "800,000"), so that
 * claims which disagree can be told apart by the engine rather than by a reader's eye.
 */
export const Claim = z
  .object({
    source: Slug,
    who: z.string().min(1),
    date: IsoDate,
    said: z.string().min(1),
    stance: z.string().min(1).optional(),
  })
  .strict();
export type Claim = z.infer<typeof Claim>;
