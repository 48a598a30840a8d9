import type { Comparison, Row } from '../schema';
import { permalink, pointText, pointsWord, rowHeadline } from './common';

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const inline = (s: string) => s.replace(/([*_~`[\]])/g, '\\$1');

export function diffMarkdown(r: Row): string | null {
  if (!r.diff || r.diff.segments.every((s) => s.op === 'same')) return null;
  return r.diff.segments.map((s) => (s.op === 'same' ? inline(s.text) : s.op === 'del' ? `~~${inline(s.text)}~~` : `**${inline(s.text)}**`)).join('');
}

/** A Markdown report a reporter can paste: header with provenance, summary, then one table row per aligned row. */
export function toMarkdown(c: Comparison, base = ''): string {
  const { left, right } = c.provenance;
  const lines = [
    `# ${left.title} → ${right.title}`,
    '',
    `${c.summary.text}`,
    '',
    `- ${left.shortTitle}: ${left.date}, ${left.channel}, known as of ${left.knownAsOf} (${left.counts.known} known, ${left.counts.reported} reported, ${left.counts.unknown} not public)`,
    `- ${right.shortTitle}: ${right.date}, ${right.channel}, known as of ${right.knownAsOf} (${right.counts.known} known, ${right.counts.reported} reported, ${right.counts.unknown} not public)`,
    `- plandiff corpus version ${c.provenance.corpusVersion} (${c.provenance.corpusDate}); permalink: ${permalink(base, c)}`,
    ...c.provenance.notes.map((n) => `- Note: ${n}`),
    '',
    `| Row | ${cell(left.shortTitle)} | ${cell(right.shortTitle)} | Change | Sources |`,
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of c.rows) {
    const l = r.left.map((p) => `${pointsWord([p])}: ${pointText(p)}`).join('<br>') || '—';
    const rt = r.right.map((p) => `${pointsWord([p])}: ${pointText(p)}`).join('<br>') || '—';
    const diff = diffMarkdown(r);
    const change = [rowHeadline(r), diff ? `Diff: ${diff}` : '', ...r.diff?.numbers.map((n) => `number ${n.from} → ${n.to}`) ?? [], r.rationale ?? '']
      .filter(Boolean)
      .join('<br>');
    const claims = r.claims.map((cl) => `${cl.who} (${cl.outlet}, ${cl.date})${cl.stance ? ` [${cl.stance}]` : ''}: ${cl.said}`);
    const sources = r.sources.map((s) => `[${s.outlet}, ${s.published}](${s.url})`);
    lines.push(
      `| [${cell(r.anchor)}](${permalink(base, c, r)}) | ${cell(l)} | ${cell(rt)} | ${cell(change)} | ${cell([...claims, ...sources].join('<br>') || '—')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
