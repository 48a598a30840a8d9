'use client';
import { useEffect, useState } from 'react';
import { citedHref, closestIds, viewHref } from './_lib/site';
import { movedIndex, movedTarget, type NotFoundIndex } from './_lib/early-redirect';

export type { NotFoundIndex };


type Help = { kind: 'none' } | { kind: 'opening'; href: string } | { kind: 'suggest'; typed: string[]; href: string; label: string } | { kind: 'same' };

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * What the address meant. A comparison of two valid versions opens, with the address's query and fragment (see
 * movedTarget: the page's inline script has usually done so already). A mistyped version id gets the closest valid
 * id, with the same query and fragment.
 */
export function resolveMissing(index: NotFoundIndex, pathname: string, search: string, hash: string): Help {
  const opening = movedTarget(movedIndex(index), { pathname, search, hash });
  if (opening) return { kind: 'opening', href: opening };
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(decode);
  const current = index.plans.map((p) => p.id);
  if (parts[0] === 'compare' && parts.length >= 3 && parts.length <= 4 && parts[1] !== 'view') {
    const [, a, b, rest] = parts as [string, string, string, string | undefined];
    const cited = rest === 'cited';
    if (rest !== undefined && !cited && !/^comparison\.(md|csv|json)$/.test(rest)) return { kind: 'none' };
    const valid = cited ? index.knownIds : current;
    if (a === b && valid.includes(a)) return { kind: 'same' };
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

export function NotFoundHelp() {
  const [help, setHelp] = useState<Help>({ kind: 'none' });
  const [ids, setIds] = useState<NotFoundIndex['plans']>([]);
  useEffect(() => {
    let live = true;
    fetch('/data/site.json')
      .then((r) => r.json() as Promise<NotFoundIndex>)
      .then((index) => {
        if (!live) return;
        setIds(index.plans);
        const h = resolveMissing(index, window.location.pathname, window.location.search, window.location.hash);
        setHelp(h);
        if (h.kind === 'opening') window.location.replace(h.href);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  if (help.kind === 'opening') {
    return (
      <p role="status" data-testid="not-found-opening">
        Opening <a href={help.href}>the comparison</a>…
      </p>
    );
  }
  return (
    <>
      {help.kind === 'same' ? <p className="warn" data-testid="not-found-help">A version compared with itself has no page: pick two different versions.</p> : null}
      {help.kind === 'suggest' ? (
        <p className="warn" data-testid="not-found-help">
          No version {help.typed.map((t) => `“${t}”`).join(' or ')} in the corpus.
          {help.href ? (
            <>
              {' '}
              Did you mean <a href={help.href}>{help.label}</a>?
            </>
          ) : null}
        </p>
      ) : null}
      {ids.length ? (
        <>
          <p>The versions in the corpus:</p>
          <ul data-testid="valid-ids">
            {ids.map((p) => (
              <li key={p.id}>
                <a href={`/plans/${p.id}`}>{p.shortTitle}</a> <code>{p.id}</code> ({p.date})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
