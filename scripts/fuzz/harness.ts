/**
 * Fuzz pass over every entry point that takes untrusted input, through the same functions the CLI and the /draft page
 * call: the /draft paste (analyseDraft: parse, then compare with every version), a plan JSON (parsePlanJson, the CLI's
 * .json route), the share link (decodeShare, then the paste), and the CLI's `run` with files in a temporary folder
 * (compare, show, import) and with generated command lines. For each input it checks: no exception, no run over the
 * time limit (2 s of CPU time: on a shared machine the wall clock also counts waiting for a core), and a clear message
 * for each refusal (an issue with a message; for the CLI, a "plandiff: " line on
 * stderr, exit 1 or 2, no stack trace, no "unexpected error"). Inputs come from a seeded generator, so a failure is
 * reproduced by its seed and index (and the failing input is written out).
 *
 * Used by `npm run fuzz` (scripts/fuzz.mts, 10,000 inputs) and by a quick pass in `npm test` (tests/fuzz.test.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { analyseDraft } from '../../lib/draft/analyse';
import { parseDraftInput, parsePlanJson, type ImportIssue } from '../../lib/draft/import';
import { decodeShare } from '../../lib/draft/share';
import { run } from '../../lib/node/cli';
import { checkCorpusDir } from '../../lib/node/load';
import type { Plan } from '../../lib/schema';

export type Entry = 'paste' | 'plan-json' | 'share-link' | 'cli-file' | 'cli-args';
export type Failure = { entry: Entry; index: number; why: string; input: string | Uint8Array };
/** Time per input: wall clock, and the process's CPU time (what the input cost, whatever else the machine was doing). */
export type EntryStats = { cases: number; accepted: number; refused: number; maxMs: number; maxCpuMs: number; totalMs: number; busy: number };
type Took = { ms: number; cpu: number };

/** Start a clock; calling the result gives the wall and CPU milliseconds since. */
function clock(): () => Took {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
  };
}
export type FuzzReport = { seed: number; total: number; byEntry: Record<Entry, EntryStats>; failures: Failure[] };

// ---------------------------------------------------------------------------------------------------------
// A small seeded generator (mulberry32), so a run is reproducible from its seed.

export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof rng>;

const WORDS = ['the', 'parties', 'agree', 'sanctions', 'lifted', 'Ukraine', 'Russia', 'NATO', 'army', '600,000', '800,000', 'elections', '100', 'days', 'amnesty', 'Gaza', 'Board', 'of', 'Peace', 'hostages', 'within', 'point', '7', 'above', 'Mr.', 'e.g.', 'U.S.', '$35,000,000', '—', '“quoted”'];
const ODD = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff', '👋', 'مرحبا', 'Привет', '中文', '\t', '\r', '\r\n', '\v', '\f'];
const MARKERS = ['1.', '1)', '1:', '1 -', '(1)', 'Point 1:', 'Point 1.', 'Article 1 -', '1.The', '1 The', 'a)', 'b.', '(c)', 'ii.', 'iv)', 'xxxix)', 'aa)', '1.2)', '-', '•', '*', '0.', '9999.', '99999.', '1.5', '3.a', '#1', 'No. 1'];

/** Odd characters a real paste can hold (NUL marks a binary file, which textInput makes on purpose elsewhere). */
const ODD_IN_TEXT = ODD.filter((c) => c !== '\u0000');

function words(r: Rng, n: number): string {
  return Array.from({ length: n }, () => (r.chance(0.03) ? r.pick(ODD_IN_TEXT) : r.pick(WORDS))).join(r.chance(0.9) ? ' ' : r.pick(['', '  ', '\t', '\u00a0']));
}

/** A numbered list with the edge cases the importer meets: gaps, repeats, nesting, wrapped lines, odd breaks. */
function numberedList(r: Rng, maxPoints = 60): string {
  const n = r.int(0, maxPoints);
  const lines: string[] = [];
  if (r.chance(0.3)) lines.push(words(r, r.int(1, 12)));
  let k = r.chance(0.1) ? r.int(0, 5) : 1;
  // Most lists are well formed (so the comparison is exercised too); the rest mix in every other marker.
  const wild = r.chance(0.4);
  for (let i = 0; i < n; i++) {
    const marker = !wild || r.chance(0.9) ? r.pick(['1.', '1)', '(1)', 'Point 1:', '1 -', '1.']).replace('1', String(k)) : r.pick(MARKERS);
    lines.push(`${' '.repeat(r.chance(0.03) ? r.int(1, 8) : 0)}${marker}${r.chance(0.9) ? ' ' : ''}${words(r, r.int(0, 30))}`);
    if (r.chance(0.2)) lines.push(`   ${r.chance(0.97) ? r.pick(['a)', 'b)', '-', '(i)', '•']) : '1.'} ${words(r, r.int(0, 10))}`);
    if (r.chance(0.15)) lines.push(words(r, r.int(1, 10)));
    if (r.chance(0.05)) lines.push('');
    k += !wild || r.chance(0.95) ? 1 : r.int(-3, 5);
  }
  return lines.join(r.pick(['\n', '\n', '\r\n', '\r', '\u2028']));
}

function randomBytes(r: Rng, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = r.int(0, 255);
  return b;
}

function randomUnicode(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r.chance(0.2) ? r.pick(ODD) : String.fromCharCode(r.int(0, 0xffff));
  return s;
}

/** Mutations of a real plan: the JSON near the schema that a hand-edited or doctored file is. */
function nearPlan(r: Rng, base: Plan): string {
  const p = structuredClone(base) as unknown as Record<string, unknown>;
  const points = p.points as Record<string, unknown>[];
  const ops = r.int(0, 4);
  for (let i = 0; i < ops; i++) {
    const target: Record<string, unknown> = r.chance(0.5) && points.length ? r.pick(points) : p;
    const keys = Object.keys(target);
    const key = keys.length ? r.pick(keys) : 'id';
    switch (r.int(0, 9)) {
      case 0: delete target[key]; break;
      case 1: target[key] = null; break;
      case 2: target[key] = r.pick([0, -1, 1e308, 2.5, '1', '', true, [], {}, 'x'.repeat(r.int(1, 5000))]); break;
      case 3: target[key] = words(r, r.int(0, 20)); break;
      case 4: if (points.length) points.push(structuredClone(r.pick(points))); break; // a repeated number
      case 5: target.status = r.pick(['known', 'reported', 'unknown', 'rumoured', 1]); break;
      case 6: target[`extra${i}`] = r.pick([1, 'x', { deep: [[[]]] }]); break;
      case 7: p.points = Array.from({ length: r.pick([0, 1, 2000, 2001, 5000]) }, (_, j) => ({ n: j + 1, status: 'unknown', themes: [] })); p.declaredPoints = (p.points as unknown[]).length; break;
      case 8: if (points.length) (points[0] as Record<string, unknown>).n = r.pick([0, -1, 1.5, 1e9, null, '1']); break;
      default: p.id = r.pick(['ukraine-28', 'alpha-3', 'beta-3', 'Not Kebab', '../evil', 'x'.repeat(300)]);
    }
  }
  const text = JSON.stringify(p, null, r.chance(0.5) ? 2 : 0);
  return r.chance(0.05) ? text.slice(0, r.int(0, text.length)) : text;
}

function nested(r: Rng): string {
  const depth = r.pick([100, 10_000, 200_000]);
  const open = r.pick(['[', '{"a":']);
  return `${open.repeat(depth)}${r.chance(0.5) ? '1' : ''}${(open === '[' ? ']' : '}').repeat(r.chance(0.5) ? depth : r.int(0, depth))}`;
}

/** Text inputs for the paste, the plan JSON route and the share link. Heavy shapes are rare, so a run stays short. */
export function textInput(r: Rng, plans: Plan[]): string {
  const x = r.next();
  if (x < 0.35) return numberedList(r);
  if (x < 0.5) return nearPlan(r, r.pick(plans));
  if (x < 0.6) return randomUnicode(r, r.int(0, 2000));
  if (x < 0.66) return new TextDecoder().decode(randomBytes(r, r.int(0, 2000)));
  if (x < 0.7) return r.pick(['', ' ', '\n\n', '{', '[', '[DRAFT]\n1. x', '{}', '[]', 'null', '"1. x"', '1.', '1. ', '\ufeff1. x', '\u0000', '1)\n2)\n3)']);
  if (x < 0.74) return nested(r);
  if (x < 0.78) return words(r, r.int(0, 3000));
  if (x < 0.8) return `1. ${'x'.repeat(r.pick([10_000, 200_000, 999_990, 1_000_001]))}`;
  if (x < 0.805) return Array.from({ length: r.pick([2000, 2001]) }, (_, i) => `${i + 1}. ${words(r, 6)}`).join('\n');
  if (x < 0.81) return `${'1. x\n'.repeat(r.int(1, 5))}${' '.repeat(r.pick([1000, 999_000]))}`;
  return `${numberedList(r, 10)}${r.pick(ODD).repeat(r.int(1, 50))}${numberedList(r, 10)}`;
}

const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Share-link fragments: real links, cut, altered, foreign, and deflate bombs. */
export function shareInput(r: Rng, plans: Plan[]): string {
  const x = r.next();
  if (x < 0.4) {
    const link = b64url(deflateRawSync(Buffer.from(textInput(r, plans))));
    if (r.chance(0.3)) return link.slice(0, r.int(0, link.length));
    if (r.chance(0.2)) {
      const i = r.int(0, Math.max(0, link.length - 1));
      return link.slice(0, i) + r.pick(['A', '_', '-', '!', '%20', '=']) + link.slice(i + 1);
    }
    return link;
  }
  if (x < 0.55) return b64url(deflateRawSync(Buffer.alloc(r.pick([1_000_000, 1_000_001, 2_000_000, 20_000_000]), r.pick([0x61, 0x0a, 0x31])), { level: 9 }));
  if (x < 0.7) return b64url(randomBytes(r, r.int(0, 3000)));
  if (x < 0.8) return randomUnicode(r, r.int(0, 200));
  if (x < 0.9) return r.pick(['', 'A', 'AA', 'AAA', 'AAAA', '____', '----', '!!!@@@***', '%ZZ', 'd=abc', '#d=abc']);
  return b64url(deflateRawSync(randomBytes(r, r.int(0, 5000))));
}

/** Bytes for a file: text in several encodings, random bytes, and the rest of textInput. */
export function fileBytes(r: Rng, plans: Plan[]): Uint8Array {
  const text = textInput(r, plans);
  const x = r.next();
  if (x < 0.6) return new Uint8Array(Buffer.from(text));
  if (x < 0.68) return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  if (x < 0.74) return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
  if (x < 0.78) return new Uint8Array(Buffer.from(text, 'utf16le'));
  if (x < 0.82) return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  if (x < 0.85) return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le').subarray(0, r.int(0, 99))]));
  return randomBytes(r, r.int(0, 5000));
}

// ---------------------------------------------------------------------------------------------------------
// Checks.

const STACK = /^\s+at .+[(:]\d/m;
const clear = (m: unknown) => typeof m === 'string' && m.trim().length >= 10;

function issuesProblem(issues: ImportIssue[]): string | undefined {
  if (!issues.length) return 'refused with no issue';
  const bad = issues.find((i) => !clear(i.message));
  if (bad) return `an issue without a clear message: ${JSON.stringify(bad)}`;
  const internal = issues.find((i) => i.code === 'internal-error');
  if (internal) return `internal error: ${internal.message}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The run.

export type FuzzOptions = {
  /** The project folder (tests/fixtures and plans/ are read from it); the current folder by default. */
  root?: string;
  seed?: number; counts?: Partial<Record<Entry, number>>; limitMs?: number; failuresDir?: string; log?: (s: string) => void };

/** A scratch project for the CLI: a copy of the small test corpus (no git: the history check is skipped quickly). */
function scratchProject(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-fuzz-'));
  cpSync(join(root, 'tests', 'fixtures', 'mini', 'plans'), join(dir, 'plans'), { recursive: true });
  mkdirSync(join(dir, 'in'));
  mkdirSync(join(dir, 'in', 'folder.json'));
  writeFileSync(join(dir, 'in', 'sparse.txt'), '');
  truncateSync(join(dir, 'in', 'sparse.txt'), 700 * 1024 * 1024);
  try {
    symlinkSync('/dev/zero', join(dir, 'in', 'zero.txt'));
  } catch {
    /* no symlinks here: that case is skipped */
  }
  return dir;
}

export async function runFuzz(opts: FuzzOptions = {}): Promise<FuzzReport> {
  const seed = opts.seed ?? 1;
  const limit = opts.limitMs ?? 2000;
  const counts: Record<Entry, number> = { paste: 4000, 'plan-json': 2000, 'share-link': 2000, 'cli-file': 1500, 'cli-args': 500, ...opts.counts };
  const r = rng(seed);
  const root = opts.root ?? process.cwd();
  const project = scratchProject(root);
  const prevRoot = process.env.PLANDIFF_ROOT;
  process.env.PLANDIFF_ROOT = project;
  const mini = checkCorpusDir(join(project, 'plans'), { history: false });
  if (!mini.ok) throw new Error('the fuzz corpus does not load');
  const plans = mini.corpus.plans;
  const real = checkCorpusDir(join(root, 'plans'), { history: false });
  const generatorPlans = real.ok ? [...plans, ...real.corpus.plans] : plans;
  const ctx = { corpusVersion: mini.corpus.version, corpusDate: mini.corpus.versionDate, today: '2026-11-26' };
  const byEntry = Object.fromEntries((Object.keys(counts) as Entry[]).map((e) => [e, { cases: 0, accepted: 0, refused: 0, maxMs: 0, maxCpuMs: 0, totalMs: 0, busy: 0 }])) as Record<Entry, EntryStats>;
  const failures: Failure[] = [];
  let total = 0;

  // The limit is judged on CPU time: on a shared machine the wall clock also counts the time the process waited for a
  // core. An input over the limit on the wall clock only is counted as "busy" and printed, not failed.
  const record = (entry: Entry, index: number, took: Took, ok: boolean, problem: string | undefined, input: string | Uint8Array) => {
    const s = byEntry[entry];
    s.cases++;
    total++;
    s.totalMs += took.ms;
    s.maxMs = Math.max(s.maxMs, took.ms);
    s.maxCpuMs = Math.max(s.maxCpuMs, took.cpu);
    if (took.ms > limit && took.cpu <= limit) s.busy++;
    if (ok) s.accepted++;
    else s.refused++;
    const why = problem ?? (took.cpu > limit ? `took ${took.cpu.toFixed(0)} ms of CPU, ${took.ms.toFixed(0)} ms wall (limit ${limit} ms)` : undefined);
    if (why) {
      failures.push({ entry, index, why, input });
      if (opts.failuresDir) {
        mkdirSync(opts.failuresDir, { recursive: true });
        writeFileSync(join(opts.failuresDir, `${entry}-${seed}-${index}.bin`), typeof input === 'string' ? Buffer.from(input, 'utf16le') : input);
      }
    }
  };
  const timed = <T>(f: () => T): { value?: T; error?: unknown; took: Took } => {
    const stop = clock();
    try {
      const value = f();
      return { value, took: stop() };
    } catch (error) {
      return { error, took: stop() };
    }
  };
  const thrown = (e: unknown) => `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;

  try {
    // 1. The /draft paste: parse, then compare with every version (the worker's job).
    for (let i = 0; i < counts.paste; i++) {
      const text = textInput(r, generatorPlans);
      const t = timed(() => analyseDraft(text, plans, ctx));
      if (t.error) record('paste', i, t.took, false, thrown(t.error), text);
      else record('paste', i, t.took, t.value!.ok, t.value!.ok ? undefined : issuesProblem(t.value!.issues), text);
    }
    // 2. A plan JSON (the CLI's .json route), and the same text through the paste's JSON route.
    for (let i = 0; i < counts['plan-json']; i++) {
      const text = r.chance(0.8) ? nearPlan(r, r.pick(generatorPlans)) : textInput(r, generatorPlans);
      const t = timed(() => [parsePlanJson(text, ctx.today), parseDraftInput(text, { id: 'x', title: 'x', conflict: 'x', date: ctx.today })] as const);
      if (t.error) record('plan-json', i, t.took, false, thrown(t.error), text);
      else {
        const [a, b] = t.value!;
        record('plan-json', i, t.took, a.ok, (!a.ok && issuesProblem(a.issues)) || (!b.ok && issuesProblem(b.issues)) || undefined, text);
      }
    }
    // 3. The share link: unpack (bounded), then the paste.
    for (let i = 0; i < counts['share-link']; i++) {
      const frag = shareInput(r, generatorPlans);
      const stop = clock();
      try {
        const s = await decodeShare(frag);
        let problem = s.ok ? undefined : clear(s.message) ? undefined : `a refusal without a clear message: ${JSON.stringify(s)}`;
        let ok = s.ok;
        if (s.ok) {
          const a = analyseDraft(s.text, plans, ctx);
          ok = a.ok;
          if (!a.ok) problem = issuesProblem(a.issues);
        }
        record('share-link', i, stop(), ok, problem, frag);
      } catch (e) {
        record('share-link', i, stop(), false, thrown(e), frag);
      }
    }
    // 4. The CLI with files: compare, show and import, on generated files and on folders, devices and huge files.
    const cli = (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
      return { code, stdout, stderr };
    };
    const cliProblem = (res: { code: number; stdout: string; stderr: string }): string | undefined => {
      if (STACK.test(res.stderr) || STACK.test(res.stdout)) return `a stack trace: ${res.stderr.slice(0, 300)}`;
      if (/unexpected error/.test(res.stderr)) return `an unexpected error: ${res.stderr.split('\n')[0]}`;
      if (res.code === 0) return res.stdout.length ? undefined : 'exit 0 with no output';
      if (res.code !== 1 && res.code !== 2) return `exit code ${res.code}`;
      if (!/^plandiff: .{10,}/.test(res.stderr)) return `a refusal without a clear message: ${JSON.stringify(res.stderr.slice(0, 200))}`;
      return undefined;
    };
    const special = ['in/folder.json', 'in/sparse.txt', 'in/zero.txt', 'in/missing.txt', 'in'];
    for (let i = 0; i < counts['cli-file']; i++) {
      const useSpecial = r.chance(0.03);
      const ext = r.pick(['.txt', '.json', '', '.md']);
      const file = useSpecial ? join(project, r.pick(special)) : join(project, 'in', `f${i}${ext}`);
      const bytes = useSpecial ? new Uint8Array() : fileBytes(r, generatorPlans);
      if (!useSpecial) writeFileSync(file, bytes);
      const args = r.pick([
        ['compare', file, 'alpha-3'],
        ['compare', 'beta-3', file, '--format', r.pick(['md', 'csv', 'json'])],
        ['show', file],
        ['import', file, '--id', 'fuzz-draft', '--title', 'Fuzz', '--out', '-'],
        ['cite', 'alpha-3', file],
      ]);
      const t = timed(() => cli(args));
      if (t.error) record('cli-file', i, t.took, false, thrown(t.error), bytes);
      else record('cli-file', i, t.took, t.value!.code === 0, cliProblem(t.value!), bytes);
      if (!useSpecial) rmSync(file, { force: true });
    }
    // 5. Generated command lines: options in every form, values with "=", stray "--", unknown commands.
    const tokens = ['compare', 'cite', 'show', 'list', 'check', 'sources', 'import', 'help', 'frobnicate', 'alpha-3', 'beta-3', 'gamma-9', '--format', '--format=', '--format=md', '--format=a=b', '--kind', 'dropped,changed', '--kind=x', '--status=reported', '--theme', '--changes-only', '--changes-only=yes', '--base-url', 'https://x.example/a=b', '--base-url=javascript:alert(1)', '--at', '2025.02.01', '--at=../../etc/passwd', '--id', 'x', '--title', 'A=B', '--title=-A', '--out', '-', '--force', 'yes', '--against', 'main', '--', '-', '-x', '--help', '--bogus', '=', '', 'p3', '#p3', 'p999', join(project, 'in'), '/dev/null'];
    for (let i = 0; i < counts['cli-args']; i++) {
      let argv = Array.from({ length: r.int(0, 7) }, () => r.pick(tokens));
      // Nothing here may write a file: an import always writes to stdout.
      if (argv.includes('import')) argv = [...argv.filter((a, k) => a !== '--out' && argv[k - 1] !== '--out' && !a.startsWith('--out=')), '--out', '-'];
      const t = timed(() => cli(argv));
      if (t.error) record('cli-args', i, t.took, false, thrown(t.error), argv.join('\u0000'));
      else record('cli-args', i, t.took, t.value!.code === 0, cliProblem(t.value!), argv.join('\u0000'));
    }
  } finally {
    if (prevRoot === undefined) delete process.env.PLANDIFF_ROOT;
    else process.env.PLANDIFF_ROOT = prevRoot;
    rmSync(project, { recursive: true, force: true });
  }
  return { seed, total, byEntry, failures };
}

/** The report as lines, for the script and the test's failure message. */
export function formatReport(rep: FuzzReport, limitMs = 2000): string {
  const lines = [`fuzz: seed ${rep.seed}, ${rep.total.toLocaleString('en-US')} inputs, ${rep.failures.length} failures (limit ${limitMs} ms of CPU per input)`];
  for (const [e, s] of Object.entries(rep.byEntry)) {
    lines.push(
      `  ${e.padEnd(11)} ${String(s.cases).padStart(6)} inputs: ${s.accepted} accepted, ${s.refused} refused with a message; slowest ${s.maxCpuMs.toFixed(0)} ms CPU / ${s.maxMs.toFixed(0)} ms wall, mean ${(s.totalMs / Math.max(s.cases, 1)).toFixed(1)} ms wall${s.busy ? `; ${s.busy} over ${limitMs} ms on the wall clock only (machine busy)` : ''}`,
    );
  }
  for (const f of rep.failures.slice(0, 20)) {
    const shown = typeof f.input === 'string' ? JSON.stringify(f.input.slice(0, 120)) : `${f.input.length} bytes`;
    lines.push(`  FAIL ${f.entry} #${f.index}: ${f.why.slice(0, 300)} (input ${shown})`);
  }
  return lines.join('\n');
}

