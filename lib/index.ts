/** The engine's public face: one stage a folder, in the order data flows (see README "How it is built"). */
export * from './schema';
export * from './corpus/corpus';
export * from './compare';
export * from './diff/text-diff';
export * from './corpus/issues';
export { checkCorpus, type CorpusFile, type CheckResult } from './corpus/check';
