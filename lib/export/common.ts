import type { Comparison, Origin, Row, RowKind, RowPoint, Status, WordingKind } from '../schema';
import { KIND_LABEL } from '../compare/summary';

/** Both sides come from the corpus: only then does the comparison have a corpus version, relations and a permalink. */
export const fromCorpus = (c: Comparison) => c.provenance.left.origin === 'corpus' && c.provenance.right.origin === 'corpus';

/** A side's provenance in words, for exports: "corpus", "file, not part of the corpus", "pasted text, not part of the corpus". */
export const ORIGIN_WORD: Record<Origin, string> = {
  corpus: 'corpus',
  file: 'file, not part of the corpus',
  pasted: 'pasted text, not part of the corpus',
};

/**
 * What the corpus version vouches for when a side is not from the corpus: only the corpus side(s), and why there is
 * no permalink. For example "file:beta-3: file, not part of the corpus; plandiff corpus version V (date) for alpha-3
 * only; no permalink".
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
  if (r.change?.statement) bits.push(`${r.change.statementBy === 'generated' ? 'generated from the texts: ' : ''}${r.change.statement}`);
  return bits.join(', ');
}

/** How a row was found, in words: through which versions, or by what evidence (computed rows). */
export function howFound(r: Row): string {
  if (r.basis === 'composed') return `paired through ${r.via.join(', ')}`;
  if (r.basis === 'computed' && r.evidence) return r.evidence.text;
  if (r.kind === 'unpaired' && r.candidates.length) return `candidates: ${r.candidates.map((c) => `point ${c.ref} (similarity ${Math.round(c.score * 100)} of 100)`).join(', ')}`;
  return r.basis === 'curated' ? 'related by reading both texts and the sources' : '';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** 2025-11-23 -> "23 Nov 2025": the form a reader's sentence takes. */
export function dayMonthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

const the = (shortTitle: string) => (/^the\s/i.test(shortTitle) ? shortTitle : `the ${shortTitle}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const named = (p: RowPoint) => (p.n != null ? `point ${p.n}` : `the point on “${p.label ?? p.ref}”`);
const namedAll = (ps: RowPoint[]) => (ps.length === 1 ? named(ps[0]!) : `points ${ps.map((p) => (p.n != null ? p.n : p.label ?? p.ref)).join(', ')}`);
const label = (ps: RowPoint[]) => (ps.length === 1 && ps[0]!.label && ps[0]!.n != null ? ` (${ps[0]!.label})` : '');

/**
 * Who the row's right-hand side rests on, for the parenthesis of a citation: the copy its text is held from, or the
 * first source that reports it. "point 6; text published by The Straits Times (Reuters), 24 Nov 2025".
 */
export function attribution(r: Row): string {
  const side = r.right.length ? r.right : r.left;
  const where = namedAll(side);
  const disagree = r.disagree ? '; sources disagree' : '';
  const cited = (cl: Row['claims'][number]) => `${cl.outlet}${/unnamed/i.test(cl.who) ? '' : `, citing ${cl.who.replace(/\s*\(.*\)$/, '')}`}, ${dayMonthYear(cl.date)}`;
  const reportedBy = (cls: Row['claims']) => `reported by ${cited(cls[0]!)}${cls.length > 1 ? ` and ${cls.length - 1} other source${cls.length > 2 ? 's' : ''}` : ''}`;
  // What became of a point (dropped, moved, left open) rests on who reports it, not on where its text is held.
  const aboutRelation = r.claims.filter((c) => c.about === 'relation');
  if (r.status !== 'known' && aboutRelation.length && (!r.right.length || ['bracketed', 'moved'].includes(r.kind))) return `${where}; ${reportedBy(aboutRelation)}${disagree}`;
  const p = side[0];
  if (p?.status === 'known' && p.wordingFrom[0]) {
    const w = p.wordingFrom[0];
    return `${where}; ${p.wording === 'verbatim' ? 'text published by' : 'wording held from'} ${w.outlet}, ${dayMonthYear(w.published)}${disagree}`;
  }
  const mine = r.claims.filter((c) => c.side === (r.right.length ? 'right' : 'left'));
  const any = mine.length ? mine : r.claims;
  if (any.length) return `${where}; ${reportedBy(any)}${disagree}`;
  return `${where}; content not public`;
}

/**
 * The row as one sentence a reporter can quote and attribute: what the later version does to the earlier one's
 * point, in words, with the change's own line where there is one. Reported rows say "reportedly"; possible matches
 * and placeholders say what they are, never more.
 */
export function rowSentence(c: Comparison, r: Row): string {
  const L = the(c.provenance.left.shortTitle);
  const R = the(c.provenance.right.shortTitle);
  const reported = r.status !== 'known' ? 'reportedly ' : '';
  const ofLeft = `${namedAll(r.left)}${label(r.left)} of ${L}`;
  const st = r.change?.statement;
  switch (r.kind) {
    case 'possible':
      return `${cap(namedAll(r.right))} of ${R} may correspond to ${ofLeft}: a possible match to check${r.score != null ? ` (similarity ${Math.round(r.score * 100)} of 100)` : ''}`;
    case 'unpaired':
      return `${cap(r.left.length ? ofLeft : `${namedAll(r.right)} of ${R}`)} has no sure counterpart in ${r.left.length ? R : L}; candidates: ${r.candidates.map((x) => `point ${x.ref}`).join(', ')}`;
    case 'not-reported':
      return r.left.length ? `No source reports what became of ${ofLeft} in ${R}` : `${cap(namedAll(r.right))} of ${R}: ${r.right[0]?.status === 'unknown' ? 'content not public' : 'no source relates it to'} ${r.right[0]?.status === 'unknown' ? '' : L}`.trim();
    case 'not-in-excerpt':
      return `${cap(ofLeft)} is not in the excerpt`;
    case 'not-addressed':
      return `${cap(R)} does not address ${ofLeft}`;
    case 'unmatched':
      return `${cap(r.left.length ? ofLeft : `${namedAll(r.right)} of ${R}`)} has no counterpart in ${r.left.length ? R : L}`;
    case 'added':
      return `${cap(R)} ${reported}adds ${namedAll(r.right)}${label(r.right)}`;
    case 'dropped':
      return `${cap(R)} ${reported}drops ${ofLeft}`;
    case 'moved':
      return `${cap(R)} ${reported}moves ${ofLeft} to another document or track`;
    case 'kept':
      return `${cap(R)} ${reported}keeps ${ofLeft}${r.renumbered ? ` as ${namedAll(r.right)}` : ''}`;
    case 'renumbered':
      return `${cap(R)} ${reported}keeps ${ofLeft} as ${namedAll(r.right)}`;
    default:
      break;
  }
  if (st && r.change?.statementBy === 'curated') return `${cap(R)} ${reported}${st}`;
  const verb: Partial<Record<Row['kind'], string>> = {
    changed: 'changes',
    reworded: 'rewords',
    merged: 'merges',
    split: 'splits',
    bracketed: 'leaves open',
    linked: 'has its own version of',
    analogous: 'has an analogue of',
    endorses: 'endorses',
    implements: 'implements',
    elaborates: 'elaborates on',
    supersedes: 'supersedes',
  };
  const tail = st ? `: ${st}` : '';
  const via = r.via.length ? ` (through ${r.via.join(', ')})` : '';
  return `${cap(R)} ${reported}${verb[r.kind] ?? KIND_LABEL[r.kind]} ${ofLeft}${via}${tail}`;
}
