import { z } from 'zod';
import { Slug, Theme } from './common';
import { PointRef } from './relation';

/**
 * A provision: one matter followed through a conflict's versions (the army's size, amnesty, the territory
 * clause). The editor names it and gives the point(s) it starts from (`seeds`); its points in every other version are
 * gathered from the relations (direct, composed through the lineage, computed from the texts), never listed by hand,
 * so a provision cannot claim a point no relation places there.
 */
export const Provision = z
  .object({
    id: Slug,
    title: z.string().min(1).max(60),
    /** One line in our words on what the provision is about. */
    about: z.string().min(1).max(200),
    themes: z.array(Theme).min(1),
    seeds: z
      .array(z.object({ plan: Slug, point: PointRef }).strict())
      .min(1),
  })
  .strict();
export type Provision = z.infer<typeof Provision>;

export const ProvisionsFile = z
  .object({
    $schema: z.string().optional(),
    conflict: Slug,
    provisions: z.array(Provision).min(1),
  })
  .strict();
export type ProvisionsFile = z.infer<typeof ProvisionsFile>;
