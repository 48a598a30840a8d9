import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../lib/node/cli';

/**
 * The CLI on bad or hostile input (reliability report of 1 Dec 2026, D4, D5, D6, D10): one line and an exit code
 * for every input, files read within the cap, options read whole, and a file never passing for the corpus.
 */
function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** A stack trace line, as Node prints one ("    at fn (file:1:2)"). */
const STACK = /^\s+at .+[(:]/m;

const MINI = `${__dirname}/fixtures/mini`;
let dir = '';
const prev = process.env.PLANDIFF_ROOT;
beforeAll(() => {
  process.env.PLANDIFF_ROOT = MINI;
  dir = mkdtempSync(join(tmpdir(), 'plandiff-input-'));
});
afterAll(() => {
  if (prev === undefined) delete process.env.PLANDIFF_ROOT;
  else process.env.PLANDIFF_ROOT = prev;
  rmSync(dir, { recursive: true, force: true });
});

describe('files are stat-ed before they are read', () => {
  it('a folder, even one named like a plan file, is "a folder" (exit 1), for compare, show and import', () => {
    mkdirSync(join(dir, 'd.json'));
    for (const args of [['compare', join(dir, 'd.json'), 'beta-3'], ['show', join(dir, 'd.json')], ['import', dir, '--id', 'x', '--title', 'X']]) {
      const r = cli(...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/is a folder, not a file/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('a file over the cap is refused by its size (exit 2), however large', () => {
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1024 * 1024); // sparse: 600 MB that take no disk
    const r = cli('compare', huge, 'beta-3');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the file is too large: expected at most 1 MB of text (1,000,000 bytes for this file\'s encoding); found 629,145,600 bytes');
    const over = join(dir, 'over.txt');
    writeFileSync(over, `1. ${'x'.repeat(1_000_000)}`);
    expect(cli('import', over, '--id', 'x', '--title', 'X', '--out', '-').stderr).toContain('found 1,000,003 bytes');
  });

  it('a device is not a file', () => {
    const r = cli('compare', '/dev/zero', 'beta-3');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/dev/zero is not a regular file');
  });
});

describe('text encodings', () => {
  const list = '1. The army is capped at 600,000.\r\n2. Elections are held within 100 days.\r\n';
  it('UTF-16 little- and big-endian with a byte-order mark are decoded, not refused', () => {
    const le = join(dir, 'le.txt');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(list, 'utf16le')]));
    const be = join(dir, 'be.txt');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(list, 'utf16le').swap16()]));
    for (const f of [le, be]) {
      const r = cli('import', f, '--id', 'x', '--title', 'X', '--out', '-');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).points.map((p: { text: string }) => p.text)).toEqual(['The army is capped at 600,000.', 'Elections are held within 100 days.']);
    }
  });

  it('UTF-16 without a byte-order mark gets a message that says how to save it', () => {
    const f = join(dir, 'nobom.txt');
    writeFileSync(f, Buffer.from(list, 'utf16le'));
    const r = cli('compare', f, 'beta-3');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('looks like UTF-16 text without a byte-order mark');
    expect(r.stderr).toContain('save it as UTF-8');
  });
});

describe('options are read by one parser', () => {
  it('--opt=value keeps everything after the first =', () => {
    const f = join(dir, 'draft.txt');
    writeFileSync(f, '1. One.\n2. Two.\n');
    const r = cli('import', f, '--id', 't', '--title=A=B draft', '--out', '-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('A=B draft');
    const c = cli('cite', 'alpha-3', 'beta-3', 'p3', '--base-url=https://x.example/a=b');
    expect(c.stdout.trim().endsWith('https://x.example/a=b/compare/alpha-3/beta-3?v=2025.02.03#p3')).toBe(true);
  });

  it('an option a command does not take, a flag given a value, and a missing value are usage errors', () => {
    expect(cli('list', '--format', 'json').stderr).toContain('--format does not apply to list');
    const flag = cli('compare', 'alpha-3', 'beta-3', '--changes-only=yes');
    expect([flag.code, flag.stderr.split('\n')[0]]).toEqual([1, 'plandiff: --changes-only takes no value']);
    const missing = cli('compare', 'alpha-3', 'beta-3', '--format', '--kind', 'dropped');
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([1, 'plandiff: --format needs a value (for a value that starts with "-", write --format=<value>)']);
    expect(cli('compare', 'alpha-3', 'beta-3', '-x').stderr).toContain('unknown option -x');
  });

  it('a base URL that is not a site address is refused rather than glued into permalinks', () => {
    for (const bad of ['javascript:alert(1)//', 'https://x.example/a?b=c', 'not a url']) {
      const r = cli('cite', 'alpha-3', 'beta-3', '--base-url', bad);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('--base-url (or PLANDIFF_BASE_URL) must be the site\'s address');
    }
  });
});

describe('a compared file is not the corpus', () => {
  /** beta-3 with its reported points rewritten: a doctored copy under the corpus's id. */
  function doctored(): string {
    const plan = JSON.parse(readFileSync(`${MINI}/plans/beta-3.json`, 'utf8'));
    for (const p of plan.points) if (p.status === 'reported') p.summary = 'FAKE';
    mkdirSync(join(dir, 'fake'), { recursive: true });
    const f = join(dir, 'fake', 'beta-3.json');
    writeFileSync(f, JSON.stringify(plan));
    return f;
  }

  it('a plan file that reuses a corpus id is renamed file:<id>, with no curated relations and no permalink', () => {
    const f = doctored();
    const j = JSON.parse(cli('compare', 'alpha-3', f, '--format', 'json').stdout);
    expect(j.provenance.right).toMatchObject({ id: 'file:beta-3', origin: 'file' });
    expect(j.provenance.left).toMatchObject({ id: 'alpha-3', origin: 'corpus' });
    expect(j.provenance.relationFile).toBeNull();
    expect(j.rows.filter((r: { basis: string }) => r.basis === 'curated')).toEqual([]);
    expect(j.provenance.notes).toContain('file:beta-3 is a file, not part of the corpus: plandiff has not checked it; its rows are computed from the texts only, and it has no corpus version and no permalink.');
    // The real comparison has curated rows: the file's are not its.
    expect(JSON.parse(cli('compare', 'alpha-3', 'beta-3', '--format', 'json').stdout).rows.some((r: { basis: string }) => r.basis === 'curated')).toBe(true);
  });

  it('every export says which side is a file and carries no permalink', () => {
    const f = doctored();
    const md = cli('compare', 'alpha-3', f).stdout;
    expect(md).toContain('file:beta-3: file, not part of the corpus; plandiff corpus version 2025.02.03 (2025-02-03) for alpha-3 only; no permalink');
    expect(md).not.toContain('/compare/');
    const csv = cli('compare', 'alpha-3', f, '--format', 'csv').stdout.trim().split('\r\n');
    expect(csv[0]!.endsWith('corpus_version,permalink,left_origin,right_origin')).toBe(true);
    for (const line of csv.slice(1)) expect(line.endsWith(',2025.02.03,,corpus,"file, not part of the corpus"')).toBe(true);
    const text = join(dir, 'beta-3.txt');
    writeFileSync(text, '1. The fighting stops on signature.\n');
    const draft = cli('compare', text, 'alpha-3', '--format', 'csv').stdout;
    expect(draft).not.toContain('/compare/');
    expect(draft).toContain('\nfile:beta-3:1~alpha-3:1,p1,kept,');
  });

  it('cite keeps refusing files', () => {
    const r = cli('cite', 'alpha-3', doctored());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a file outside the corpus has no permalink to cite');
  });
});

describe('caps hold for plan JSON as for text', () => {
  it('a plan file with more than 2,000 points is refused before it is validated', () => {
    const plan = JSON.parse(readFileSync(`${MINI}/plans/alpha-3.json`, 'utf8'));
    plan.points = Array.from({ length: 2001 }, (_, i) => ({ n: i + 1, status: 'unknown', themes: [] }));
    plan.declaredPoints = 2001;
    const f = join(dir, 'many.json');
    writeFileSync(f, JSON.stringify(plan));
    const r = cli('compare', f, 'beta-3');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the plan has too many points: expected at most 2000; found 2,001');
  });
});
