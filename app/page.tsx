import Link from 'next/link';
import { corpus, siteIndex } from './_lib/data';
import { plansByDate } from '../lib/corpus/corpus';
import { statusCounts } from '../lib/corpus/points';
import { StatusBar } from './_components/badges';
import { ComparePicker } from './_components/compare-picker';

const CHANNEL: Record<string, string> = { official: 'official text', leaked: 'leaked text', reported: 'text not public, reported' };

export default function Home() {
  const c = corpus();
  const plans = plansByDate(c);
  const eventSources = new Map(c.events.sources.map((s) => [s.id, s]));
  type Item = { date: string; kind: 'plan' | 'event'; key: string; node: React.ReactNode };
  const items: Item[] = [
    ...plans.map((p) => ({
      date: p.date,
      kind: 'plan' as const,
      key: p.id,
      node: (
        <>
          <h3 style={{ margin: 0 }}>
            <time dateTime={p.date}>{p.date}</time> · <Link href={`/plans/${p.id}`}>{p.title}</Link>
          </h3>
          <p style={{ margin: '.2rem 0' }}>
            {p.declaredPoints} points · {CHANNEL[p.origin.channel]} · drafted by {p.origin.draftedBy} · known as of {p.knownAsOf}
            {p.derivedFrom?.length ? (
              <>
                {' '}· derived from{' '}
                {p.derivedFrom.map((d, i) => (
                  <span key={d}>
                    {i > 0 ? ', ' : ''}
                    <a href={`/compare/${d}/${p.id}`}>{c.plans.find((x) => x.id === d)?.shortTitle ?? d}</a>
                  </span>
                ))}
              </>
            ) : null}
          </p>
          <StatusBar counts={statusCounts(p)} total={p.points.length} />
        </>
      ),
    })),
    ...c.events.events.map((e) => ({
      date: e.date,
      kind: 'event' as const,
      key: e.id,
      node: (
        <>
          <p style={{ margin: 0 }}>
            <time dateTime={e.date}>{e.date}</time> · <strong>{e.title}</strong>
          </p>
          <p style={{ margin: '.2rem 0' }}>
            {e.summary}{' '}
            <span className="muted">
              Sources:{' '}
              {e.sources.map((sid, i) => {
                const s = eventSources.get(sid);
                return s ? (
                  <span key={sid}>
                    {i > 0 ? '; ' : ''}
                    <a href={s.url} rel="noopener noreferrer">{s.outlet}</a>, {s.published}
                  </span>
                ) : null;
              })}
            </span>
          </p>
        </>
      ),
    })),
  ].sort((x, y) => x.date.localeCompare(y.date) || (x.kind === y.kind ? x.key.localeCompare(y.key) : x.kind === 'event' ? -1 : 1));

  return (
    <>
      <h1>Peace-plan versions, compared point by point</h1>
      <p>
        Every point is marked <strong>known</strong> (text from a primary document), <strong>reported</strong> (described by named sources, no
        text) or <strong>unknown</strong> (exists, content not public), with its sources. Pick two versions to see what changed and who says so.
      </p>
      <ComparePicker versions={plans.map((p) => ({ id: p.id, label: `${p.shortTitle} (${p.date})`, date: p.date }))} linked={siteIndex().linked} />
      <h2>Lineage</h2>
      <ul>
        {c.relations.map((r) => {
          const from = c.plans.find((p) => p.id === r.from)!;
          const to = c.plans.find((p) => p.id === r.to)!;
          return (
            <li key={`${r.from}-${r.to}`}>
              <a href={`/compare/${r.from}/${r.to}`}>
                {from.shortTitle} → {to.shortTitle}
              </a>{' '}
              <span className="muted">({r.link === 'analogy' ? 'analogies across conflicts' : 'one text’s lineage'}, {r.relations.length} curated relations)</span>
            </li>
          );
        })}
      </ul>
      <h2>Timeline</h2>
      <ol className="timeline">
        {items.map((it) => (
          <li key={`${it.kind}-${it.key}`} className={it.kind}>
            <span className="sr-only">{it.kind === 'plan' ? 'Plan version: ' : 'Event: '}</span>
            {it.node}
          </li>
        ))}
      </ol>
    </>
  );
}
