/**
 * The rows of a pre-rendered pair as static HTML, made once at build by react-dom/server from the same RowView
 * every page uses. Only the server side of StaticRows calls this (see static-rows.tsx); it never reaches a browser.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { comparison } from '../../../_lib/data';
import { ComparisonRows } from './row-view';

export function rowsHtml(a: string, b: string): string {
  const c = comparison(a, b);
  return c ? renderToStaticMarkup(<ComparisonRows c={c} />) : '';
}
