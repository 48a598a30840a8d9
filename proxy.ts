/**
 * `next start` only (a static export has no server): every response gets its page's Content-Security-Policy, with
 * the sha256 of that page's inline scripts as scripts/postbuild.mjs computed them from the build, and an address
 * with a malformed percent-escape gets 400 with the security headers instead of reaching the router (which would
 * answer 500, without them).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Manifest = { base: Record<string, string>; pages: Record<string, string>; notFound: string; other: string };

let manifest: Manifest | null | undefined;
function load(): Manifest | null {
  if (manifest === undefined) {
    try {
      manifest = JSON.parse(readFileSync(join(process.cwd(), '.next-server', 'plandiff-headers.json'), 'utf8')) as Manifest;
    } catch {
      manifest = null;
    }
  }
  return manifest;
}

/** The page a request path names: `/compare/a/b`, `/compare/a/b.html` and `/compare/a/b/` are one page. */
export function pageKey(pathname: string): string {
  const p = pathname.replace(/\.html$/, '').replace(/\/index$/, '/').replace(/(.)\/+$/, '$1');
  return p === '' ? '/' : p;
}

export function proxy(req: NextRequest) {
  const m = load();
  const raw = req.nextUrl.pathname;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return new NextResponse('Bad request: the address has a malformed percent-escape.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...(m ? { ...m.base, 'Content-Security-Policy': m.other } : {}) },
    });
  }
  const res = NextResponse.next();
  if (!m) return res;
  // A page the build made has its own policy; any other address is a file (no inline scripts) or the not-found page.
  const csp = m.pages[pageKey(path)] ?? (/\.[a-z0-9]+$/i.test(path) ? m.other : m.notFound);
  res.headers.set('Content-Security-Policy', csp);
  return res;
}

export const config = {
  // Everything except the framework's hashed files.
  matcher: ['/((?!_next/static).*)'],
};
