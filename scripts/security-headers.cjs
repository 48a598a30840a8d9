// @ts-check
/**
 * The security headers, defined once: next.config.js sends them from `next start`, scripts/postbuild.mjs writes
 * them (with each page's script hashes) into the static site's headers files, and scripts/serve.mjs sends them.
 *
 * Scripts: this origin's files, and each page's own inline scripts by their sha256 hash (computed after the build,
 * per page). No 'unsafe-inline' for scripts, so a script injected into a page does not run. Styles keep
 * 'unsafe-inline': React writes style attributes (the status bars' widths), and no plan or user text is ever
 * rendered as raw HTML.
 */
const BASE = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** @param {string[]} hashes base64 sha256 of each inline script */
const scriptSrc = (hashes) => ["script-src 'self'", ...hashes.map((h) => `'sha256-${h}'`)].join(' ');

/** The Content-Security-Policy header for a page with these inline scripts (none for a file that is not a page). */
function csp(hashes = []) {
  return [
    "default-src 'self'",
    scriptSrc(hashes),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The same script policy as a <meta> element, for hosts that cannot send headers: only directives a meta policy
 * may carry (frame-ancestors, for one, is ignored there).
 */
function metaCsp(hashes = []) {
  return [scriptSrc(hashes), "object-src 'none'", "base-uri 'self'"].join('; ');
}

/** Hashed build assets never change under their name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may change with the next build: a cache revalidates it (ETag) before use. */
const REVALIDATE = 'public, max-age=0, must-revalidate';

module.exports = { BASE, csp, metaCsp, IMMUTABLE, REVALIDATE };
