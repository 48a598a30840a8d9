'use client';
/**
 * Any pair of versions, computed in the browser: the pair comes from the query (?a=&b=), the two plans from the
 * build's data slices, the rows from the same engine and the same RowView as a pre-rendered page, with the same
 * controls, citations (the permalink is the pair's /compare/<a>/<b>) and exports (made here, from the same lib/export
 * formatters, and downloaded as files).
 */
import { useEffect, useState } from 'react';
import type { Comparison } from '../../../lib/schema';
import { citeComparison } from '../../../lib/export/citation';
import { toCsv, toJson, toMarkdown } from '../../../lib/export';
import { comparePair } from '../../_lib/load-pair';
import { closestIds, compareHref, pairCorrections, viewHref, type SiteIndex } from '../../_lib/site';
import { CompareControls } from '../[a]/[b]/controls';
import { ComparisonRows, filterOptions, rowRefs, SummaryAndNotes, VersionPanels } from '../[a]/[b]/row-view';
import { fragmentId } from '../[a]/[b]/version-notice';

type State = { kind: 'loading' } | { kind: 'error'; message: string; suggest: { label: string; href: string }[] } | { kind: 'ready'; c: Comparison };

const FILES = {
  md: { name: 'comparison.md', type: 'text/markdown;charset=utf-8', render: (c: Comparison, base: string) => toMarkdown(c, base) },
  csv: { name: 'comparison.csv', type: 'text/csv;charset=utf-8', render: (c: Comparison, base: string) => toCsv(c, base) },
  json: { name: 'comparison.json', type: 'application/json;charset=utf-8', render: (c: Comparison) => toJson(c) },
} as const;

/** Save an export made in the browser, as the pre-rendered pages' export links do. */
export function download(c: Comparison, kind: keyof typeof FILES) {
  const f = FILES[kind];
  const url = URL.createObjectURL(new Blob([f.render(c, window.location.origin)], { type: f.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = f.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Bring the row in the fragment into view and mark it: the rows came after the fragment, so :target alone would not. */
export function useMarkFragmentRow(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const mark = () => {
      document.querySelectorAll('li.row.current').forEach((el) => el.classList.remove('current'));
      const id = fragmentId(window.location.hash);
      const el = id ? document.getElementById(id) : null;
      if (el?.matches('li.row')) {
        el.classList.add('current');
        el.scrollIntoView({ block: 'start' });
      }
    };
    mark();
    window.addEventListener('hashchange', mark);
    return () => window.removeEventListener('hashchange', mark);
  }, [ready]);
}

export function PairView({ index }: { index: SiteIndex }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [pair, setPair] = useState<{ a: string; b: string } | null>(null);

  useEffect(() => {
    const sp = new URLSearchParams(window.location.search);
    const a = sp.get('a') ?? '';
    const b = sp.get('b') ?? '';
    const ids = index.plans.map((p) => p.id);
    const bad = [a, b].filter((x) => !ids.includes(x));
    if (bad.length || a === b) {
      const fix = (x: string) => (ids.includes(x) ? x : closestIds(x, ids)[0]);
      const [fa, fb] = [fix(a), fix(b)];
      setState({
        kind: 'error',
        message: a === b && !bad.length ? 'Pick two different versions.' : `No version ${bad.map((x) => `“${x}”`).join(' or ')} in the corpus.`,
        suggest: fa && fb && fa !== fb ? [{ label: `${fa} → ${fb}`, href: viewHref(fa, fb, window.location.search, window.location.hash) }] : [],
      });
      return;
    }
    // A pre-rendered pair opens its own page, with the same state.
    if (index.linked.includes(`${a}/${b}`)) {
      const rest = new URLSearchParams(sp);
      rest.delete('a');
      rest.delete('b');
      const q = rest.toString();
      window.location.replace(`/compare/${a}/${b}${q ? `?${q}` : ''}${window.location.hash}`);
      return;
    }
    setPair({ a, b });
    const t0 = performance.now();
    comparePair(index.corpusVersion, a, b).then(
      (r) => {
        performance.mark('plandiff-view-done', { detail: { ms: performance.now() - t0 } });
        if (r.ok) {
          document.title = `${r.c.provenance.left.shortTitle} → ${r.c.provenance.right.shortTitle} · plandiff`;
          setState({ kind: 'ready', c: r.c });
        } else setState({ kind: 'error', message: `The corpus has no data for ${r.missing.join(' or ')}.`, suggest: [] });
      },
      (e: unknown) => setState({ kind: 'error', message: `The two versions could not be loaded (${String(e)}).`, suggest: [] }),
    );
  }, [index]);

  useMarkFragmentRow(state.kind === 'ready');

  if (state.kind === 'loading') {
    return (
      <>
        <h1>{pair ? `${pair.a} → ${pair.b}` : 'Compare two versions'}</h1>
        <p role="status">Loading the two versions…</p>
      </>
    );
  }
  if (state.kind === 'error') {
    return (
      <>
        <h1>Compare two versions</h1>
        <p className="warn" role="alert" data-testid="view-error">
          {state.message}{' '}
          {state.suggest.map((s) => (
            <span key={s.href}>
              Did you mean <a href={s.href}>{s.label}</a>?{' '}
            </span>
          ))}
        </p>
        <p>
          Versions: {index.plans.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? ', ' : ''}
              <code>{p.id}</code> ({p.shortTitle})
            </span>
          ))}
          .
        </p>
      </>
    );
  }
  const { c } = state;
  const { left, right } = c.provenance;
  return (
    <div data-testid="pair-view">
      <h1>
        {left.shortTitle} → {right.shortTitle}
      </h1>
      <VersionPanels c={c} />
      <SummaryAndNotes c={c} />
      <p className="muted">
        Export:{' '}
        <button type="button" className="link" onClick={() => download(c, 'md')}>Markdown</button> ·{' '}
        <button type="button" className="link" onClick={() => download(c, 'csv')}>CSV</button> ·{' '}
        <button type="button" className="link" onClick={() => download(c, 'json')}>JSON</button> · corpus {c.provenance.corpusVersion}
      </p>
      <CompareControls
        {...filterOptions(c)}
        corpusVersion={index.corpusVersion}
        versions={index.versions}
        archived={index.archived}
        corrections={pairCorrections(index, left.id, right.id)}
        leftId={left.id}
        rightId={right.id}
        rowRefs={rowRefs(c)}
        citeText={citeComparison(c, 'text', '{origin}')}
        citeMarkdown={citeComparison(c, 'markdown', '{origin}')}
        swapHref={compareHref(index.linked, right.id, left.id)}
        source={{ comparison: c }}
      />
      <ComparisonRows c={c} />
    </div>
  );
}
