import type { Issue } from './issues';

/**
 * The pin: archives are add-only and the log is append-only, judged against the committed history.
 *
 * The archive chain (check.ts) protects every archive that a later one names by hash, and the archives protect the
 * log entries they carry. Two things are left that the files alone cannot protect: the newest archive (nothing names
 * it yet) and the newest log entry (dropping it and its archive leaves a consistent, older corpus). Git history can:
 * whatever was committed once is a fact that the working tree can be compared with. The rules:
 *
 * - every archive ever committed is still there, unchanged, at HEAD and in the working tree (compared as parsed
 *   JSON, so whitespace does not count). One change is allowed, the one the chain format made on 27 Nov 2026: an
 *   archive committed before the chain existed may gain its `previous` link, everything else equal;
 * - every log entry ever committed is still in the log, at HEAD and in the working tree (its content is then held
 *   by its archive, which carries the log as it stood).
 *
 * Pure: the caller (lib/node/history.ts) reads git and the disk and hands the texts in.
 */

/**
 * One committed change to a file under plans/: its new text, or null when the commit deleted it. `only` names the
 * other branch (`check --against main`) when the commit is in that branch's history and not in HEAD's.
 */
export type HistoryEvent = { commit: string; date: string; path: string; text: string | null; only?: string };

export type HistoryInput = {
  /** Changes to `archive/<version>.json` and `corrections.json` (paths relative to plans/), oldest first. */
  events: HistoryEvent[];
  /** The same files at HEAD and in the working tree (absent when the file is not there). */
  head: Map<string, string>;
  worktree: Map<string, string>;
  /** How the plans folder is named in messages: "plans". */
  dir: string;
};

const ARCHIVE = /^archive\/(\d{4}\.\d{2}\.\d{2}(?:\.\d+)?)\.json$/;
export const isPinnedPath = (path: string) => ARCHIVE.test(path) || path === 'corrections.json';

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Parsed JSON compared as text (whitespace and key order as written do not matter beyond the parse). */
function canonical(text: string): string {
  const v = parse(text);
  return v === undefined ? `\u0000raw:${text}` : JSON.stringify(v);
}

/** An archive committed before the chain existed, then given its `previous` link and nothing else. */
function chainLinkAdded(before: string, after: string): boolean {
  const a = parse(before) as Record<string, unknown> | undefined;
  const b = parse(after) as Record<string, unknown> | undefined;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || 'previous' in a || !('previous' in b)) return false;
  const { previous: _ignored, ...rest } = b;
  return JSON.stringify(rest) === JSON.stringify(a);
}

const short = (commit: string) => commit.slice(0, 10);

type Pin = { text: string; canon: string; first: HistoryEvent; lastChange?: HistoryEvent };

export function checkHistory(input: HistoryInput): Issue[] {
  const { events, head, worktree, dir } = input;
  const out: Issue[] = [];
  const pins = new Map<string, Pin>();
  const entries = new Map<string, HistoryEvent>();

  for (const e of events) {
    if (e.path === 'corrections.json') {
      if (e.text == null) continue;
      const log = parse(e.text) as { entries?: { version?: unknown }[] } | undefined;
      for (const entry of Array.isArray(log?.entries) ? log!.entries : []) {
        if (typeof entry?.version === 'string' && !entries.has(entry.version)) entries.set(entry.version, e);
      }
      continue;
    }
    if (!ARCHIVE.test(e.path)) continue;
    const pin = pins.get(e.path);
    if (!pin) {
      if (e.text != null) pins.set(e.path, { text: e.text, canon: canonical(e.text), first: e });
      continue;
    }
    if (e.text != null && canonical(e.text) === pin.canon) continue;
    if (e.text != null && chainLinkAdded(pin.text, e.text)) {
      pins.set(e.path, { ...pin, text: e.text, canon: canonical(e.text) });
      continue;
    }
    pin.lastChange = e;
  }

  const restore = (p: string, pin: Pin) => `git show ${short(pin.first.commit)}:${dir}/${p} > ${dir}/${p}`;
  const instead = 'To change the corpus, log the change as a new version in plans/corrections.json, then run npm run plandiff -- archive';
  for (const [path, pin] of [...pins].sort(([a], [b]) => a.localeCompare(b))) {
    const version = ARCHIVE.exec(path)![1]!;
    const file = `${dir}/${path}`;
    const when = `committed in ${short(pin.first.commit)} (${pin.first.date}${pin.first.only ? `, on ${pin.first.only}` : ''})`;
    const atHead = head.get(path);
    if (atHead === undefined && pin.first.only && !pin.lastChange) {
      // On the other branch only, and never removed there: this checkout is behind it, not rewriting it.
      out.push({ file, code: 'archive-not-merged', message: `the archive of version ${version} was committed on ${pin.first.only} in ${short(pin.first.commit)} (${pin.first.date}) and is not at HEAD: merge ${pin.first.only} into this branch. An archive, once committed, is never removed` });
      continue;
    }
    const here = worktree.get(path);
    const change = pin.lastChange ? ` in commit ${short(pin.lastChange.commit)} (${pin.lastChange.date})` : '';
    if (atHead === undefined) {
      out.push({ file, code: 'archive-removed', message: `the archive of version ${version} was ${when} and has been removed${change}: an archive is never removed, or a diff cited under ${version} could not be shown as it was. Restore it (${restore(path, pin)}) and commit it. ${instead}` });
    } else if (canonical(atHead) !== pin.canon) {
      out.push({ file, code: 'archive-rewritten', message: `the archive of version ${version} was ${when} and has been rewritten${change}: an archive is never rewritten, or a diff cited under ${version} would silently show other text. Restore it (${restore(path, pin)}) and commit it. ${instead}` });
    }
    if (here === undefined) {
      if (atHead !== undefined) out.push({ file, code: 'archive-removed', message: `the archive of version ${version} (${when}) has been deleted from the working tree: an archive is never removed. Restore it (git checkout HEAD -- ${file}). ${instead}` });
    } else if (canonical(here) !== pin.canon) {
      if (atHead !== undefined && canonical(atHead) === pin.canon) {
        out.push({ file, code: 'archive-rewritten', message: `the archive of version ${version} (${when}) has been edited in the working tree: an archive is never rewritten. Restore it (git checkout HEAD -- ${file}). ${instead}` });
      }
    }
  }

  const versionsIn = (text: string | undefined) => {
    const log = text === undefined ? undefined : (parse(text) as { entries?: { version?: unknown }[] } | undefined);
    return Array.isArray(log?.entries) ? new Set(log!.entries.map((x) => x?.version)) : undefined;
  };
  const headLog = versionsIn(head.get('corrections.json'));
  const hereLog = versionsIn(worktree.get('corrections.json'));
  const dropped = (log: Set<unknown> | undefined) => (log ? [...entries].filter(([v]) => !log.has(v)) : []);
  const file = `${dir}/corrections.json`;
  const describe = (list: [string, HistoryEvent][]) => list.map(([v, e]) => `${v} (committed in ${short(e.commit)}, ${e.date})`).join(', ');
  const behind = (list: [string, HistoryEvent][]) => list.filter(([, e]) => e.only);
  const fromHeadAll = dropped(headLog);
  const notMerged = behind(fromHeadAll);
  const fromHead = fromHeadAll.filter(([, e]) => !e.only);
  if (notMerged.length) {
    const ref = notMerged[0]![1].only!;
    out.push({ file, code: 'log-not-merged', message: `the log at HEAD does not hold ${notMerged.length === 1 ? 'entry' : 'entries'} ${notMerged.map(([v, e]) => `${v} (committed in ${short(e.commit)} on ${e.only}, ${e.date})`).join(', ')}: merge ${ref} into this branch. The corrections log is append-only` });
  }
  const fromHere = dropped(hereLog).filter(([v]) => !fromHeadAll.some(([w]) => w === v));
  // A log that does not parse is reported by the corpus check itself; only a readable log is compared here.
  if (fromHead.length) {
    out.push({ file, code: 'log-entry-removed', message: `the log at HEAD no longer holds ${fromHead.length === 1 ? 'entry' : 'entries'} ${describe(fromHead)}: the corrections log is append-only, and links cited under a version need its entry. Restore ${fromHead.length === 1 ? 'it' : 'them'} from git and commit. To undo a change, log a new version that reverses it` });
  }
  if (fromHere.length) {
    out.push({ file, code: 'log-entry-removed', message: `the working tree's log no longer holds ${fromHere.length === 1 ? 'entry' : 'entries'} ${describe(fromHere)}: the corrections log is append-only. Restore it (git checkout HEAD -- ${file}). To undo a change, log a new version that reverses it` });
  }
  return out;
}
