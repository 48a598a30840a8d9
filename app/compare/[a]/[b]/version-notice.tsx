'use client';
/**
 * What a reader of an older citation needs to know: the corpus version the link was cited under, the corrections
 * that came since for these two versions, and whether the cited row (the one in the fragment) was touched.
 * Shared by the compare page and its as-cited view.
 */
import { useSyncExternalStore, type ReactNode } from 'react';

export type Correction = { version: string; date: string; summary: string; plan: string; points: string[] };

export type NoticeProps = {
  /** The corpus version the page shows now. */
  corpusVersion: string;
  /** Every version in the corrections log, oldest first. */
  versions: string[];
  /** Versions whose corpus is archived, so a diff cited under them can be shown as it was. */
  archived: string[];
  /** Corrections-log entries that touch either plan: version, date, summary, points touched (empty = whole plan). */
  corrections: Correction[];
  leftId: string;
  rightId: string;
};

const HASH_SET = 'plandiff:hash';
const HASH_EVENTS = ['hashchange', 'popstate', HASH_SET];

function subscribeToHash(onChange: () => void): () => void {
  HASH_EVENTS.forEach((e) => window.addEventListener(e, onChange));
  return () => HASH_EVENTS.forEach((e) => window.removeEventListener(e, onChange));
}

/** A fragment as an element id: percent-decoded when it decodes, as typed when it does not (a stray `%`). */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The row anchor in the URL fragment, read from the location at every render. */
export function useFragment(): string {
  return useSyncExternalStore(subscribeToHash, () => fragmentId(window.location.hash), () => '');
}

/** After history.replaceState (which fires no event), tell fragment readers the fragment changed. */
export function announceFragment() {
  window.dispatchEvent(new Event(HASH_SET));
}

const order = (v: string) => v.split('.').map((x) => x.padStart(4, '0')).join('.');

export function VersionNotice({
  cited,
  anchor,
  rowRefs,
  corpusVersion,
  versions,
  corrections,
  leftId,
  rightId,
  children,
  rowNow,
}: NoticeProps & {
  cited: string;
  anchor: string;
  rowRefs: Record<string, { left: string[]; right: string[] }>;
  /** When both comparisons are at hand: whether the cited row reads the same now, differently, or is gone. */
  rowNow?: 'same' | 'changed' | 'gone';
  children?: ReactNode;
}) {
  const known = versions.includes(cited);
  const since = known ? corrections.filter((c) => order(c.version) > order(cited)) : [];
  const refs = anchor ? rowRefs[anchor] : undefined;
  const touches = (c: Correction) =>
    !!refs && ((c.plan === leftId && (c.points.length === 0 || c.points.some((p) => refs.left.includes(p)))) || (c.plan === rightId && (c.points.length === 0 || c.points.some((p) => refs.right.includes(p)))));
  const rowChanged = since.filter(touches);
  return (
    <div className="warn" role="note" data-testid="version-notice">
      <p>
        This link was cited under corpus version <strong>{cited}</strong>; the corpus is now at <strong>{corpusVersion}</strong>.
        {!known ? ' That version is not in the corrections log.' : since.length ? ` ${since.length} correction(s) touching these versions came since:` : ' No correction touching these two versions came since.'}
      </p>
      {since.length ? (
        <ul>
          {since.map((c, i) => (
            <li key={i}>
              {c.version} ({c.date}), {c.plan}
              {c.points.length ? ` points ${c.points.join(', ')}` : ''}: {c.summary}
            </li>
          ))}
        </ul>
      ) : null}
      {known && refs ? (
        <p data-testid="cited-row">
          {rowNow === 'same'
            ? `The cited row (${anchor}) reads the same in the current corpus.`
            : rowNow === 'gone'
              ? `The cited row (${anchor}) is not in the current comparison.`
              : rowNow === 'changed'
                ? `The cited row (${anchor}) reads differently in the current corpus${rowChanged.length ? ` (corrections touching its points: ${[...new Set(rowChanged.map((c) => c.version))].join(', ')})` : ''}.`
                : rowChanged.length
                  ? `The cited row (${anchor}) may have changed since: corrections touching its points: ${[...new Set(rowChanged.map((c) => c.version))].join(', ')}.`
                  : `No correction since touches the points of the cited row (${anchor}).`}
        </p>
      ) : null}
      {children}
    </div>
  );
}
