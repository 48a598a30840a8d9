'use client';
/**
 * The interactive leaf of the compare page. The rows are server-rendered HTML; this component only reads and
 * writes the URL (filters, view), hides rows that do not match, moves between changes by keyboard, copies
 * citations and says when a permalink was cited under an older corpus version. It takes plain props.
 */
import { useEffect, useState, useCallback } from 'react';
import { useCopyCitations, type ComparisonSource } from '../../../_components/use-copy-citations';
import { citedTarget } from '../../../_lib/early-redirect';
import { announceFragment, fragmentId, useFragment, VersionNotice, type NoticeProps } from './version-notice';

export type ControlsProps = NoticeProps & {
  kinds: { value: string; label: string; count: number }[];
  statuses: { value: string; label: string; count: number }[];
  themes: { value: string; count: number }[];
  /** Row anchor -> the point refs on each side, to tell whether a row changed since a cited version. */
  rowRefs: Record<string, { left: string[]; right: string[] }>;
  citeText: string;
  citeMarkdown: string;
  swapHref: string;
  /** Where a row's citation is made from: the comparison in memory, or the pre-rendered pair's JSON export. */
  source?: ComparisonSource;
  /** In the as-cited view: the page already shows the cited version and its notice. */
  asCited?: boolean;
};

/** Fired when rows are put into the page after the controls started (see static-rows.tsx). */
export const ROWS_EVENT = 'plandiff:rows';

const listParam = (sp: URLSearchParams, k: string) => (sp.get(k) ?? '').split(',').filter(Boolean);

export function CompareControls(props: ControlsProps) {
  const [kinds, setKinds] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [themes, setThemes] = useState<string[]>([]);
  const [view, setView] = useState<'changes' | 'all'>('all');
  const [cited, setCited] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const [ready, setReady] = useState(false);
  // The version notice speaks of the row in the fragment; follow it when the reader moves to another row.
  const hash = useFragment();

  // Read the state from the URL once, on load.
  useEffect(() => {
    const sp = new URLSearchParams(window.location.search);
    // A link cited under an archived older version opens that version's diff, as the citing reader saw it.
    // (The page's inline script usually did this before the controls loaded; see early-redirect.ts.)
    const cited = props.asCited ? null : citedTarget(props.leftId, props.rightId, props.corpusVersion, props.archived, window.location);
    if (cited) {
      // Filters and view travel with it: a filtered citation opens filtered.
      window.location.replace(cited);
      return;
    }
    // Values this pair of versions does not have would hide every row with no box left to untick: drop them.
    const keep = (vals: string[], opts: { value: string }[]) => vals.filter((v) => opts.some((o) => o.value === v));
    setKinds(keep(listParam(sp, 'kind'), props.kinds));
    setStatuses(keep(listParam(sp, 'status'), props.statuses));
    setThemes(keep(listParam(sp, 'theme'), props.themes));
    const target = fragmentId(window.location.hash);
    const targetRow = target ? document.getElementById(target) : null;
    // A link to a row that the changes-only view would hide opens all rows.
    setView(sp.get('view') === 'changes' && !(targetRow && (targetRow.dataset.kind === 'kept' || targetRow.dataset.trivial === '1')) ? 'changes' : 'all');
    setCited(sp.get('v'));
    setReady(true);
  }, []);

  // Rows that arrive after the controls (a back or forward navigation fetches them) get the same state.
  const [rowsAt, setRowsAt] = useState(0);
  useEffect(() => {
    const on = () => setRowsAt((n) => n + 1);
    window.addEventListener(ROWS_EVENT, on);
    return () => window.removeEventListener(ROWS_EVENT, on);
  }, []);

  // Apply the state to the rows and write it back into the URL.
  useEffect(() => {
    if (!ready) return;
    let n = 0;
    let unchanged = 0;
    document.querySelectorAll<HTMLElement>('li.row').forEach((li) => {
      const ok =
        (!kinds.length || kinds.includes(li.dataset.kind ?? '')) &&
        (!statuses.length || statuses.includes(li.dataset.status ?? '')) &&
        (!themes.length || (li.dataset.themes ?? '').split(' ').some((t) => themes.includes(t))) &&
        !(view === 'changes' && (li.dataset.kind === 'kept' || li.dataset.trivial === '1'));
      // The row a permalink points at stays visible whatever the filters: the link must show what was cited.
      li.hidden = !ok && li.id !== fragmentId(window.location.hash);
      if (!li.hidden) n++;
      if (li.hidden && view === 'changes' && (li.dataset.kind === 'kept' || li.dataset.trivial === '1')) unchanged++;
    });
    setShown(n);
    setHiddenKept(unchanged);
    const sp = new URLSearchParams(window.location.search);
    const put = (k: string, v: string[]) => (v.length ? sp.set(k, v.join(',')) : sp.delete(k));
    put('kind', kinds);
    put('status', statuses);
    put('theme', themes);
    if (view === 'changes') sp.set('view', 'changes');
    else sp.delete('view');
    const q = sp.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`);
  }, [kinds, statuses, themes, view, ready, rowsAt]);

  const step = useCallback((dir: 1 | -1) => {
    const rows = [...document.querySelectorAll<HTMLElement>('li.row')].filter((li) => !li.hidden && li.dataset.change === '1');
    if (!rows.length) {
      setMessage('No changes in the rows shown.');
      return;
    }
    // Where the reader is: the row in the fragment (a clicked link moves it), else the last row stepped to.
    const current = (window.location.hash ? document.getElementById(fragmentId(window.location.hash)) : null) ?? document.querySelector<HTMLElement>('li.row.current');
    const all = [...document.querySelectorAll<HTMLElement>('li.row')];
    const pos = current ? all.indexOf(current) : -1;
    const next = dir === 1 ? rows.find((r) => all.indexOf(r) > pos) ?? rows[0]! : [...rows].reverse().find((r) => all.indexOf(r) < pos) ?? rows[rows.length - 1]!;
    document.querySelectorAll('li.row.current').forEach((el) => el.classList.remove('current'));
    next.classList.add('current');
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${next.id}`);
    announceFragment();
    next.scrollIntoView({ block: 'start' });
    next.focus({ preventScroll: true });
    setMessage(`Row ${next.querySelector('header a')?.textContent ?? next.id}: ${next.dataset.kind}, ${next.dataset.status}`);
  }, []);

  // Keyboard: j / n next change, k / p previous change (not while typing in a field).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      const typing = t && (['SELECT', 'TEXTAREA'].includes(t.tagName) || (t.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((t as HTMLInputElement).type)));
      if (e.altKey || e.ctrlKey || e.metaKey || typing) return;
      if (e.key === 'j' || e.key === 'n') {
        e.preventDefault();
        step(1);
      } else if (e.key === 'k' || e.key === 'p') {
        e.preventDefault();
        step(-1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const copy = useCopyCitations(setMessage, props.source);

  const toggle = (list: string[], set: (v: string[]) => void, v: string) => set(list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const [hiddenKept, setHiddenKept] = useState(0);

  return (
    <>
      {!props.asCited && cited && cited !== props.corpusVersion ? <VersionNotice cited={cited} anchor={hash} {...props} /> : null}
      <div className="controls" role="region" aria-label="Filters and tools">
        <CheckboxGroup legend="Change" name="kind" options={props.kinds} checked={kinds} onToggle={(v) => toggle(kinds, setKinds, v)} />
        <CheckboxGroup legend="Status" name="status" options={props.statuses} checked={statuses} onToggle={(v) => toggle(statuses, setStatuses, v)} />
        <label>
          Theme{' '}
          <select value={themes[0] ?? ''} onChange={(e) => setThemes(e.target.value ? [e.target.value] : [])} aria-label="Theme">
            <option value="">all themes</option>
            {props.themes.map((t) => (
              <option key={t.value} value={t.value}>
                {t.value.replace(/-/g, ' ')} ({t.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name="view" checked={view === 'changes'} onChange={() => setView(view === 'changes' ? 'all' : 'changes')} /> Changes only
        </label>
        <span>
          <button type="button" onClick={() => step(-1)} aria-keyshortcuts="k p">Previous change</button>{' '}
          <button type="button" onClick={() => step(1)} aria-keyshortcuts="j n">Next change</button>
        </span>
        <span>
          <button type="button" onClick={() => void copy(props.citeText)}>Cite comparison</button>{' '}
          <button type="button" onClick={() => void copy(props.citeMarkdown)}>Cite as Markdown</button>
        </span>
        <a className="button" href={props.swapHref}>Swap sides</a>
      </div>
      <p className="muted" aria-live="polite" data-testid="status-line">
        {shown != null ? `${shown} row${shown === 1 ? '' : 's'} shown.` : ''} {hiddenKept ? `${hiddenKept} unchanged row${hiddenKept === 1 ? '' : 's'} hidden.` : ''} {message}
      </p>
    </>
  );
}

function CheckboxGroup(p: { legend: string; name: string; options: { value: string; label: string; count: number }[]; checked: string[]; onToggle: (v: string) => void }) {
  return (
    <fieldset>
      <legend>{p.legend}</legend>
      {p.options.map((o) => (
        <label key={o.value}>
          <input type="checkbox" name={p.name} value={o.value} checked={p.checked.includes(o.value)} onChange={() => p.onToggle(o.value)} /> {o.label} ({o.count})
        </label>
      ))}
    </fieldset>
  );
}
