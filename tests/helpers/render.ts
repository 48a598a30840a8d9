import { compare } from '../../lib/compare/compare';
import { citeComparison, toCsv, toJson, toMarkdown } from '../../lib/export';
import { pairContext, type EditedPair } from './gen';

/** Every output of one pair that must be byte-identical wherever and whenever it is made: JSON, CSV, Markdown, citation. */
export function renderPair(p: EditedPair): string[] {
  const ab = compare(p.a, p.b, pairContext(p));
  const ba = compare(p.b, p.a, pairContext(p, true));
  return [toJson(ab), toJson(ba), toCsv(ab, 'https://plandiff.example'), toMarkdown(ba, 'https://plandiff.example'), citeComparison(ab, 'markdown', '')];
}
