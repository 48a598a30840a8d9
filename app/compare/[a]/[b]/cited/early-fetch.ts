/**
 * An inline script for the as-cited page: it requests the archive named in the query (?v=), if that version is
 * archived, while the HTML is parsed, so the download overlaps loading the page's scripts. The view takes the
 * request up when it hydrates.
 */
export function earlyFetch(archived: string[]): string {
  // Version strings are digits and dots (the schema's pattern), so the list is safe inside a script element.
  const list = JSON.stringify(archived.filter((v) => /^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/.test(v)));
  return `(function(){var ok=${list};var v=new URLSearchParams(location.search).get('v');if(v&&ok.indexOf(v)>=0)window.__plandiffArchive={version:v,res:fetch('/archive/'+v+'.json')};})();`;
}

/** What the script leaves on window. */
export type EarlyFetch = { version: string; res: Promise<Response> };
