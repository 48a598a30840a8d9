/** A pasted or uploaded draft turned into a plan that the engine can compare: bytes to text, share links, analysis. */
export * from './import';
export * from './decode';
export * from './share';
export * from './analyse';
export * from './closest';
