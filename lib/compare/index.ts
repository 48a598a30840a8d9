/** Stage 4: the comparison of two versions (rows, summary, provenance) and its filters. */
export * from './compare';
export * from './filter';
