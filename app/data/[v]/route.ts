import { archived, versionIndex } from '../../_lib/data';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** /data/<version>.json: the version's plans and lineage, so a page knows which slices a comparison reads. */
export function generateStaticParams() {
  return archived().map((v) => ({ v: `${v}.json` }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ v: string }> }) {
  const v = (await params).v.replace(/\.json$/, '');
  if (!archived().includes(v)) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(versionIndex(v)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
