import type { CorrectionsFile, EventsFile, Plan, ProvisionsFile, RelationFile } from '../schema';

/** The validated corpus: every plan, relation, event and correction, and the corpus version they make up. */
export type Corpus = {
  /** The version of the newest corrections-log entry: a citation names it so the diff can be reproduced. */
  version: string;
  /** Date of that entry. */
  versionDate: string;
  plans: Plan[];
  relations: RelationFile[];
  /** The provisions followed through each conflict's versions (plans/provisions/<conflict>.json). */
  provisions: ProvisionsFile[];
  events: EventsFile;
  corrections: CorrectionsFile;
};

export function getPlan(corpus: Corpus, id: string): Plan | undefined {
  return corpus.plans.find((p) => p.id === id);
}

/** Relations between two plans in either direction, with a flag saying whether they must be read backwards. */
export function findRelationFile(corpus: Corpus, a: string, b: string): { file: RelationFile; reversed: boolean } | undefined {
  const fwd = corpus.relations.find((r) => r.from === a && r.to === b);
  if (fwd) return { file: fwd, reversed: false };
  const back = corpus.relations.find((r) => r.from === b && r.to === a);
  if (back) return { file: back, reversed: true };
  return undefined;
}

/** Plans sorted by date, then id: the order of the timeline, and "earlier on the left". */
export function plansByDate(corpus: Corpus): Plan[] {
  return [...corpus.plans].sort((x, y) => (x.date === y.date ? x.id.localeCompare(y.id) : x.date.localeCompare(y.date)));
}

/**
 * The date up to which sources were searched for every version (the earliest of the versions' `knownAsOf`): the
 * corpus as a whole is known as of then, and later developments may be missing.
 */
export function corpusKnownAsOf(corpus: Corpus): string {
  return corpus.plans.reduce((d, p) => (p.knownAsOf < d ? p.knownAsOf : d), corpus.plans[0]?.knownAsOf ?? corpus.versionDate);
}
