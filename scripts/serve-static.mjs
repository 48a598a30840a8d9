// Serve the static export (out/) as a plain static host would: `/a/b` -> `out/a/b.html`, with the same
// security headers as next start. Usage: node scripts/serve-static.mjs [port] [dir]
import http from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const port = Number(process.argv[2] ?? 3000);
const root = process.argv[3] ?? 'out';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2' };
const config = require('../next.config.js');
const headers = (await config.headers())[0].headers;

http
  .createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(root, safe), join(root, `${safe}.html`), join(root, safe, 'index.html')];
    const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
    for (const h of headers) res.setHeader(h.key, h.value);
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  })
  .listen(port, '127.0.0.1');
