import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { comparison, linked, noticeProps, ORIGIN, siteIndex } from '../../../_lib/data';
import { compareHref } from '../../../_lib/site';
import { citedScript } from '../../../_lib/early-redirect';
import { citeComparison } from '../../../../lib/export/citation';
import { CompareControls } from './controls';
import { StaticRows } from './static-rows';
import { filterOptions, rowRefs, SummaryAndNotes, VersionPanels } from './row-view';

export const dynamicParams = false;

/**
 * Only linked pairs are pre-rendered (lib/corpus/pairs.ts): about three per version instead of every ordered pair.
 * Any other pair is computed in the browser by /compare/view, and its /compare/<a>/<b> address (a permalink issued
 * before) reaches it through the not-found page on any static host.
 */
export function generateStaticParams() {
  return linked();
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

export default async function ComparePage({ params }: Params) {
  const { a, b } = await params;
  const found = comparison(a, b);
  if (!found) notFound();
  const c = found;
  const { left, right } = c.provenance;
  const ix = siteIndex();
  return (
    <>
      {/* A permalink cited under an older corpus version opens as cited, before this page's scripts load. */}
      <script dangerouslySetInnerHTML={{ __html: citedScript(a, b, ix.corpusVersion, ix.archived) }} />
      <p className="muted">
        <a href="/">Versions</a> / compare
      </p>
      <h1>
        {left.shortTitle} → {right.shortTitle}
      </h1>
      <VersionPanels c={c} />
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
        swapHref={compareHref(ix.linked, b, a)}
        source={{ url: `/compare/${a}/${b}/comparison.json` }}
      />
      <StaticRows a={a} b={b} />
    </>
  );
}
