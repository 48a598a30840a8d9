import { z } from 'zod';
import { Source } from './source';
import { IsoDate, Slug } from './common';

/** A dated event behind the plans (a call, a leak, a round of talks), each sourced. */
export const Event = z
  .object({
    id: Slug,
    date: IsoDate,
    title: z.string().min(1),
    summary: z.string().min(1),
    plans: z.array(Slug).default([]),
    sources: z.array(Slug).min(1),
  })
  .strict();
export type Event = z.infer<typeof Event>;

export const EventsFile = z
  .object({
    $schema: z.string().optional(),
    sources: z.array(Source).min(1),
    events: z.array(Event).min(1),
  })
  .strict();
export type EventsFile = z.infer<typeof EventsFile>;

/**
 * The corrections log: every change to plans/ adds an entry with a new corpus version, so a diff cited under
 * version V can be told apart from what the corpus says today, and the rows that changed since can be named.
 */
export const Correction = z
  .object({
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, { message: 'expected a version like 2026.11.26 or 2026.11.26.2' }),
    date: IsoDate,
    summary: z.string().min(1),
    changes: z
      .array(
        z
          .object({
            /** The plan the change touches... */
            plan: Slug.optional(),
            /** ...or the provisions of a conflict (plans/provisions/<conflict>.json). */
            provisions: Slug.optional(),
            /** Points touched (numbers or keys); empty or absent means the whole version. */
            points: z.array(z.union([z.number().int().positive(), Slug])).optional(),
            what: z.string().min(1),
          })
          .strict()
          .refine((c) => !!c.plan !== !!c.provisions, { message: 'name either a plan or a conflict whose provisions changed' }),
      )
      .min(1),
  })
  .strict();
export type Correction = z.infer<typeof Correction>;

export const CorrectionsFile = z
  .object({
    $schema: z.string().optional(),
    entries: z.array(Correction).min(1),
  })
  .strict();
export type CorrectionsFile = z.infer<typeof CorrectionsFile>;

const Version = Correction.shape.version;

/**
 * A superseded corpus version, frozen: every file of plans/ as it stood under that version. A diff cited under
 * the version is recomputed from it, so the link shows what the citing reader saw, not today's data. Written by
 * `plandiff archive` before plans/ changes; never edited afterwards.
 */
export const ArchiveFile = z
  .object({
    format: z.literal('plandiff.corpus-archive/1'),
    version: Version,
    date: IsoDate,
    /** The archive of the version before this one, and the hash of its JSON: a chain that an edit would break. */
    previous: z.object({ version: Version, hash: z.string().regex(/^[0-9a-f]{14}$/, { message: 'expected 14 hex digits' }) }).strict().optional(),
    files: z
      .array(
        z
          .object({
            path: z.string().regex(/^plans\/(?:relations\/|provisions\/)?[a-z0-9-]+\.json$/, { message: 'expected a path like plans/<id>.json' }),
            data: z.unknown(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type ArchiveFile = z.infer<typeof ArchiveFile>;
