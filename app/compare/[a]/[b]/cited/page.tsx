import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { allPairs, comparison, noticeProps } from '../../../../_lib/data';
import { CitedView } from './cited-view';
import { EARLY_FETCH } from './early-fetch';

export const dynamicParams = false;

export function generateStaticParams() {
  return allPairs();
}

type Params = { params: Promise<{ a: string; b: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { a, b } = await params;
  const c = comparison(a, b);
  if (!c) return {};
  return { title: `${c.provenance.left.shortTitle} → ${c.provenance.right.shortTitle}, as cited`, robots: { index: false } };
}

/**
 * A comparison as it was under an older corpus version: the page loads that version's archive and recomputes the
 * rows in the browser with the same lib/ the build uses. The version comes from the query (?v=), so one static
 * page per pair serves every archived version.
 */
export default async function CitedPage({ params }: Params) {
  const { a, b } = await params;
  const c = comparison(a, b);
  if (!c) notFound();
  return (
    <>
      {/* Requests the archive while the HTML is parsed; the view picks the request up once it hydrates. */}
      <script dangerouslySetInnerHTML={{ __html: EARLY_FETCH }} />
      <p className="muted">
        <Link href="/">Versions</Link> / <Link href={`/compare/${a}/${b}`}>compare</Link> / as cited
      </p>
      <CitedView {...noticeProps(a, b)} currentTitle={`${c.provenance.left.shortTitle} → ${c.provenance.right.shortTitle}`} />
    </>
  );
}
