/**
 * The file-system edge: read plans/ from disk and hand the texts to the pure check. Used by the CLI and the
 * Next.js build; nothing under lib/ outside lib/node/ touches the file system.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkCorpus, type CheckResult, type CorpusFile } from '../corpus/check';
import { formatIssues } from '../corpus/issues';
import type { Corpus } from '../corpus/corpus';
import { checkGitHistory } from './history';

export function projectRoot(): string {
  return process.env.PLANDIFF_ROOT ?? process.cwd();
}

export function readCorpusFiles(dir = join(projectRoot(), 'plans')): CorpusFile[] {
  const root = join(dir, '..');
  const out: CorpusFile[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, name.name);
      if (name.isDirectory()) walk(p);
      else if (name.name.endsWith('.json')) out.push({ path: relative(root, p).split('\\').join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export type DirCheck = CheckResult & {
  /** One-line notes for the person running the check (the history could not be read, a shallow clone). */
  notes: string[];
};

/**
 * The corpus in `dir` (plans/ by default), checked file by file and against its git history (lib/node/history.ts):
 * no committed archive changed or removed, no committed log entry dropped. `against`: another branch whose history
 * must be held too (CI passes main). Without git history that part is skipped with a note, never failed.
 */
export function checkCorpusDir(dir = join(projectRoot(), 'plans'), opts: { history?: boolean; against?: string } = {}): DirCheck {
  const r = checkCorpus(readCorpusFiles(dir), todayIso());
  if (opts.history === false) return { ...r, notes: [] };
  const h = checkGitHistory(dir, { against: opts.against });
  const notes = h.note ? [h.note] : [];
  if (!h.issues.length) return { ...r, notes };
  // An archive that git has seen is restored, not written again: its "run archive" advice would be wrong.
  const removed = new Set(h.issues.filter((i) => i.code === 'archive-removed').map((i) => i.file));
  const own = r.issues.filter((i) => !((i.code === 'current-not-archived' || i.code === 'missing-archive') && removed.has(i.file)));
  return { ok: false, issues: [...own, ...h.issues], notes };
}

let cached: Corpus | undefined;

/** Load and validate the corpus, or throw with every issue listed: the build refuses invalid data. */
export function loadCorpus(dir?: string): Corpus {
  if (cached && !dir) return cached;
  const r = checkCorpusDir(dir);
  for (const n of r.notes) console.warn(`plandiff: note: ${n}`);
  if (!r.ok) {
    throw new Error(`plandiff: the corpus has ${r.issues.length} problem(s):\n${formatIssues(r.issues)}`);
  }
  if (!dir) cached = r.corpus;
  return r.corpus;
}

/** The versions archived under plans/archive/, oldest first. */
export function archivedVersions(dir = join(projectRoot(), 'plans')): string[] {
  const d = join(dir, 'archive');
  if (!existsSync(d)) return [];
  const key = (v: string) => v.split('.').map((x) => x.padStart(4, '0')).join('.');
  return readdirSync(d)
    .filter((n) => /^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?\.json$/.test(n))
    .map((n) => n.replace(/\.json$/, ''))
    .sort((x, y) => key(x).localeCompare(key(y)));
}

/** The text of one version's archive. */
export function readArchiveText(version: string, dir = join(projectRoot(), 'plans')): string {
  return readFileSync(join(dir, 'archive', `${version}.json`), 'utf8');
}
