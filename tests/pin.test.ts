import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../lib/node/cli';
import { archiveText, makeArchive } from '../lib/corpus/archive';
import { archiveHash } from '../lib/corpus/check';
import { readCorpusFiles, todayIso } from '../lib/node/load';
import { checkHistory } from '../lib/corpus/history';

/**
 * Red team: the attacks of the reliability report (D1) on a throwaway git repository made from a copy of plans/.
 * Each must be refused by `check` (and so by the build and CI) with a message that says what to do instead.
 */
const LOG = JSON.parse(readFileSync(`${__dirname}/../plans/corrections.json`, 'utf8')).entries as { version: string; date: string }[];
/** The newest logged version and the one before it: the version nothing names yet, and where a rollback would go. */
const NEWEST = LOG.at(-1)!.version;
const NEWEST_DATE = LOG.at(-1)!.date;
const BEFORE = LOG.at(-2)!.version;
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EDIT = ['sovereignty will be confirmed', 'sovereignty will be denied'] as const;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function sh(dir: string, ...args: string[]) {
  return execFileSync('git', ['-c', 'user.name=Red Team', '-c', 'user.email=red@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A copy of plans/ in a new temporary folder; committed when `git` is true. */
function repo(withGit = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-redteam-'));
  dirs.push(dir);
  cpSync(`${__dirname}/../plans`, join(dir, 'plans'), { recursive: true });
  if (withGit) {
    sh(dir, 'init', '-q', '-b', 'main');
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'corpus as published');
  }
  return dir;
}

function cli(dir: string, ...args: string[]) {
  const prev = process.env.PLANDIFF_ROOT;
  process.env.PLANDIFF_ROOT = dir;
  let stdout = '';
  let stderr = '';
  try {
    const code = run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { code, stdout, stderr };
  } finally {
    if (prev === undefined) delete process.env.PLANDIFF_ROOT;
    else process.env.PLANDIFF_ROOT = prev;
  }
}

const path = (dir: string, rel: string) => join(dir, 'plans', rel);
const read = (dir: string, rel: string) => readFileSync(path(dir, rel), 'utf8');
const write = (dir: string, rel: string, text: string) => writeFileSync(path(dir, rel), text);

/** The unlogged edit: one word of the 28-point plan's point 1. */
function editPlan(dir: string) {
  const text = read(dir, 'ukraine-28.json');
  expect(text).toContain(EDIT[0]);
  write(dir, 'ukraine-28.json', text.replace(EDIT[0], EDIT[1]));
}

/** The same edit made inside the newest archive, so plans/ and its archive agree. */
function editNewestArchive(dir: string) {
  const a = JSON.parse(read(dir, `archive/${NEWEST}.json`));
  const f = a.files.find((x: { path: string }) => x.path === 'plans/ukraine-28.json');
  f.data = JSON.parse(JSON.stringify(f.data).replace(EDIT[0], EDIT[1]));
  write(dir, `archive/${NEWEST}.json`, archiveText(a));
}

/** plans/ as it stood under an archived version: its files written back from the archive. */
function restoreFrom(dir: string, version: string) {
  const a = JSON.parse(read(dir, `archive/${version}.json`));
  for (const f of a.files as { path: string; data: unknown }[]) writeFileSync(join(dir, f.path), `${JSON.stringify(f.data, null, 2)}\n`);
}

describe('red team: the newest archive and the newest log entry are pinned by git history', () => {
  it('the copy as committed passes, with no note', () => {
    const dir = repo();
    const r = cli(dir, 'check');
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('an unlogged edit is refused', () => {
    const dir = repo();
    editPlan(dir);
    const r = cli(dir, 'check');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`plans/ukraine-28.json: changed since version ${NEWEST} was archived: log the change as a new version in plans/corrections.json, then run npm run plandiff -- archive`);
  });

  it('an edit to a plan and the newest archive made the same way is refused, committed or not', () => {
    const dir = repo();
    editPlan(dir);
    editNewestArchive(dir);
    let r = cli(dir, 'check');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^plans/archive/${re(NEWEST)}\\.json: the archive of version ${re(NEWEST)} \\(committed in [0-9a-f]{10} \\(\\d{4}-\\d\\d-\\d\\d\\)\\) has been edited in the working tree: an archive is never rewritten\\. Restore it \\(git checkout HEAD -- plans/archive/${re(NEWEST)}\\.json\\)\\. To change the corpus, log the change as a new version`, 'm'));
    sh(dir, 'commit', '-qam', 'quiet fix');
    r = cli(dir, 'check');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`the archive of version ${re(NEWEST)} was committed in [0-9a-f]{10} \\(.+\\) and has been rewritten in commit [0-9a-f]{10} \\(.+\\): an archive is never rewritten`));
    expect(r.stderr).toContain('log the change as a new version in plans/corrections.json');
  });

  it('deleting the newest archive and running archive again is refused, by archive and by check', () => {
    const dir = repo();
    editPlan(dir);
    unlinkSync(path(dir, `archive/${NEWEST}.json`));
    const a = cli(dir, 'archive');
    expect(a.code).toBe(2);
    expect(a.stderr).toContain(`plans/archive/${NEWEST}.json was committed before`);
    expect(a.stderr).toContain('an archive is never written twice');
    expect(a.stderr).toContain('log the change as a new version in plans/corrections.json');
    const c = cli(dir, 'check');
    expect(c.code).toBe(2);
    expect(c.stderr).toContain(`the archive of version ${NEWEST} (committed in`);
    expect(c.stderr).toContain('has been deleted from the working tree: an archive is never removed');
    expect(c.stderr).not.toContain("is not archived yet: run npm run plandiff -- archive");
    // The deletion committed, then an archive written by hand (archive itself refuses): still refused.
    sh(dir, 'commit', '-qam', 'drop the archive');
    expect(cli(dir, 'archive').code).toBe(2);
    const files = readCorpusFiles(join(dir, 'plans'));
    const prev = files.find((f) => f.path === `plans/archive/${BEFORE}.json`)!;
    write(dir, `archive/${NEWEST}.json`, archiveText(makeArchive(files, NEWEST, NEWEST_DATE, { version: BEFORE, hash: archiveHash(JSON.stringify(JSON.parse(prev.text))) })));
    const c2 = cli(dir, 'check');
    expect(c2.code).toBe(2);
    expect(c2.stderr).toMatch(new RegExp(`the archive of version ${re(NEWEST)} was committed in [0-9a-f]{10} .* and has been removed in commit [0-9a-f]{10}`));
  });

  it('dropping the newest log entry and its archive is refused, committed or not', () => {
    const dir = repo();
    const log = JSON.parse(read(dir, 'corrections.json'));
    expect(log.entries.at(-1).version).toBe(NEWEST);
    restoreFrom(dir, BEFORE);
    unlinkSync(path(dir, `archive/${NEWEST}.json`));
    let r = cli(dir, 'check');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^plans/corrections\\.json: the working tree's log no longer holds entry ${re(NEWEST)} \\(committed in [0-9a-f]{10}, .+\\): the corrections log is append-only`, 'm'));
    expect(r.stderr).toContain('has been deleted from the working tree: an archive is never removed');
    sh(dir, 'commit', '-qam', `back to ${BEFORE}`);
    r = cli(dir, 'check');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^plans/corrections\\.json: the log at HEAD no longer holds entry ${re(NEWEST)} `, 'm'));
    expect(r.stderr).toMatch(new RegExp(`the archive of version ${re(NEWEST)} was committed in .* and has been removed in commit`));
  });

  it('the right way still works: log a new version, archive it, commit; check passes', () => {
    const dir = repo();
    editPlan(dir);
    const today = todayIso();
    const version = `${today.replace(/-/g, '.')}.9`;
    const log = JSON.parse(read(dir, 'corrections.json'));
    log.entries.push({ version, date: today, summary: 'Red-team test: a logged edit.', changes: [{ plan: 'ukraine-28', points: [1], what: 'one word changed' }] });
    write(dir, 'corrections.json', `${JSON.stringify(log, null, 2)}\n`);
    const a = cli(dir, 'archive');
    expect([a.code, a.stderr]).toEqual([0, expect.stringContaining(`wrote plans/archive/${version}.json`)]);
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'logged');
    expect(cli(dir, 'check').code).toBe(0);
  });

  it('without git history (a tarball) the history part is skipped with one line, never failed', () => {
    const dir = repo(false);
    const r = cli(dir, 'check');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: no git history here (not a git checkout): the archives and the corrections log were not checked against git history (only the archive chain holds them)\n');
  });

  it('check --against main catches a branch whose history was rewritten to drop a version', () => {
    const dir = repo(false);
    const newest = read(dir, `archive/${NEWEST}.json`);
    restoreFrom(dir, BEFORE);
    unlinkSync(path(dir, `archive/${NEWEST}.json`));
    sh(dir, 'init', '-q', '-b', 'main');
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', BEFORE);
    sh(dir, 'branch', 'old');
    // main: the version as published.
    cpSync(`${__dirname}/../plans`, join(dir, 'plans'), { recursive: true });
    expect(read(dir, `archive/${NEWEST}.json`)).toBe(newest);
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', NEWEST);
    // A branch made from before it, carrying the same version number with other text.
    sh(dir, 'checkout', '-q', 'old');
    cpSync(`${__dirname}/../plans`, join(dir, 'plans'), { recursive: true });
    editPlan(dir);
    editNewestArchive(dir);
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'same version, other text');
    expect(cli(dir, 'check').code).toBe(0); // its own history is consistent
    const r = cli(dir, 'check', '--against', 'main');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`the archive of version ${re(NEWEST)} was committed in [0-9a-f]{10} \\(.+, on main\\) and has been rewritten`));
    expect(cli(dir, 'check', '--against', 'nope').stderr).toContain('--against nope: no such git revision here');
  });
});

describe('the pin rules (pure)', () => {
  const arch = (extra: object = {}) => JSON.stringify({ format: 'plandiff.corpus-archive/1', version: '2025.01.01', date: '2025-01-01', ...extra, files: [] });
  const log = (...vs: string[]) => JSON.stringify({ entries: vs.map((version) => ({ version })) });
  const ev = (commit: string, path: string, text: string | null) => ({ commit, date: '2025-01-01', path, text });

  it('an archive may gain its chain link once (the format change of 27 Nov 2026), and nothing else', () => {
    const events = [ev('a'.repeat(40), 'archive/2025.01.01.json', arch()), ev('b'.repeat(40), 'archive/2025.01.01.json', arch({ previous: { version: '2024.12.31', hash: '0'.repeat(14) } }))];
    const now = new Map([['archive/2025.01.01.json', events[1]!.text!], ['corrections.json', log('2025.01.01')]]);
    expect(checkHistory({ events, head: now, worktree: now, dir: 'plans' })).toEqual([]);
    const reformatted = new Map([...now, ['archive/2025.01.01.json', JSON.stringify(JSON.parse(events[1]!.text!), null, 2)]]);
    expect(checkHistory({ events, head: reformatted, worktree: reformatted, dir: 'plans' })).toEqual([]);
    const edited = new Map([...now, ['archive/2025.01.01.json', arch({ previous: { version: '2024.12.31', hash: '1'.repeat(14) } })]]);
    expect(checkHistory({ events, head: edited, worktree: edited, dir: 'plans' }).map((i) => i.code)).toEqual(['archive-rewritten']);
  });

  it('a branch behind main is told to merge it, not that it removed anything', () => {
    const p = 'archive/2025.01.01.json';
    const events = [{ ...ev('a'.repeat(40), p, arch()), only: 'main' }, { ...ev('a'.repeat(40), 'corrections.json', log('2025.01.01')), only: 'main' }];
    const now = new Map([['corrections.json', log()]]);
    const out = checkHistory({ events, head: now, worktree: now, dir: 'plans' });
    expect(out.map((i) => i.code)).toEqual(['archive-not-merged', 'log-not-merged']);
    expect(out[0]!.message).toBe('the archive of version 2025.01.01 was committed on main in aaaaaaaaaa (2025-01-01) and is not at HEAD: merge main into this branch. An archive, once committed, is never removed');
  });

  it('a rewrite that was reverted is history, not a problem now', () => {
    const p = 'archive/2025.01.01.json';
    const events = [ev('a'.repeat(40), p, arch()), ev('b'.repeat(40), p, arch({ date: '2025-01-02' })), ev('c'.repeat(40), p, arch())];
    const now = new Map([[p, arch()]]);
    expect(checkHistory({ events, head: now, worktree: now, dir: 'plans' })).toEqual([]);
  });
});
