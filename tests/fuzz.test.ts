import { describe, expect, it } from 'vitest';
import { formatReport, runFuzz } from '../scripts/fuzz/harness';

/**
 * The quick form of `npm run fuzz` (scripts/fuzz.mts, 10,000 inputs): 600 generated inputs through every entry
 * point that takes untrusted input, with a fixed seed so a failure here reproduces. Every input ends in a result or a
 * refusal with a clear message, with no exception, no stack trace and no input taking over 2 s of CPU time.
 */
describe('fuzz, quick pass', () => {
  it('600 inputs over the paste, plan JSON, share link and CLI: no crash, no hang, a message for each refusal', async () => {
    const rep = await runFuzz({ seed: 20261201, counts: { paste: 240, 'plan-json': 120, 'share-link': 120, 'cli-file': 90, 'cli-args': 30 } });
    expect(rep.total).toBe(600);
    expect(rep.failures.map((f) => `${f.entry} #${f.index}: ${f.why}`), formatReport(rep)).toEqual([]);
    // The generator reaches both outcomes on every entry point, or the pass proves little.
    for (const [entry, s] of Object.entries(rep.byEntry)) {
      expect(s.refused, entry).toBeGreaterThan(0);
      if (entry !== 'cli-args') expect(s.accepted, entry).toBeGreaterThan(0);
    }
  });
});
