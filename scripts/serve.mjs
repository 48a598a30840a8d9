// Serve the static site (out/, from `npm run build`) as a static host or CDN would, with sirv: precompressed files
// (brotli or gzip, as the browser accepts), ETags, immutable caching for the hashed /_next/static files, the security
// headers with each page's own Content-Security-Policy (out/.headers.json, written by scripts/postbuild.mjs), and
// 404.html for any address with no file. A malformed percent-escape gets 400, and the server goes on serving.
//
//   node scripts/serve.mjs [port] [dir]     PORT and HOST (default 0.0.0.0) also set where it listens.
import http from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const root = process.argv[3] ?? 'out';
const host = process.env.HOST ?? '0.0.0.0';

const manifestFile = join(root, '.headers.json');
if (!existsSync(manifestFile)) {
  console.error(`${manifestFile} is missing: run \`npm run build\` first (it writes the site and its headers).`);
  process.exit(1);
}
/** @type {{ base: Record<string, string>, pages: Record<string, string>, notFound: string, other: string, immutable: string, cache: { immutable: string, revalidate: string } }} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** The page a request path names: `/compare/a/b`, `/compare/a/b.html` and `/compare/a/b/` are one page. */
export function pageKey(pathname) {
  const p = pathname.replace(/\.html$/, '').replace(/\/index$/, '/').replace(/(.)\/+$/, '$1');
  return p === '' ? '/' : p;
}

// Text that is not HTML says its charset too (the exports hold arrows, dashes and quotes).
const TEXT_TYPES = { json: 'application/json; charset=utf-8', md: 'text/markdown; charset=utf-8', csv: 'text/csv; charset=utf-8', txt: 'text/plain; charset=utf-8' };

const assets = sirv(root, {
  etag: true,
  gzip: true,
  brotli: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    const type = TEXT_TYPES[/\.([a-z0-9]+)$/.exec(pathname)?.[1] ?? ''];
    if (type) res.setHeader('Content-Type', type);
    res.setHeader('Content-Security-Policy', manifest.pages[pageKey(pathname)] ?? manifest.other);
    res.setHeader('Cache-Control', pathname.startsWith(manifest.immutable) ? manifest.cache.immutable : manifest.cache.revalidate);
  },
});

// The not-found page, in each encoding, read once.
const notFoundPage = Object.fromEntries(
  [['br', '.br'], ['gzip', '.gz'], ['identity', '']].flatMap(([enc, ext]) => {
    const f = join(root, `404.html${ext}`);
    return existsSync(f) && statSync(f).isFile() ? [[enc, readFileSync(f)]] : [];
  }),
);

function notFound(req, res) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  const enc = notFoundPage.br && /\bbr\b/.test(accept) ? 'br' : notFoundPage.gzip && /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
  const body = notFoundPage[enc] ?? Buffer.from('Not found\n');
  res.writeHead(404, {
    'Content-Type': notFoundPage[enc] ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Content-Security-Policy': manifest.notFound,
    'Cache-Control': manifest.cache.revalidate,
    Vary: 'Accept-Encoding',
    ...(enc === 'identity' ? {} : { 'Content-Encoding': enc }),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function plain(res, status, text, extra = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': manifest.other, ...extra });
  res.end(text);
}

export const server = http.createServer((req, res) => {
  for (const [k, v] of Object.entries(manifest.base)) res.setHeader(k, v);
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
  } catch {
    return plain(res, 400, 'Bad request: the address has a malformed percent-escape.\n');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed: this site is read-only.\n', { Allow: 'GET, HEAD' });
  // The headers files are for the host, not for readers.
  if (pathname === '/_headers') return notFound(req, res);
  assets(req, res, () => notFound(req, res));
});

server.listen(port, host, () => {
  console.log(`plandiff: serving ${root}/ at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
