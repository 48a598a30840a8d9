import type { Row } from '../../lib/schema';

/** A word diff rendered from the engine's segments: <del>/<ins> with words for screen readers, never raw HTML. */
export function DiffText({ diff }: { diff: NonNullable<Row['diff']> }) {
  return (
    <p className="point-text diff">
      {diff.segments.map((s, i) =>
        s.op === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'del' ? (
          <del key={i} className={s.trivial ? 'trivial' : undefined}>
            <span className="sr-only">{s.trivial ? '[typography, deleted: ' : '[deleted: '}</span>
            {s.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i} className={s.trivial ? 'trivial' : undefined}>
            <span className="sr-only">{s.trivial ? '[typography, inserted: ' : '[inserted: '}</span>
            {s.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
