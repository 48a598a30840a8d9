import type { Comparison, Row } from '../schema';
import { ORIGIN_WORD, howFound, permalink, pointText, pointsWord, provenanceLine, rowHeadline } from './common';

/**
 * Text from the data, made inert for Markdown: its own markup characters are escaped, angle brackets become
 * entities (a renderer must not take plan text for HTML), line breaks become <br> so a table row stays one line,
 * and pipes are escaped so they cannot split a cell. Applied once, to data only; the markup we add is not escaped.
 */
export function mdText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/([*_~`[\]#|])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** `~~old~~ **new**`, with white space kept outside the markers, where CommonMark needs it to close them. */
function mark(text: string, m: '~~' | '**'): string {
  const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return body ? `${mdText(lead!)}${m}${mdText(body)}${m}${mdText(trail!)}` : mdText(text);
}

export function diffMarkdown(r: Row): string | null {
  if (!r.diff || r.diff.segments.every((s) => s.op === 'same')) return null;
  return r.diff.segments.map((s) => (s.op === 'same' ? mdText(s.text) : mark(s.text, s.op === 'del' ? '~~' : '**'))).join('');
}

/** A Markdown report a reporter can paste: header with provenance, summary, then one table row per aligned row. */
export function toMarkdown(c: Comparison, base = ''): string {
  const { left, right } = c.provenance;
  const link = permalink(base, c);
  const lines = [
    `# ${mdText(left.title)} → ${mdText(right.title)}`,
    '',
    mdText(c.summary.text),
    '',
    ...[left, right].map(
      (v) =>
        `- ${mdText(v.shortTitle)}: ${v.date}, ${v.channel}, known as of ${v.knownAsOf} (${v.counts.known} known, ${v.counts.reported} reported, ${v.counts.unknown} not public)${v.origin === 'corpus' ? '' : `; ${mdText(v.id)} is a ${ORIGIN_WORD[v.origin]}`}`,
    ),
    link == null ? `- ${mdText(provenanceLine(c))}` : `- plandiff corpus version ${c.provenance.corpusVersion} (${c.provenance.corpusDate}); permalink: ${link}`,
    ...c.provenance.notes.map((n) => `- Note: ${mdText(n)}`),
    '',
    `| Row | ${mdText(left.shortTitle)} | ${mdText(right.shortTitle)} | Change | Sources |`,
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of c.rows) {
    const side = (ps: Row['left']) => ps.map((p) => mdText(`${pointsWord([p])}: ${pointText(p)}`)).join('<br>') || '—';
    const diff = diffMarkdown(r);
    const change = [
      mdText(rowHeadline(r)),
      howFound(r) && r.basis !== 'curated' ? mdText(howFound(r)) : '',
      diff ? `Diff: ${diff}` : '',
      ...(r.diff?.numbers.map((n) => mdText(`number ${n.from} → ${n.to}`)) ?? []),
      r.rationale ? mdText(r.rationale) : '',
    ]
      .filter(Boolean)
      .join('<br>');
    const claims = r.claims.map((cl) => mdText(`${cl.who} (${cl.outlet}, ${cl.date})${cl.stance ? ` [${cl.stance}]` : ''}: ${cl.said}`));
    const sources = r.sources.map((s) => `[${mdText(`${s.outlet}, ${s.published}`)}](${s.url})`);
    const rowLink = permalink(base, c, r);
    lines.push(`| ${rowLink == null ? r.anchor : `[${r.anchor}](${rowLink})`} | ${side(r.left)} | ${side(r.right)} | ${change} | ${[...claims, ...sources].join('<br>') || '—'} |`);
  }
  return `${lines.join('\n')}\n`;
}
