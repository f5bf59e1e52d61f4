/** Public API of the Bro script runtime: types, values, printing, built-ins. */
export * from './port';
export * from './table';
export * from './types';
export * from './errors';
export * from './numeric';
export * from './addr';
export * from './subnet';
export * from './cnumber';
export * from './string';
export * from './pattern';
export { PatternSyntaxError } from './patternSyntax';
export * from './any';
export * from './record';
export * from './vector';
export * from './describe';
export * from './context';
export * from './strftime';
export * from './fmt';
