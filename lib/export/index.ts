export * from './common';
export * from './markdown';
export * from './csv';
export * from './json';
export * from './citation';
export * from './sources';
export * from './history';
