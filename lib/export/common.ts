import type { Comparison, Origin, Row, RowKind, RowPoint, Status, WordingKind } from '../schema';
import { KIND_LABEL } from '../compare/compare';

/** Both sides come from the corpus: only then does the comparison have a corpus version, relations and a permalink. */
export const fromCorpus = (c: Comparison) => c.provenance.left.origin === 'corpus' && c.provenance.right.origin === 'corpus';

/** A side's provenance in words, for exports: "corpus", "file, not part of the corpus", "pasted text, not part of the corpus". */
export const ORIGIN_WORD: Record<Origin, string> = {
  corpus: 'corpus',
  file: 'file, not part of the corpus',
  pasted: 'pasted text, not part of the corpus',
};

/**
 * What the corpus version vouches for, in one line: the whole comparison, or only its corpus side(s), and why there is
 * no permalink. For a comparison of two corpus versions: "plandiff corpus version V (date)".
 */
export function provenanceLine(c: Comparison): string {
  const { left, right, corpusVersion, corpusDate } = c.provenance;
  if (fromCorpus(c)) return `plandiff corpus version ${corpusVersion} (${corpusDate})`;
  const outside = [left, right].filter((v) => v.origin !== 'corpus');
  const inside = [left, right].filter((v) => v.origin === 'corpus');
  const what = outside.map((v) => `${v.id}: ${ORIGIN_WORD[v.origin]}`).join('; ');
  return inside.length
    ? `${what}; plandiff corpus version ${corpusVersion} (${corpusDate}) for ${inside.map((v) => v.id).join(' and ')} only; no permalink`
    : `${what}; neither side is from the plandiff corpus; no permalink`;
}

/**
 * Where a citation points: `${base}/compare/a/b?v=VERSION[&kind=…&status=…]#anchor`, the same URL state as the web
 * page, so a filtered view is cited as filtered. `base` is '' for a site-relative link. Null when a side is not from
 * the corpus: a file or a paste has no page to link to, and a link to a corpus page of the same id would vouch for
 * text the corpus does not hold.
 */
export function permalink(base: string, c: Comparison, row?: Row): string | null {
  if (!fromCorpus(c)) return null;
  const b = base.replace(/\/+$/, '');
  const filter = Object.entries(c.provenance.filter ?? {}).map(([k, v]) => `&${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('');
  const path = `${b}/compare/${c.provenance.left.id}/${c.provenance.right.id}?v=${encodeURIComponent(c.provenance.corpusVersion)}${filter}`;
  return row ? `${path}#${row.anchor}` : path;
}

export const STATUS_WORD: Record<Status, string> = { known: 'known', reported: 'reported', unknown: 'unknown' };

export const WORDING_NOTE: Record<WordingKind, string> = {
  verbatim: 'verbatim',
  partial: 'partial wording, gaps marked […]',
  'back-translation': 'back-translation, not the official wording',
  paraphrase: 'content only, plandiff paraphrase, not the official wording',
};

export function kindWord(k: RowKind): string {
  return KIND_LABEL[k];
}

/** "point 6", "points 2, 3, 4", "point army-size (position not known)", "—". */
export function pointsWord(ps: RowPoint[]): string {
  if (ps.length === 0) return '—';
  const refs = ps.map((p) => (p.n != null ? String(p.n) : `“${p.label ?? p.ref}” (position not known)`));
  return `${ps.length > 1 ? 'points' : 'point'} ${refs.join(', ')}`;
}

/** A point's text as exports show it: marked when it is not verbatim or only a report. */
export function pointText(p: RowPoint): string {
  if (p.status === 'unknown' || p.text == null) return 'Content not public.';
  if (p.status === 'reported') return `Reported (no text): ${p.text}`;
  return p.wording && p.wording !== 'verbatim' ? `${p.text} [${WORDING_NOTE[p.wording]}]` : p.text;
}

export function rowHeadline(r: Row): string {
  const kind = kindWord(r.kind);
  const bits = [`${kind} (${STATUS_WORD[r.status]}${r.basis === 'computed' ? `, computed, similarity ${r.score}` : ''}${r.disagree ? ', sources disagree' : ''})`];
  if (r.renumbered && r.kind !== 'renumbered') bits.push('renumbered');
  return bits.join(', ');
}
