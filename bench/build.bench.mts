/**
 * npm run bench:build -- [N ...] (default 5 20 50): how the build grows with the corpus, measured, not assumed.
 *
 * For each N, a temporary copy of the project gets a synthetic corpus of N versions that passes the corpus check
 * the way an editor's would: today's versions, plus clones of the 28-point plan up to N (a fifth of their points
 * reworded, two points swapped), each with its own date in the same conflict and derived from the 28-point plan;
 * below today's count, the latest documents removed (with their relation files and mentions). All of it in one
 * corrections-log entry, archived (`plandiff archive`). Then `npm run build` (the static export,
 * with the post-build step) runs there, cold, and the bench prints pages, seconds and bytes; with two or more N, the
 * least-squares slope of pages and bytes against N and how far each point is from that line.
 *
 * Targets (exit 1 when missed): pages and bytes grow linearly in N (the cost of one more version, step by step between
 * successive N, never rises more than 1.5x; a square would rise 2.8x from 5-20 to 20-50); N = 50 builds in
 * <= 240 s and writes <= 400 MB.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const ns = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const Ns = ns.length ? ns : [5, 20, 50];

type Plan = { id: string; title: string; shortTitle: string; date: string; knownAsOf: string; derivedFrom?: string[]; points: { n?: number; status: string; text?: string }[] };

function bytes(dir: string, filter: (f: string) => boolean = () => true): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += bytes(p, filter);
    else if (filter(p)) n += statSync(p).size;
  }
  return n;
}
function count(dir: string, re: RegExp): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += count(p, re);
    else if (re.test(e.name)) n++;
  }
  return n;
}

/** A working copy: the project's files, node_modules hard-linked (same file system, no copy of 460 MB). */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-bench-build-'));
  for (const name of readdirSync(ROOT)) {
    if (['node_modules', '.next', '.next-server', 'out', 'test-results', '.git', '.test-summary', 'playwright-report'].includes(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
  return dir;
}

const today = new Date().toISOString().slice(0, 10);
const verKey = (v: string) => v.split('.').map((x) => x.padStart(4, '0')).join('.');

type Changes = { plan?: string; provisions?: string; what: string }[];

/**
 * Fewer versions than the corpus has: keep the n earliest versions of the plans (related documents go first), and
 * remove the rest as an editor would: their files, the relation files that name them, their mentions in events,
 * derivedFrom and provision seeds. Returns the log's changes.
 */
function shrink(plans: string, n: number): Changes {
  const files = readdirSync(plans).filter((f) => f.endsWith('.json') && !['events.json', 'corrections.json'].includes(f));
  const all = files.map((f) => JSON.parse(readFileSync(join(plans, f), 'utf8')) as Plan & { kind?: string; conflict: string });
  const rank = (p: { kind?: string; date: string; id: string }) => `${(p.kind ?? 'plan-version') === 'plan-version' ? 0 : 1}${p.date}${p.id}`;
  const keep = new Set(all.sort((x, y) => rank(x).localeCompare(rank(y))).slice(0, n).map((p) => p.id));
  const gone = all.filter((p) => !keep.has(p.id)).map((p) => p.id);
  if (!gone.length) return [];
  const changes: Changes = gone.map((plan) => ({ plan, what: 'Removed for the build benchmark.' }));
  for (const id of gone) rmSync(join(plans, `${id}.json`));
  for (const p of all.filter((x) => keep.has(x.id) && x.derivedFrom?.some((d) => !keep.has(d)))) {
    p.derivedFrom = p.derivedFrom!.filter((d) => keep.has(d));
    if (!p.derivedFrom.length) delete p.derivedFrom;
    writeFileSync(join(plans, `${p.id}.json`), `${JSON.stringify(p, null, 2)}\n`);
    changes.push({ plan: p.id, what: 'derivedFrom: removed versions taken out.' });
  }
  const rels = join(plans, 'relations');
  for (const f of existsSync(rels) ? readdirSync(rels) : []) {
    const r = JSON.parse(readFileSync(join(rels, f), 'utf8')) as { from: string; to: string };
    if (!keep.has(r.from) || !keep.has(r.to)) rmSync(join(rels, f));
  }
  const events = JSON.parse(readFileSync(join(plans, 'events.json'), 'utf8')) as { events: { plans?: string[] }[] };
  for (const e of events.events) if (e.plans) e.plans = e.plans.filter((id) => keep.has(id));
  writeFileSync(join(plans, 'events.json'), `${JSON.stringify(events, null, 2)}\n`);
  const provs = join(plans, 'provisions');
  for (const f of existsSync(provs) ? readdirSync(provs) : []) {
    const file = JSON.parse(readFileSync(join(provs, f), 'utf8')) as { conflict: string; provisions: { seeds: { plan: string }[] }[] };
    file.provisions = file.provisions.map((p) => ({ ...p, seeds: p.seeds.filter((sd) => keep.has(sd.plan)) })).filter((p) => p.seeds.length);
    if (file.provisions.length) writeFileSync(join(provs, f), `${JSON.stringify(file, null, 2)}\n`);
    else rmSync(join(provs, f));
    changes.push({ provisions: file.conflict, what: 'Seeds in removed versions taken out.' });
  }
  return changes;
}

/** Bring the copy's corpus to N versions (adding clones or removing versions), log it, archive it, check. */
function synthesise(dir: string, n: number): void {
  const plans = join(dir, 'plans');
  const base = JSON.parse(readFileSync(join(plans, 'ukraine-28.json'), 'utf8')) as Plan;
  const changes = shrink(plans, n);
  const have = readdirSync(plans).filter((f) => f.endsWith('.json') && !['events.json', 'corrections.json'].includes(f)).length;
  const extra = Math.max(0, n - have);
  const ids: string[] = [];
  for (let i = 0; i < extra; i++) {
    const id = `synthetic-${String(i + 1).padStart(3, '0')}`;
    ids.push(id);
    const p = structuredClone(base) as Plan;
    p.id = id;
    p.title = `Synthetic revision ${i + 1} of the 28-point plan`;
    p.shortTitle = `Synthetic ${i + 1}`;
    // One a day from 2025-12-24 on: after every real version, never after today.
    const d = new Date(Date.UTC(2025, 11, 24 + i));
    p.date = d.toISOString().slice(0, 10) < today ? d.toISOString().slice(0, 10) : today;
    p.knownAsOf = p.date;
    p.derivedFrom = ['ukraine-28'];
    // A fifth of the known points reworded (their last word changes); points 3 and 4 swap places.
    p.points.forEach((pt, k) => {
      if (pt.status === 'known' && pt.text && k % 5 === i % 5) pt.text = pt.text.replace(/(\w+)([.”"]*)$/, `$1, as revised in draft ${i + 1}$2`);
    });
    const [x, y] = [p.points.findIndex((pt) => pt.n === 3), p.points.findIndex((pt) => pt.n === 4)];
    if (x >= 0 && y >= 0) {
      [p.points[x]!.n, p.points[y]!.n] = [4, 3];
      [p.points[x], p.points[y]] = [p.points[y]!, p.points[x]!];
    }
    writeFileSync(join(plans, `${id}.json`), `${JSON.stringify(p, null, 2)}\n`);
  }
  changes.push(...ids.map((plan) => ({ plan, what: 'added' })));
  if (changes.length) {
    const log = JSON.parse(readFileSync(join(plans, 'corrections.json'), 'utf8')) as { entries: { version: string; date: string }[] };
    const last = log.entries[log.entries.length - 1]!;
    const todayVersion = today.replace(/-/g, '.');
    const version = verKey(todayVersion) > verKey(last.version) ? todayVersion : `${last.version.split('.').slice(0, 3).join('.')}.${Number(last.version.split('.')[3] ?? 1) + 1}`;
    log.entries.push({ version, date: today, summary: `The corpus brought to ${n} versions for the build benchmark.`, changes } as never);
    writeFileSync(join(plans, 'corrections.json'), `${JSON.stringify(log, null, 2)}\n`);
    const r = spawnSync('npx', ['tsx', 'lib/node/main.ts', 'archive'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`archive failed: ${r.stderr}`);
  }
  const check = spawnSync('npx', ['tsx', 'lib/node/main.ts', 'check'], { cwd: dir, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`the synthetic corpus does not pass the check:\n${check.stdout}${check.stderr}`);
  process.stdout.write(`  corpus: ${check.stdout.trim()}\n`);
}

type Result = { n: number; pages: number; html: number; seconds: number; out: number; outRaw: number; next: number };

function measure(n: number): Result {
  process.stdout.write(`N = ${n}\n`);
  const dir = copyProject();
  try {
    synthesise(dir, n);
    const t0 = performance.now();
    const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 << 20 });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`build failed at N = ${n}:\n${r.stdout.slice(-3000)}${r.stderr.slice(-3000)}`);
    const pages = Number(/Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(r.stdout)?.[2] ?? NaN);
    const post = r.stdout.split('\n').find((l) => l.startsWith('postbuild:')) ?? '';
    process.stdout.write(`  ${post}\n`);
    return {
      n,
      pages,
      html: count(join(dir, 'out'), /\.html$/),
      seconds,
      out: bytes(join(dir, 'out')),
      outRaw: bytes(join(dir, 'out'), (f) => !/\.(br|gz)$/.test(f)),
      next: bytes(join(dir, '.next'), (f) => !f.includes(`${join(dir, '.next', 'cache')}`)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: Result[] = [];
for (const n of Ns) {
  const r = measure(n);
  results.push(r);
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  console.log(`  pages ${r.pages} (${r.html} HTML files), build ${r.seconds.toFixed(0)} s, out/ ${mb(r.out)} (${mb(r.outRaw)} without the precompressed copies), .next/ ${mb(r.next)} without its cache`);
}

/** Least squares y = a + b·N, with each point's distance from the line relative to its own value. */
function fit(pick: (r: Result) => number) {
  const xs = results.map((r) => r.n);
  const ys = results.map(pick);
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  const b = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const a = my - b * mx;
  const off = ys.map((y, i) => Math.abs(y - (a + b * xs[i]!)) / y);
  const r2 = 1 - ys.reduce((s, y, i) => s + (y - (a + b * xs[i]!)) ** 2, 0) / ys.reduce((s, y) => s + (y - my) ** 2, 0);
  // The cost of one more version, between successive N: constant when growth is linear, rising with N when it is
  // not (for N² and N = 5, 20, 50 the second step costs 2.8 times the first). Linear: no step costs more than 1.5
  // times the one before (the versions added differ in size, so steps are not exactly equal).
  const steps = xs.slice(1).map((x, i) => (ys[i + 1]! - ys[i]!) / (x - xs[i]!));
  const ratios = steps.slice(1).map((st, i) => st / steps[i]!);
  const ok = ratios.every((r) => r <= 1.5);
  return { a, b, r2, ok, off, steps, ratios };
}

console.log('\nSummary (one cold build per N, on this machine; wall-clock, so other work on the machine counts)');
console.log('| N | pages | HTML files | build s | out/ MB | out/ MB without .br/.gz |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.n} | ${r.pages} | ${r.html} | ${r.seconds.toFixed(0)} | ${(r.out / 1e6).toFixed(1)} | ${(r.outRaw / 1e6).toFixed(1)} |`);

let failed = false;
if (results.length >= 2) {
  const p = fit((r) => r.pages);
  const o = fit((r) => r.out);
  const steps = (f: ReturnType<typeof fit>, unit: (x: number) => string) => f.steps.map(unit).join(' then ') + (f.ratios.length ? ` (x${f.ratios.map((r) => r.toFixed(2)).join(', x')})` : '');
  console.log(`\nPages: fitted ${p.b.toFixed(2)} per version (+ ${p.a.toFixed(0)}), R² ${p.r2.toFixed(4)}, points off the line by ${p.off.map((x) => `${(100 * x).toFixed(1)} %`).join(', ')}`);
  console.log(`  per version added, step by step: ${steps(p, (x) => x.toFixed(1))}   linear (no step > 1.5x the one before): ${p.ok ? 'met' : 'NOT met'}`);
  console.log(`Output: fitted ${(o.b / 1e6).toFixed(2)} MB per version (+ ${(o.a / 1e6).toFixed(1)} MB), R² ${o.r2.toFixed(4)}, points off the line by ${o.off.map((x) => `${(100 * x).toFixed(1)} %`).join(', ')}`);
  console.log(`  per version added, step by step: ${steps(o, (x) => `${(x / 1e6).toFixed(2)} MB`)}   linear (no step > 1.5x the one before): ${o.ok ? 'met' : 'NOT met'}`);
  failed ||= !p.ok || !o.ok;
}
const at50 = results.find((r) => r.n === 50);
if (at50) {
  const t = at50.seconds <= 240;
  const b = at50.out <= 400e6;
  console.log(`N = 50: build ${at50.seconds.toFixed(0)} s (target <= 240 s: ${t ? 'met' : 'NOT met'}), out/ ${(at50.out / 1e6).toFixed(1)} MB (target <= 400 MB: ${b ? 'met' : 'NOT met'})`);
  failed ||= !t || !b;
}
process.exit(failed ? 1 : 0);
