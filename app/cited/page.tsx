import type { Metadata } from 'next';
import { siteIndex } from '../_lib/data';
import { earlyFetch } from '../_lib/early-fetch';
import { CitedView } from './cited-view';

export const metadata: Metadata = { title: 'As cited', robots: { index: false } };

/**
 * A comparison as it was under an older corpus version: one page for the whole site (?a=&b=&v=). It fetches the two
 * plans as that version held them, and as the corpus holds them now, from the build's data slices, and recomputes
 * both comparisons in the browser with the same lib/ the build uses. A link to /compare/<a>/<b>?v=<older version>
 * (what citations carry) comes here with its filters and row.
 */
export default function CitedPage() {
  const ix = siteIndex();
  return (
    <>
      {/* Requests the slices while the HTML is parsed; the view picks the requests up once it hydrates. */}
      <script dangerouslySetInnerHTML={{ __html: earlyFetch({ mode: 'cited', current: ix.corpusVersion, archived: ix.archived, ids: ix.knownIds }) }} />
      <p className="muted">
        <a href="/">Versions</a> / compare / as cited
      </p>
      <noscript>
        <p className="warn">
          This view needs JavaScript: it loads the corpus as archived under the cited version and recomputes the comparison. The archive of every
          version is listed in the <a href="/corrections">corrections log</a>.
        </p>
      </noscript>
      <CitedView index={ix} />
    </>
  );
}
