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

  it('list: one line per version, by date', () => {
    const r = cli('list');
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(' ')[0])).toEqual(['alpha-3', 'beta-3']);
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
    expect(cli('--help').code).toBe(0);
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
