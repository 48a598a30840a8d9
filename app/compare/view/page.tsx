import type { Metadata } from 'next';
import { siteIndex } from '../../_lib/data';
import { earlyFetch } from '../../_lib/early-fetch';
import { PairView } from './pair-view';

export const metadata: Metadata = {
  title: 'Compare two versions',
  description: 'Any two versions of a peace plan, compared point by point in your browser: statuses (known, reported, unknown) and sources.',
};

/**
 * Any pair that is not pre-rendered: one static page that reads the pair from its query (?a=&b=), fetches the two
 * plans' data slices and compares them in the browser with the same engine, rows, filters, citations and exports.
 */
export default function ComparePairPage() {
  const ix = siteIndex();
  return (
    <>
      {/* Requests the two plans while the HTML is parsed; the view picks the requests up once it hydrates. */}
      <script dangerouslySetInnerHTML={{ __html: earlyFetch({ mode: 'view', current: ix.corpusVersion, archived: ix.archived, ids: ix.plans.map((p) => p.id) }) }} />
      <p className="muted">
        <a href="/">Versions</a> / compare
      </p>
      <noscript>
        <p className="warn">
          This page compares the two versions in your browser and needs JavaScript. Every version can be read on its own page, listed on the{' '}
          <a href="/">home page</a>.
        </p>
      </noscript>
      <PairView index={ix} />
    </>
  );
}
