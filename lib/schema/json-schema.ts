import { z } from 'zod';
import { CorrectionsFile, EventsFile } from './corpus';
import { Plan } from './plan';
import { RelationFile } from './relation';
import { ProvisionsFile } from './provision';

/** The published JSON Schemas, generated from the zod schemas so they cannot drift. */
export const PUBLISHED_SCHEMAS = {
  plan: Plan,
  relation: RelationFile,
  provisions: ProvisionsFile,
  events: EventsFile,
  corrections: CorrectionsFile,
} as const;

export function jsonSchemaText(name: keyof typeof PUBLISHED_SCHEMAS): string {
  const schema = z.toJSONSchema(PUBLISHED_SCHEMAS[name], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...schema, title: `plandiff ${name} file` }, null, 2)}\n`;
}
