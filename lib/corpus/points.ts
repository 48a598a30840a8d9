import { pointRef, type Plan, type Point, type Status } from '../schema';

/** The text the corpus holds for a known point, sub-items on their own lines as published. */
export function knownText(p: Extract<Point, { status: 'known' }>): string {
  const items = (p.items ?? []).map((it) => `\n${it.label ? `${it.label}) ` : '• '}${it.text}`);
  return p.text + items.join('');
}

/** What a reader can read of a point: its text, its reported summary, or nothing. */
export function readableText(p: Point): string | null {
  if (p.status === 'known') return knownText(p);
  if (p.status === 'reported') return p.summary;
  return null;
}

export const STATUS_RANK: Record<Status, number> = { known: 2, reported: 1, unknown: 0 };

/** The weakest of several statuses: a row is only as sure as its least sure input. */
export function weakest(statuses: Status[]): Status {
  let best: Status = 'known';
  for (const s of statuses) if (STATUS_RANK[s] < STATUS_RANK[best]) best = s;
  return best;
}

export function statusCounts(plan: Plan): Record<Status, number> {
  const c: Record<Status, number> = { known: 0, reported: 0, unknown: 0 };
  for (const p of plan.points) c[p.status]++;
  return c;
}

export function findPoint(plan: Plan, ref: string | number): Point | undefined {
  const r = String(ref);
  return plan.points.find((p) => pointRef(p) === r);
}
