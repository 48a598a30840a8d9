/**
 * An inline script for the as-cited page: it requests the archive named in the query (?v=) while the HTML is
 * parsed, so the download overlaps loading the page's scripts. The view takes the request up when it hydrates.
 */
export const EARLY_FETCH = `(function(){var v=new URLSearchParams(location.search).get('v');if(v&&/^\\d{4}\\.\\d{2}\\.\\d{2}(?:\\.\\d+)?$/.test(v))window.__plandiffArchive={version:v,res:fetch('/archive/'+encodeURIComponent(v)+'.json')};})();`;

/** What the script leaves on window. */
export type EarlyFetch = { version: string; res: Promise<Response> };
