import type { Row } from '../schema';
import { hash53 } from '../corpus/hash';

/**
 * A row's fingerprint over what a reader reads in it: the change and its status, each side's text and where its
 * words come from, the claims, the sources' outlets and links, the word diff, the line saying what changed, and
 * scores as the page rounds them. Two rows with the same fingerprint read the same, so an old citation can say
 * whether its row still does; an edit to a note no page shows (a source's internal title) does not count.
 */
export function rowFingerprint(r: Row): string {
  const pct = (x: number | null) => (x == null ? null : Math.round(x * 100));
  return hash53(
    JSON.stringify([
      r.kind,
      r.status,
      r.basis,
      r.via,
      [r.left, r.right].map((ps) => ps.map((p) => [p.ref, p.status, p.label, p.text, p.wording, p.wordingFrom.map((w) => [w.outlet, w.url, w.published]), p.wordingMissing])),
      r.claims.map((c) => [c.who, c.outlet, c.url, c.date, c.said, c.stance, c.about]),
      r.sources.map((s) => [s.outlet, s.url, s.published, s.kind]),
      r.diff?.segments ?? null,
      r.change ? [r.change.statement, r.change.classes, r.change.figures.map((f) => [f.figure, f.status, f.who])] : null,
      r.candidates.map((c) => [c.ref, pct(c.score)]),
      pct(r.score),
      r.disagree,
    ]),
  );
}
