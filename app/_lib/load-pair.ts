/**
 * Compute a comparison in the browser from the build's data slices: the version's index (/data/<version>.json), then
 * the slices of the plans the pair needs (/data/<version>/<id>.json: the two plans, and the versions between them
 * that relations are composed through), checked at build, so nothing is re-checked here. The same compareIds as
 * the build and the CLI.
 */
import { compareIds } from '../../lib/compare/compare';
import type { Comparison } from '../../lib/schema';
import type { EarlySlices } from './early-fetch';
import { corpusOfSlices, indexUrl, pairNeeds, sliceUrl, type PlanSlice, type VersionIndex } from './site';

/** The request the page's inline script already made for this address, if any (taken once). */
function takeEarly(url: string): Promise<Response> | null {
  const w = window as unknown as { __plandiffSlices?: EarlySlices };
  const res = w.__plandiffSlices?.[url];
  if (res) delete w.__plandiffSlices![url];
  return res ?? null;
}

async function getJson<T>(url: string): Promise<T | null> {
  const res = await (takeEarly(url) ?? fetch(url));
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return (await res.json()) as T;
}

/** One slice, or null when that version did not hold the plan (HTTP 404). */
export async function fetchSlice(version: string, id: string): Promise<PlanSlice | null> {
  const s = await getJson<PlanSlice>(sliceUrl(version, id));
  if (s && (s.format !== 'plandiff.plan-slice/1' || s.plan?.id !== id)) throw new Error(`${sliceUrl(version, id)} is not a plan slice`);
  return s;
}

const indexes = new Map<string, Promise<VersionIndex | null>>();
export function fetchIndex(version: string): Promise<VersionIndex | null> {
  let p = indexes.get(version);
  if (!p) indexes.set(version, (p = getJson<VersionIndex>(indexUrl(version))));
  return p;
}

export type PairResult = { ok: true; c: Comparison; date: string } | { ok: false; missing: string[] };

/** Compare a and b as corpus `version` held them. */
export async function comparePair(version: string, a: string, b: string): Promise<PairResult> {
  const ix = await fetchIndex(version);
  if (!ix) throw new Error(`no index for corpus version ${version}`);
  const missing = [a, b].filter((id) => !ix.plans.some((p) => p.id === id));
  if (missing.length) return { ok: false, missing };
  const slices = await Promise.all(pairNeeds(ix, a, b).map((id) => fetchSlice(version, id)));
  const held = slices.filter((s): s is PlanSlice => !!s);
  return { ok: true, c: compareIds(corpusOfSlices(held), a, b), date: ix.date };
}
