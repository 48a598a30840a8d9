/**
 * The one rendering of a comparison's rows, used by every page that shows rows: the pre-rendered compare page (as
 * static HTML), the pages that compute a pair in the browser (any pair, an as-cited version) and the draft tool.
 * A new field of the Comparison format is shown here once.
 */
import { ROW_KINDS, STATUSES, type Comparison, type Row, type RowPoint, type VersionInfo } from '../../../../lib/schema';
import { KIND_LABEL } from '../../../../lib/compare/compare';
import { rowFingerprint } from '../../../../lib/compare/fingerprint';
import { DisagreeBadge, KindBadge, StatusBadge, StatusBar } from '../../../_components/badges';
import { PointBody, pointName } from '../../../_components/point-body';
import { Claims, directHref, SourceList, type SourceHref } from '../../../_components/claims';
import { DiffText } from '../../../_components/diff-text';

/** Rows that are a change a reader would step to; "kept", "not reported" and "no counterpart" are not. */
export const isChange = (r: Row) => !['kept', 'not-reported', 'unmatched'].includes(r.kind) && !r.diff?.trivialOnly;

function Side({ points, title, emptyText, href }: { points: RowPoint[]; title: string; emptyText: string; href: SourceHref }) {
  return (
    <div className="col">
      <h3>
        <span className="sr-only">{title}: </span>
        {points.length ? points.map(pointName).join(', ') : '—'}
      </h3>
      {points.length === 0 ? <p className="muted">{emptyText}</p> : null}
      {points.map((p) => (
        <div key={p.ref}>
          {points.length > 1 ? <h4 className="muted">{pointName(p)}</h4> : null}
          {p.label ? <p className="muted">{p.label}</p> : null}
          <PointBody p={p} href={href} />
        </div>
      ))}
    </div>
  );
}

/** The comparison's one-line summary and its notes (not parent and child, not public points, computed rows). */
export function SummaryAndNotes({ c }: { c: Comparison }) {
  return (
    <>
      <p>
        <strong data-testid="summary">{c.summary.text}</strong>
      </p>
      {c.provenance.notes.map((n) => (
        <p className="warn" key={n}>
          {n}
        </p>
      ))}
    </>
  );
}

/** The filter choices a comparison offers, with how many rows each matches. */
export function filterOptions(c: Comparison) {
  const count = <T extends string>(f: (r: Row) => T[]) => {
    const m = new Map<T, number>();
    for (const r of c.rows) for (const v of f(r)) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const kinds = count((r) => [r.kind]);
  const statuses = count((r) => [r.status]);
  const themes = count((r) => r.themes);
  return {
    kinds: ROW_KINDS.filter((k) => kinds.has(k)).map((k) => ({ value: k, label: KIND_LABEL[k], count: kinds.get(k)! })),
    statuses: STATUSES.filter((st) => statuses.has(st)).map((st) => ({ value: st, label: st, count: statuses.get(st)! })),
    themes: [...themes.entries()].sort((x, y) => x[0].localeCompare(y[0])).map(([value, n]) => ({ value, count: n })),
  };
}

/** A row's fingerprint: the same reader-visible row gives the same string (lib/compare/fingerprint.ts). */
export const rowPrint = rowFingerprint;

/** Row anchor -> the point refs on each side: how a version notice tells whether the cited row was corrected. */
export function rowRefs(c: Comparison): Record<string, { left: string[]; right: string[] }> {
  return Object.fromEntries(c.rows.map((r) => [r.anchor, { left: r.left.map((p) => p.ref), right: r.right.map((p) => p.ref) }]));
}

/**
 * `citable` is false for a pasted draft: it is not a corpus version, so it has no permalink to cite. `href` says
 * where a source link points (see SourceHref): the page's source list when the page has one.
 */
export function RowView({ c, r, citable = true, href = directHref }: { c: Comparison; r: Row; citable?: boolean; href?: SourceHref }) {
  const { left, right } = c.provenance;
  const hasChanges = r.diff && r.diff.segments.some((s) => s.op !== 'same');
  const emptyLeft = r.kind === 'added' ? `Not in ${left.shortTitle}.` : `No counterpart in ${left.shortTitle}.`;
  const emptyRight =
    r.kind === 'dropped'
      ? `Not in ${right.shortTitle}.`
      : r.kind === 'moved'
        ? `Moved out of ${right.shortTitle} (to another document or track).`
        : r.kind === 'not-reported'
          ? `No source reports what became of this point in ${right.shortTitle}.`
          : `No counterpart in ${right.shortTitle}.`;
  const refs = `${r.left.map((p) => p.ref).join(', ') || '—'} → ${r.right.map((p) => p.ref).join(', ') || '—'}`;
  return (
    <li
      id={r.anchor}
      className="row"
      tabIndex={-1}
      data-row-id={r.id}
      data-kind={r.kind}
      data-status={r.status}
      data-themes={r.themes.join(' ')}
      data-change={isChange(r) ? '1' : '0'}
      data-trivial={r.diff?.trivialOnly ? '1' : undefined}
      aria-labelledby={`${r.anchor}-h`}
    >
      <header>
        {citable ? (
          <a id={`${r.anchor}-h`} href={`#${r.anchor}`} title="Link to this row">
            <span aria-hidden="true">¶ </span>
            {refs}
          </a>
        ) : (
          // A draft's rows have no permalink, and a #row fragment would replace the #d= share link.
          <strong id={`${r.anchor}-h`}>{refs}</strong>
        )}
        <KindBadge kind={r.kind} />
        <StatusBadge status={r.status} />
        {r.disagree ? <DisagreeBadge /> : null}
        {r.basis === 'computed' ? <span className="badge kind" title={r.evidence?.text ?? 'Paired by the texts’ words and order'}>computed · similarity {r.score}</span> : null}
        {r.basis === 'composed' ? <span className="badge kind" title="Each version’s point is related to the same point of the version named">via {r.via.join(', ')}</span> : null}
        {r.renumbered && r.kind !== 'renumbered' ? <span className="badge kind">renumbered</span> : null}
        {r.diff?.trivialOnly ? <span className="badge kind" title="Only quote marks, dashes or spacing differ">typography only</span> : null}
      </header>
      <div className="cols">
        <Side points={r.left} title={left.shortTitle} emptyText={emptyLeft} href={href} />
        <Side points={r.right} title={right.shortTitle} emptyText={emptyRight} href={href} />
      </div>
      {hasChanges ? (
        <div>
          <h4>Word changes{r.left[0]?.wording !== 'verbatim' || r.right[0]?.wording !== 'verbatim' ? ' (between the wordings held, not all verbatim)' : ''}</h4>
          <DiffText diff={r.diff!} />
          {r.diff!.numbers.length ? (
            <p>
              Numbers:{' '}
              {r.diff!.numbers.map((n, i) => (
                <span key={i}>
                  {i > 0 ? '; ' : ''}
                  <del>{n.from}</del> → <ins>{n.to}</ins>
                </span>
              ))}
            </p>
          ) : null}
        </div>
      ) : null}
      <ChangeLine r={r} />
      {r.basis === 'computed' && r.evidence ? <p className="muted">How it was found: {r.evidence.text}.</p> : null}
      {r.candidates.length ? (
        <p className="muted">
          No sure match. Candidates: {r.candidates.map((c) => `point ${c.ref}${c.label ? ` (${c.label})` : ''}, similarity ${Math.round(c.score * 100)} of 100`).join('; ')}.
        </p>
      ) : null}
      {r.rationale ? <p><strong>Why:</strong> {r.rationale}</p> : null}
      <Claims claims={r.claims} href={href} />
      <SourceList sources={r.sources} href={href} />
      {citable ? (
        // The citation is made when asked for, from the comparison itself (see use-copy-citations.ts): the page
        // does not carry two ready-made copies of every row's sources.
        <div className="row-tools">
          <button type="button" data-cite-row={r.anchor} data-cite-format="text">Copy citation</button>
          <button type="button" data-cite-row={r.anchor} data-cite-format="markdown">Copy as Markdown</button>
        </div>
      ) : null}
    </li>
  );
}

/** A source as the page lists it once: numbered in order of first use. */
export type ListedSource = { n: number; outlet: string; title: string | null; url: string; published: string; kind: string | null };

/** Every source a comparison's rows cite (their sources, claims and wordings), once each, by URL. */
export function sourceIndex(c: Comparison): Map<string, ListedSource> {
  const m = new Map<string, ListedSource>();
  const add = (s: { outlet: string; url: string; published?: string; date?: string; title?: string; kind?: string }) => {
    const had = m.get(s.url);
    if (had) {
      had.title ??= s.title ?? null;
      had.kind ??= s.kind ?? null;
      return;
    }
    m.set(s.url, { n: m.size + 1, outlet: s.outlet, title: s.title ?? null, url: s.url, published: s.published ?? s.date ?? '', kind: s.kind ?? null });
  };
  for (const r of c.rows) {
    for (const p of [...r.left, ...r.right]) p.wordingFrom.forEach(add);
    r.claims.forEach((cl) => add({ outlet: cl.outlet, url: cl.url, date: cl.date }));
    r.sources.forEach(add);
  }
  return m;
}

/** Rows link a source to its entry in the page's list: `#s3`. */
export const listedHref = (index: Map<string, ListedSource>): SourceHref => (url) => {
  const s = index.get(url);
  return s ? `#s${s.n}` : url;
};

/** The page's sources, each once, with the link to the document itself. */
export function SourcesList({ index }: { index: Map<string, ListedSource> }) {
  if (!index.size) return null;
  return (
    <section className="source-list" aria-labelledby="sources-h">
      <h2 id="sources-h">Sources</h2>
      <ol>
        {[...index.values()].map((s) => (
          <li key={s.n} id={`s${s.n}`} value={s.n}>
            <a href={s.url} rel="noopener noreferrer">{s.outlet}</a>
            {s.title ? <>, “{s.title}”</> : null}
            {s.published ? `, ${s.published}` : ''}
            {s.kind ? <span className="muted"> ({s.kind.replace('-', ' ')})</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A comparison's rows and, after them, the sources they cite. */
export function ComparisonRows({ c, label = 'Aligned rows' }: { c: Comparison; label?: string }) {
  const index = sourceIndex(c);
  const href = listedHref(index);
  return (
    <>
      <ol className="rows" aria-label={label}>
        {c.rows.map((r) => (
          <RowView key={r.id} c={c} r={r} href={href} />
        ))}
      </ol>
      <SourcesList index={index} />
    </>
  );
}

/** One side of a comparison: the version, its date, how it came to light, and how much of it is known. */
export function VersionPanel({ v, side, href }: { v: VersionInfo; side: string; href: string }) {
  return (
    <section className="panel" aria-label={`${side}: ${v.shortTitle}`}>
      <h2 style={{ marginTop: 0 }}>
        <span className="sr-only">{side}: </span>
        <a href={href}>{v.title}</a>
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

/** Both sides of a comparison. */
export function VersionPanels({ c }: { c: Comparison }) {
  const { left, right } = c.provenance;
  return (
    <div className="sides">
      <VersionPanel v={left} side="Left" href={`/plans/${left.id}`} />
      <VersionPanel v={right} side="Right" href={`/plans/${right.id}`} />
    </div>
  );
}

/** What changed, in one line, with whether the line is the editors' or generated from the texts, and the figures each side holds. */
function ChangeLine({ r }: { r: Row }) {
  const ch = r.change;
  if (!ch || (!ch.statement && !ch.figures.length)) return null;
  const reported = ch.figures.filter((f) => f.status === 'reported');
  return (
    <div className="change-line">
      {ch.statement ? (
        <p>
          <strong>What changed:</strong> {ch.statement}
          {ch.statementBy === 'generated' ? <span className="muted"> (generated from the texts{ch.classes.length ? `: ${ch.classes.join(', ')}` : ''})</span> : null}
        </p>
      ) : null}
      {reported.length ? (
        <p>
          Figures reported:{' '}
          {reported.map((f, i) => (
            <span key={i}>
              {i > 0 ? '; ' : ''}
              {f.figure} ({f.side === 'left' ? 'left' : f.side === 'right' ? 'right' : 'on what became of it'}: {f.who}, {f.outlet}, said on {f.date})
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
