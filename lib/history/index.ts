/** Stage 5: provisions followed through every version of a conflict, with their figures. */
export * from './history';
