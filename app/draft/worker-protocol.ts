import type { Plan } from '../../lib/schema';
import type { DraftAnalysis, DraftContext, DraftProgress } from '../../lib/draft/analyse';

/** Messages between the /draft page and its worker (draft.worker.ts). One job at a time; `job` tells stale ones apart. */
export type ToWorker = { type: 'analyse'; job: number; text: string; plans: Plan[]; ctx: DraftContext };

export type FromWorker = ({ type: 'progress'; job: number } & DraftProgress) | { type: 'done'; job: number; result: DraftAnalysis };
