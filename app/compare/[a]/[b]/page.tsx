import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { allPairs, comparison, noticeProps, ORIGIN } from '../../../_lib/data';
import { KIND_LABEL } from '../../../../lib/compare';
import { ROW_KINDS, STATUSES, type VersionInfo } from '../../../../lib/schema';
import { citeComparison } from '../../../../lib/export/citation';
import { StatusBar } from '../../../_components/badges';
import { CompareControls } from './controls';
import { RowView, rowRefs, SummaryAndNotes } from './row-view';

export const dynamicParams = false;

export function generateStaticParams() {
  return allPairs();
}

type Params = { params: Promise<{ a: string; b: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { a, b } = await params;
  const c = comparison(a, b);
  if (!c) return {};
  const title = `${c.provenance.left.shortTitle} → ${c.provenance.right.shortTitle}`;
  const description = `${c.summary.text}. Point by point, with statuses (known, reported, unknown) and sources. Corpus ${c.provenance.corpusVersion}.`;
  return { title, description, openGraph: { title: `${title} · plandiff`, description, type: 'article' } };
}

function VersionPanel({ v, side }: { v: VersionInfo; side: string }) {
  return (
    <section className="panel" aria-label={`${side}: ${v.shortTitle}`}>
      <h2 style={{ marginTop: 0 }}>
        <span className="sr-only">{side}: </span>
        <Link href={`/plans/${v.id}`}>{v.title}</Link>
      </h2>
      <p>
        {v.date} · {v.channel === 'official' ? 'official text' : v.channel === 'leaked' ? 'leaked text' : 'text not public, reported'} · {v.declaredPoints} points ·{' '}
        <strong>known as of {v.knownAsOf}</strong>
      </p>
      <StatusBar counts={v.counts} total={v.declaredPoints} />
      {v.missing ? <p className="muted">Known to be missing: {v.missing}</p> : null}
    </section>
  );
}

export default async function ComparePage({ params }: Params) {
  const { a, b } = await params;
  const found = comparison(a, b);
  if (!found) notFound();
  const c = found;
  const { left, right } = c.provenance;
  const count = <T extends string>(f: (r: (typeof c.rows)[number]) => T[]) => {
    const m = new Map<T, number>();
    for (const r of c.rows) for (const v of f(r)) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const kindCounts = count((r) => [r.kind]);
  const statusCounts = count((r) => [r.status]);
  const themeCounts = count((r) => r.themes);
  return (
    <>
      <p className="muted">
        <Link href="/">Versions</Link> / compare
      </p>
      <h1>
        {left.shortTitle} → {right.shortTitle}
      </h1>
      <div className="sides">
        <VersionPanel v={left} side="Left" />
        <VersionPanel v={right} side="Right" />
      </div>
      <SummaryAndNotes c={c} />
      <p className="muted">
        Export:{' '}
        <a href={`/compare/${a}/${b}/comparison.md`} download>Markdown</a> · <a href={`/compare/${a}/${b}/comparison.csv`} download>CSV</a> ·{' '}
        <a href={`/compare/${a}/${b}/comparison.json`}>JSON</a>
        {c.provenance.relationFile ? <> · curated relations: {c.provenance.relationFile}</> : null} · corpus {c.provenance.corpusVersion}
      </p>
      <CompareControls
        kinds={ROW_KINDS.filter((k) => kindCounts.has(k)).map((k) => ({ value: k, label: KIND_LABEL[k], count: kindCounts.get(k)! }))}
        statuses={STATUSES.filter((s) => statusCounts.has(s)).map((s) => ({ value: s, label: s, count: statusCounts.get(s)! }))}
        themes={[...themeCounts.entries()].sort((x, y) => x[0].localeCompare(y[0])).map(([value, count]) => ({ value, count }))}
        {...noticeProps(a, b)}
        rowRefs={rowRefs(c)}
        citeText={citeComparison(c, 'text', ORIGIN)}
        citeMarkdown={citeComparison(c, 'markdown', ORIGIN)}
        swapHref={`/compare/${b}/${a}`}
      />
      <ol className="rows" aria-label="Aligned rows">
        {c.rows.map((r) => (
          <RowView key={r.id} c={c} r={r} />
        ))}
      </ol>
    </>
  );
}
