/**
 * Compute a comparison in the browser from the build's data slices (/data/<version>/<id>.json): the two plans and
 * the relation files that name them, checked at build, so nothing is re-checked here. The same compareIds as the
 * build and the CLI.
 */
import { compareIds } from '../../lib/compare/compare';
import type { Comparison } from '../../lib/schema';
import type { EarlySlices } from './early-fetch';
import { corpusOfSlices, sliceUrl, type PlanSlice } from './site';

/** The request the page's inline script already made for this slice, if any (taken once). */
function takeEarly(version: string, id: string): Promise<Response> | null {
  const w = window as unknown as { __plandiffSlices?: EarlySlices };
  const key = `${version}/${id}`;
  const res = w.__plandiffSlices?.[key];
  if (res) delete w.__plandiffSlices![key];
  return res ?? null;
}

/** One slice, or null when that version did not hold the plan (HTTP 404). */
export async function fetchSlice(version: string, id: string): Promise<PlanSlice | null> {
  const res = await (takeEarly(version, id) ?? fetch(sliceUrl(version, id)));
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${sliceUrl(version, id)}`);
  const s = (await res.json()) as PlanSlice;
  if (s.format !== 'plandiff.plan-slice/1' || s.plan?.id !== id) throw new Error(`${sliceUrl(version, id)} is not a plan slice`);
  return s;
}

export type PairResult = { ok: true; c: Comparison; date: string } | { ok: false; missing: string[] };

/** Compare a and b as corpus `version` held them. */
export async function comparePair(version: string, a: string, b: string): Promise<PairResult> {
  const [x, y] = await Promise.all([fetchSlice(version, a), fetchSlice(version, b)]);
  if (!x || !y) return { ok: false, missing: [!x ? a : null, !y ? b : null].filter((m): m is string => !!m) };
  return { ok: true, c: compareIds(corpusOfSlices(x, y), a, b), date: x.corpusDate };
}
