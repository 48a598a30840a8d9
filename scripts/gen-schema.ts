// Writes public/schema/*.schema.json from the zod schemas. `--check` fails when a file is out of date.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { PUBLISHED_SCHEMAS, jsonSchemaText } from '../lib/schema/json-schema';

const check = process.argv.includes('--check');
let stale = 0;
for (const name of Object.keys(PUBLISHED_SCHEMAS) as (keyof typeof PUBLISHED_SCHEMAS)[]) {
  const path = `public/schema/${name}.schema.json`;
  const text = jsonSchemaText(name);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${path} is out of date: run npx tsx scripts/gen-schema.ts`);
      stale++;
    }
  } else writeFileSync(path, text);
}
process.exit(stale ? 1 : 0);
