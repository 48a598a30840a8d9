import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { allPairs, comparison, noticeProps, ORIGIN } from '../../../_lib/data';
import type { VersionInfo } from '../../../../lib/schema';
import { citeComparison } from '../../../../lib/export/citation';
import { StatusBar } from '../../../_components/badges';
import { CompareControls } from './controls';
import { filterOptions, RowView, rowRefs, SummaryAndNotes } from './row-view';

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
        {...filterOptions(c)}
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
