import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveHash, checkArchivedCorpus, checkCorpus } from '../lib/corpus/check';
import { archiveText, liveFiles, makeArchive } from '../lib/corpus/archive';
import { compareIds } from '../lib/compare/compare';
import { formatIssue } from '../lib/corpus/issues';
import { ArchiveFile } from '../lib/schema';
import { run } from '../lib/node/cli';
import { checkCorpusDir, todayIso } from '../lib/node/load';
import { miniFiles, TODAY } from './helpers/corpus';

/** Run `body` on a copy of the small corpus, with PLANDIFF_ROOT pointing at it, and clean up after. */
function withMiniCopy(body: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-archive-'));
  const prev = process.env.PLANDIFF_ROOT;
  try {
    cpSync(`${__dirname}/fixtures/mini/plans`, join(dir, 'plans'), { recursive: true });
    process.env.PLANDIFF_ROOT = dir;
    body(dir);
  } finally {
    if (prev === undefined) delete process.env.PLANDIFF_ROOT;
    else process.env.PLANDIFF_ROOT = prev;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Captured CLI output. */
function io() {
  const o = { out: '', err: '' };
  return { o, w: { stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s) } };
}

const lines = (files: { path: string; text: string }[]) => checkCorpus(files, TODAY).issues.map(formatIssue);
const archiveOf = (version: string) => ArchiveFile.parse(JSON.parse(miniFiles().find((f) => f.path === `plans/archive/${version}.json`)!.text));

describe('archived corpus versions', () => {
  it('an archived version loads as the corpus it was, and its comparison is the one cited then', () => {
    const old = checkArchivedCorpus(archiveOf('2025.02.01'), TODAY);
    expect(old.ok).toBe(true);
    if (!old.ok) return;
    expect(old.corpus.version).toBe('2025.02.01');
    const then = compareIds(old.corpus, 'alpha-3', 'beta-3');
    const now = compareIds(checkCorpus(miniFiles(), TODAY).corpus!, 'alpha-3', 'beta-3');
    const army = (c: typeof then) => c.rows.find((r) => r.right.some((p) => p.ref === 'army-size'))!;
    // The claim added by the correction of 2025.02.03 is absent from the diff as cited under 2025.02.01.
    expect(army(then).claims.filter((c) => c.about === 'point').map((c) => c.stance)).toEqual(['no cap']);
    expect(army(now).claims.filter((c) => c.about === 'point').map((c) => c.stance)).toEqual(['no cap', '800,000']);
    expect(then.provenance.corpusVersion).toBe('2025.02.01');
  });

  it('the archive of a version round-trips: freezing the live files gives the archive on disk', () => {
    const files = miniFiles();
    const previous = { version: '2025.02.01', hash: archiveHash(JSON.stringify(archiveOf('2025.02.01'))) };
    const a = makeArchive(files, '2025.02.03', '2025-02-03', previous);
    expect(a.files.map((f) => f.path)).toEqual(liveFiles(files).map((f) => f.path).sort());
    expect(archiveText(a)).toBe(files.find((f) => f.path === 'plans/archive/2025.02.03.json')!.text);
  });

  it('a superseded version without its archive is refused, with how to fix it', () => {
    const out = lines(miniFiles().filter((f) => f.path !== 'plans/archive/2025.02.01.json'));
    expect(out).toEqual([expect.stringMatching(/^plans\/archive\/2025\.02\.01\.json: corpus version 2025\.02\.01 is superseded but not archived: .*npm run plandiff -- archive/)]);
  });

  it('a change to plans/ without a new version in the corrections log is refused', () => {
    const out = lines(miniFiles().map((f) => (f.path === 'plans/beta-3.json' ? { ...f, text: f.text.replace('The cap is gone.', 'The cap is gone, he said.') } : f)));
    expect(out).toEqual(['plans/beta-3.json: changed since version 2025.02.03 was archived: log the change as a new version in plans/corrections.json, then run npm run plandiff -- archive']);
  });

  it('an archive named for another version, or whose corpus no longer checks, is refused', () => {
    const renamed = miniFiles().map((f) => (f.path === 'plans/archive/2025.02.01.json' ? { ...f, path: 'plans/archive/2025.01.31.json' } : f));
    expect(lines(renamed)).toContain('plans/archive/2025.01.31.json: version: expected the version to match the file name "2025.01.31"; found "2025.02.01"');
    const broken = archiveOf('2025.02.01');
    const beta = broken.files.find((f) => f.path === 'plans/beta-3.json')!.data as { points: { status: string }[] };
    beta.points[0]!.status = 'rumoured';
    const files = miniFiles().map((f) => (f.path === 'plans/archive/2025.02.01.json' ? { ...f, text: archiveText(broken) } : f));
    expect(lines(files)).toEqual([
      expect.stringMatching(/^plans\/archive\/2025\.02\.01\.json: the archived corpus no longer passes the check \(1 problem\(s\); first: plans\/beta-3\.json: point army-size: status: expected one of known, reported, unknown/),
      expect.stringMatching(/^plans\/archive\/2025\.02\.01\.json: this archive was changed after version 2025\.02\.03 was archived/),
    ]);
    // An archive that is there but does not match the schema is not also reported missing.
    const noDate = JSON.parse(miniFiles().find((f) => f.path === 'plans/archive/2025.02.01.json')!.text);
    delete noDate.date;
    const out = lines(miniFiles().map((f) => (f.path === 'plans/archive/2025.02.01.json' ? { ...f, text: JSON.stringify(noDate) } : f)));
    expect(out.some((l) => l.startsWith('plans/archive/2025.02.01.json: date:'))).toBe(true);
    expect(out.filter((l) => l.includes('not archived'))).toEqual([]);
  });

  it('history holds: an edited past archive breaks the chain, a rewritten past log entry is refused', () => {
    const edited = archiveOf('2025.02.01');
    const alpha = edited.files.find((f) => f.path === 'plans/alpha-3.json')!.data as { origin: { summary: string } };
    alpha.origin.summary += ' (edited later)';
    const files = miniFiles().map((f) => (f.path === 'plans/archive/2025.02.01.json' ? { ...f, text: archiveText(edited) } : f));
    expect(lines(files)).toEqual([expect.stringMatching(/^plans\/archive\/2025\.02\.01\.json: this archive was changed after version 2025\.02\.03 was archived .*restore it from git/)]);
    const rewritten = miniFiles().map((f) => (f.path === 'plans/corrections.json' ? { ...f, text: f.text.replace('First test corpus.', 'First test corpus, reworded.') } : f));
    const out = lines(rewritten);
    expect(out).toContain('plans/archive/2025.02.01.json: the corrections log up to version 2025.02.01 no longer reads as it did then: entries of past versions are never edited; log a correction as a new version');
    expect(out.some((l) => l.startsWith('plans/corrections.json: changed since version 2025.02.03 was archived'))).toBe(true);
  });

  it('plandiff archive freezes the current version once, and refuses to overwrite it with different data', () => {
    withMiniCopy((dir) => {
      rmSync(join(dir, 'plans/archive/2025.02.03.json'));
      const before = checkCorpusDir(join(dir, 'plans'));
      expect(before.ok ? [] : before.issues.map((i) => i.code)).toEqual(['current-not-archived']);
      let t = io();
      expect(run(['archive'], t.w)).toBe(0);
      expect(t.o.err).toContain('wrote plans/archive/2025.02.03.json');
      expect(readFileSync(join(dir, 'plans/archive/2025.02.03.json'), 'utf8')).toBe(miniFiles().find((f) => f.path === 'plans/archive/2025.02.03.json')!.text);
      expect(checkCorpusDir(join(dir, 'plans')).ok).toBe(true);
      t = io();
      expect(run(['archive'], t.w)).toBe(0);
      expect(t.o.err).toContain('nothing to do');
      // An unlogged edit: the check names it, and archive will not paper over it.
      const beta = join(dir, 'plans/beta-3.json');
      writeFileSync(beta, readFileSync(beta, 'utf8').replace('The cap is gone.', 'The cap is gone, he said.'));
      t = io();
      expect(run(['archive'], t.w)).toBe(2);
      expect(t.o.err).toContain('changed since version 2025.02.03 was archived');
    });
  });

  it('a plan removed in a later version may still be named by the log entries of the versions that held it', () => {
    withMiniCopy((dir) => {
      rmSync(join(dir, 'plans/beta-3.json'));
      rmSync(join(dir, 'plans/relations'), { recursive: true });
      const log = JSON.parse(readFileSync(join(dir, 'plans/corrections.json'), 'utf8'));
      log.entries.push({ version: '2025.02.04', date: '2025-02-04', summary: 'Removed beta-3.', changes: [{ plan: 'beta-3', what: 'removed' }] });
      writeFileSync(join(dir, 'plans/corrections.json'), JSON.stringify(log, null, 2));
      const r = checkCorpusDir(join(dir, 'plans'));
      expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([expect.stringMatching(/^plans\/archive\/2025\.02\.04\.json: the current corpus version 2025\.02\.04 is not archived yet/)]);
      const { w } = io();
      expect(run(['archive'], w)).toBe(0);
      expect(checkCorpusDir(join(dir, 'plans')).ok).toBe(true);
      // The removed plan's comparison is still reproducible from the version that held it.
      expect(run(['compare', 'alpha-3', 'beta-3', '--at', '2025.02.03', '--format', 'json'], w)).toBe(0);
      // An archive copied under another version's name is refused by --at as by check.
      cpSync(join(dir, 'plans/archive/2025.02.01.json'), join(dir, 'plans/archive/2025.02.02.json'));
      expect(run(['compare', 'alpha-3', 'beta-3', '--at', '2025.02.02'], w)).toBe(2);
    });
  });

  it('compare and cite --at reproduce a comparison as it stood under an archived version', () => {
    const { o, w } = io();
    expect(run(['compare', 'ukraine-28', 'e3-counter', '--at', '2026.11.26.2', '--format', 'json'], w)).toBe(0);
    const then = JSON.parse(o.out) as { provenance: { corpusVersion: string }; rows: { anchor: string; left: { text: string; wording: string }[] }[] };
    expect(then.provenance.corpusVersion).toBe('2026.11.26.2');
    const p21 = then.rows.find((r) => r.anchor === 'p21')!.left[0]!;
    expect(p21.wording).toBe('back-translation');
    expect(p21.text).toContain('recognized de facto as Russian');
    o.out = '';
    expect(run(['cite', 'ukraine-28', 'e3-counter', 'p21', '--at', '2026.11.26.2'], w)).toBe(0);
    expect(o.out).toContain('/compare/ukraine-28/e3-counter?v=2026.11.26.2#p21');
    expect(run(['compare', 'ukraine-28', 'e3-counter', '--at', '1999.01.01'], w)).toBe(1);
    expect(o.err).toContain('--at: corpus version 1999.01.01 is not archived; archived versions: 2026.11.26, ');
  });

  it('every version in the bundled corrections log is archived and loads', () => {
    const r = checkCorpusDir();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const e of r.corpus.corrections.entries) {
      const a = ArchiveFile.parse(JSON.parse(readFileSync(`${__dirname}/../plans/archive/${e.version}.json`, 'utf8')));
      const c = checkArchivedCorpus(a, todayIso());
      expect(c.ok && c.corpus.version).toBe(e.version);
    }
  });
});
