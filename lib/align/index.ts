/** Stage 2: alignment. Which point of one version answers which point of another, and on what evidence. */
export * from './similarity';
