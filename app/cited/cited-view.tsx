'use client';
import { useEffect, useState } from 'react';
import type { Comparison } from '../../lib/schema';
import { citeComparison } from '../../lib/export/citation';
import { comparePair } from '../_lib/load-pair';
import { citedHref, compareHref, ID_RE, pairCorrections, type SiteIndex } from '../_lib/site';
import { CompareControls } from '../compare/[a]/[b]/controls';
import { ComparisonRows, filterOptions, rowPrint, rowRefs, SummaryAndNotes } from '../compare/[a]/[b]/row-view';
import { useFragment, VersionNotice, type NoticeProps } from '../compare/[a]/[b]/version-notice';
import { useMarkFragmentRow } from '../compare/view/pair-view';

type Query = { a: string; b: string; v: string | null };
type State =
  | { kind: 'loading'; version: string | null }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; c: Comparison; date: string };

/**
 * The comparison as cited; then (once its rows are on screen) the current one, when the corpus still holds both
 * versions: the cited row is judged by comparing its fingerprint with the current row's.
 */
async function load(q: Query & { v: string }): Promise<State> {
  const then = await comparePair(q.v, q.a, q.b);
  if (!then.ok) return { kind: 'error', message: `Corpus version ${q.v} did not hold ${then.missing.join(' or ')}, so this pair cannot be shown as of then.` };
  return { kind: 'ready', c: then.c, date: then.date };
}

/** Row anchor -> fingerprint in the current comparison, or null when the corpus no longer holds both versions. */
async function currentPrints(index: SiteIndex, a: string, b: string): Promise<Record<string, string> | null> {
  const has = (id: string) => index.plans.some((p) => p.id === id);
  if (!has(a) || !has(b)) return null;
  const now = await comparePair(index.corpusVersion, a, b);
  return now.ok ? Object.fromEntries(now.c.rows.map((r) => [r.anchor, rowPrint(r)])) : null;
}

/** Whether the cited row reads the same in the current comparison: its fingerprint against the current one's. */
function rowNow(c: Comparison, anchor: string, current: Record<string, string> | null): 'same' | 'changed' | 'gone' | undefined {
  const then = c.rows.find((r) => r.anchor === anchor);
  if (!then) return undefined;
  if (!current) return 'gone';
  const now = current[anchor];
  return now === undefined ? 'gone' : now === rowPrint(then) ? 'same' : 'changed';
}

export function CitedView({ index }: { index: SiteIndex }) {
  const [q, setQ] = useState<Query | null>(null);
  const [state, setState] = useState<State>({ kind: 'loading', version: null });
  // The current comparison's row fingerprints: undefined until computed, null when the corpus no longer holds the pair.
  const [current, setCurrent] = useState<Record<string, string> | null | undefined>(undefined);
  const fragment = useFragment();

  useEffect(() => {
    const sp = new URLSearchParams(window.location.search);
    const query = { a: sp.get('a') ?? '', b: sp.get('b') ?? '', v: sp.get('v') };
    setQ(query);
    const { a, b, v } = query;
    if (!ID_RE.test(a) || !ID_RE.test(b) || a === b) {
      setState({ kind: 'error', message: 'The link does not name two versions (it needs ?a=<version>&b=<version>).' });
      return;
    }
    if (!v) {
      setState({ kind: 'error', message: 'No corpus version was given (the link needs ?v=<version>).' });
      return;
    }
    if (!index.archived.includes(v)) {
      setState({ kind: 'error', message: `Corpus version ${v} is not archived${index.versions.includes(v) ? '' : ' and is not in the corrections log'}.` });
      return;
    }
    setState({ kind: 'loading', version: v });
    const t0 = performance.now();
    load({ a, b, v }).then(
      (s) => {
        // For the web benchmark: fetching the slices and recomputing the rows as cited.
        performance.mark('plandiff-cited-done', { detail: { ms: performance.now() - t0 } });
        if (s.kind === 'ready') document.title = `${s.c.provenance.left.shortTitle} → ${s.c.provenance.right.shortTitle}, as cited · plandiff`;
        setState(s);
        // The rows first; whether the cited row reads the same today, right after.
        if (s.kind === 'ready') setTimeout(() => currentPrints(index, a, b).then(setCurrent, () => setCurrent(null)), 0);
      },
      (e: unknown) => setState({ kind: 'error', message: `Corpus version ${v} could not be loaded (${String(e)}).` }),
    );
    // Read once, on load: the pair and the version are the address of what is shown.
  }, [index]);

  useMarkFragmentRow(state.kind === 'ready');

  const a = q?.a ?? '';
  const b = q?.b ?? '';
  const holdsBoth = [a, b].every((id) => index.plans.some((p) => p.id === id));
  const title = holdsBoth ? `${index.plans.find((p) => p.id === a)!.shortTitle} → ${index.plans.find((p) => p.id === b)!.shortTitle}` : a && b ? `${a} → ${b}` : 'Comparison';
  const toCurrent = holdsBoth && a !== b ? (
    <a href={`${compareHref(index.linked, a, b)}${fragment ? `#${fragment}` : ''}`} data-testid="show-current">
      Show the current comparison
    </a>
  ) : (
    <span data-testid="no-current">The current corpus no longer holds one of these two versions</span>
  );
  if (state.kind === 'error') {
    return (
      <>
        <h1>{title}, as cited</h1>
        <p className="warn" role="alert" data-testid="cited-error">
          {state.message} {toCurrent}.
        </p>
      </>
    );
  }
  if (state.kind === 'loading') {
    return (
      <>
        <h1>{title}, as cited</h1>
        <p role="status">Loading {state.version ? `corpus version ${state.version}` : 'the cited version'}…</p>
      </>
    );
  }
  const { c, date } = state;
  const v = c.provenance.corpusVersion;
  const notice: NoticeProps = {
    corpusVersion: index.corpusVersion,
    versions: index.versions,
    archived: index.archived,
    corrections: pairCorrections(index, a, b),
    leftId: a,
    rightId: b,
  };
  return (
    <div data-testid="cited-view" data-version={v}>
      <h1>
        {c.provenance.left.shortTitle} → {c.provenance.right.shortTitle}, as cited under corpus {v}
      </h1>
      <VersionNotice cited={v} anchor={fragment} rowRefs={rowRefs(c)} rowNow={current === undefined ? undefined : rowNow(c, fragment, current)} {...notice}>
        <p>
          Shown below as it was: the rows are recomputed from the corpus archived under version {v} ({date}), by today&rsquo;s engine. {toCurrent}.
        </p>
      </VersionNotice>
      <SummaryAndNotes c={c} />
      <CompareControls
        {...notice}
        {...filterOptions(c)}
        rowRefs={rowRefs(c)}
        citeText={citeComparison(c, 'text', '{origin}')}
        citeMarkdown={citeComparison(c, 'markdown', '{origin}')}
        swapHref={citedHref(b, a, `v=${encodeURIComponent(v)}`)}
        source={{ comparison: c }}
        asCited
      />
      <h2>Point by point, as of corpus {v}</h2>
      <ComparisonRows c={c} label={`Aligned rows as of corpus ${v}`} />
    </div>
  );
}
