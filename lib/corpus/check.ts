import type { z } from 'zod';
import {
  CorrectionsFile,
  ArchiveFile,
  EventsFile,
  Plan,
  PRIMARY_KINDS,
  RelationFile,
  ProvisionsFile,
  BEARING_KINDS,
  isBearing,
  pointRef,
  type Claim,
  type Source,
} from '../schema';
import type { Issue } from './issues';
import { parseJsonText } from './json-text';
import { describeZodIssue, shown, valueAt } from './zod-words';
import { hash53 } from './hash';
import type { Corpus } from './corpus';

/** One file of the corpus as text, with its path relative to the project (`plans/gaza-20.json`). */
export type CorpusFile = { path: string; text: string };

export type CheckResult = { ok: true; corpus: Corpus; issues: [] } | { ok: false; corpus?: undefined; issues: Issue[] };

type FileKind = 'plan' | 'relation' | 'provisions' | 'events' | 'corrections' | 'archive';

export function fileKind(path: string): FileKind | undefined {
  if (/(^|\/)archive\/[^/]+\.json$/.test(path)) return 'archive';
  if (/(^|\/)relations\/[^/]+\.json$/.test(path)) return 'relation';
  if (/(^|\/)provisions\/[^/]+\.json$/.test(path)) return 'provisions';
  if (/(^|\/)events\.json$/.test(path)) return 'events';
  if (/(^|\/)corrections\.json$/.test(path)) return 'corrections';
  if (/\.json$/.test(path)) return 'plan';
  return undefined;
}

const baseName = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');

/**
 * Validate every file of the corpus: JSON syntax, the schema, and the invariants a schema cannot express
 * (counts, references, dates). Collects every issue in every file rather than stopping at the first, so a
 * data editor fixes a file in one pass. Pure: `today` is passed in, files come in as text.
 */
export function checkCorpus(files: CorpusFile[], today: string, opts: { archives?: boolean; archiving?: boolean } = {}): CheckResult {
  const issues: Issue[] = [];
  const plans: { path: string; plan: Plan }[] = [];
  const relations: { path: string; rel: RelationFile }[] = [];
  const provisions: { path: string; file: ProvisionsFile }[] = [];
  let events: { path: string; ev: EventsFile } | undefined;
  let corrections: { path: string; log: CorrectionsFile } | undefined;
  const archives: ArchiveEntry[] = [];
  const live = new Map<string, unknown>();

  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = fileKind(f.path);
    if (!kind) continue;
    const parsed = parseJsonText(f.text);
    if (!parsed.ok) {
      issues.push({
        file: f.path,
        where: `line ${parsed.line}, column ${parsed.column}`,
        code: 'json-syntax',
        message: `not valid JSON: ${parsed.message}`,
      });
      continue;
    }
    if (kind !== 'archive') live.set(f.path, parsed.value);
    const schema = { plan: Plan, relation: RelationFile, provisions: ProvisionsFile, events: EventsFile, corrections: CorrectionsFile, archive: ArchiveFile }[kind];
    const result = (schema as z.ZodType).safeParse(parsed.value);
    if (!result.success) {
      issues.push(...zodIssues(f.path, kind, parsed.value, result.error.issues));
      continue;
    }
    if (kind === 'plan') plans.push({ path: f.path, plan: result.data as Plan });
    else if (kind === 'relation') relations.push({ path: f.path, rel: result.data as RelationFile });
    else if (kind === 'provisions') provisions.push({ path: f.path, file: result.data as ProvisionsFile });
    else if (kind === 'events') events = { path: f.path, ev: result.data as EventsFile };
    else if (kind === 'archive') archives.push({ path: f.path, archive: result.data as ArchiveFile, json: JSON.stringify(parsed.value) });
    else corrections = { path: f.path, log: result.data as CorrectionsFile };
  }

  // Plans whose file exists but failed validation still count as present, so one bad file does not make
  // every reference to it an error too.
  const present = new Set(files.filter((f) => fileKind(f.path) === 'plan').map((f) => baseName(f.path)));
  const planIds = new Map<string, Plan>();
  for (const { path, plan } of plans) {
    if (plan.id !== baseName(path)) {
      issues.push({ file: path, field: 'id', code: 'id-mismatch', message: `expected the id to match the file name "${baseName(path)}"; found "${plan.id}"` });
    }
    if (planIds.has(plan.id)) issues.push({ file: path, field: 'id', code: 'duplicate-id', message: `another file already defines plan "${plan.id}"` });
    planIds.set(plan.id, plan);
    issues.push(...checkPlan(path, plan, today));
  }
  for (const { path, plan } of plans) {
    for (const d of plan.derivedFrom ?? []) {
      if (!present.has(d)) issues.push({ file: path, field: 'derivedFrom', code: 'unknown-plan', message: `refers to plan "${d}", which is not in the corpus` });
    }
  }
  const seenPairs = new Set<string>();
  for (const { path, rel } of relations) {
    const pair = [rel.from, rel.to].sort().join('|');
    if (seenPairs.has(pair)) issues.push({ file: path, code: 'duplicate-relation', message: `another relation file already links ${rel.from} and ${rel.to}` });
    seenPairs.add(pair);
    issues.push(...checkRelationFile(path, rel, planIds, present, today));
  }
  for (const { path, file } of provisions) issues.push(...checkProvisions(path, file, planIds));
  if (events) issues.push(...checkEvents(events.path, events.ev, present, today));
  else if (files.some((f) => fileKind(f.path))) issues.push({ file: 'plans/events.json', code: 'missing-file', message: 'the events file is missing' });
  if (corrections) {
    // A plan removed since may still be named by the entries of the versions that held it.
    const held = opts.archives === false ? undefined : new Set([...present, ...archives.flatMap((a) => a.archive.files.map((f) => baseName(f.path)).filter((_, i, all) => !all[i]!.includes('--')))]);
    issues.push(...checkCorrections(corrections.path, corrections.log, present, today, held));
    // An archived corpus is checked without its own archives: those are the live corpus's business.
    if (opts.archives !== false) {
      const named = new Set(files.filter((f) => fileKind(f.path) === 'archive').map((f) => baseName(f.path)));
      // While archiving, the current version's missing archive is what is being settled.
      issues.push(...checkArchives(archives, named, corrections.log, live, today).filter((i) => !(opts.archiving && i.code === 'current-not-archived')));
    }
  } else issues.push({ file: 'plans/corrections.json', code: 'missing-file', message: 'the corrections log is missing: every change to plans/ needs a dated entry' });

  if (issues.length > 0 || !events || !corrections) return { ok: false, issues };
  const last = corrections.log.entries[corrections.log.entries.length - 1]!;
  return {
    ok: true,
    issues: [],
    corpus: {
      version: last.version,
      versionDate: last.date,
      plans: plans.map((p) => p.plan),
      relations: relations.map((r) => r.rel),
      provisions: provisions.map((p) => p.file),
      events: events.ev,
      corrections: corrections.log,
    },
  };
}

/**
 * The corpus as it stood under an archived version, checked by today's rules (a rule change that old data no
 * longer meets shows up in `plandiff check`, not in front of a reader).
 */
export function checkArchivedCorpus(a: ArchiveFile, today: string): CheckResult {
  return checkCorpus(
    a.files.map((f) => ({ path: f.path, text: JSON.stringify(f.data, null, 2) })),
    today,
    { archives: false },
  );
}

type ArchiveEntry = { path: string; archive: ArchiveFile; json: string };

/** The hash that chains an archive to the next one: of its JSON as parsed, so whitespace does not count. */
export const archiveHash = (json: string) => hash53(json);

/**
 * The archive is the corpus's memory; these rules keep it whole. Every logged version is archived (the current one
 * too, once its change is logged); each archive names its version in its file name, still loads as a corpus of that
 * version under today's rules, carries the corrections log as it then stood (a prefix of today's), and names the
 * previous version's archive with its hash, so an edit to an old archive breaks the chain. The current version's
 * archive must equal plans/: a difference is a change made without a log entry.
 */
function checkArchives(archives: ArchiveEntry[], named: Set<string>, log: CorrectionsFile, live: Map<string, unknown>, today: string): Issue[] {
  const out: Issue[] = [];
  const order = new Map(log.entries.map((e, i) => [e.version, i]));
  const loaded = new Map<string, ArchiveEntry>();
  for (const entry of archives) {
    const { path, archive } = entry;
    const name = baseName(path);
    if (archive.version !== name) {
      out.push({ file: path, field: 'version', code: 'archive-mismatch', message: `expected the version to match the file name "${name}"; found "${archive.version}"` });
      continue;
    }
    const at = order.get(archive.version);
    if (at === undefined) {
      out.push({ file: path, field: 'version', code: 'unknown-version', message: `version ${archive.version} is not in the corrections log` });
      continue;
    }
    const logged = log.entries[at]!;
    if (archive.date !== logged.date) out.push({ file: path, field: 'date', code: 'archive-mismatch', message: `expected the date of version ${archive.version} in the corrections log, ${logged.date}; found ${archive.date}` });
    const inner = checkArchivedCorpus(archive, today);
    if (!inner.ok) {
      const first = inner.issues[0]!;
      out.push({
        file: path,
        code: 'archive-broken',
        message: `the archived corpus no longer passes the check (${inner.issues.length} problem(s); first: ${first.file}${first.where ? `: ${first.where}` : ''}${first.field ? `: ${first.field}` : ''}: ${first.message})`,
      });
    } else if (inner.corpus.version !== archive.version) {
      out.push({ file: path, code: 'archive-mismatch', message: `the archived corrections log ends at version ${inner.corpus.version}, not ${archive.version}` });
    } else if (JSON.stringify(inner.corpus.corrections.entries) !== JSON.stringify(log.entries.slice(0, at + 1))) {
      out.push({ file: path, code: 'history-rewritten', message: `the corrections log up to version ${archive.version} no longer reads as it did then: entries of past versions are never edited; log a correction as a new version` });
    }
    loaded.set(archive.version, entry);
  }
  // The chain: each archive names the one before it and its hash.
  log.entries.forEach((e, i) => {
    const here = loaded.get(e.version);
    if (!here) return;
    const prev = i > 0 ? log.entries[i - 1]!.version : undefined;
    const link = here.archive.previous;
    if (!prev) {
      if (link) out.push({ file: here.path, field: 'previous', code: 'archive-chain', message: `version ${e.version} is the first in the corrections log; its archive names no previous one` });
      return;
    }
    const before = loaded.get(prev);
    if (!link || link.version !== prev) {
      out.push({ file: here.path, field: 'previous', code: 'archive-chain', message: `expected the archive to name the previous version, ${prev}, and its hash; found ${link ? link.version : 'none'}` });
    } else if (before && link.hash !== archiveHash(before.json)) {
      out.push({ file: before.path, code: 'archive-edited', message: `this archive was changed after version ${e.version} was archived (its hash no longer matches the one ${e.version} recorded): an archive is never edited; restore it from git` });
    }
  });
  // The current version's archive is the corpus as logged: a difference is a change made without an entry.
  const current = log.entries[log.entries.length - 1]!;
  const mine = loaded.get(current.version);
  if (mine) {
    const frozen = new Map(mine.archive.files.map((f) => [f.path, JSON.stringify(f.data)]));
    const changed = [...new Set([...frozen.keys(), ...live.keys()])].filter((k) => frozen.get(k) !== (live.has(k) ? JSON.stringify(live.get(k)) : undefined)).sort();
    if (changed.length) {
      out.push({
        file: changed[0]!,
        code: 'unlogged-change',
        message: `changed since version ${current.version} was archived${changed.length > 1 ? ` (with ${changed.slice(1).join(', ')})` : ''}: log the change as a new version in plans/corrections.json, then run npm run plandiff -- archive`,
      });
    }
  }
  for (const e of log.entries) {
    // An archive file that is there but does not load has its own issue above; it is not "missing".
    if (loaded.has(e.version) || named.has(e.version)) continue;
    out.push(
      e === current
        ? {
            file: `plans/archive/${e.version}.json`,
            code: 'current-not-archived',
            message: `the current corpus version ${e.version} is not archived yet: run npm run plandiff -- archive once the change is logged, so a diff cited under it can be shown as it was`,
          }
        : {
            file: `plans/archive/${e.version}.json`,
            code: 'missing-archive',
            message: `corpus version ${e.version} is superseded but not archived: a diff cited under it could not be shown as it was. Archive each version once its change is logged (npm run plandiff -- archive); for a past version, run it in a checkout of the last commit that carried that version.`,
          },
    );
  }
  return out;
}

function checkDate(file: string, where: string | undefined, field: string, date: string, today: string, out: Issue[]) {
  if (date > today) out.push({ file, where, field, code: 'future-date', message: `the date ${date} is in the future (today is ${today})` });
}

function checkSources(file: string, sources: Source[], today: string, out: Issue[]) {
  const ids = new Set<string>();
  for (const s of sources) {
    if (ids.has(s.id)) out.push({ file, where: `source ${s.id}`, field: 'id', code: 'duplicate-source', message: 'this source id is listed twice' });
    ids.add(s.id);
    checkDate(file, `source ${s.id}`, 'published', s.published, today, out);
    // A skeleton written by `plandiff import` carries placeholders until an editor names the real source.
    if (/^https?:\/\/plandiff\.invalid\//.test(s.url) || /^TO FILL/.test(s.outlet) || /^TO FILL/.test(s.title)) {
      out.push({ file, where: `source ${s.id}`, code: 'placeholder-source', message: 'this source is a placeholder: fill in outlet, title, url, published and kind from the page the text was published on' });
    }
  }
}

function checkClaims(file: string, where: string, field: string, claims: Claim[], known: Map<string, Source>, used: Set<string>, today: string, out: Issue[]) {
  claims.forEach((c, i) => {
    const f = `${field}[${i + 1}]`;
    used.add(c.source);
    if (!known.has(c.source)) out.push({ file, where, field: `${f}.source`, code: 'unknown-source', message: `refers to source "${c.source}", which is not listed in sources` });
    checkDate(file, where, `${f}.date`, c.date, today, out);
  });
}

/**
 * Issues that make a plan unusable for comparison (points that cannot be told apart), as opposed to sourcing
 * issues that only keep it out of the corpus. A plan file or pasted plan JSON with any of these is refused.
 */
export const STRUCTURAL_CODES = ['duplicate-number', 'duplicate-key', 'missing-key', 'numeric-key'] as const;

/** The corpus rules for one plan (counts, references, dates), for plan files from outside plans/ too. */
export function checkPlan(file: string, plan: Plan, today: string): Issue[] {
  const out: Issue[] = [];
  checkDate(file, undefined, 'date', plan.date, today, out);
  checkDate(file, undefined, 'knownAsOf', plan.knownAsOf, today, out);
  if (plan.knownAsOf < plan.date) out.push({ file, field: 'knownAsOf', code: 'known-before-date', message: `knownAsOf (${plan.knownAsOf}) is before the version's own date (${plan.date})` });
  checkSources(file, plan.sources, today, out);
  for (const f of ['draftedBy', 'summary'] as const) {
    if (/^TO FILL/.test(plan.origin[f])) out.push({ file, field: `origin.${f}`, code: 'placeholder', message: 'still a placeholder: say it in our own words, with a source' });
  }
  const byId = new Map(plan.sources.map((s) => [s.id, s]));
  const used = new Set<string>();
  const ref = (id: string, where: string | undefined, field: string) => {
    used.add(id);
    if (!byId.has(id)) out.push({ file, where, field, code: 'unknown-source', message: `refers to source "${id}", which is not listed in sources` });
  };
  plan.origin.sources.forEach((s) => ref(s, undefined, 'origin.sources'));
  if (plan.countClaims) checkClaims(file, 'count', 'countClaims', plan.countClaims, byId, used, today, out);

  if (plan.points.length !== plan.declaredPoints) {
    out.push({
      file,
      field: 'points',
      code: 'count-mismatch',
      message: `the version declares ${plan.declaredPoints} points but lists ${plan.points.length}; add unknown placeholders or correct declaredPoints`,
    });
  }
  const numbers = new Set<number>();
  const keys = new Set<string>();
  plan.points.forEach((p, i) => {
    const where = `point ${pointRef(p) === '?' ? `#${i + 1}` : pointRef(p)}`;
    if (p.n == null && !p.key) out.push({ file, where: `point #${i + 1}`, field: 'key', code: 'missing-key', message: 'a point without a number needs a key (for example "army-size")' });
    if (p.n != null) {
      if (numbers.has(p.n)) out.push({ file, where, field: 'n', code: 'duplicate-number', message: `point number ${p.n} is used twice` });
      numbers.add(p.n);
    }
    if (p.key) {
      if (/^\d+$/.test(p.key)) out.push({ file, where, field: 'key', code: 'numeric-key', message: `a key must contain a letter ("${p.key}" reads as a point number)` });
      if (keys.has(p.key)) out.push({ file, where, field: 'key', code: 'duplicate-key', message: `point key "${p.key}" is used twice` });
      keys.add(p.key);
    }
    if (p.status === 'known') {
      p.sources.forEach((s, j) => ref(s, where, `sources[${j + 1}]`));
      if (!p.sources.some((s) => PRIMARY_KINDS.includes(byId.get(s)?.kind ?? 'media-report'))) {
        out.push({ file, where, field: 'sources', code: 'no-primary-source', message: 'a known point needs at least one source of kind official-document or leaked-document' });
      }
      p.wording.sources.forEach((s, j) => ref(s, where, `wording.sources[${j + 1}]`));
      (p.variants ?? []).forEach((v, j) => ref(v.source, where, `variants[${j + 1}].source`));
      if (p.wording.kind === 'partial' && !p.wording.missing) {
        out.push({ file, where, field: 'wording.missing', code: 'partial-without-missing', message: 'a partial wording must say in "missing" what is left out' });
      }
      if (p.wording.kind === 'back-translation' && !p.wording.language) {
        out.push({ file, where, field: 'wording.language', code: 'back-translation-without-language', message: 'a back-translation must name the language it was translated from' });
      }
    } else if (p.status === 'reported') {
      checkClaims(file, where, 'claims', p.claims, byId, used, today, out);
    }
  });
  for (const s of plan.sources) {
    if (!used.has(s.id)) out.push({ file, where: `source ${s.id}`, code: 'unused-source', message: 'this source is listed but nothing cites it; cite it or remove it' });
  }
  return out;
}

function checkRelationFile(file: string, rel: RelationFile, plans: Map<string, Plan>, present: Set<string>, today: string): Issue[] {
  const out: Issue[] = [];
  const expected = `${rel.from}--${rel.to}`;
  if (baseName(file) !== expected) out.push({ file, code: 'name-mismatch', message: `expected the file to be named ${expected}.json` });
  const from = plans.get(rel.from);
  const to = plans.get(rel.to);
  if (!present.has(rel.from)) out.push({ file, field: 'from', code: 'unknown-plan', message: `refers to plan "${rel.from}", which is not in the corpus` });
  if (!present.has(rel.to)) out.push({ file, field: 'to', code: 'unknown-plan', message: `refers to plan "${rel.to}", which is not in the corpus` });
  if (!from || !to) return out;
  if (rel.link !== 'analogy' && from.conflict !== to.conflict) out.push({ file, field: 'link', code: 'lineage-across-conflicts', message: `${rel.link === 'lineage' ? 'lineage' : 'a related document'} links documents of one conflict; ${rel.from} and ${rel.to} are different conflicts: use "analogy"` });
  if (rel.link === 'analogy' && from.conflict === to.conflict) out.push({ file, field: 'link', code: 'analogy-within-conflict', message: 'an analogy links plans of different conflicts; use "lineage"' });
  // A related document bears on a version; versions of the plan are linked by lineage or analogy only.
  if (rel.link === 'related' && to.kind === 'plan-version') out.push({ file, field: 'to', code: 'related-needs-document', message: `a related file's "to" is a related document (a declaration, resolution, charter...); ${rel.to} is a plan version: use "lineage"` });
  if (rel.link === 'related' && from.kind !== 'plan-version') out.push({ file, field: 'from', code: 'related-needs-version', message: `a related file's "from" is the plan version the document bears on; ${rel.from} is a ${from.kind}` });
  if (rel.link !== 'related' && (from.kind !== 'plan-version' || to.kind !== 'plan-version')) {
    const doc = from.kind !== 'plan-version' ? from : to;
    out.push({ file, field: 'link', code: 'document-not-version', message: `${doc.id} is a ${doc.kind}, not a version of the plan: link it with "related" (from the version it bears on) and say how it bears (endorses, implements, elaborates, supersedes)` });
  }
  checkSources(file, rel.sources, today, out);
  const sources = new Map<string, Source>([...from.sources, ...to.sources, ...rel.sources].map((s) => [s.id, s]));
  const used = new Set<string>();
  const refsOf = (p: Plan) => new Set(p.points.map((x) => (x.n != null ? x.n : x.key)).filter((x) => x != null).map(String));
  const fromRefs = refsOf(from);
  const toRefs = refsOf(to);
  const seenFrom = new Set<string>();
  const seenTo = new Set<string>();
  rel.relations.forEach((r, i) => {
    const where = `relation ${i + 1}`;
    for (const x of r.from) {
      if (!fromRefs.has(String(x))) out.push({ file, where, field: 'from', code: 'unknown-point', message: `${rel.from} has no point ${x}` });
      if (rel.link === 'lineage' && seenFrom.has(String(x))) out.push({ file, where, field: 'from', code: 'point-twice', message: `point ${x} of ${rel.from} is already in another relation; put every claim about it in one relation` });
      seenFrom.add(String(x));
    }
    for (const x of r.to) {
      if (!toRefs.has(String(x))) out.push({ file, where, field: 'to', code: 'unknown-point', message: `${rel.to} has no point ${x}` });
      if (rel.link === 'lineage' && seenTo.has(String(x))) out.push({ file, where, field: 'to', code: 'point-twice', message: `point ${x} of ${rel.to} is already in another relation` });
      seenTo.add(String(x));
    }
    if (r.kind === 'dropped' && (r.to.length > 0 || r.from.length === 0)) out.push({ file, where, field: 'to', code: 'bad-shape', message: 'a dropped relation has points in "from" and none in "to"' });
    if (r.kind === 'added' && (r.from.length > 0 || r.to.length === 0)) out.push({ file, where, field: 'from', code: 'bad-shape', message: 'an added relation has points in "to" and none in "from"' });
    // A provision moved to another document or track has nowhere to point to in this version.
    if (r.kind === 'moved' && r.from.length === 0) out.push({ file, where, field: 'from', code: 'bad-shape', message: 'a moved relation names the points that moved in "from"' });
    // A related document may bear on the version as a whole (an empty "from"); the passage that does so is named in "to".
    if (isBearing(r.kind) && r.to.length === 0) out.push({ file, where, field: 'to', code: 'bad-shape', message: `a ${r.kind} relation names the passage of ${rel.to} that ${r.kind === 'endorses' ? 'endorses' : 'bears on'} the points` });
    if (!['dropped', 'added', 'moved', ...BEARING_KINDS].includes(r.kind) && (r.from.length === 0 || r.to.length === 0)) {
      out.push({ file, where, code: 'bad-shape', message: `a ${r.kind} relation needs points on both sides` });
    }
    if (r.kind === 'analogous' && rel.link !== 'analogy') out.push({ file, where, field: 'kind', code: 'analogy-in-lineage', message: 'analogous relations belong in an analogy file' });
    if (isBearing(r.kind) !== (rel.link === 'related')) {
      out.push({
        file,
        where,
        field: 'kind',
        code: 'bearing-kind',
        message: rel.link === 'related' ? `a related document bears on a version's points: expected one of ${BEARING_KINDS.join(', ')}; found ${r.kind}` : `${r.kind} says how a related document bears on a version; it belongs in a "related" file`,
      });
    }
    if (r.status === 'reported' && !(r.claims && r.claims.length > 0)) out.push({ file, where, field: 'claims', code: 'reported-without-claims', message: 'a reported relation needs at least one claim' });
    if (r.claims) checkClaims(file, where, 'claims', r.claims, sources, used, today, out);
    (r.sources ?? []).forEach((s, j) => {
      used.add(s);
      if (!sources.has(s)) out.push({ file, where, field: `sources[${j + 1}]`, code: 'unknown-source', message: `refers to source "${s}", which is not listed in this file or either plan` });
    });
  });
  for (const s of rel.sources) {
    if (!used.has(s.id)) out.push({ file, where: `source ${s.id}`, code: 'unused-source', message: 'this source is listed but nothing cites it; cite it or remove it' });
  }
  return out;
}

/** Provisions: one file per conflict, named after it; every seed is a point of a version of that conflict. */
function checkProvisions(file: string, pf: ProvisionsFile, plans: Map<string, Plan>): Issue[] {
  const out: Issue[] = [];
  if (baseName(file) !== pf.conflict) out.push({ file, field: 'conflict', code: 'name-mismatch', message: `expected the file to be named ${pf.conflict}.json` });
  const ids = new Set<string>();
  for (const pv of pf.provisions) {
    const where = `provision ${pv.id}`;
    if (ids.has(pv.id)) out.push({ file, where, field: 'id', code: 'duplicate-provision', message: 'this provision id is used twice' });
    ids.add(pv.id);
    pv.seeds.forEach((s, i) => {
      const plan = plans.get(s.plan);
      if (!plan) out.push({ file, where, field: `seeds[${i + 1}].plan`, code: 'unknown-plan', message: `refers to plan "${s.plan}", which is not in the corpus` });
      else if (plan.conflict !== pf.conflict) out.push({ file, where, field: `seeds[${i + 1}].plan`, code: 'other-conflict', message: `${s.plan} is a plan of ${plan.conflict}, not of ${pf.conflict}` });
      else if (!plan.points.some((p) => pointRef(p) === String(s.point))) out.push({ file, where, field: `seeds[${i + 1}].point`, code: 'unknown-point', message: `${s.plan} has no point ${s.point}` });
    });
  }
  return out;
}

function checkEvents(file: string, ev: EventsFile, plans: Set<string>, today: string): Issue[] {
  const out: Issue[] = [];
  checkSources(file, ev.sources, today, out);
  const byId = new Set(ev.sources.map((s) => s.id));
  const used = new Set<string>();
  const ids = new Set<string>();
  for (const e of ev.events) {
    const where = `event ${e.id}`;
    if (ids.has(e.id)) out.push({ file, where, field: 'id', code: 'duplicate-event', message: 'this event id is used twice' });
    ids.add(e.id);
    checkDate(file, where, 'date', e.date, today, out);
    for (const p of e.plans) if (!plans.has(p)) out.push({ file, where, field: 'plans', code: 'unknown-plan', message: `refers to plan "${p}", which is not in the corpus` });
    for (const s of e.sources) {
      used.add(s);
      if (!byId.has(s)) out.push({ file, where, field: 'sources', code: 'unknown-source', message: `refers to source "${s}", which is not listed in sources` });
    }
  }
  for (const s of ev.sources) if (!used.has(s.id)) out.push({ file, where: `source ${s.id}`, code: 'unused-source', message: 'this source is listed but nothing cites it; cite it or remove it' });
  return out;
}

const versionKey = (v: string) => v.split('.').map((x) => x.padStart(4, '0')).join('.');

function checkCorrections(file: string, log: CorrectionsFile, plans: Set<string>, today: string, held?: Set<string>): Issue[] {
  const out: Issue[] = [];
  let prev: { version: string; date: string } | undefined;
  log.entries.forEach((e, i) => {
    const where = `entry ${e.version}`;
    checkDate(file, where, 'date', e.date, today, out);
    if (prev && versionKey(e.version) <= versionKey(prev.version)) out.push({ file, where, field: 'version', code: 'version-order', message: `versions must increase; ${e.version} follows ${prev.version}` });
    if (prev && e.date < prev.date) out.push({ file, where, field: 'date', code: 'date-order', message: `entries must be in date order; ${e.date} follows ${prev.date}` });
    e.changes.forEach((c, j) => {
      // An entry may name a plan that some version held (one removed since), so names are checked against the
      // archives. An archived corpus is checked without them; its log is a prefix of the live one, checked there.
      if (!c.plan) return;
      const ok = held ? held.has(c.plan) : true;
      if (!ok) out.push({ file, where, field: `changes[${j + 1}].plan`, code: 'unknown-plan', message: `refers to plan "${c.plan}", which is not in the corpus${held ? ' nor in any archived version' : ''}` });
    });
    prev = e;
  });
  return out;
}

/** Turn zod's issues into the corpus's words: which point, which field, what was expected, what was found. */
function zodIssues(file: string, kind: FileKind, data: unknown, zissues: z.core.$ZodIssue[]): Issue[] {
  return zissues.map((zi) => {
    // A union that matched no option is located at its discriminator (a point's `status`).
    const path = (zi.code === 'invalid_union' ? describeZodIssue(zi, data).path : zi.path) as (string | number)[];
    const { where, field } = locate(kind, data, path);
    return { file, where, field: field || undefined, code: zi.code, message: describe(zi, data, path) };
  });
}

function locate(kind: FileKind, data: unknown, path: (string | number)[]): { where?: string; field: string } {
  const fieldOf = (rest: (string | number)[]) =>
    rest.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k + 1}]` : acc ? `${acc}.${k}` : k), '');
  if (kind === 'plan' && path[0] === 'points' && typeof path[1] === 'number') {
    const p = valueAt(data, path.slice(0, 2)) as { n?: unknown; key?: unknown } | undefined;
    const name = typeof p?.n === 'number' ? String(p.n) : typeof p?.key === 'string' ? p.key : `#${path[1] + 1}`;
    return { where: `point ${name}`, field: fieldOf(path.slice(2)) };
  }
  if (path[0] === 'sources' && typeof path[1] === 'number') {
    const s = valueAt(data, path.slice(0, 2)) as { id?: unknown } | undefined;
    return { where: `source ${typeof s?.id === 'string' ? s.id : `#${path[1] + 1}`}`, field: fieldOf(path.slice(2)) };
  }
  if (kind === 'provisions' && path[0] === 'provisions' && typeof path[1] === 'number') {
    const pv = valueAt(data, path.slice(0, 2)) as { id?: unknown } | undefined;
    return { where: `provision ${typeof pv?.id === 'string' ? pv.id : `#${path[1] + 1}`}`, field: fieldOf(path.slice(2)) };
  }
  if (kind === 'relation' && path[0] === 'relations' && typeof path[1] === 'number') {
    return { where: `relation ${path[1] + 1}`, field: fieldOf(path.slice(2)) };
  }
  if (kind === 'events' && path[0] === 'events' && typeof path[1] === 'number') {
    const e = valueAt(data, path.slice(0, 2)) as { id?: unknown } | undefined;
    return { where: `event ${typeof e?.id === 'string' ? e.id : `#${path[1] + 1}`}`, field: fieldOf(path.slice(2)) };
  }
  if (kind === 'corrections' && path[0] === 'entries' && typeof path[1] === 'number') {
    return { where: `entry ${path[1] + 1}`, field: fieldOf(path.slice(2)) };
  }
  return { field: fieldOf(path) };
}

function describe(zi: z.core.$ZodIssue, data: unknown, path: (string | number)[]): string {
  const point = path[0] === 'points' ? (valueAt(data, path.slice(0, 2)) as { status?: unknown } | undefined) : undefined;
  const status = typeof point?.status === 'string' ? point.status : undefined;
  const last = path[path.length - 1];
  // The corpus's own words for the mistakes editors make most; everything else in the shared wording.
  if (zi.code === 'too_small' && zi.origin === 'array' && status && last === 'claims') return `a ${status} point needs at least ${zi.minimum === 1 ? 'one claim' : `${zi.minimum} claims`}`;
  if (zi.code === 'too_small' && zi.origin === 'array' && status && last === 'sources') return `a ${status} point needs at least one source`;
  if (zi.code === 'unrecognized_keys' && status === 'unknown' && zi.keys.some((k) => ['text', 'summary', 'claims', 'items', 'sources', 'wording'].includes(k))) {
    return `an unknown point has no content; remove ${zi.keys.join(', ')} or change its status`;
  }
  if (zi.code === 'invalid_union' && last === 'status') return `expected one of known, reported, unknown; found ${shown(valueAt(data, path))}`;
  return describeZodIssue(zi, data).message;
}
