/** A pasted or uploaded draft turned into a plan that the engine can compare. */
export * from './import';
export * from './closest';
