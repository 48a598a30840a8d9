import { describe, expect, it } from 'vitest';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * lib/ is the pure engine: no React, no Next, no file system, no network and no process, outside the one named
 * edge lib/node/. It runs unchanged in the browser (the draft page and the as-cited view), in the build and in the
 * CLI. This test reads every module specifier in every form TypeScript accepts (import … from, bare side-effect
 * imports, export … from, import x = require, require(), import()), and the Node-only globals.
 */
const LIB = join(__dirname, '..', 'lib');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? (p === join(LIB, 'node') ? [] : files(p)) : /\.(ts|tsx|mts|cts|js|mjs)$/.test(p) ? [p] : [];
  });
}

const SPECIFIERS = [
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, // import x from 'm'; import { a } from 'm'; export * from 'm'
  /\bimport\s*['"]([^'"]+)['"]/g, // import 'm' (side effects only)
  /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g, // require('m'), import x = require('m')
  /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g, // import('m')
];
const BUILTIN = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const FRAMEWORK = /^(react|react-dom|next|@next\/[^/]+)(\/|$)/;
/** Node-only globals and the network: lib/ must not read the process, the file system or send anything. */
const GLOBALS: [RegExp, string][] = [
  [/\bprocess\s*\./, 'process'],
  [/\brequire\s*\(/, 'require()'],
  [/\b__dirname\b|\b__filename\b/, '__dirname / __filename'],
  [/\bBuffer\s*\./, 'Buffer'],
  [/\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bnavigator\.sendBeacon\b|\bEventSource\b/, 'network'],
];

/** Every reason a source file breaks the rule, as `what: detail` strings (empty when it is pure). */
export function impurities(src: string, file: string): string[] {
  const out: string[] = [];
  const specs = SPECIFIERS.flatMap((re) => [...src.matchAll(re)].map((m) => m[1]!));
  for (const s of new Set(specs)) {
    if (FRAMEWORK.test(s)) out.push(`framework import: ${s}`);
    else if (BUILTIN.has(s) || s.startsWith('node:')) out.push(`Node built-in import: ${s}`);
    else if (s.startsWith('.')) {
      const target = relative(LIB, resolve(dirname(file), s));
      if (target.startsWith('..') || target === 'node' || target.startsWith('node/')) out.push(`import outside the pure engine: ${s}`);
    }
  }
  for (const [re, what] of GLOBALS) if (re.test(src)) out.push(`uses ${what}`);
  return out;
}

describe('lib/ purity', () => {
  const libFiles = files(LIB);

  it('checks every stage of the engine', () => {
    const stages = readdirSync(LIB).filter((n) => n !== 'node' && statSync(join(LIB, n)).isDirectory());
    expect(stages.length).toBeGreaterThan(0);
    for (const s of stages) expect(libFiles.some((f) => f.startsWith(join(LIB, s) + '/')), s).toBe(true);
    // The scan sees real imports: zod in the schema, jsdiff in the word diff.
    expect(libFiles.flatMap((f) => SPECIFIERS.flatMap((re) => [...readFileSync(f, 'utf8').matchAll(re)].map((m) => m[1])))).toEqual(expect.arrayContaining(['zod', 'diff']));
  });

  it('the check catches every form of import and every Node-only global', () => {
    const f = join(LIB, 'diff', 'tokens.ts');
    const probes: [string, string][] = [
      ['import "node:fs";', 'Node built-in import: node:fs'],
      ["import 'fs'", 'Node built-in import: fs'],
      ["import { readFileSync } from 'fs';", 'Node built-in import: fs'],
      ["import * as p from 'node:path'", 'Node built-in import: node:path'],
      ["import {\n  a,\n  b,\n} from 'node:os';", 'Node built-in import: node:os'],
      ["export { x } from 'node:child_process';", 'Node built-in import: node:child_process'],
      ["import fs = require('fs');", 'Node built-in import: fs'],
      ["const m = await import('node:http');", 'Node built-in import: node:http'],
      ["import React from 'react';", 'framework import: react'],
      ["import Link from 'next/link';", 'framework import: next/link'],
      ["import { load } from '../node/load';", 'import outside the pure engine: ../node/load'],
      ["import { x } from '../../app/_lib/data';", 'import outside the pure engine: ../../app/_lib/data'],
      ['const a = process.argv;', 'uses process'],
      ['const e = process.env.X;', 'uses process'],
      ['const here = __dirname;', 'uses __dirname / __filename'],
      ["void fetch('/x');", 'uses network'],
    ];
    for (const [src, why] of probes) expect(impurities(src, f), src).toContain(why);
    expect(impurities("import { z } from 'zod';\nimport { tokenize } from './tokens';", f)).toEqual([]);
  });

  for (const f of libFiles) {
    it(`${f.replace(/^.*\/lib\//, 'lib/')} imports no React, Next, Node built-in or lib/node, and uses no Node-only global`, () => {
      expect(impurities(readFileSync(f, 'utf8'), f)).toEqual([]);
    });
  }
});
