import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { PUBLISHED_SCHEMAS, jsonSchemaText } from '../lib/schema/json-schema';

describe('published JSON Schemas', () => {
  for (const name of Object.keys(PUBLISHED_SCHEMAS) as (keyof typeof PUBLISHED_SCHEMAS)[]) {
    it(`public/schema/${name}.schema.json is generated from the zod schema`, () => {
      expect(readFileSync(`${__dirname}/../public/schema/${name}.schema.json`, 'utf8')).toBe(jsonSchemaText(name));
    });
  }
  it('every plan file points at the plan schema with $schema', () => {
    for (const f of readdirSync(`${__dirname}/../plans`).filter((n) => n.endsWith('.json') && !['events.json', 'corrections.json'].includes(n))) {
      expect(JSON.parse(readFileSync(`${__dirname}/../plans/${f}`, 'utf8')).$schema, f).toBe('../public/schema/plan.schema.json');
    }
  });
});
