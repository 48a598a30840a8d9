import type { RowClaim, RowSource } from '../../lib/schema';

export function Claims({ claims }: { claims: RowClaim[] }) {
  if (!claims.length) return null;
  return (
    <ul className="claims" aria-label="Claims">
      {claims.map((c, i) => (
        <li key={`${c.source}-${i}`}>
          <strong>{c.who}</strong>, <a href={c.url} rel="noopener noreferrer">{c.outlet}</a>, {c.date}
          {c.stance ? <> [<em>{c.stance}</em>]</> : null}: {c.said}
          {c.about === 'relation' ? <span className="muted"> (on what became of the point)</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function SourceList({ sources, label = 'Sources' }: { sources: RowSource[]; label?: string }) {
  if (!sources.length) return null;
  return (
    <p className="sources">
      {label}:{' '}
      {sources.map((s, i) => (
        <span key={`${s.id}-${i}`}>
          {i > 0 ? '; ' : ''}
          <a href={s.url} rel="noopener noreferrer">{s.outlet}</a>, {s.published} <span className="muted">({s.kind.replace('-', ' ')})</span>
        </span>
      ))}
    </p>
  );
}
