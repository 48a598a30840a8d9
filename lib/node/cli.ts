/**
 * plandiff CLI: a thin adapter over lib/. Output goes to stdout, messages to stderr.
 * Exit codes: 0 success, 1 usage error, 2 invalid data.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDraftInput, parsePlanJson, type ImportIssue } from '../draft/import';
import { archivedVersions, checkCorpusDir, projectRoot, readArchiveText, readCorpusFiles, todayIso } from './load';
import { archivePath, archiveText, makeArchive } from '../corpus/archive';
import { archiveHash, checkArchivedCorpus, checkCorpus } from '../corpus/check';
import { formatIssues } from '../corpus/issues';
import { compare, findRelationFile, getPlan, plansByDate, type Corpus } from '../index';
import { filterComparison, parseList, VOCAB } from '../compare/filter';
import { toCsv, toJson, toMarkdown, citeComparison, citeRow, pointText, sourcesReport, STATUS_WORD } from '../export';
import { statusCounts } from '../corpus/points';
import { composeRelations } from '../align/compose';
import { substanceWarnings } from '../corpus/substance';
import { history } from '../history/history';
import { historyCsv, historyMarkdown } from '../export/history';
import { ArchiveFile, Plan, pointRef } from '../schema';
import { parseJsonText } from '../corpus/json-text';
import { COMMAND_OPTIONS, parseCommandLine, UsageError, type Flags } from './args';
import { DataError, notAFile, readUserText, statOrUndefined } from './files';
import { checkGitHistory, committedIn } from './history';

export { UsageError, DataError };

const USAGE = `usage: npm run plandiff -- <command>
  check [--against <git ref>]        validate every plan, relation, event and correction file, and that no
                                     committed archive or log entry was changed or removed (--against: also
                                     those of another branch's history, as CI does with main)
  list                               list the versions in the corpus
  show <id> [--format md|json]       one version, point by point
  compare <a> <b> [--format md|json|csv] [--status known,reported,unknown] [--kind dropped,...]
          [--theme ...] [--changes-only] [--base-url URL] [--at <corpus version>]
                                     compare two versions (an id, or the path of a plan JSON file or of a
                                     numbered text: a file is not part of the corpus and has no permalink);
                                     --at: as they stood under an archived corpus version
  cite <a> <b> [<row anchor>] [--format text|markdown] [--base-url URL] [--at <corpus version>]
                                     a ready-to-paste citation for a comparison or one row (corpus ids only)
  sources                            where each point's wording comes from (the text of plans/SOURCES.md)
  history <conflict> [<provision>] [--format md|json|csv]
                                     provisions followed through every version of a conflict
  archive                            freeze the corpus under its current version in
                                     plans/archive/<version>.json (run it once a change is logged)
  import <file.txt> --id <id> --title "..." [--date YYYY-MM-DD] [--conflict ukraine] [--out plans/<id>.json]
                                     turn a numbered text into a draft plan file
Options take their value after a space or an "=" (--title="A=B draft"); files are read up to 1 MB of text
(UTF-8, or UTF-16 with a byte-order mark).`;

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

function loadOrFail(): Corpus {
  const r = checkCorpusDir();
  if (!r.ok) throw new DataError(`the corpus has ${r.issues.length} problem(s):\n${formatIssues(r.issues)}`);
  return r.corpus;
}

/** The corpus as it stood under an archived version (plans/archive/<version>.json). */
function loadArchived(version: string, live: Corpus): Corpus {
  const have = archivedVersions();
  if (!have.includes(version)) throw new UsageError(`--at: corpus version ${version} is not archived; archived versions: ${have.join(', ') || 'none'}`);
  const parsed = parseJsonText(readArchiveText(version));
  const archive = parsed.ok ? ArchiveFile.safeParse(parsed.value) : null;
  if (!archive?.success) throw new DataError(`${archivePath(version)} is not a corpus archive; run npm run plandiff -- check`);
  const r = checkArchivedCorpus(archive.data, todayIso());
  if (!r.ok) throw new DataError(`${archivePath(version)} does not load:\n${formatIssues(r.issues)}`);
  if (r.corpus.version !== version) throw new DataError(`${archivePath(version)} holds corpus version ${r.corpus.version}, not ${version}; run npm run plandiff -- check`);
  if (!live.corrections.entries.some((e) => e.version === version)) throw new DataError(`corpus version ${version} is not in plans/corrections.json; run npm run plandiff -- check`);
  return r.corpus;
}

/** A compared version: from the corpus, or from a file (a plan JSON or a numbered text) that is not part of it. */
type Side = { plan: Plan; origin: 'corpus' | 'file'; from: 'corpus' | 'json' | 'text' };

const fileIssues = (ref: string, issues: ImportIssue[]) => `${ref}:\n${issues.map((i) => `  ${i.line ? `line ${i.line}: ` : ''}${i.message}`).join('\n')}`;

/**
 * A file never passes for the corpus: one whose id is a corpus id is renamed `file:<id>`, so its rows, exports and
 * citations cannot be mistaken for the corpus version's (nor pick up its curated relations).
 */
function asFile(plan: Plan, taken: Set<string>): Plan {
  return taken.has(plan.id) ? { ...plan, id: `file:${plan.id}` } : plan;
}

function resolveSide(corpus: Corpus, ref: string, taken: Set<string>): Side {
  const p = getPlan(corpus, ref);
  if (p) return { plan: p, origin: 'corpus', from: 'corpus' };
  const st = statOrUndefined(ref);
  if (!st) throw new UsageError(`unknown version "${ref}"; valid ids: ${corpus.plans.map((x) => x.id).sort().join(', ')} (or the path of a plan .json file or of a numbered text)`);
  const why = notAFile(ref, st);
  if (why) throw new UsageError(why);
  const text = readUserText(ref);
  const today = todayIso();
  if (/\.json$/i.test(ref)) {
    const res = parsePlanJson(text, today);
    if (!res.ok) throw new DataError(fileIssues(ref, res.issues));
    return { plan: asFile(res.plan, taken), origin: 'file', from: 'json' };
  }
  const base = ref.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft';
  const res = parseDraftInput(text, { id: base, title: ref, conflict: 'ukraine', date: today });
  if (!res.ok) throw new DataError(fileIssues(ref, res.issues));
  return { plan: asFile(res.plan, taken), origin: 'file', from: res.from };
}

/** Whether a reference names a path rather than a corpus version (cite refuses those). */
const isPathNotId = (corpus: Corpus, ref: string) => !getPlan(corpus, ref) && statOrUndefined(ref) !== undefined;

/** The site's address for permalinks: an http(s) address with no query or fragment, or '' for site-relative links. */
function baseUrl(raw: string): string {
  if (raw === '') return '';
  let u: URL | undefined;
  try {
    u = new URL(raw);
  } catch {
    u = undefined;
  }
  if (!u || !/^https?:$/.test(u.protocol) || u.search || u.hash || u.username || u.password) {
    throw new UsageError(`--base-url (or PLANDIFF_BASE_URL) must be the site's address, such as https://plandiff.example or https://host/path, with no query or fragment; found ${JSON.stringify(raw)}`);
  }
  return raw;
}

function fmt(flags: Flags, allowed: string[], dflt: string): string {
  const f = flags.format;
  if (f === undefined) return dflt;
  if (typeof f !== 'string' || !allowed.includes(f)) throw new UsageError(`--format must be one of ${allowed.join(', ')}; found ${String(f)}`);
  return f;
}

export function run(argv: string[], out: Out): number {
  try {
    const { command: cmd, args, flags } = parseCommandLine(argv);
    if (flags.help || cmd === 'help') {
      out.stdout(`${USAGE}\n`);
      return 0;
    }
    if (!cmd) throw new UsageError(`no command given: expected one of ${Object.keys(COMMAND_OPTIONS).join(', ')}`);
    if (COMMAND_OPTIONS[cmd] && ['check', 'list', 'sources', 'archive'].includes(cmd) && args.length) throw new UsageError(`${cmd} takes no arguments; found ${args.join(' ')}`);
    switch (cmd) {
      case 'check': {
        const r = checkCorpusDir(undefined, { against: typeof flags.against === 'string' ? flags.against : undefined });
        for (const n of r.notes) out.stderr(`note: ${n}\n`);
        if (!r.ok) {
          out.stderr(`${formatIssues(r.issues)}\n${r.issues.length} problem(s) found.\n`);
          return 2;
        }
        const c = r.corpus;
        const warn = substanceWarnings(c);
        if (warn.length) out.stderr(`${formatIssues(warn)}\n${warn.length} warning(s).\n`);
        out.stdout(`ok: corpus ${c.version}: ${c.plans.length} versions, ${c.plans.reduce((n, p) => n + p.points.length, 0)} points, ${c.relations.length} relation files, ${c.events.events.length} events.\n`);
        return 0;
      }
      case 'list': {
        const c = loadOrFail();
        for (const p of plansByDate(c)) {
          const k = statusCounts(p);
          const kind = p.kind === 'plan-version' ? 'version' : p.kind;
          out.stdout(`${p.id.padEnd(21)} ${p.date}  ${kind.padEnd(14)} ${p.origin.channel.padEnd(8)} ${String(p.declaredPoints).padStart(3)} points (${k.known} known, ${k.reported} reported, ${k.unknown} not public)  ${p.title}\n`);
        }
        return 0;
      }
      case 'show': {
        if (args.length !== 1) throw new UsageError('show takes one version id');
        const c = loadOrFail();
        const p = resolveSide(c, args[0]!, new Set(c.plans.map((x) => x.id))).plan;
        if (fmt(flags, ['md', 'json'], 'md') === 'json') {
          out.stdout(`${JSON.stringify(p, null, 2)}\n`);
          return 0;
        }
        out.stdout(`# ${p.title}\n\n${p.date}, ${p.origin.channel}; known as of ${p.knownAsOf}; ${p.declaredPoints} points.\n${p.origin.summary}\n\n`);
        for (const pt of p.points) {
          const rp = { plan: p.id, n: pt.n, key: pt.key ?? null, ref: pointRef(pt), status: pt.status, label: pt.label ?? null, text: pt.status === 'known' ? pt.text + (pt.items ?? []).map((i) => `\n   ${i.label ? `${i.label}) ` : '• '}${i.text}`).join('') : pt.status === 'reported' ? pt.summary : null, wording: pt.status === 'known' ? pt.wording.kind : null, wordingFrom: [], wordingLanguage: null, wordingMissing: null };
          out.stdout(`${pt.n != null ? `${pt.n}.` : `[${pt.key}]`} (${STATUS_WORD[pt.status]}) ${pointText(rp)}\n`);
        }
        return 0;
      }
      case 'compare':
      case 'cite': {
        if (args.length < 2 || args.length > (cmd === 'cite' ? 3 : 2)) throw new UsageError(`${cmd} takes two versions${cmd === 'cite' ? ' and optionally a row anchor' : ''}`);
        const base = baseUrl(typeof flags['base-url'] === 'string' ? flags['base-url'] : (process.env.PLANDIFF_BASE_URL ?? ''));
        const live = loadOrFail();
        const c = typeof flags.at === 'string' ? loadArchived(flags.at, live) : live;
        if (cmd === 'cite' && (isPathNotId(c, args[0]!) || isPathNotId(c, args[1]!))) {
          throw new UsageError('cite takes two corpus version ids: a file outside the corpus has no permalink to cite');
        }
        const taken = new Set([...live.plans, ...c.plans].map((p) => p.id));
        const sa = resolveSide(c, args[0]!, taken);
        const sb = resolveSide(c, args[1]!, taken);
        let a = sa.plan;
        let b = sb.plan;
        // A numbered-text draft has no conflict of its own: it takes the conflict of the version it is compared
        // with, so its rows read as edits. A plan JSON file keeps its own.
        if (sa.from === 'text' && sb.from !== 'text') a = { ...a, conflict: b.conflict };
        if (sb.from === 'text' && sa.from !== 'text') b = { ...b, conflict: a.conflict };
        const bothCorpus = sa.origin === 'corpus' && sb.origin === 'corpus';
        const kinds = parseList(typeof flags.kind === 'string' ? flags.kind : null, VOCAB.kinds);
        const statuses = parseList(typeof flags.status === 'string' ? flags.status : null, VOCAB.statuses);
        const themes = parseList(typeof flags.theme === 'string' ? flags.theme : null, VOCAB.themes);
        if (kinds.bad.length) throw new UsageError(`--kind: unknown kind ${kinds.bad.join(', ')}; valid: ${VOCAB.kinds.join(', ')}`);
        if (statuses.bad.length) throw new UsageError(`--status: unknown status ${statuses.bad.join(', ')}; valid: ${VOCAB.statuses.join(', ')}`);
        if (themes.bad.length) throw new UsageError(`--theme: unknown theme ${themes.bad.join(', ')}; valid: ${VOCAB.themes.join(', ')}`);
        const full = compare(a, b, {
          corpusVersion: c.version,
          corpusDate: c.versionDate,
          // Relations, direct or composed through the lineage, link two corpus versions only: a file gets none,
          // whatever id it carries.
          relations: bothCorpus ? findRelationFile(c, a.id, b.id) : undefined,
          composed: bothCorpus ? composeRelations(c, a.id, b.id) : [],
          origin: { left: sa.origin, right: sb.origin },
        });
        const cmp = filterComparison(full, { kinds: kinds.values, statuses: statuses.values, themes: themes.values, changesOnly: flags['changes-only'] === true });
        if (cmd === 'cite') {
          const f = fmt(flags, ['text', 'markdown'], 'text') as 'text' | 'markdown';
          if (args[2]) {
            const row = cmp.rows.find((r) => r.anchor === args[2]!.replace(/^#/, '') || r.id === args[2]);
            if (!row) throw new UsageError(`no row "${args[2]}"; rows: ${cmp.rows.map((r) => r.anchor).join(', ')}`);
            out.stdout(`${citeRow(cmp, row, f, base)}\n`);
          } else out.stdout(`${citeComparison(cmp, f, base)}\n`);
          return 0;
        }
        const f = fmt(flags, ['md', 'json', 'csv'], 'md');
        out.stdout(f === 'json' ? toJson(cmp) : f === 'csv' ? toCsv(cmp, base) : toMarkdown(cmp, base));
        return 0;
      }
      case 'import':
        return runImport(args, flags, out);
      case 'sources':
        out.stdout(sourcesReport(loadOrFail()));
        return 0;
      case 'history': {
        if (args.length < 1 || args.length > 2) throw new UsageError('history takes a conflict and optionally a provision');
        const c = loadOrFail();
        const conflicts = [...new Set(c.plans.map((p) => p.conflict))].sort();
        if (!conflicts.includes(args[0]!)) throw new UsageError(`unknown conflict "${args[0]}"; valid: ${conflicts.join(', ')}`);
        const ids = c.provisions.find((p) => p.conflict === args[0])?.provisions.map((p) => p.id) ?? [];
        if (args[1] && !ids.includes(args[1])) throw new UsageError(`unknown provision "${args[1]}" of ${args[0]}; valid: ${ids.join(', ')}`);
        const h = history(c, args[0]!, args[1]);
        const f = fmt(flags, ['md', 'json', 'csv'], 'md');
        out.stdout(f === 'json' ? `${JSON.stringify(h, null, 2)}\n` : f === 'csv' ? historyCsv(h) : historyMarkdown(h));
        return 0;
      }
      case 'archive':
        return runArchive(out);
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    return report(e, out);
  }
}

/** Every failure ends here as one line on stderr and an exit code: no input gives a stack trace. */
function report(e: unknown, out: Out): number {
  if (e instanceof UsageError) {
    out.stderr(`plandiff: ${e.message}\n${USAGE}\n`);
    return 1;
  }
  if (e instanceof DataError) {
    out.stderr(`plandiff: ${e.message}\n`);
    return 2;
  }
  const err = (e ?? {}) as { code?: unknown; path?: unknown; message?: unknown };
  const message = String(err.message ?? e).split('\n')[0];
  // A file that cannot be read or written (a folder, a missing directory, no permission) is the caller's to fix.
  if (typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
    const what = typeof err.path === 'string' ? err.path : 'a file';
    const why = err.code === 'EISDIR' ? 'it is a folder, not a file' : err.code === 'ENOENT' ? 'no such file or folder' : err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : message;
    out.stderr(`plandiff: cannot use ${what}: ${why}\n`);
    return 1;
  }
  out.stderr(`plandiff: unexpected error: ${message}; please report it with the command that caused it\n`);
  return 2;
}

function runArchive(out: Out): number {
  const files = readCorpusFiles();
  const today = todayIso();
  // Archiving settles one issue, the current version's missing archive; anything else is fixed first.
  const r = checkCorpus(files, today, { archiving: true });
  if (!r.ok) throw new DataError(`the corpus has ${r.issues.length} problem(s); fix them before archiving:\n${formatIssues(r.issues)}`);
  const c = r.corpus;
  const entries = c.corrections.entries;
  const prevVersion = entries.length > 1 ? entries[entries.length - 2]!.version : undefined;
  let previous: { version: string; hash: string } | undefined;
  if (prevVersion) {
    const prev = files.find((f) => f.path === archivePath(prevVersion));
    if (!prev) throw new DataError(`${archivePath(prevVersion)} is missing: the previous version must be archived first (in a checkout of the last commit that carried it)`);
    previous = { version: prevVersion, hash: archiveHash(JSON.stringify(JSON.parse(prev.text))) };
  }
  const archive = makeArchive(files, c.version, c.versionDate, previous);
  const dest = join(projectRoot(), archivePath(c.version));
  if (existsSync(dest)) {
    const parsed = parseJsonText(readFileSync(dest, 'utf8'));
    if (parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(archive)) {
      out.stderr(`${archivePath(c.version)} already holds version ${c.version} as it stands: nothing to do.\n`);
      return 0;
    }
    throw new DataError(
      `${archivePath(c.version)} exists and differs from plans/: the corpus was changed after version ${c.version} was archived. Give the change its own entry (a new version) in plans/corrections.json.`,
    );
  }
  // A version archived once is frozen: an archive that git has seen is restored, never written again, so an edit
  // cannot be slipped in under a version that readers may already have cited.
  const plansDir = join(projectRoot(), 'plans');
  const seen = committedIn(plansDir, `archive/${c.version}.json`);
  if (seen) {
    throw new DataError(
      `${archivePath(c.version)} was committed before (last in ${seen}) and is missing here: an archive is never written twice, or an edit would pass under version ${c.version}, which readers may already have cited. Restore it (git checkout HEAD -- ${archivePath(c.version)}, or from the commit named). To change the corpus, log the change as a new version in plans/corrections.json, then run npm run plandiff -- archive.`,
    );
  }
  const history = checkGitHistory(plansDir);
  if (history.issues.length) throw new DataError(`the corpus's history has ${history.issues.length} problem(s); fix them before archiving:\n${formatIssues(history.issues)}`);
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, archiveText(archive));
  out.stderr(`wrote ${archivePath(c.version)}: version ${c.version} (${c.versionDate}), ${archive.files.length} files: a diff cited under this version can now be shown as it was.\n`);
  return 0;
}

/** The placeholder a skeleton's source carries until an editor fills it in; `check` refuses it (see lib/corpus/check.ts). */
export const PLACEHOLDER_URL = 'https://plandiff.invalid/fill-in-the-source';

function runImport(args: string[], flags: Flags, out: Out): number {
  if (args.length !== 1) throw new UsageError('import takes one file: a numbered text (.txt) or a plan (.json)');
  const file = args[0]!;
  const st = statOrUndefined(file);
  if (!st) throw new UsageError(`no such file: ${file}`);
  const why = notAFile(file, st);
  if (why) throw new UsageError(why);
  const id = typeof flags.id === 'string' ? flags.id : undefined;
  const title = typeof flags.title === 'string' ? flags.title : undefined;
  if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError('import needs --id in kebab case, for example --id us-draft-2026-01');
  if (!title) throw new UsageError('import needs --title "..."');
  const date = typeof flags.date === 'string' ? flags.date : new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD; found ${date}`);
  const conflict = typeof flags.conflict === 'string' ? flags.conflict : 'ukraine';
  const dest = typeof flags.out === 'string' ? flags.out : `plans/${id}.json`;
  if (dest !== '-' && existsSync(dest) && flags.force !== 'yes') throw new UsageError(`${dest} exists; choose another --out or pass --force yes`);
  const res = parseDraftInput(readUserText(file), { id, title, conflict, date, sourceId: 'source-to-fill' });
  if (!res.ok) throw new DataError(fileIssues(file, res.issues));
  const plan = res.plan;
  const src = plan.sources[0]!;
  Object.assign(src, { outlet: 'TO FILL: the outlet or office that published the text', title: 'TO FILL: the title of the page or document', url: PLACEHOLDER_URL });
  plan.origin = { ...plan.origin, draftedBy: 'TO FILL: who drafted this version', summary: 'TO FILL: how the text came to light, in our own words' };
  const json = `${JSON.stringify({ $schema: '../public/schema/plan.schema.json', ...plan }, null, 2)}\n`;
  if (dest === '-') out.stdout(json);
  else writeFileSync(dest, json);
  const todo = [
    `sources[1] (id source-to-fill): outlet, title, url, published (${date} for now) and kind (leaked-document or official-document)`,
    'origin.draftedBy and origin.summary',
    'each point: wording.kind (verbatim only if the text is the document\'s own words), themes, and a label if useful',
    'corrections.json: a new entry saying this version was added',
  ];
  out.stderr(
    `${dest === '-' ? 'wrote the skeleton to stdout' : `wrote ${dest}`}: ${plan.points.length} points (known, from the ${res.from === 'json' ? 'plan JSON' : 'numbered text'}).\n` +
      res.warnings.map((w) => `warning: ${w.line ? `line ${w.line}: ` : ''}${w.message}\n`).join('') +
      `Before \`npm run plandiff -- check\` accepts it, fill in:\n${todo.map((t) => `  - ${t}`).join('\n')}\n`,
  );
  return 0;
}
