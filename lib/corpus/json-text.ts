/**
 * JSON.parse with an error that names line and column. V8 reports a character offset ("at position 123");
 * editors think in lines, so the offset is converted here.
 */
export type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

export function parseJsonText(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(raw);
    let offset = m ? Number(m[1]) : text.length;
    const lc = /line (\d+) column (\d+)/.exec(raw);
    if (lc) return { ok: false, line: Number(lc[1]), column: Number(lc[2]), message: cleanMessage(raw) };
    if (offset > text.length) offset = text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { ok: false, line, column, message: cleanMessage(raw) };
  }
}

function cleanMessage(raw: string): string {
  return raw
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/^JSON\.parse: /, '');
}
