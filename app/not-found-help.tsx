'use client';
import { useEffect, useState } from 'react';
import { citedHref, closestIds, viewHref, type SiteIndex } from './_lib/site';

/** What the not-found page needs: it is in every page's payload (Next keeps the not-found tree with the layout). */
export type NotFoundIndex = Pick<SiteIndex, 'corpusVersion' | 'archived' | 'plans' | 'knownIds' | 'linked'>;

type Help = { kind: 'none' } | { kind: 'opening'; href: string } | { kind: 'suggest'; typed: string[]; href: string; label: string } | { kind: 'same' };

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * What the address meant. A comparison of two valid versions opens, with the address's query and fragment: a
 * pre-rendered pair at /compare/<a>/<b>, any other pair at /compare/view, an as-cited link at /cited, an export of
 * a pair that is not pre-rendered on the page that makes it. A mistyped version id gets the closest valid id.
 */
export function resolveMissing(index: NotFoundIndex, pathname: string, search: string, hash: string): Help {
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(decode);
  const current = index.plans.map((p) => p.id);
  if (parts[0] === 'compare' && parts.length >= 3 && parts.length <= 4 && parts[1] !== 'view') {
    const [, a, b, rest] = parts as [string, string, string, string | undefined];
    const cited = rest === 'cited';
    if (rest !== undefined && !cited && !/^comparison\.(md|csv|json)$/.test(rest)) return { kind: 'none' };
    // An as-cited link may name a version the corpus has since removed: any id an archive held is valid there.
    const valid = cited ? index.knownIds : current;
    if (valid.includes(a) && valid.includes(b)) {
      if (a === b) return { kind: 'same' };
      if (cited) return { kind: 'opening', href: citedHref(a, b, search, hash) };
      // A pair no longer pre-rendered opens on the page that computes it; its old ?v= still leads to the as-cited view.
      const sp = new URLSearchParams(search);
      const v = sp.get('v');
      if (v && v !== index.corpusVersion && index.archived.includes(v)) return { kind: 'opening', href: citedHref(a, b, search, hash) };
      return { kind: 'opening', href: index.linked.includes(`${a}/${b}`) ? `/compare/${a}/${b}${search}${hash}` : viewHref(a, b, search, hash) };
    }
    const fix = (x: string) => (valid.includes(x) ? x : closestIds(x, valid)[0]);
    const [fa, fb] = [fix(a), fix(b)];
    const typed = [a, b].filter((x) => !valid.includes(x));
    if (fa && fb && fa !== fb) {
      const href = cited ? citedHref(fa, fb, search, hash) : index.linked.includes(`${fa}/${fb}`) ? `/compare/${fa}/${fb}${search}${hash}` : viewHref(fa, fb, search, hash);
      return { kind: 'suggest', typed, href, label: `/compare/${fa}/${fb}` };
    }
    return { kind: 'suggest', typed, href: '', label: '' };
  }
  if (parts[0] === 'plans' && (parts.length === 2 || (parts.length === 3 && parts[2] === 'plan.json'))) {
    const id = parts[1]!;
    const fix = closestIds(id, current)[0];
    if (fix) return { kind: 'suggest', typed: [id], href: `/plans/${fix}${parts.length === 3 ? '/plan.json' : hash}`, label: `/plans/${fix}` };
    return { kind: 'suggest', typed: [id], href: '', label: '' };
  }
  return { kind: 'none' };
}

export function NotFoundHelp({ index }: { index: NotFoundIndex }) {
  const [help, setHelp] = useState<Help>({ kind: 'none' });
  useEffect(() => {
    const h = resolveMissing(index, window.location.pathname, window.location.search, window.location.hash);
    setHelp(h);
    if (h.kind === 'opening') window.location.replace(h.href);
  }, [index]);
  if (help.kind === 'opening') {
    return (
      <p role="status" data-testid="not-found-opening">
        Opening <a href={help.href}>the comparison</a>…
      </p>
    );
  }
  if (help.kind === 'same') return <p className="warn" data-testid="not-found-help">A version compared with itself has no page: pick two different versions.</p>;
  if (help.kind === 'suggest') {
    return (
      <p className="warn" data-testid="not-found-help">
        No version {help.typed.map((t) => `“${t}”`).join(' or ')} in the corpus.
        {help.href ? (
          <>
            {' '}
            Did you mean <a href={help.href}>{help.label}</a>?
          </>
        ) : null}
      </p>
    );
  }
  return null;
}
