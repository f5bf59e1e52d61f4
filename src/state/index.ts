/** State persistence, `-x` and event capture (language.md §9, engine.md §6.6–6.7). */
export * from './typeJson';
export * from './valueJson';
export * from './stateFile';
export * from './persistence';
export * from './describeBro';
export * from './captureFile';
export * from './printCaptured';
