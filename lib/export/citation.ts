import type { Comparison, Row } from '../schema';
import { STATUS_WORD, attribution, kindWord, permalink, pointsWord, provenanceLine, rowSentence } from './common';

export type CitationFormat = 'text' | 'markdown';

/**
 * A ready-to-paste citation: what changed, how sure (status in words), who says so (outlet, date, URL), under
 * which corpus version, and the permalink that shows the same row later. A comparison with a file or a paste says
 * which side is not part of the corpus and carries no permalink (the CLI's `cite` refuses files altogether).
 */
export function citeRow(c: Comparison, r: Row, format: CitationFormat = 'text', base = ''): string {
  const { left, right, corpusVersion } = c.provenance;
  const link = permalink(base, c, r);
  // First line: one sentence that can be quoted and attributed as it stands.
  const lines = [`${rowSentence(c, r)} (${attribution(r)}).`];
  const how = [
    `${kindWord(r.kind)}, ${STATUS_WORD[r.status]}`,
    r.change?.statementBy === 'generated' && r.change.statement ? `generated from the texts: ${r.change.statement}` : '',
    r.basis === 'computed' && r.evidence ? r.evidence.text : '',
    r.basis === 'composed' ? `paired through ${r.via.join(', ')}` : '',
    r.disagree ? 'sources disagree' : '',
  ].filter(Boolean);
  lines.push(`${left.title}, ${pointsWord(r.left)} → ${right.title}, ${pointsWord(r.right)}: ${how.join('; ')}.`);
  const claims = r.claims.map((cl) => `${cl.who}, ${cl.outlet}, said on ${cl.date}${cl.stance ? ` [${cl.stance}]` : ''}`);
  if (claims.length) lines.push(`Claims: ${claims.join('; ')}.`);
  const srcs = r.sources.map((s) => (format === 'markdown' ? `[${s.outlet}, ${s.published}](${s.url})` : `${s.outlet}, published ${s.published}, ${s.url}`));
  if (srcs.length) lines.push(`Sources: ${srcs.join('; ')}.`);
  if (link == null) lines.push(`Row ${r.id}; ${provenanceLine(c)}.`);
  else lines.push(format === 'markdown' ? `plandiff corpus ${corpusVersion}, [${r.id}](${link})` : `plandiff corpus ${corpusVersion}, row ${r.id}: ${link}`);
  return lines.join('\n');
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
