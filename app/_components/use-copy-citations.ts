'use client';
import { useCallback, useEffect } from 'react';

/**
 * Copy a citation prepared on the server: its `{origin}` placeholder becomes this page's origin, so the permalink
 * is absolute. Also wires every `button[data-cite]` in the page (the server-rendered rows) to it.
 */
export function useCopyCitations(say: (message: string) => void) {
  const copy = useCallback(
    async (raw: string) => {
      const text = raw.split('{origin}').join(window.location.origin);
      try {
        await navigator.clipboard.writeText(text);
        say('Citation copied to the clipboard.');
      } catch {
        window.prompt('Copy the citation:', text);
      }
    },
    [say],
  );
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const btn = (e.target as HTMLElement | null)?.closest<HTMLButtonElement>('button[data-cite]');
      if (btn) void copy(btn.dataset.cite ?? '');
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [copy]);
  return copy;
}
