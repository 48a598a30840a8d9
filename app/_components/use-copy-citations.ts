'use client';
import { useCallback, useEffect, useRef } from 'react';
import type { Comparison } from '../../lib/schema';

/** Where the page's comparison comes from when a row is cited: in memory, or the pre-rendered pair's JSON export. */
export type ComparisonSource = { comparison: Comparison } | { url: string };

/**
 * Copy a citation: its `{origin}` placeholder becomes this page's origin, so the permalink is absolute. Also wires
 * every row's `button[data-cite-row]` in the page to it: a row citation is made when asked for, from the comparison
 * (fetched once from the pair's JSON export on a pre-rendered page) by the same lib/export code as the exports.
 */
export function useCopyCitations(say: (message: string) => void, source?: ComparisonSource) {
  const copy = useCallback(
    async (raw: string | Promise<string>) => {
      const text = (await raw).split('{origin}').join(window.location.origin);
      try {
        await navigator.clipboard.writeText(text);
        say('Citation copied to the clipboard.');
      } catch {
        window.prompt('Copy the citation:', text);
      }
    },
    [say],
  );
  const loaded = useRef<Promise<Comparison> | null>(null);
  const sourceRef = useRef(source);
  sourceRef.current = source;
  useEffect(() => {
    const comparison = (): Promise<Comparison> => {
      const s = sourceRef.current;
      if (s && 'comparison' in s) return Promise.resolve(s.comparison);
      if (!s) return Promise.reject(new Error('no comparison on this page'));
      loaded.current ??= fetch(s.url).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<Comparison>;
      });
      return loaded.current;
    };
    const rowCitation = async (anchor: string, format: 'text' | 'markdown') => {
      const [{ citeRow }, c] = await Promise.all([import('../../lib/export/citation'), comparison()]);
      const r = c.rows.find((x) => x.anchor === anchor);
      if (!r) throw new Error(`no row ${anchor}`);
      return citeRow(c, r, format, '{origin}');
    };
    const onClick = (e: MouseEvent) => {
      const btn = (e.target as HTMLElement | null)?.closest<HTMLButtonElement>('button[data-cite-row]');
      if (!btn) return;
      const format = btn.dataset.citeFormat === 'markdown' ? 'markdown' : 'text';
      copy(rowCitation(btn.dataset.citeRow ?? '', format)).catch(() => say('The citation could not be made: the comparison did not load.'));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [copy, say]);
  return copy;
}
