import type { History, HistoryCell } from '../schema';
import { KIND_LABEL } from '../compare/summary';
import { csvCell } from './csv';
import { mdText } from './markdown';

/** A cell in a few words a reader can scan: "changed (known)", "dropped (reported)", "not public". */
export function cellWords(c: HistoryCell): string {
  switch (c.state) {
    case 'present':
      return c.kind ? `${KIND_LABEL[c.kind]}${c.status ? ` (${c.status})` : ''}` : `first appears (${c.status ?? 'known'})`;
    case 'not-yet':
      return 'not in this version';
    case 'not-public':
      return 'not public';
    case 'not-reported':
      return 'not reported';
    case 'possible':
      return 'possible match: check';
    case 'not-addressed':
      return 'not addressed';
    case 'still-absent':
      return 'still absent';
    default:
      return `${c.state}${c.status ? ` (${c.status})` : ''}`;
  }
}

/** Each cell's points as "6", "army-size", "3+5". */
const refs = (c: HistoryCell) => c.points.map((p) => p.ref).join('+');

export function historyMarkdown(h: History): string {
  const short = new Map(h.versions.map((v) => [v.id, v.shortTitle]));
  const lines = [
    `# ${h.conflict}: provisions through every version`,
    '',
    `plandiff corpus version ${h.corpusVersion} (${h.corpusDate}).`,
    '',
    `| Provision | ${h.versions.map((v) => `${mdText(v.shortTitle)} (${v.date})`).join(' | ')} |`,
    `| --- | ${h.versions.map(() => '---').join(' | ')} |`,
  ];
  for (const p of h.provisions) {
    lines.push(`| ${mdText(p.title)} | ${p.cells.map((c) => mdText(`${cellWords(c)}${refs(c) ? `, point ${refs(c)}` : ''}`)).join(' | ')} |`);
  }
  for (const p of h.provisions.filter((x) => x.figures.length)) {
    lines.push('', `## ${mdText(p.title)}: figures`, '');
    for (const f of p.figures) lines.push(`- ${mdText(short.get(f.version) ?? f.version)}: ${mdText(f.figure)} (${f.status}${f.who ? `, ${mdText(f.who)}, ${mdText(f.outlet ?? '')}, ${f.date}` : ''})`);
  }
  if (h.unplaced.length) lines.push('', `Points no provision reaches through the relations: ${h.unplaced.map((u) => `${u.version} ${u.ref}`).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

export const HISTORY_CSV_COLUMNS = ['provision', 'title', 'version', 'date', 'state', 'kind', 'status', 'points', 'from', 'basis', 'via', 'change', 'figures', 'claims', 'sources', 'corpus_version'] as const;

export function historyCsv(h: History): string {
  const date = new Map(h.versions.map((v) => [v.id, v.date]));
  const out = [HISTORY_CSV_COLUMNS.join(',')];
  for (const p of h.provisions) {
    for (const c of p.cells) {
      const figs = p.figures.filter((f) => f.version === c.version).map((f) => `${f.figure} (${f.status}${f.who ? `, ${f.who}` : ''})`);
      out.push(
        [
          p.id, p.title, c.version, date.get(c.version) ?? '', c.state, c.kind ?? '', c.status ?? '', refs(c), c.from ?? '', c.basis ?? '', c.via.join(' '),
          c.change?.statement ?? '', figs.join('\n'),
          c.claims.map((cl) => `${cl.who} (${cl.outlet}, ${cl.date})${cl.stance ? ` [${cl.stance}]` : ''}: ${cl.said}`).join('\n'),
          c.sources.map((s) => `${s.outlet}, ${s.published}, ${s.url}`).join('\n'),
          h.corpusVersion,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${out.join('\r\n')}\r\n`;
}
