import { corpus, plan } from '../../../_lib/data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return corpus().plans.map((p) => ({ id: p.id }));
}

/** The version as stored in plans/, validated, for researchers who want the data itself. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const p = plan((await params).id);
  if (!p) return new Response('Not found', { status: 404 });
  return new Response(`${JSON.stringify({ corpusVersion: corpus().version, plan: p }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
