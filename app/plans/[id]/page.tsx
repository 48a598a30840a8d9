import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { corpus, plan, siteIndex } from '../../_lib/data';
import { compareHref } from '../../_lib/site';
import { pointRef, type Claim } from '../../../lib/schema';
import { statusCounts, readableText } from '../../../lib/corpus/points';
import { StatusBadge, StatusBar } from '../../_components/badges';
import { PointBody } from '../../_components/point-body';
import { Claims, SourceList } from '../../_components/claims';

export const dynamicParams = false;

export function generateStaticParams() {
  return corpus().plans.map((p) => ({ id: p.id }));
}

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const p = plan((await params).id);
  if (!p) return {};
  const k = statusCounts(p);
  const description = `${p.declaredPoints} points, ${p.date}: ${k.known} known, ${k.reported} reported, ${k.unknown} not public. Every point with its sources.`;
  return { title: p.title, description, openGraph: { title: `${p.title} · plandiff`, description, type: 'article' } };
}

export default async function PlanPage({ params }: Params) {
  const p = plan((await params).id);
  if (!p) notFound();
  const src = new Map(p.sources.map((s) => [s.id, s]));
  const claimsOut = (cs: Claim[]) =>
    cs.map((c) => ({ source: c.source, outlet: src.get(c.source)?.outlet ?? c.source, url: src.get(c.source)?.url ?? '', who: c.who, date: c.date, said: c.said, stance: c.stance ?? null, about: 'point' as const, side: null }));
  const others = corpus().plans.filter((x) => x.id !== p.id);
  return (
    <>
      <p className="muted">
        <Link href="/">Versions</Link> / {p.shortTitle}
      </p>
      <h1>{p.title}</h1>
      <div className="panel">
        <p style={{ marginTop: 0 }}>
          {p.date} · {p.origin.channel} · drafted by {p.origin.draftedBy} · {p.declaredPoints} points · <strong>known as of {p.knownAsOf}</strong>
        </p>
        <p>{p.origin.summary}</p>
        <StatusBar counts={statusCounts(p)} total={p.points.length} />
        {p.missing ? <p>Known to be missing: {p.missing}</p> : null}
        {p.countClaims?.length ? (
          <>
            <p>What sources say about the number of points:</p>
            <Claims claims={claimsOut(p.countClaims)} />
          </>
        ) : null}
        <p>
          Data: <a href={`/plans/${p.id}/plan.json`}>{p.id}.json</a> (corpus {corpus().version}) · Compare with:{' '}
          {others.map((o, i) => (
            <span key={o.id}>
              {i > 0 ? ' · ' : ''}
              <a href={o.date <= p.date ? compareHref(siteIndex().linked, o.id, p.id) : compareHref(siteIndex().linked, p.id, o.id)}>{o.shortTitle}</a>
            </span>
          ))}
        </p>
      </div>
      <h2>Points</h2>
      <ol className="rows" aria-label="Points">
        {p.points.map((pt) => {
          const ref = pointRef(pt);
          const rp = {
            plan: p.id, n: pt.n, key: pt.key ?? null, ref, status: pt.status, label: pt.label ?? null, text: readableText(pt),
            wording: pt.status === 'known' ? pt.wording.kind : null,
            wordingFrom: pt.status === 'known' ? pt.wording.sources.map((id) => src.get(id)).filter((s) => !!s).map((s) => ({ outlet: s!.outlet, url: s!.url, published: s!.published })) : [],
            wordingLanguage: pt.status === 'known' ? (pt.wording.language ?? null) : null,
            wordingMissing: pt.status === 'known' ? (pt.wording.missing ?? null) : null,
          };
          return (
            <li key={ref} id={`p${/^\d/.test(ref) ? ref : `-${ref}`}`} className="row">
              <header>
                <strong>{pt.n != null ? `Point ${pt.n}` : `${pt.label ?? ref} (position not known)`}</strong>
                <StatusBadge status={pt.status} />
                {pt.label && pt.n != null ? <span className="muted">{pt.label}</span> : null}
                {pt.themes.length ? <span className="muted">· {pt.themes.join(', ').replace(/-/g, ' ')}</span> : null}
              </header>
              <PointBody p={rp} />
              {pt.status === 'reported' ? <Claims claims={claimsOut(pt.claims)} /> : null}
              {pt.status === 'known' ? (
                <SourceList label="Primary source" sources={pt.sources.map((id) => src.get(id)).filter((s) => !!s).map((s) => ({ id: s!.id, outlet: s!.outlet, title: s!.title, url: s!.url, published: s!.published, kind: s!.kind }))} />
              ) : null}
              {pt.status === 'known' && pt.variants?.length ? (
                <details>
                  <summary>Other copies’ wording ({pt.variants.length})</summary>
                  <ul>
                    {pt.variants.map((v, i) => (
                      <li key={i}>
                        <a href={src.get(v.source)?.url} rel="noopener noreferrer">{src.get(v.source)?.outlet ?? v.source}</a>: “{v.text}”{v.note ? <span className="muted"> ({v.note})</span> : null}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              {pt.note ? <p className="muted">{pt.note}</p> : null}
            </li>
          );
        })}
      </ol>
      <h2>Sources</h2>
      <ul>
        {p.sources.map((s) => (
          <li key={s.id}>
            <a href={s.url} rel="noopener noreferrer">{s.outlet}</a>, “{s.title}”, {s.published} ({s.kind.replace('-', ' ')}){s.relays ? `, relaying ${s.relays}` : ''}
            {s.reliability ? <span className="muted">. {s.reliability}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
