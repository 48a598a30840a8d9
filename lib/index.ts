export * from './schema';
export * from './corpus';
export * from './compare';
export * from './text-diff';
export * from './filter';
export * from './issues';
export { checkCorpus, type CorpusFile, type CheckResult } from './check';
