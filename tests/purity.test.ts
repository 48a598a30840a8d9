import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** lib/ is the pure engine: no React, no Next, no file system, outside the one named edge lib/node/. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? (n === 'node' ? [] : files(p)) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('lib/ purity', () => {
  const libFiles = files(join(__dirname, '..', 'lib'));
  it('has files to check', () => expect(libFiles.length).toBeGreaterThan(10));
  for (const f of libFiles) {
    it(`${f.replace(/^.*\/lib\//, 'lib/')} imports no React, Next or file system`, () => {
      const src = readFileSync(f, 'utf8');
      const imports = [...src.matchAll(/from\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)|import\(['"]([^'"]+)['"]\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
      expect(imports.filter((i) => /^(react|react-dom|next)(\/|$)|^(node:)?(fs|path|child_process|os)(\/|$)/.test(i!))).toEqual([]);
      expect(src).not.toMatch(/\bprocess\.(env|cwd)/);
    });
  }
});
