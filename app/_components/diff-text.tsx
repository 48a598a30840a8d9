import type { Row } from '../../lib/schema';

/** A word diff rendered from the engine's segments: <del>/<ins> with words for screen readers, never raw HTML. */
export function DiffText({ diff }: { diff: NonNullable<Row['diff']> }) {
  return (
    <p className="point-text diff">
      {diff.segments.map((s, i) =>
        s.op === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'del' ? (
          <del key={i}>
            <span className="sr-only">[deleted: </span>
            {s.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i}>
            <span className="sr-only">[inserted: </span>
            {s.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
