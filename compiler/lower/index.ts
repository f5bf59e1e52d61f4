/** Public API of the lowering pass: a checked program → closures wired to a `ScriptContext`. */
export { lowerProgram, TopLevelError } from './program';
export type { Program } from './program';
export type { Frame, TraceCall, TraceHooks } from './runtime';
export { emptyValue, copyValue } from './values';
