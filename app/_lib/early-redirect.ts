/**
 * Where an address that has moved now lives, decided by an inline script as soon as the page's HTML is parsed,
 * before the page's own scripts load (one page load less for an old link).
 *
 * Each function here is written in plain JavaScript's terms and refers to nothing outside its own body: the page
 * inlines it as text (`${fn}`), and the React code that handles the same address calls it as a function, so the
 * rule is written once. Only strings that the build checked (ids, versions) are passed in.
 */

import type { SiteIndex } from './site';

/** What the not-found page needs, fetched from /data/site.json (and written into /data/moved.js). */
export type NotFoundIndex = Pick<SiteIndex, 'corpusVersion' | 'archived' | 'plans' | 'knownIds' | 'linked'>;

/** The index as the not-found page's inline script takes it. */
export function movedIndex(index: NotFoundIndex): MovedIndex {
  return { cur: index.corpusVersion, archived: index.archived, plans: index.plans.map((p) => p.id), known: index.knownIds, linked: index.linked };
}

export type MovedIndex = { cur: string; archived: string[]; plans: string[]; known: string[]; linked: string[] };
type Loc = { pathname: string; search: string; hash: string };

/**
 * An address of a comparison that is not a page of the site (a pair no longer pre-rendered, an as-cited link, an
 * export of such a pair), with both ids valid: where it opens now, with its query and fragment. Null for anything
 * else (the not-found page then explains).
 */
export function movedTarget(ix: MovedIndex, loc: Loc): string | null {
  // (No named inner functions: some TypeScript loaders wrap those in a helper that an inline script lacks.)
  const parts = loc.pathname
    .replace(/\/+$/, '')
    .split('/')
    .filter(Boolean)
    .map(function (s) {
      try {
        return decodeURIComponent(s);
      } catch (e) {
        return s;
      }
    });
  if (parts[0] !== 'compare' || parts.length < 3 || parts.length > 4 || parts[1] === 'view') return null;
  const a = parts[1]!;
  const b = parts[2]!;
  const rest = parts[3];
  const cited = rest === 'cited';
  if (rest !== undefined && !cited && !/^comparison\.(md|csv|json)$/.test(rest)) return null;
  // An as-cited link may name a version the corpus has since removed: any id an archive held is valid there.
  const valid = cited ? ix.known : ix.plans;
  if (a === b || valid.indexOf(a) < 0 || valid.indexOf(b) < 0) return null;
  const sp = new URLSearchParams(loc.search);
  sp.delete('a');
  sp.delete('b');
  const tail = sp.toString();
  const query = `a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}${tail ? `&${tail}` : ''}`;
  const v = sp.get('v');
  // An old version opens as cited, on the one as-cited page.
  if (cited || (v && v !== ix.cur && ix.archived.indexOf(v) >= 0)) return `/cited?${query}${loc.hash}`;
  if (ix.linked.indexOf(`${a}/${b}`) >= 0) return `/compare/${a}/${b}${loc.search}${loc.hash}`;
  return `/compare/view?${query}${loc.hash}`;
}

/**
 * On a pre-rendered comparison page: a permalink cited under an older, archived corpus version (?v=) opens the
 * comparison as it was, on the as-cited page, with the same filters and row.
 */
export function citedTarget(a: string, b: string, cur: string, archived: string[], loc: Loc): string | null {
  const sp = new URLSearchParams(loc.search);
  const v = sp.get('v');
  if (!v || v === cur || archived.indexOf(v) < 0) return null;
  sp.delete('a');
  sp.delete('b');
  const tail = sp.toString();
  return `/cited?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}${tail ? `&${tail}` : ''}${loc.hash}`;
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION_RE = /^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/;

/** The inline script for the not-found page. */
export function movedScript(ix: MovedIndex): string {
  const safe: MovedIndex = {
    cur: VERSION_RE.test(ix.cur) ? ix.cur : '',
    archived: ix.archived.filter((v) => VERSION_RE.test(v)),
    plans: ix.plans.filter((id) => ID_RE.test(id)),
    known: ix.known.filter((id) => ID_RE.test(id)),
    linked: ix.linked.filter((p) => p.split('/').length === 2 && p.split('/').every((id) => ID_RE.test(id))),
  };
  return `(function(){var t=(${movedTarget.toString()})(${JSON.stringify(safe)},location);if(t)location.replace(t);})();`;
}

/** The inline script for a pre-rendered comparison page. */
export function citedScript(a: string, b: string, cur: string, archived: string[]): string {
  if (!ID_RE.test(a) || !ID_RE.test(b) || !VERSION_RE.test(cur)) return '';
  const args = [a, b, cur, archived.filter((v) => VERSION_RE.test(v))].map((x) => JSON.stringify(x)).join(',');
  return `(function(){var t=(${citedTarget.toString()})(${args},location);if(t)location.replace(t);})();`;
}
