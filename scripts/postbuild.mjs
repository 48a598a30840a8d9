// After `next build`: each page's inline scripts, hashed, become its Content-Security-Policy.
//
//   node scripts/postbuild.mjs out            the static export (npm run build):
//     - every page gets a <meta> policy with its script hashes (so even a host that sends no headers blocks an
//       injected script), and its own rule in out/_headers (Netlify / Cloudflare Pages format) and in
//       out/.headers.json, which scripts/serve.mjs reads;
//     - every text file is written precompressed beside itself (.br and .gz), for the server to send as they are.
//   node scripts/postbuild.mjs .next-server   the `next start` build (npm run build:next): the same policies in
//     .next-server/plandiff-headers.json, which proxy.ts reads.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { BASE, csp, metaCsp, IMMUTABLE, REVALIDATE } = require('./security-headers.cjs');

const target = process.argv[2] ?? 'out';
const isExport = !existsSync(join(target, 'server', 'app'));
const pagesDir = isExport ? target : join(target, 'server', 'app');
const t0 = performance.now();

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** The inline scripts of a page, as the browser hashes them: the exact text between the tags. */
export function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    // Data blocks (application/json, application/ld+json) are not run, so a policy does not apply to them.
    if (type && !['text/javascript', 'application/javascript', 'module'].includes(type)) continue;
    out.push(m[2]);
  }
  return out;
}

const sha256 = (s) => createHash('sha256').update(s, 'utf8').digest('base64');

/** The request path a page answers: out/compare/a/b.html -> /compare/a/b, out/index.html -> /. */
function pagePath(file) {
  const rel = relative(pagesDir, file).split(sep).join('/').replace(/\.html$/, '');
  if (rel === 'index') return '/';
  return `/${rel.replace(/\/index$/, '')}`;
}

const files = walk(pagesDir);
const pages = {};
let notFound = csp();
let scripts = 0;
for (const f of files.filter((x) => x.endsWith('.html'))) {
  let html = readFileSync(f, 'utf8');
  const hashes = [...new Set(inlineScripts(html).map(sha256))].sort();
  scripts += hashes.length;
  const path = pagePath(f);
  const policy = csp(hashes);
  if (path === '/404' || path === '/_not-found') notFound = policy;
  pages[path] = policy;
  if (isExport && !html.includes('http-equiv="Content-Security-Policy"')) {
    // First thing in <head>, before any script, so the policy covers them all.
    html = html.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${metaCsp(hashes)}"/>`);
    writeFileSync(f, html);
  }
}
const manifest = { base: BASE, pages, notFound, other: csp(), immutable: '/_next/static/', cache: { immutable: IMMUTABLE, revalidate: REVALIDATE } };

if (!isExport) {
  writeFileSync(join(target, 'plandiff-headers.json'), JSON.stringify(manifest));
  console.log(`postbuild: ${Object.keys(pages).length} pages, ${scripts} inline scripts hashed -> ${join(target, 'plandiff-headers.json')} (${(performance.now() - t0).toFixed(0)} ms)`);
  process.exit(0);
}

writeFileSync(join(target, '.headers.json'), JSON.stringify(manifest));

// _headers (Netlify, Cloudflare Pages): rules for every path, then one per page. Where two matching rules name the
// same header, a host may join the values (Cloudflare Pages does), and two policies would both apply; so the policy
// is only in page rules. An address with no page (served 404.html) still gets the policy from the page's <meta>.
const lines = ['/*', ...Object.entries(BASE).map(([k, v]) => `  ${k}: ${v}`), '/_next/static/*', `  Cache-Control: ${IMMUTABLE}`];
for (const [path, policy] of Object.entries(pages).sort()) {
  if (path === '/_not-found') continue;
  lines.push(path, `  Content-Security-Policy: ${policy}`);
}
writeFileSync(join(target, '_headers'), `${lines.join('\n')}\n`);

// Precompressed copies of every text file, gzip -9 and brotli: at its best setting (11) for the hashed framework
// files, which every page loads and which change only with the code; at 6 for the pages and data, whose number
// grows with the corpus (measured on a compare page: 2 ms instead of 50 ms at 9, for 1 % more bytes).
const COMPRESS = /\.(html|js|css|json|md|csv|txt|svg|xml|map|webmanifest)$/;
const br = promisify(brotliCompress);
const gz = promisify(gzip);
const todo = walk(target).filter((f) => COMPRESS.test(f) && statSync(f).size >= 256);
let raw = 0;
let brBytes = 0;
let gzBytes = 0;
const queue = [...todo];
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const data = readFileSync(f);
      const [b, g] = await Promise.all([
        br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: f.includes(`${sep}_next${sep}static${sep}`) ? 11 : 6, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        gz(data, { level: 9 }),
      ]);
      writeFileSync(`${f}.br`, b);
      writeFileSync(`${f}.gz`, g);
      raw += data.length;
      brBytes += b.length;
      gzBytes += g.length;
    }
  }),
);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
  `postbuild: ${Object.keys(pages).length} pages, ${scripts} inline scripts hashed (out/_headers, out/.headers.json, <meta>); ` +
    `${todo.length} files precompressed: ${mb(raw)} -> br ${mb(brBytes)}, gzip ${mb(gzBytes)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
