import { slice, sliceParams } from '../../../_lib/data';

export const dynamic = 'force-static';
export const dynamicParams = false;

/**
 * /data/<version>/<id>.json: one plan of one archived corpus version, with the relation files that name it. Split
 * from the archives and checked here, once, at build; a page that computes a comparison in the browser fetches the
 * two slices of its pair and nothing else.
 */
export function generateStaticParams() {
  return sliceParams();
}

export async function GET(_req: Request, { params }: { params: Promise<{ v: string; file: string }> }) {
  const { v, file } = await params;
  const s = slice(v, file.replace(/\.json$/, ''));
  if (!s) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(s), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
