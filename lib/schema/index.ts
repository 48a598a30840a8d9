export * from './common';
export * from './source';
export * from './point';
export * from './plan';
export * from './relation';
export * from './corpus';
export * from './comparison';
