import { z } from 'zod';

/** Kebab-case identifiers: plan ids, source ids, point keys. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a kebab-case id (lower-case letters, digits, hyphens)' });

/**
 * Calendar dates are ISO `YYYY-MM-DD`. A date is checked for being real (no 31 Feb); the corpus check
 * separately refuses dates in the future, since that depends on today's date and the schema must stay pure.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected an ISO date YYYY-MM-DD' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { message: 'expected a real calendar date' });

export const Url = z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' });

/** Controlled vocabulary of themes, so filters mean the same thing across conflicts. */
export const THEMES = [
  'ceasefire',
  'territory',
  'withdrawal',
  'sovereignty',
  'security-guarantees',
  'military-limits',
  'demilitarization',
  'nato',
  'international-force',
  'sanctions',
  'assets-reconstruction',
  'economy',
  'eu-membership',
  'amnesty-justice',
  'prisoners-hostages',
  'humanitarian',
  'governance',
  'elections',
  'nuclear',
  'monitoring-enforcement',
  'culture-education',
  'diplomacy',
] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

/** What the public record holds for a point. Ordered strongest first: known > reported > unknown. */
export const STATUSES = ['known', 'reported', 'unknown'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;
