import type { Comparison } from '../schema';

/** The comparison as published JSON: the engine's own output, keys in a fixed order, so output is byte-stable. */
export function toJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
