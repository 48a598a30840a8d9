import { notFoundIndex } from '../../_lib/data';
import { movedIndex, movedScript } from '../../_lib/early-redirect';

export const dynamic = 'force-static';

/**
 * /data/moved.js: the not-found page's first script (see movedTarget in early-redirect.ts). A file rather than an
 * inline script, for the same reason as /data/site.json: the not-found tree is in every page's payload.
 */
export async function GET() {
  return new Response(`${movedScript(movedIndex(notFoundIndex()))}\n`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
