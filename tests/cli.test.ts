import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../lib/node/cli';

function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('CLI on the small corpus', () => {
  const prev = process.env.PLANDIFF_ROOT;
  beforeAll(() => {
    process.env.PLANDIFF_ROOT = `${__dirname}/fixtures/mini`;
  });
  afterAll(() => {
    if (prev === undefined) delete process.env.PLANDIFF_ROOT;
    else process.env.PLANDIFF_ROOT = prev;
  });

  it('check: exit 0 and a one-line summary', () => {
    const r = cli('check');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ok: corpus 2025.02.03: 2 versions, 6 points, 1 relation files, 1 events.\n');
  });

  it('list: one line per version, by date, with its kind of document', () => {
    const r = cli('list');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'alpha-3               2025-01-10  version        official   3 points (3 known, 0 reported, 0 not public)  Alpha three-point test plan',
        'beta-3                2025-01-20  version        reported   3 points (0 known, 1 reported, 2 not public)  Beta three-point test revision',
        '',
      ].join('\n'),
    );
  });

  it('compare: Markdown by default, JSON and CSV on request, output to stdout only', () => {
    const md = cli('compare', 'alpha-3', 'beta-3');
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('');
    expect(md.stdout).toContain('| Row |');
    expect(JSON.parse(cli('compare', 'alpha-3', 'beta-3', '--format', 'json').stdout).rows).toHaveLength(5);
    expect(cli('compare', 'alpha-3', 'beta-3', '--format=csv').stdout.split('\r\n')[0]).toMatch(/^row_id,/);
  });

  it('compare filters by status and kind', () => {
    const j = JSON.parse(cli('compare', 'alpha-3', 'beta-3', '--format', 'json', '--status', 'reported', '--kind', 'dropped').stdout);
    expect(j.rows.map((r: { anchor: string }) => r.anchor)).toEqual(['p3']);
    expect(j.provenance.notes.at(-1)).toContain('Filtered (kind dropped; status reported): 1 of 5 rows shown.');
  });

  it('an unknown id is a usage error (exit 1) that lists the valid ids', () => {
    const r = cli('compare', 'alpha-3', 'gamma-9');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown version "gamma-9"; valid ids: alpha-3, beta-3');
  });

  it('bad flags are usage errors', () => {
    expect(cli('compare', 'alpha-3', 'beta-3', '--format', 'pdf').code).toBe(1);
    expect(cli('compare', 'alpha-3', 'beta-3', '--status', 'rumoured').stderr).toContain('unknown status rumoured');
    expect(cli('frobnicate').code).toBe(1);
    expect(cli().code).toBe(1);
  });

  it('cite of a filtered comparison says it is filtered and links the filtered view', () => {
    const r = cli('cite', 'alpha-3', 'beta-3', '--kind', 'dropped', '--base-url', 'https://x.example');
    expect(r.stdout).toContain('Filtered (kind dropped): 1 of 5 rows shown.');
    expect(r.stdout.trim().endsWith('https://x.example/compare/alpha-3/beta-3?v=2025.02.03&kind=dropped')).toBe(true);
  });

  it('unknown options, folders and --help follow the exit-code rules', () => {
    expect(cli('compare', 'alpha-3', 'beta-3', '--kinds', 'dropped').code).toBe(1);
    const dir = cli('compare', __dirname, 'beta-3');
    expect(dir.code).toBe(1);
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    // The usage names every command the README documents, with its options.
    for (const cmd of ['check', 'list', 'show <id>', 'compare <a> <b>', 'cite <a> <b>', 'sources', 'archive', 'import <file.txt>']) expect(help.stdout).toContain(`  ${cmd}`);
    for (const opt of ['--format', '--status', '--kind', '--theme', '--changes-only', '--base-url', '--at', '--id', '--title', '--conflict', '--out']) expect(help.stdout).toContain(opt);
    expect(cli('help').stdout).toBe(help.stdout);
  });

  it('show: one version, point by point, with status and text (Markdown), or the plan itself (JSON)', () => {
    const md = cli('show', 'beta-3');
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(
      [
        '# Beta three-point test revision',
        '',
        '2025-01-20, reported; known as of 2025-02-01; 3 points.',
        'A hand-made revision whose text is not public.',
        '',
        '[army-size] (reported) Reported (no text): The army clause was changed; sources disagree on how.',
        '[unknown-01] (unknown) Content not public.',
        '[unknown-02] (unknown) Content not public.',
        '',
      ].join('\n'),
    );
    expect(cli('show', 'alpha-3').stdout).toContain('3. (known) All sides receive full amnesty.\n   a) No claims are made later.');
    const plan = JSON.parse(readFileSync(`${__dirname}/fixtures/mini/plans/alpha-3.json`, 'utf8'));
    expect(JSON.parse(cli('show', 'alpha-3', '--format', 'json').stdout)).toEqual({ kind: 'plan-version', ...plan });
    expect(cli('show', 'gamma-9').code).toBe(1);
  });

  it('compare --theme and --changes-only filter rows as the page does, and say so', () => {
    const full = JSON.parse(cli('compare', 'alpha-3', 'beta-3', '--format', 'json').stdout);
    const theme = JSON.parse(cli('compare', 'alpha-3', 'beta-3', '--format', 'json', '--theme', 'amnesty-justice').stdout);
    expect(theme.rows.map((r: { anchor: string }) => r.anchor)).toEqual(['p3']);
    expect(theme.provenance.notes.at(-1)).toBe(`Filtered (theme amnesty-justice): 1 of ${full.rows.length} rows shown.`);
    expect(cli('compare', 'alpha-3', 'beta-3', '--theme', 'weather').stderr).toContain('--theme: unknown theme weather');
    // Changes only hides kept rows: compare a plan with a copy of itself, one point's figure changed.
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-'));
    const copy = JSON.parse(readFileSync(`${__dirname}/fixtures/mini/plans/alpha-3.json`, 'utf8'));
    copy.id = 'alpha-copy';
    copy.points[1].text = 'The army is limited to 800,000 personnel.';
    writeFileSync(join(dir, 'copy.json'), JSON.stringify(copy));
    const all = JSON.parse(cli('compare', 'alpha-3', join(dir, 'copy.json'), '--format', 'json').stdout);
    expect(all.rows.map((r: { kind: string }) => r.kind)).toEqual(['kept', 'changed', 'kept']);
    const changes = JSON.parse(cli('compare', 'alpha-3', join(dir, 'copy.json'), '--format', 'json', '--changes-only').stdout);
    expect(changes.rows.map((r: { anchor: string; kind: string }) => [r.anchor, r.kind])).toEqual([['p2', 'changed']]);
    expect(changes.provenance.notes.at(-1)).toBe('Filtered (changes only): 1 of 3 rows shown.');
    expect(changes.provenance.filter).toEqual({ view: 'changes' });
  });

  it('compare takes a numbered text as a draft, in the conflict of the version it is compared with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-'));
    writeFileSync(join(dir, 'draft.txt'), 'Leaked draft\n1. The fighting stops on signature.\n2. The army is limited to 800,000 personnel.\n');
    const r = cli('compare', 'alpha-3', join(dir, 'draft.txt'), '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.provenance.right.conflict).toBe('testland');
    expect(j.rows.map((x: { anchor: string; kind: string; status: string }) => `${x.anchor} ${x.kind}/${x.status}`)).toEqual(['p1 kept/known', 'p2 changed/known', 'p3 dropped/known']);
    expect(j.rows[1].diff.numbers).toEqual([{ from: '600,000', to: '800,000' }]);
  });

  it('cite refuses a file: a plan outside the corpus has no permalink', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-'));
    writeFileSync(join(dir, 'draft.txt'), '1. The fighting stops on signature.\n');
    for (const args of [['alpha-3', join(dir, 'draft.txt')], [`${__dirname}/fixtures/mini/plans/alpha-3.json`, 'beta-3']]) {
      const r = cli('cite', ...args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('cite takes two corpus version ids: a file outside the corpus has no permalink to cite');
    }
  });

  it('a plan file whose points cannot be told apart is refused (exit 2), in the CLI and the draft import', async () => {
    const plan = JSON.parse(readFileSync(`${__dirname}/fixtures/mini/plans/alpha-3.json`, 'utf8'));
    plan.id = 'alpha-copy';
    plan.points[1].n = 1;
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-'));
    writeFileSync(join(dir, 'copy.json'), JSON.stringify(plan));
    const r = cli('compare', join(dir, 'copy.json'), 'beta-3');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('point number 1 is used twice');
    const { parseDraftInput } = await import('../lib/draft/import');
    const d = parseDraftInput(JSON.stringify(plan), { id: 'x', title: 'x', conflict: 'testland', date: '2026-11-26' });
    expect(d.ok).toBe(false);
    expect(!d.ok && d.issues[0]!.message).toContain('point number 1 is used twice');
  });

  it('cite: a row by its anchor', () => {
    const r = cli('cite', 'alpha-3', 'beta-3', 'p3', '--base-url', 'https://x.example');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('https://x.example/compare/alpha-3/beta-3?v=2025.02.03#p3');
  });

  it('invalid data exits 2 with the messages on stderr', () => {
    process.env.PLANDIFF_ROOT = `${__dirname}/fixtures/invalid`;
    const r = cli('check');
    process.env.PLANDIFF_ROOT = `${__dirname}/fixtures/mini`;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plans/alpha-3.json: point 2: status: expected one of known, reported, unknown; found "rumoured"');
  });
});

describe('the real entry point', () => {
  it('npm run plandiff -- check exits 2 on invalid data, through the actual process', () => {
    const r = spawnSync('npx', ['tsx', 'lib/node/main.ts', 'check'], { cwd: `${__dirname}/..`, env: { ...process.env, PLANDIFF_ROOT: `${__dirname}/fixtures/invalid` }, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('problem(s) found');
  });
});

describe('CLI import', () => {
  it('writes a skeleton that check refuses until the source is filled in, and says which fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-'));
    mkdirSync(join(dir, 'plans'));
    for (const f of ['events.json', 'corrections.json']) copyFileSync(`${__dirname}/fixtures/mini/plans/${f}`, join(dir, 'plans', f));
    writeFileSync(join(dir, 'draft.txt'), 'DRAFT\n1. The army is limited to 800,000 personnel.\n2) Elections are held.\n   a) within 100 days\n');
    let stderr = '';
    const code = run(['import', join(dir, 'draft.txt'), '--id', 'new-draft', '--title', 'New draft', '--out', join(dir, 'plans', 'new-draft.json')], { stdout: () => {}, stderr: (s) => (stderr += s) });
    expect(code).toBe(0);
    expect(stderr).toContain('2 points');
    expect(stderr).toContain('sources[1] (id source-to-fill): outlet, title, url, published');
    const plan = JSON.parse(readFileSync(join(dir, 'plans', 'new-draft.json'), 'utf8'));
    expect(plan.points[1].items).toEqual([{ label: 'a', text: 'within 100 days' }]);
    const prev = process.env.PLANDIFF_ROOT;
    process.env.PLANDIFF_ROOT = dir;
    let err = '';
    const checkCode = run(['check'], { stdout: () => {}, stderr: (s) => (err += s) });
    process.env.PLANDIFF_ROOT = prev;
    expect(checkCode).toBe(2);
    expect(err).toContain('plans/new-draft.json: source source-to-fill: this source is a placeholder');
    expect(err).toContain('plans/new-draft.json: origin.draftedBy: still a placeholder');
  });

  it('bad input is refused with a message, never a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-'));
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    let stderr = '';
    const code = run(['import', join(dir, 'empty.txt'), '--id', 'x', '--title', 'X', '--out', '-'], { stdout: () => {}, stderr: (s) => (stderr += s) });
    expect(code).toBe(2);
    expect(stderr).toContain('empty');
    expect(run(['import', join(dir, 'nope.txt'), '--id', 'x', '--title', 'X'], { stdout: () => {}, stderr: () => {} })).toBe(1);
    expect(run(['import', join(dir, 'empty.txt'), '--title', 'X'], { stdout: () => {}, stderr: () => {} })).toBe(1);
  });
});
