import type { Metadata } from 'next';
import Link from 'next/link';
import { archived, archivedPairs, comparison, noticeProps } from '../../../../_lib/data';
import { CitedView } from './cited-view';
import { rowPrint } from '../row-view';
import { earlyFetch } from './early-fetch';

export const dynamicParams = false;

export function generateStaticParams() {
  return archivedPairs();
}

type Params = { params: Promise<{ a: string; b: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { a, b } = await params;
  const c = comparison(a, b);
  return { title: `${c ? `${c.provenance.left.shortTitle} → ${c.provenance.right.shortTitle}` : `${a} → ${b}`}, as cited`, robots: { index: false } };
}

/**
 * A comparison as it was under an older corpus version: the page loads that version's archive and recomputes the
 * rows in the browser with the same lib/ the build uses. The version comes from the query (?v=), so one static
 * page per pair serves every archived version.
 */
export default async function CitedPage({ params }: Params) {
  const { a, b } = await params;
  // A pair that a past version held but the corpus no longer does still opens as cited.
  const c = comparison(a, b);
  return (
    <>
      {/* Requests the archive while the HTML is parsed; the view picks the request up once it hydrates. */}
      <script dangerouslySetInnerHTML={{ __html: earlyFetch(archived()) }} />
      <p className="muted">
        <Link href="/">Versions</Link> / <Link href={`/compare/${a}/${b}`}>compare</Link> / as cited
      </p>
      <noscript>
        <p className="warn">
          This view needs JavaScript: it loads the corpus as archived under the cited version and recomputes the comparison. The archive of
          every version is listed in the <Link href="/corrections">corrections log</Link>
          {c ? (
            <>
              , and the <Link href={`/compare/${a}/${b}`}>current comparison</Link> works without it
            </>
          ) : null}
          .
        </p>
      </noscript>
      <CitedView
        {...noticeProps(a, b)}
        currentTitle={c ? `${c.provenance.left.shortTitle} → ${c.provenance.right.shortTitle}` : `${a} → ${b}`}
        currentRows={c ? Object.fromEntries(c.rows.map((r) => [r.anchor, rowPrint(r)])) : null}
      />
    </>
  );
}
