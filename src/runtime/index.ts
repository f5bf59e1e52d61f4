/** Public API of the Bro script runtime: types, values, printing, built-ins. */
export * from './port';
export * from './table';
export * from './types';
