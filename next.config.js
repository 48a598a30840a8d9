// @ts-check
const { BASE } = require('./scripts/security-headers.cjs');

/**
 * Two builds from one app. `npm run build` (NEXT_OUTPUT=export) writes the static site to out/, the production path
 * (scripts/postbuild.mjs then adds the per-page script hashes, precompressed files and the headers files). `npm run
 * build:next` builds for `next start` into .next-server/, kept apart so both can sit side by side; there, proxy.ts
 * sends each page's Content-Security-Policy and refuses malformed addresses.
 */
const exporting = process.env.NEXT_OUTPUT === 'export';

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(exporting ? { output: 'export' } : { distDir: '.next-server' }),
  poweredByHeader: false,
  // With output: export, headers are the host's job (out/_headers, out/.headers.json).
  ...(exporting
    ? {}
    : {
        async headers() {
          // The Content-Security-Policy differs per page: proxy.ts sends it (one header, never two, since two policies
          // would both apply). Next sends immutable caching for /_next/static itself.
          return [{ source: '/:path*', headers: Object.entries(BASE).map(([key, value]) => ({ key, value })) }];
        },
      }),
};
module.exports = nextConfig;
