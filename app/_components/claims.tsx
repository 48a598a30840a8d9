import type { RowClaim, RowSource } from '../../lib/schema';

/**
 * Where a source's link points. On a comparison page every source is listed once, at the foot of the page, and
 * rows link to that entry (`#s3`); elsewhere (a plan page, a pasted draft) the link is the source's own URL.
 */
export type SourceHref = (url: string) => string;
export const directHref: SourceHref = (url) => url;

const rel = (href: string) => (href.startsWith('#') ? undefined : 'noopener noreferrer');

export function Claims({ claims, href = directHref }: { claims: RowClaim[]; href?: SourceHref }) {
  if (!claims.length) return null;
  return (
    <ul className="claims" aria-label="Claims">
      {claims.map((c, i) => (
        <li key={`${c.source}-${i}`}>
          <strong>{c.who}</strong>, <a href={href(c.url)} rel={rel(href(c.url))}>{c.outlet}</a>, {c.date}
          {c.stance ? <> [<em>{c.stance}</em>]</> : null}: {c.said}
          {c.about === 'relation' ? <span className="muted"> (on what became of the point)</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function SourceList({ sources, label = 'Sources', href = directHref }: { sources: RowSource[]; label?: string; href?: SourceHref }) {
  if (!sources.length) return null;
  return (
    <p className="sources">
      {label}:{' '}
      {sources.map((s, i) => (
        <span key={`${s.id}-${i}`}>
          {i > 0 ? '; ' : ''}
          <a href={href(s.url)} rel={rel(href(s.url))}>{s.outlet}</a>, {s.published} <span className="muted">({s.kind.replace('-', ' ')})</span>
        </span>
      ))}
    </p>
  );
}
