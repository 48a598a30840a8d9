import { linked, comparison } from '../../../../_lib/data';
import { toCsv, toJson, toMarkdown } from '../../../../../lib/export';

export const dynamic = 'force-static';
export const dynamicParams = false;

const FILES = {
  'comparison.json': { type: 'application/json; charset=utf-8', render: toJson },
  'comparison.md': { type: 'text/markdown; charset=utf-8', render: toMarkdown },
  'comparison.csv': { type: 'text/csv; charset=utf-8', render: toCsv },
} as const;

export function generateStaticParams() {
  return linked().flatMap((p) => Object.keys(FILES).map((file) => ({ ...p, file })));
}

export async function GET(_req: Request, { params }: { params: Promise<{ a: string; b: string; file: string }> }) {
  const { a, b, file } = await params;
  const c = comparison(a, b);
  const f = FILES[file as keyof typeof FILES];
  if (!c || !f) return new Response('Not found', { status: 404 });
  // Static files cannot know the address they are served from: links are site-relative unless the build is told
  // the site's address (PLANDIFF_BASE_URL=https://… npm run build).
  return new Response(f.render(c, process.env.PLANDIFF_BASE_URL ?? ''), { headers: { 'Content-Type': f.type } });
}
