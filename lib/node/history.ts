/**
 * The git edge of the pin (rules in lib/corpus/history.ts): read every committed version of plans/archive/*.json and
 * plans/corrections.json from the history of HEAD (and of another branch with `check --against`), the same files at
 * HEAD and in the working tree, and hand them to the pure check. Where there is no git history (a tarball, a copy),
 * the check says so in one line and is skipped: it never fails for that.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkHistory, isPinnedPath, type HistoryEvent } from '../corpus/history';
import type { Issue } from '../corpus/issues';

export type HistoryResult = { checked: boolean; note?: string; issues: Issue[] };

/** git with the repository found from `cwd`, whatever GIT_DIR a hook may have set. */
function git(cwd: string, args: string[], input?: string): { ok: boolean; out: string; err: string } {
  const env = { ...process.env };
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete env[k];
  const r = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ok: r.status === 0 && !r.error, out: r.stdout ?? '', err: (r.stderr ?? '') || (r.error ? String(r.error.message) : '') };
}

/** The texts of many blobs in one `git cat-file --batch`. */
function readBlobs(top: string, shas: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!shas.length) return out;
  const env = { ...process.env };
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[k];
  const r = spawnSync('git', ['cat-file', '--batch'], { cwd: top, env, input: `${shas.join('\n')}\n`, maxBuffer: 1 << 30 });
  if (r.status !== 0 || !r.stdout) return out;
  const buf = r.stdout as Buffer;
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(0x0a, at);
    if (nl < 0) break;
    const [sha, type, size] = buf.subarray(at, nl).toString('utf8').split(' ');
    if (type !== 'blob') {
      at = nl + 1;
      continue;
    }
    const n = Number(size);
    out.set(sha!, buf.subarray(nl + 1, nl + 1 + n).toString('utf8'));
    at = nl + 1 + n + 1;
  }
  return out;
}

/** The commits reachable from `rev` that touch plans/ (to tell HEAD's history from another branch's). */
function commitsOf(dir: string, rev: string): Set<string> {
  const r = git(dir, ['log', '--format=%H', rev, '--', '.']);
  return new Set(r.out.split('\n').filter(Boolean));
}

/**
 * Check the archives and the log of the corpus in `plansDir` against its git history.
 * `against`: another revision (CI passes the main branch) whose history must also be held here.
 */
export function checkGitHistory(plansDir: string, opts: { against?: string } = {}): HistoryResult {
  const dir = basename(plansDir);
  const skip = (why: string): HistoryResult => ({ checked: false, note: `${why}: the archives and the corrections log were not checked against git history (only the archive chain holds them)`, issues: [] });
  if (!existsSync(plansDir)) return { checked: false, issues: [] };
  const top = git(plansDir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return skip(/ENOENT/.test(top.err) ? 'git is not installed' : 'no git history here (not a git checkout)');
  if (!git(plansDir, ['rev-parse', '--verify', '-q', 'HEAD']).ok) return skip('no commit yet');
  const revs = ['HEAD'];
  if (opts.against) {
    if (!git(plansDir, ['rev-parse', '--verify', '-q', `${opts.against}^{commit}`]).ok) {
      return { checked: false, issues: [{ file: `${dir}/`, code: 'history-ref', message: `--against ${opts.against}: no such git revision here (fetch it first, for example git fetch origin main)` }] };
    }
    revs.push(opts.against);
  }
  const log = git(plansDir, ['log', '--topo-order', '--reverse', '--format=%x01%H %cs', '--raw', '--no-abbrev', '--no-renames', '--relative', ...revs, '--', 'archive', 'corrections.json']);
  if (!log.ok) return skip(`git log failed (${log.err.trim().split('\n')[0]})`);
  const shallow = git(plansDir, ['rev-parse', '--is-shallow-repository']).out.trim() === 'true';

  type Raw = { commit: string; date: string; path: string; sha: string | null };
  const raw: Raw[] = [];
  let commit = '';
  let date = '';
  for (const line of log.out.split('\n')) {
    if (line.startsWith('\u0001')) {
      [commit, date] = line.slice(1).split(' ') as [string, string];
      continue;
    }
    // :100644 100644 <old> <new> <status>\t<path>
    const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*\t(.+)$/.exec(line);
    if (!m || !isPinnedPath(m[3]!)) continue;
    raw.push({ commit, date, path: m[3]!, sha: m[2] === 'D' ? null : m[1]! });
  }
  if (!raw.length) return skip(`no commit touches ${dir}/archive or ${dir}/corrections.json`);

  // HEAD's files, by full path from the top of the repository.
  const prefix = git(plansDir, ['rev-parse', '--show-prefix']).out.trim();
  const tree = git(top.out.trim(), ['ls-tree', '-r', 'HEAD', '--', `${prefix}archive/`, `${prefix}corrections.json`]);
  const headShas = new Map<string, string>();
  for (const line of tree.out.split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (m && m[2]!.startsWith(prefix)) headShas.set(m[2]!.slice(prefix.length), m[1]!);
  }
  const blobs = readBlobs(top.out.trim(), [...new Set([...raw.map((r) => r.sha).filter((s): s is string => !!s), ...headShas.values()])]);

  const inHead = opts.against ? commitsOf(plansDir, 'HEAD') : undefined;
  const events: HistoryEvent[] = raw.map((r) => ({
    commit: r.commit,
    date: r.date,
    path: r.path,
    text: r.sha ? (blobs.get(r.sha) ?? null) : null,
    ...(inHead && !inHead.has(r.commit) ? { only: opts.against } : {}),
  }));
  const head = new Map([...headShas].flatMap(([p, sha]) => (blobs.has(sha) ? [[p, blobs.get(sha)!] as const] : [])));
  const worktree = new Map<string, string>();
  const read = (rel: string) => {
    const abs = join(plansDir, rel);
    if (existsSync(abs)) worktree.set(rel, readFileSync(abs, 'utf8'));
  };
  read('corrections.json');
  if (existsSync(join(plansDir, 'archive'))) for (const n of readdirSync(join(plansDir, 'archive'))) if (isPinnedPath(`archive/${n}`)) read(`archive/${n}`);

  const issues = checkHistory({ events, head, worktree, dir });
  return {
    checked: true,
    ...(shallow ? { note: 'this is a shallow clone: only the history it holds was checked (CI should fetch the whole history)' } : {}),
    issues,
  };
}

/** The newest commit that holds a file under plans/ (relative to plans/), or undefined when git has never seen it. */
export function committedIn(plansDir: string, rel: string): string | undefined {
  if (!git(plansDir, ['rev-parse', '--verify', '-q', 'HEAD']).ok) return undefined;
  const r = git(plansDir, ['log', '-1', '--format=%h %cs', 'HEAD', '--', rel]);
  return r.ok && r.out.trim() ? r.out.trim() : undefined;
}
