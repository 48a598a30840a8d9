import type { RowPoint } from '../../lib/schema';
import { WORDING_NOTE } from '../../lib/export/common';
import { directHref, type SourceHref } from './claims';

/** Where a text's words come from, said plainly; only verbatim text is presented as the document's wording. */
export function WordingNote({ p, href = directHref }: { p: RowPoint; href?: SourceHref }) {
  if (p.status !== 'known' || !p.wording) return null;
  const from = p.wordingFrom.map((s, i) => (
    <span key={s.url}>
      {i > 0 ? ', ' : ''}
      <a href={href(s.url)} rel={href(s.url).startsWith('#') ? undefined : 'noopener noreferrer'}>{s.outlet}</a> ({s.published})
    </span>
  ));
  const lead =
    p.wording === 'verbatim'
      ? 'Verbatim, as reprinted by '
      : p.wording === 'partial'
        ? 'Partial wording (gaps marked […]), from '
        : p.wording === 'back-translation'
          ? `Back-translation${p.wordingLanguage ? ` from ${p.wordingLanguage}` : ''}, not the official wording; from `
          : 'Content only: plandiff’s paraphrase, not the official wording; based on ';
  return (
    <p className="wording">
      {lead}
      {from}.{p.wordingMissing ? ` Missing: ${p.wordingMissing}` : ''}
    </p>
  );
}

export function PointBody({ p, href }: { p: RowPoint; href?: SourceHref }) {
  if (p.status === 'unknown' || p.text == null) {
    return <p className="point-text muted">Content not public: this point exists, but no source has published or described it.</p>;
  }
  if (p.status === 'reported') {
    return (
      <p className="point-text">
        <span className="sr-only">Reported, no text: </span>
        {p.text}
      </p>
    );
  }
  const verbatim = p.wording === 'verbatim';
  return (
    <>
      <p className={`point-text${verbatim ? '' : ' not-verbatim'}`}>
        {!verbatim && p.wording ? <span className="sr-only">{WORDING_NOTE[p.wording]}: </span> : null}
        {p.text}
      </p>
      <WordingNote p={p} href={href} />
    </>
  );
}

export function pointName(p: RowPoint): string {
  return p.n != null ? `Point ${p.n}` : `${p.label ?? p.ref} (position not known)`;
}
