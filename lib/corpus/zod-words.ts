import type { z } from 'zod';

/**
 * zod's issues in a data editor's words: what was expected, what was found. Shared by the corpus check and the
 * draft import, so a bad field reads the same wherever it is found.
 */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** A path as editors count: `points[3].status` is the third point. */
export const fieldOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k + 1}]` : acc ? `${acc}.${String(k)}` : String(k)), '');

export function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}…` : v);
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

const WORDS: Record<string, string> = { string: 'a text', number: 'a number', array: 'a list', object: 'an object', boolean: 'true or false', int: 'a whole number' };

/**
 * One issue in words. A discriminated union that matched no option names its discriminator field (a point's
 * `status`) and the allowed values; `path` is returned because that case points one level deeper.
 */
export function describeZodIssue(zi: z.core.$ZodIssue, data: unknown): { path: readonly PropertyKey[]; message: string } {
  let path: readonly PropertyKey[] = zi.path;
  let found = valueAt(data, path);
  switch (zi.code) {
    case 'invalid_type':
      return { path, message: found === undefined ? `is missing: expected ${WORDS[zi.expected] ?? zi.expected}` : `expected ${WORDS[zi.expected] ?? zi.expected}; found ${shown(found)}` };
    case 'invalid_union': {
      const u = zi as { discriminator?: string; options?: unknown[] };
      if (u.discriminator) {
        if (path[path.length - 1] !== u.discriminator) path = [...path, u.discriminator];
        found = valueAt(data, path);
        const allowed = (u.options ?? []).map(String).join(', ');
        return { path, message: found === undefined ? `is missing: expected one of ${allowed}` : `expected one of ${allowed}; found ${shown(found)}` };
      }
      return { path, message: `does not match any allowed form; found ${shown(found)}` };
    }
    case 'invalid_value':
      return { path, message: `expected one of ${zi.values.map(String).join(', ')}; found ${shown(found)}` };
    case 'too_small':
      return {
        path,
        message: zi.origin === 'array' ? `needs at least ${zi.minimum} ${Number(zi.minimum) === 1 ? 'entry' : 'entries'}` : zi.origin === 'string' ? 'must not be empty' : `must be at least ${zi.minimum}; found ${shown(found)}`,
      };
    case 'too_big':
      return { path, message: zi.origin === 'string' ? `is too long: expected at most ${zi.maximum} characters; found ${String(found).length}` : `must be at most ${zi.maximum}; found ${shown(found)}` };
    case 'unrecognized_keys':
      return { path, message: `has ${zi.keys.length > 1 ? 'fields' : 'a field'} the schema does not know: ${zi.keys.join(', ')}` };
    case 'invalid_format':
      return { path, message: `${zi.message}; found ${shown(found)}` };
    default:
      return { path, message: `${zi.message}${found !== undefined ? `; found ${shown(found)}` : ''}` };
  }
}
