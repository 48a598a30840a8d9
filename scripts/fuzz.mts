/**
 * npm run fuzz: 10,000 generated inputs through every entry point that takes untrusted input (scripts/fuzz/harness.ts).
 * Exit 1 on any failure: an exception, a stack trace, a run over 2 s of CPU time, or a refusal without a clear message.
 * FUZZ_SEED=<n> picks another run; FUZZ_SCALE=<x> multiplies the counts. Failing inputs go to .fuzz-failures/.
 */
import { formatReport, runFuzz } from './fuzz/harness';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const counts = { paste: 4000, 'plan-json': 2000, 'share-link': 2000, 'cli-file': 1500, 'cli-args': 500 };
const t0 = Date.now();
const rep = await runFuzz({ seed, counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Math.round(v * scale)])), failuresDir: '.fuzz-failures' });
console.log(formatReport(rep));
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(rep.failures.length ? 1 : 0);
