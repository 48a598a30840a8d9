import { notFoundIndex } from '../../_lib/data';

export const dynamic = 'force-static';

/**
 * /data/site.json: the ids and pre-rendered pairs the not-found page needs to explain an address. Fetched by that
 * page, not carried by it: Next keeps the not-found tree in every page's payload, and a list that grows with the
 * corpus there would be sent with every page.
 */
export async function GET() {
  return new Response(JSON.stringify(notFoundIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
