import type { Target } from './lib';

/**
 * The engine's targets (2-core machine). The README's benchmark table is printed from these by
 * `npm run bench -- --markdown`, and tests/readme.test.ts checks that the README's rows name these targets.
 */
export const ENGINE_TARGETS = {
  compare1000: { id: 'compare-1000', label: 'compare(), 1,000 synthetic points (20 % reworded, 5 % moved, 5 % dropped and added)', limit: 150, unit: 'ms' },
  compareReworded: { id: 'compare-1000-reworded', label: 'compare(), 1,000 synthetic points, every point reworded', limit: 300, unit: 'ms' },
  draft: { id: 'draft-28', label: 'paste a 28-point draft (3 points reworded, 1 removed), parse it and compare with every version', limit: 50, unit: 'ms' },
  paste: { id: 'paste-1mb', label: 'parse the slowest of the pathological 1 MB pastes (text and draft import)', limit: 1000, unit: 'ms' },
  shared10k: { id: 'compare-10000-shared', label: 'compare(), 10,000 points drawn from a shared 500-word vocabulary', limit: 3000, unit: 'ms' },
  shared10kMemory: { id: 'compare-10000-shared-memory', label: 'peak memory of that comparison (process RSS)', limit: 500, unit: 'MB' },
} as const satisfies Record<string, Target>;

/**
 * Targets today's engine misses, with the measurement that says so. Each is measured and judged like any other:
 * `npm run bench` fails on it. The quick form (`--quick`, run by `npm test`) prints it as NOT met (known gap) without
 * failing, so CI gates every other target while the engine work is under way; remove an entry when the engine meets
 * it, and the quick form gates it too. `optIn`: takes long, runs only with --include-gaps (the 10,000-point run also
 * measures its peak memory, judged against compare-10000-shared-memory).
 */
export const KNOWN_GAPS: Record<string, { why: string; optIn: boolean }> = {
  'compare-1000': { why: 'median 177.6 ms in the performance report of 2026-12-01 (section 1; met in 1 of 3 runs)', optIn: false },
  'compare-1000-reworded': { why: '~720 ms median measured in the test audit of 2026-12-01 (section 4); similarity runs on every point', optIn: false },
  'compare-10000-shared': { why: 'candidate fan-out is ~quadratic when no word is rare: 19 s in the performance report of 2026-12-01 (section 2)', optIn: true },
};
