import type { Corpus } from '../corpus/corpus';
import { plansByDate } from '../corpus/corpus';
import { pointRef } from '../schema';

/**
 * Where every point's wording comes from, plan by plan, as Markdown: the provenance table behind
 * plans/SOURCES.md (regenerated with `npm run plandiff -- sources > plans/SOURCES.md`; a test keeps it current).
 */
export function sourcesReport(corpus: Corpus): string {
  const out = [
    '# Where each plan’s wording comes from',
    '',
    `Generated from the corpus (version ${corpus.version}) by \`npm run plandiff -- sources\`; do not edit by hand.`,
    'Status: known (the version was published in full), reported (described by named sources, no text), unknown (content not public).',
    'Wording held for a known point: verbatim (the document’s words, at the named reprint), partial (verbatim fragments),',
    'back-translation (English made from a translation), paraphrase (content only, our words). Only verbatim is shown as the document’s wording.',
    '',
  ];
  for (const p of plansByDate(corpus)) {
    const src = new Map(p.sources.map((s) => [s.id, s]));
    out.push(`## ${p.title} (\`${p.id}\`)`, '');
    const primary = [...new Set(p.points.flatMap((pt) => (pt.status === 'known' ? pt.sources : [])))].sort();
    if (primary.length) out.push(`Primary source${primary.length > 1 ? "s" : ""}: ${primary.map((id) => `${src.get(id)!.outlet}, ${src.get(id)!.published}, ${src.get(id)!.url}`).join('; ')}`, '');
    const counts: Record<string, number> = {};
    for (const pt of p.points) {
      const k = pt.status === 'known' ? pt.wording.kind : pt.status;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    out.push(`In all: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}.`, '');
    out.push('| point | status | wording held | from |', '| --- | --- | --- | --- |');
    for (const pt of p.points) {
      if (pt.status === 'known') {
        const w = pt.wording;
        out.push(`| ${pointRef(pt)} | known | ${w.kind}${w.language ? ` (from ${w.language})` : ''} | ${w.sources.map((s) => src.get(s)?.outlet ?? s).join('; ')} |`);
      } else if (pt.status === 'reported') {
        out.push(`| ${pointRef(pt)} | reported | — | ${[...new Set(pt.claims.map((c) => src.get(c.source)?.outlet ?? c.source))].join('; ')} |`);
      } else out.push(`| ${pointRef(pt)} | unknown | — | — |`);
    }
    out.push('');
    if (p.missing) out.push(`Known to be missing: ${p.missing}`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
