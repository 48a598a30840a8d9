'use client';
/**
 * The rows of a pre-rendered pair, as HTML that the page carries once.
 *
 * A server component's output is sent twice: as HTML, and again in the page's inline RSC payload, so that React can
 * rebuild the tree in the browser. For the rows, half the page, that copy buys nothing: they are static, and the
 * controls work on the DOM. So the rows are an island: on the server this component renders them to HTML
 * (rows-html.tsx, a branch that Next compiles out of the browser bundle: `typeof window` is a build-time constant),
 * and in the browser it renders an element whose inner HTML React leaves alone when it hydrates. The payload holds
 * only this component's two ids.
 *
 * A back or forward navigation inside the app renders the page without its HTML; the island then takes the rows from
 * the page's own HTML (same URL, same file) and tells the controls.
 */
import { useEffect, useRef } from 'react';
import { ROWS_EVENT } from './controls';
import { fragmentId } from './version-notice';

// One object for every render in the browser: React compares it by identity and so never rewrites the HTML.
const KEEP = { __html: '' };
export const ISLAND_ID = 'rows';

export function StaticRows({ a, b }: { a: string; b: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const html = typeof window === 'undefined' ? (require('./rows-html') as typeof import('./rows-html')).rowsHtml(a, b) : null;
  useEffect(() => {
    const el = ref.current;
    if (!el || el.firstElementChild) return;
    let live = true;
    fetch(window.location.pathname)
      .then((r) => r.text())
      .then((text) => {
        const rows = new DOMParser().parseFromString(text, 'text/html').getElementById(ISLAND_ID);
        if (!live || !rows || el.firstElementChild) return;
        el.innerHTML = rows.innerHTML;
        window.dispatchEvent(new Event(ROWS_EVENT));
        const target = window.location.hash ? document.getElementById(fragmentId(window.location.hash)) : null;
        target?.scrollIntoView({ block: 'start' });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return <div id={ISLAND_ID} ref={ref} dangerouslySetInnerHTML={html != null ? { __html: html } : KEEP} suppressHydrationWarning />;
}
