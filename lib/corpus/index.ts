/** Stage 1: the corpus. Load-free validation of every file, the archive chain, and the corpus's queries. */
export * from './corpus';
export * from './check';
export * from './archive';
export * from './issues';
export * from './points';
export { hash53 } from './hash';
export { parseJsonText } from './json-text';
export * from './pairs';
