/**
 * Shared by the benches: repeated measurement (wall and CPU time), medians, the machine's noise, and targets that
 * fail the run when they are missed by more than that noise.
 *
 * The rule for a target (a limit on a median):
 * - met: the median wall time is at or under the limit;
 * - within noise: over the limit by no more than the noise of the samples (their interquartile range over their
 *   median, at least 5 % and at most 25 %): not a failure, printed as such;
 * - machine busy: wall time is over the limit by more than the noise but the median CPU time of the process is at or
 *   under the limit, so the time went to waiting for a core (the machine is shared): not a failure, printed as such;
 * - NOT met: anything else. The bench exits 1.
 * CPU time is process.cpuUsage() (user + system, every thread of the process, GC included), so on an idle machine it
 * can exceed wall time; it is printed beside every wall time.
 */

import { loadavg } from 'node:os';

export type Stats = {
  runs: number;
  /** Milliseconds. */
  wall: number;
  cpu: number;
  /** The first (cold) call, before any warm-up. */
  first: number;
  /** Interquartile range of the wall samples over their median. */
  spread: number;
  samples: number[];
};

export type Opts = { quick: boolean; includeGaps: boolean; markdown: boolean; only: string | null };

export function parseOpts(argv = process.argv.slice(2)): Opts {
  const at = argv.indexOf('--only');
  return {
    quick: argv.includes('--quick'),
    includeGaps: argv.includes('--include-gaps'),
    markdown: argv.includes('--markdown'),
    only: at >= 0 ? (argv[at + 1] ?? null) : null,
  };
}

const quantile = (sorted: number[], q: number) => {
  if (!sorted.length) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
};
export const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);

/** Run `fn` once cold, `warm` times to warm up, then `runs` times measured; medians of wall and CPU time. */
export function measure(fn: () => unknown, runs: number, warm = 2): Stats {
  const t0 = performance.now();
  fn();
  const first = performance.now() - t0;
  for (let i = 1; i < warm; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const s = performance.now();
    fn();
    wall.push(performance.now() - s);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const sorted = [...wall].sort((a, b) => a - b);
  const m = quantile(sorted, 0.5);
  return { runs, wall: m, cpu: median(cpu), first, spread: m > 0 ? (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / m : 0, samples: wall };
}

export const noiseOf = (s: Pick<Stats, 'spread'>) => Math.min(0.25, Math.max(0.05, s.spread));

export const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 1)} ms`);
export const timing = (s: Stats) => `${ms(s.wall)} wall, ${ms(s.cpu)} CPU (median of ${s.runs}; first call ${ms(s.first)}; spread ${(s.spread * 100).toFixed(0)} %)`;

export type Target = {
  /** Stable id, used by --only, in the README table and in the known-gap list. */
  id: string;
  /** What is measured, as the README's table words it. */
  label: string;
  /** The limit, in ms (or MB for memory). */
  limit: number;
  unit: 'ms' | 'MB';
};

export type Verdict = 'met' | 'met within noise' | 'machine busy' | 'NOT met';

export type Judged = { target: Target; verdict: Verdict; figure: string; detail: string; gap?: string };

/** Judge a timing against its target, by the rule at the top of this file. */
export function judgeTime(target: Target, s: Stats): Judged {
  const noise = noiseOf(s);
  const verdict: Verdict = s.wall <= target.limit ? 'met' : s.wall <= target.limit * (1 + noise) ? 'met within noise' : s.cpu <= target.limit ? 'machine busy' : 'NOT met';
  return { target, verdict, figure: `${ms(s.wall)} (CPU ${ms(s.cpu)})`, detail: `median ${ms(s.wall)} wall, ${ms(s.cpu)} CPU; limit ${ms(target.limit)}, noise allowance ${(noise * 100).toFixed(0)} %` };
}

/** Judge a peak memory figure (MB); memory is not noisy the way time is, so there is no allowance. */
export function judgeMemory(target: Target, mb: number): Judged {
  return { target, verdict: mb <= target.limit ? 'met' : 'NOT met', figure: `${mb.toFixed(0)} MB`, detail: `peak RSS ${mb.toFixed(0)} MB; limit ${target.limit} MB` };
}

/**
 * Collects verdicts, prints them, and gives the exit code: 1 when any target is NOT met. In the quick form a known
 * gap (bench/targets.ts) that is missed is printed as such and does not fail the run; the full form fails on it.
 */
export class Verdicts {
  readonly all: Judged[] = [];
  /** Figures printed for reference (no target), in the README table too. */
  readonly refs: { id: string; label: string; figure: string }[] = [];
  constructor(private readonly opts: Opts) {}
  reference(id: string, label: string, figure: string) {
    this.refs.push({ id, label, figure });
  }
  add(j: Judged, gap?: string): Judged {
    if (gap) j.gap = gap;
    this.all.push(j);
    const note = !gap
      ? ''
      : j.verdict === 'NOT met'
        ? ` [known gap: ${gap}]`
        : j.verdict === 'machine busy'
          ? ' [a known gap; its CPU time meets the target here]'
          : ' [listed as a known gap but met: if it stays met, remove it from KNOWN_GAPS in bench/targets.ts]';
    console.log(`  target ${j.target.id} (<= ${j.target.limit} ${j.target.unit}): ${j.verdict}; ${j.detail}${note}`);
    return j;
  }
  failed(): Judged[] {
    return this.all.filter((j) => j.verdict === 'NOT met' && !(this.opts.quick && j.gap));
  }
  /** Prints the summary; returns the process exit code. */
  finish(title: string): number {
    const bad = this.failed();
    const gaps = this.all.filter((j) => j.verdict === 'NOT met' && j.gap && this.opts.quick);
    const met = this.all.filter((j) => j.verdict === 'met' || j.verdict === 'met within noise').length;
    const busy = this.all.filter((j) => j.verdict === 'machine busy');
    console.log(
      `\n${title}: ${met} of ${this.all.length} targets met${busy.length ? `; not judged, machine busy (CPU time within the target): ${busy.map((j) => j.target.id).join(', ')}` : ''}${bad.length ? `; NOT met: ${bad.map((j) => j.target.id).join(', ')}` : ''}${gaps.length ? `; NOT met, known gaps (not failing the quick form): ${gaps.map((j) => j.target.id).join(', ')}` : ''}.`,
    );
    if (this.opts.markdown) {
      const when = new Date().toISOString().slice(0, 10);
      console.log(`\n<!-- printed by npm run bench${this.opts.quick ? ' -- --quick' : ''} -- --markdown on ${when}, node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} -->`);
      console.log('| what | figure (median wall, CPU) | target | verdict | bench id |\n| --- | --- | --- | --- | --- |');
      for (const j of this.all) console.log(`| ${j.target.label} | ${j.figure} | <= ${j.target.limit.toLocaleString('en-US')} ${j.target.unit} | ${j.verdict}${j.gap && j.verdict === 'NOT met' ? ' (known gap)' : ''} | \`${j.target.id}\` |`);
      for (const r of this.refs) console.log(`| ${r.label} | ${r.figure} | reference | | \`${r.id}\` |`);
    }
    return bad.length ? 1 : 0;
  }
}
