import { archived } from '../../_lib/data';
import { readArchiveText } from '../../../lib/node/load';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Each archived corpus version as a static file, /archive/<version>.json, read by the as-cited view. */
export function generateStaticParams() {
  return archived().map((v) => ({ file: `${v}.json` }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const version = file.replace(/\.json$/, '');
  if (!archived().includes(version)) return new Response('Not found', { status: 404 });
  return new Response(readArchiveText(version), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
