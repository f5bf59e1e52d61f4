/** Public API of the Bro script runtime: types, values, printing, built-ins. */
export * from './port';
export * from './table';
export * from './types';
export * from './errors';
export * from './numeric';
export * from './addr';
export * from './subnet';
export * from './cnumber';
