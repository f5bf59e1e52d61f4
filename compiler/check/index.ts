/** Public API of the checker: name resolution and type checking over all loaded declarations. */
export { checkProgram } from './declarations';
export type { CheckedProgram, FieldDefault } from './declarations';
export type { Step } from './context';
export type { GlobalSym, LocalSym, Sym, Cell } from './symbols';
export { EVENT_ALIASES } from './symbols';
export { BUILTIN_SIGS } from './builtins';
