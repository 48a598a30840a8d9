/**
 * plandiff CLI: a thin adapter over lib/. Output goes to stdout, messages to stderr.
 * Exit codes: 0 success, 1 usage error, 2 invalid data.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDraftInput } from '../draft/import';
import { archivedVersions, checkCorpusDir, projectRoot, readArchiveText, readCorpusFiles, todayIso } from './load';
import { archivePath, archiveText, makeArchive } from '../corpus/archive';
import { archiveHash, checkArchivedCorpus, checkCorpus, checkPlan, STRUCTURAL_CODES } from '../corpus/check';
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

export class UsageError extends Error {}
export class DataError extends Error {}

const USAGE = `usage: npm run plandiff -- <command>
  check                              validate every plan, relation, event and correction file
  list                               list the versions in the corpus
  show <id> [--format md|json]       one version, point by point
  compare <a> <b> [--format md|json|csv] [--status known,reported,unknown] [--kind dropped,...]
          [--theme ...] [--changes-only] [--base-url URL] [--at <corpus version>]
                                     compare two versions (an id, or the path of a plan JSON file);
                                     --at: as they stood under an archived corpus version
  cite <a> <b> [<row anchor>] [--format text|markdown] [--base-url URL] [--at <corpus version>]
                                     a ready-to-paste citation for a comparison or one row
  sources                            where each point's wording comes from (the text of plans/SOURCES.md)
  history <conflict> [<provision>] [--format md|json|csv]
                                     provisions followed through every version of a conflict
  archive                            freeze the corpus under its current version in
                                     plans/archive/<version>.json (run it once a change is logged)
  import <file.txt> --id <id> --title "..." [--date YYYY-MM-DD] [--conflict ukraine] [--out plans/<id>.json]
                                     turn a numbered text into a draft plan file`;

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

const VIEW_FLAGS = ['format', 'status', 'kind', 'theme', 'changes-only', 'base-url', 'at'];
/** The options each command takes; any other is a usage error rather than silently ignored. */
const COMMAND_FLAGS: Record<string, string[]> = {
  check: [],
  list: [],
  sources: [],
  history: ['format'],
  archive: [],
  show: ['format'],
  compare: VIEW_FLAGS,
  cite: VIEW_FLAGS,
  import: ['id', 'title', 'date', 'conflict', 'out', 'force'],
};

const KNOWN_FLAGS = [...new Set([...Object.values(COMMAND_FLAGS).flat(), 'help'])];

function parseArgs(argv: string[]) {
  const pos: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (!KNOWN_FLAGS.includes(k)) throw new UsageError(`unknown option --${k}`);
      if (v !== undefined) flags[k] = v;
      else if (['changes-only', 'help'].includes(k)) flags[k] = true;
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UsageError(`--${k} needs a value`);
        flags[k] = next;
        i++;
      }
    } else pos.push(a);
  }
  return { pos, flags };
}

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

const isTextDraft = (ref: string) => !ref.endsWith('.json') && existsSync(ref) && statSync(ref).isFile();

function resolvePlan(corpus: Corpus, ref: string): Plan {
  const p = getPlan(corpus, ref);
  if (p) return p;
  if (ref.endsWith('.json') && existsSync(ref)) {
    const parsed = parseJsonText(readFileSync(ref, 'utf8'));
    if (!parsed.ok) throw new DataError(`${ref}: line ${parsed.line}, column ${parsed.column}: not valid JSON: ${parsed.message}`);
    const res = Plan.safeParse(parsed.value);
    if (!res.success) throw new DataError(`${ref}: not a plan file:\n${res.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    const structural = checkPlan(ref, res.data, todayIso()).filter((i) => (STRUCTURAL_CODES as readonly string[]).includes(i.code));
    if (structural.length) throw new DataError(`its points cannot be told apart:\n${formatIssues(structural)}`);
    return res.data;
  }
  if (isTextDraft(ref)) {
    const base = ref.replace(/^.*\//, '').replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft';
    const res = parseDraftInput(readFileSync(ref, 'utf8'), { id: base, title: ref, conflict: 'ukraine', date: new Date().toISOString().slice(0, 10) });
    if (!res.ok) throw new DataError(`${ref}:\n${res.issues.map((i) => `  ${i.line ? `line ${i.line}: ` : ''}${i.message}`).join('\n')}`);
    return res.plan;
  }
  throw new UsageError(`unknown version "${ref}"; valid ids: ${corpus.plans.map((p) => p.id).sort().join(', ')} (or the path of a plan .json file)`);
}

function fmt(flags: Record<string, string | true>, allowed: string[], dflt: string): string {
  const f = flags.format;
  if (f === undefined) return dflt;
  if (typeof f !== 'string' || !allowed.includes(f)) throw new UsageError(`--format must be one of ${allowed.join(', ')}; found ${String(f)}`);
  return f;
}

export function run(argv: string[], out: Out): number {
  try {
    const { pos, flags } = parseArgs(argv);
    const [cmd, ...args] = pos;
    if (flags.help || cmd === 'help') {
      out.stdout(`${USAGE}\n`);
      return 0;
    }
    if (!cmd) {
      out.stderr(`${USAGE}\n`);
      return 1;
    }
    const allowed = COMMAND_FLAGS[cmd];
    if (allowed) {
      const stray = Object.keys(flags).filter((k) => k !== 'help' && !allowed.includes(k));
      if (stray.length) throw new UsageError(`${stray.map((k) => `--${k}`).join(', ')} does not apply to ${cmd}`);
      if (['check', 'list', 'sources', 'archive'].includes(cmd) && args.length) throw new UsageError(`${cmd} takes no arguments; found ${args.join(' ')}`);
    }
    const base = typeof flags['base-url'] === 'string' ? flags['base-url'] : (process.env.PLANDIFF_BASE_URL ?? '');
    switch (cmd) {
      case 'check': {
        const r = checkCorpusDir();
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
        const p = resolvePlan(c, args[0]!);
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
        const c = typeof flags.at === 'string' ? loadArchived(flags.at, loadOrFail()) : loadOrFail();
        if (cmd === 'cite' && (isTextDraft(args[0]!) || isTextDraft(args[1]!) || existsSync(args[0]!) || existsSync(args[1]!))) {
          throw new UsageError('cite takes two corpus version ids: a file outside the corpus has no permalink to cite');
        }
        let a = resolvePlan(c, args[0]!);
        let b = resolvePlan(c, args[1]!);
        // A numbered-text draft has no conflict of its own: it takes the conflict of the version it is compared
        // with, so its rows read as edits. A plan JSON file keeps its own.
        if (isTextDraft(args[0]!) && !isTextDraft(args[1]!)) a = { ...a, conflict: b.conflict };
        if (isTextDraft(args[1]!) && !isTextDraft(args[0]!)) b = { ...b, conflict: a.conflict };
        const kinds = parseList(typeof flags.kind === 'string' ? flags.kind : null, VOCAB.kinds);
        const statuses = parseList(typeof flags.status === 'string' ? flags.status : null, VOCAB.statuses);
        const themes = parseList(typeof flags.theme === 'string' ? flags.theme : null, VOCAB.themes);
        if (kinds.bad.length) throw new UsageError(`--kind: unknown kind ${kinds.bad.join(', ')}; valid: ${VOCAB.kinds.join(', ')}`);
        if (statuses.bad.length) throw new UsageError(`--status: unknown status ${statuses.bad.join(', ')}; valid: ${VOCAB.statuses.join(', ')}`);
        if (themes.bad.length) throw new UsageError(`--theme: unknown theme ${themes.bad.join(', ')}; valid: ${VOCAB.themes.join(', ')}`);
        // Relations composed through the lineage link two corpus versions only (a file is not in the lineage).
        const both = getPlan(c, a.id) === a && getPlan(c, b.id) === b;
        const full = compare(a, b, { corpusVersion: c.version, corpusDate: c.versionDate, relations: findRelationFile(c, a.id, b.id), composed: both ? composeRelations(c, a.id, b.id) : [] });
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
    if (e instanceof UsageError) {
      out.stderr(`plandiff: ${e.message}\n${USAGE}\n`);
      return 1;
    }
    if (e instanceof DataError) {
      out.stderr(`plandiff: ${e.message}\n`);
      return 2;
    }
    // A file that cannot be read or written (a folder, a missing directory, no permission) is the caller's to fix.
    if (e && typeof e === 'object' && 'code' in e && 'path' in e) {
      const err = e as { code: string; path: string; message: string };
      out.stderr(`plandiff: cannot use ${err.path}: ${err.code === 'EISDIR' ? 'it is a folder, not a file' : err.code === 'ENOENT' ? 'no such file or folder' : err.message}\n`);
      return 1;
    }
    throw e;
  }
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
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, archiveText(archive));
  out.stderr(`wrote ${archivePath(c.version)}: version ${c.version} (${c.versionDate}), ${archive.files.length} files: a diff cited under this version can now be shown as it was.\n`);
  return 0;
}

/** The placeholder a skeleton's source carries until an editor fills it in; `check` refuses it (see lib/corpus/check.ts). */
export const PLACEHOLDER_URL = 'https://plandiff.invalid/fill-in-the-source';

function runImport(args: string[], flags: Record<string, string | true>, out: Out): number {
  if (args.length !== 1) throw new UsageError('import takes one file: a numbered text (.txt) or a plan (.json)');
  const file = args[0]!;
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const id = typeof flags.id === 'string' ? flags.id : undefined;
  const title = typeof flags.title === 'string' ? flags.title : undefined;
  if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError('import needs --id in kebab case, for example --id us-draft-2026-01');
  if (!title) throw new UsageError('import needs --title "..."');
  const date = typeof flags.date === 'string' ? flags.date : new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD; found ${date}`);
  const conflict = typeof flags.conflict === 'string' ? flags.conflict : 'ukraine';
  const dest = typeof flags.out === 'string' ? flags.out : `plans/${id}.json`;
  if (dest !== '-' && existsSync(dest) && flags.force !== 'yes') throw new UsageError(`${dest} exists; choose another --out or pass --force yes`);
  const res = parseDraftInput(readFileSync(file, 'utf8'), { id, title, conflict, date, sourceId: 'source-to-fill' });
  if (!res.ok) throw new DataError(`${file}:\n${res.issues.map((i) => `  ${i.line ? `line ${i.line}: ` : ''}${i.message}`).join('\n')}`);
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
