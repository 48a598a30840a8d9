import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { run } from '../lib/node/cli';

/** The README's CLI example is run here, so the README cannot drift from what the tool prints. */
describe('README example', () => {
  it('prints what the README says', () => {
    const readme = readFileSync(`${__dirname}/../README.md`, 'utf8');
    const block = /```sh\n\$ npm run -s plandiff -- (.+?) \| cut -d, -f1-4\n([\s\S]+?)```/.exec(readme);
    expect(block).not.toBeNull();
    const args = block![1]!.split(' ');
    let out = '';
    const prev = process.env.PLANDIFF_ROOT;
    process.env.PLANDIFF_ROOT = `${__dirname}/..`;
    const code = run(args, { stdout: (s) => (out += s), stderr: () => {} });
    process.env.PLANDIFF_ROOT = prev;
    expect(code).toBe(0);
    const cut = out.trimEnd().split('\r\n').map((l) => l.split(',').slice(0, 4).join(','));
    expect(cut.join('\n')).toBe(block![2]!.trimEnd());
  });
});

/**
 * The README's engine benchmark rows are printed by the bench (`npm run bench -- --markdown`), so each names a target
 * of bench/targets.ts with the same wording and limit; and every test or bench the README names as keeping one of its
 * claims true exists and holds the test named.
 */
describe('README claims point to what keeps them true', () => {
  const readme = readFileSync(`${__dirname}/../README.md`, 'utf8');

  it('the benchmark table names every engine target as the bench prints it', async () => {
    const { ENGINE_TARGETS, KNOWN_GAPS } = await import('../bench/targets');
    for (const t of Object.values(ENGINE_TARGETS)) {
      const row = readme.split('\n').find((l) => l.startsWith('|') && l.includes(`| \`${t.id}\` |`));
      expect(row, `no README row for ${t.id}`).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      expect(cells[1], t.id).toBe(t.label);
      expect(cells[3], t.id).toBe(`<= ${t.limit.toLocaleString('en-US')} ${t.unit}`);
      // The verdict as the bench prints it; a miss the README shows is one the bench lists as a known gap.
      expect(['met', 'met within noise', 'machine busy', 'NOT met (known gap)'], t.id).toContain(cells[4]);
      if (cells[4]!.startsWith('NOT met')) expect(KNOWN_GAPS[t.id], `${t.id} is shown as missed but is not a known gap`).toBeDefined();
    }
  });

  it('every test and bench named in "What keeps this README true" exists and holds the test named', () => {
    const section = readme.slice(readme.indexOf('## What keeps this README true'));
    expect(section.length).toBeGreaterThan(100);
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| claim') && !l.startsWith('| ---'));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const refs = [...row.matchAll(/`([\w./-]+\.(?:ts|tsx|mts|mjs|sh))`(?: "([^"]+)")?/g)];
      expect(refs.length, row).toBeGreaterThan(0);
      for (const [, path, title] of refs) {
        const text = readFileSync(`${__dirname}/../${path}`, 'utf8');
        if (title) expect(text.includes(title), `${path} has no test "${title}"`).toBe(true);
      }
    }
  });
});
