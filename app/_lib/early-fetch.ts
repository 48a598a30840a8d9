/**
 * An inline script for the pages that compute a comparison in the browser (/compare/view, /cited): it requests the
 * version's index and the slices of the pair named in the query while the HTML is parsed, so the downloads overlap
 * loading the page's scripts. The page takes the requests up when it hydrates (takeEarly in load-pair.ts).
 *
 * Only strings the build checked reach the script (versions: digits and dots; ids: kebab case), so the lists are
 * safe inside a script element; the query is only compared with them, never written into the page.
 */
import { ID_RE, VERSION_RE } from './site';

export function earlyFetch(opts: { mode: 'view' | 'cited'; current: string; archived: string[]; ids: string[] }): string {
  const ok = JSON.stringify(opts.archived.filter((v) => VERSION_RE.test(v)));
  const ids = JSON.stringify(opts.ids.filter((id) => ID_RE.test(id)));
  const cur = VERSION_RE.test(opts.current) ? JSON.stringify(opts.current) : 'null';
  const cited = opts.mode === 'cited';
  return (
    `(function(){var ok=${ok},ids=${ids},cur=${cur},q=new URLSearchParams(location.search),a=q.get('a'),b=q.get('b'),f=window.__plandiffSlices={};` +
    `function fetchOnce(u){if(!f[u])f[u]=fetch(u);}` +
    `function get(v,id){if(v&&id&&ok.indexOf(v)>=0&&ids.indexOf(id)>=0){fetchOnce('/data/'+v+'.json');fetchOnce('/data/'+v+'/'+id+'.json');}}` +
    `${cited ? `var v=q.get('v');if(v&&v!==cur){get(v,a);get(v,b);}` : ''}get(cur,a);get(cur,b);})();`
  );
}

/** What the script leaves on window: address -> the request. */
export type EarlySlices = Record<string, Promise<Response>>;
