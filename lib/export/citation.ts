import type { Comparison, Row } from '../schema';
import { STATUS_WORD, kindWord, permalink, pointsWord, provenanceLine } from './common';

export type CitationFormat = 'text' | 'markdown';

/**
 * A ready-to-paste citation: what changed, how sure (status in words), who says so (outlet, date, URL), under
 * which corpus version, and the permalink that shows the same row later. A comparison with a file or a paste says
 * which side is not part of the corpus and carries no permalink (the CLI's `cite` refuses files altogether).
 */
export function citeRow(c: Comparison, r: Row, format: CitationFormat = 'text', base = ''): string {
  const { left, right, corpusVersion } = c.provenance;
  const link = permalink(base, c, r);
  const head = `${left.title}, ${pointsWord(r.left)} → ${right.title}, ${pointsWord(r.right)}: ${kindWord(r.kind)} (${STATUS_WORD[r.status]}${r.basis === 'computed' ? `; computed by text similarity, score ${r.score}` : ''}${r.disagree ? '; sources disagree' : ''}).`;
  const claims = r.claims.map((cl) => `${cl.who}, ${cl.outlet}, ${cl.date}${cl.stance ? ` [${cl.stance}]` : ''}`);
  const srcs = r.sources.map((s) => (format === 'markdown' ? `[${s.outlet}, ${s.published}](${s.url})` : `${s.outlet}, ${s.published}, ${s.url}`));
  const parts = [head];
  if (claims.length) parts.push(`Claims: ${claims.join('; ')}.`);
  if (srcs.length) parts.push(`Sources: ${srcs.join('; ')}.`);
  if (link == null) parts.push(`Row ${r.id}; ${provenanceLine(c)}.`);
  else parts.push(format === 'markdown' ? `plandiff corpus ${corpusVersion}, [${r.id}](${link})` : `plandiff corpus ${corpusVersion}, row ${r.id}: ${link}`);
  return parts.join(' ');
}

export function citeComparison(c: Comparison, format: CitationFormat = 'text', base = ''): string {
  const { left, right, corpusVersion, corpusDate } = c.provenance;
  const link = permalink(base, c);
  const filtered = c.provenance.notes.find((n) => n.startsWith('Filtered'));
  const head = `plandiff comparison: ${left.title} (${left.date}) → ${right.title} (${right.date}). ${c.summary.text}.${filtered ? ` ${filtered}` : ''}`;
  if (link == null) return `${head} ${provenanceLine(c)}; known as of ${left.knownAsOf} and ${right.knownAsOf}.`;
  const tail = `Corpus version ${corpusVersion} (${corpusDate}); known as of ${left.knownAsOf} and ${right.knownAsOf}.`;
  return format === 'markdown' ? `${head} ${tail} [Permalink](${link})` : `${head} ${tail} ${link}`;
}
