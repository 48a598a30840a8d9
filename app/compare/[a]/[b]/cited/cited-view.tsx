'use client';
import { useEffect, useState } from 'react';
import { checkArchivedCorpus } from '../../../../../lib/corpus/check';
import { compareIds } from '../../../../../lib/compare/compare';
import { getPlan } from '../../../../../lib/corpus/corpus';
import { formatIssue } from '../../../../../lib/corpus/issues';
import { ArchiveFile, type Comparison } from '../../../../../lib/schema';
import { citeComparison } from '../../../../../lib/export/citation';
import { ORIGIN } from '../../../../_lib/origin';
import { CompareControls } from '../controls';
import { filterOptions, RowView, rowPrint, rowRefs, SummaryAndNotes } from '../row-view';
import { useFragment, VersionNotice, type NoticeProps } from '../version-notice';
import type { EarlyFetch } from './early-fetch';

type State = { kind: 'loading'; version: string | null } | { kind: 'error'; message: string } | { kind: 'ready'; c: Comparison; date: string };

const archiveUrl = (version: string) => `/archive/${encodeURIComponent(version)}.json`;

// The page's inline script (early-fetch.ts) has already requested the archive named in the query while the HTML
// was parsed; take that request instead of waiting for hydration to start another.
function takeEarly(version: string): Promise<Response> | null {
  const w = window as unknown as { __plandiffArchive?: EarlyFetch };
  const e = w.__plandiffArchive;
  delete w.__plandiffArchive;
  return e && e.version === version ? e.res : null;
}

/** Load an archived corpus version and recompute the comparison the citation was made from. */
async function load(version: string, a: string, b: string): Promise<State> {
  const res = await (takeEarly(version) ?? fetch(archiveUrl(version)));
  if (!res.ok) return { kind: 'error', message: `The archive of corpus version ${version} could not be loaded (HTTP ${res.status}).` };
  const parsed = ArchiveFile.safeParse(await res.json());
  if (!parsed.success) return { kind: 'error', message: `The archive of corpus version ${version} is not in the expected format.` };
  // The build has checked every archive already; here the reader's clock must not decide what loads.
  const checked = checkArchivedCorpus(parsed.data, '9999-12-31');
  if (!checked.ok) return { kind: 'error', message: `The archive of corpus version ${version} does not load: ${checked.issues.slice(0, 3).map(formatIssue).join('; ')}` };
  const missing = [a, b].filter((id) => !getPlan(checked.corpus, id));
  if (missing.length) return { kind: 'error', message: `Corpus version ${version} did not hold ${missing.join(' or ')}, so this pair cannot be shown as of then.` };
  return { kind: 'ready', c: compareIds(checked.corpus, a, b), date: parsed.data.date };
}

/** Whether the cited row reads the same in the current comparison: its fingerprint against the build's. */
function rowNow(c: Comparison, anchor: string, current: Record<string, string> | null): 'same' | 'changed' | 'gone' | undefined {
  const then = c.rows.find((r) => r.anchor === anchor);
  if (!then) return undefined;
  if (!current) return 'gone';
  const now = current[anchor];
  return now === undefined ? 'gone' : now === rowPrint(then) ? 'same' : 'changed';
}

/** `currentRows` is null when the corpus no longer holds one of the two versions. */
export function CitedView(props: NoticeProps & { currentTitle: string; currentRows: Record<string, string> | null }) {
  const { leftId: a, rightId: b } = props;
  const [state, setState] = useState<State>({ kind: 'loading', version: null });
  const fragment = useFragment();

  useEffect(() => {
    const v = new URLSearchParams(window.location.search).get('v');
    if (!v) {
      setState({ kind: 'error', message: 'No corpus version was given (the link needs ?v=<version>).' });
      return;
    }
    if (!props.archived.includes(v)) {
      setState({ kind: 'error', message: `Corpus version ${v} is not archived${props.versions.includes(v) ? '' : ' and is not in the corrections log'}.` });
      return;
    }
    setState({ kind: 'loading', version: v });
    const t0 = performance.now();
    load(v, a, b).then((s) => {
      // For the web benchmark: fetching the archive, checking it and recomputing the rows.
      performance.mark('plandiff-cited-done', { detail: { ms: performance.now() - t0 } });
      setState(s);
    }, (e: unknown) => setState({ kind: 'error', message: `The archive of corpus version ${v} could not be loaded (${String(e)}).` }));
    // Read once, on load: the version is part of the address of what is shown.
  }, [a, b, props.archived, props.versions]);

  // Once the rows exist, bring the cited row into view and mark it (the rows came after the fragment, so
  // :target alone would not mark it), following the fragment when the reader moves to another row.
  useEffect(() => {
    if (state.kind !== 'ready') return;
    document.querySelectorAll('li.row.current').forEach((el) => el.classList.remove('current'));
    const el = fragment ? document.getElementById(fragment) : null;
    if (el?.matches('li.row')) {
      el.classList.add('current');
      el.scrollIntoView({ block: 'start' });
    }
  }, [state, fragment]);

  const current = `/compare/${a}/${b}${fragment ? `#${fragment}` : ''}`;
  const toCurrent = props.currentRows ? (
    <a href={current} data-testid="show-current">
      Show the current comparison
    </a>
  ) : (
    <span data-testid="no-current">The current corpus no longer holds one of these two versions</span>
  );
  if (state.kind === 'error') {
    return (
      <>
        <h1>{props.currentTitle}, as cited</h1>
        <p className="warn" role="alert" data-testid="cited-error">
          {state.message} {toCurrent}.
        </p>
      </>
    );
  }
  if (state.kind === 'loading') {
    return (
      <>
        <h1>{props.currentTitle}, as cited</h1>
        <p role="status">Loading {state.version ? `corpus version ${state.version}` : 'the cited version'}…</p>
      </>
    );
  }
  const { c, date } = state;
  const v = c.provenance.corpusVersion;
  return (
    <div data-testid="cited-view" data-version={v}>
      <h1>
        {c.provenance.left.shortTitle} → {c.provenance.right.shortTitle}, as cited under corpus {v}
      </h1>
      <VersionNotice cited={v} anchor={fragment} rowRefs={rowRefs(c)} rowNow={rowNow(c, fragment, props.currentRows)} {...props}>
        <p>
          Shown below as it was: the rows are recomputed from the corpus archived under version {v} ({date}), by today&rsquo;s engine. {toCurrent}.
        </p>
      </VersionNotice>
      <SummaryAndNotes c={c} />
      <CompareControls
        {...props}
        {...filterOptions(c)}
        rowRefs={rowRefs(c)}
        citeText={citeComparison(c, 'text', ORIGIN)}
        citeMarkdown={citeComparison(c, 'markdown', ORIGIN)}
        swapHref={`/compare/${b}/${a}/cited?v=${encodeURIComponent(v)}`}
        asCited
      />
      <h2>Point by point, as of corpus {v}</h2>
      <ol className="rows" aria-label={`Aligned rows as of corpus ${v}`}>
        {c.rows.map((r) => (
          <RowView key={r.id} c={c} r={r} />
        ))}
      </ol>
    </div>
  );
}
