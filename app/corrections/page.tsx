import type { Metadata } from 'next';
import Link from 'next/link';
import { archived, corpus } from '../_lib/data';

export const metadata: Metadata = {
  title: 'Corrections log',
  description: 'Every change to the plandiff corpus, dated and versioned; each version archived so a cited diff can be shown as it was.',
};

const anchor = (ref: string | number) => `p${/^\d/.test(String(ref)) ? ref : `-${ref}`}`;

/** The corrections log, newest first: what changed in which version, and the archive that keeps each version. */
export default function CorrectionsPage() {
  const c = corpus();
  const kept = new Set(archived());
  const title = (id: string) => c.plans.find((p) => p.id === id)?.shortTitle ?? id;
  const entries = [...c.corrections.entries].reverse();
  return (
    <>
      <h1>Corrections log</h1>
      <p>
        Every change to the corpus gets an entry here and a new corpus version. A link or citation names the version it was made under
        (<code>?v=</code>); opened later, it shows the comparison as it was under that version, and says which corrections came since. Each
        version is archived as a file, so a diff can also be reproduced outside this site (<code>npm run plandiff -- compare a b --at
        version</code>).
      </p>
      <p>
        The corpus is at version <strong>{c.version}</strong> ({c.versionDate}).
      </p>
      <ol className="corrections" reversed>
        {entries.map((e) => (
          <li key={e.version} id={`v${e.version}`} data-version={e.version}>
            <h2>
              {e.version} <span className="muted">({e.date})</span>
              {e.version === c.version ? <span className="badge kind">current</span> : null}
            </h2>
            <p>{e.summary}</p>
            <ul>
              {e.changes.map((ch, i) => (
                <li key={i}>
                  {ch.plan ? <Link href={`/plans/${ch.plan}`}>{title(ch.plan)}</Link> : <>Provisions followed through the {ch.provisions} versions</>}
                  {ch.points?.length ? (
                    <>
                      {' '}
                      (points{' '}
                      {ch.points.map((p, k) => (
                        <span key={String(p)}>
                          {k > 0 ? ', ' : ''}
                          <Link href={`/plans/${ch.plan}#${anchor(p)}`}>{String(p)}</Link>
                        </span>
                      ))}
                      )
                    </>
                  ) : null}
                  : {ch.what}
                </li>
              ))}
            </ul>
            <p className="muted">
              {kept.has(e.version) ? (
                <>
                  Archived: <a href={`/archive/${e.version}.json`}>corpus {e.version} as JSON</a>
                </>
              ) : (
                'Not archived.'
              )}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
