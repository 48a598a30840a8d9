/** Stage 3: what changed inside an aligned pair: word diff on the shared tokeniser. */
export * from './text-diff';
export * from './tokens';
