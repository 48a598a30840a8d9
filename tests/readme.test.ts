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
