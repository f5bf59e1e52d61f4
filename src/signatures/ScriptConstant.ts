/**
 * What the script layer tells the signature parser about a global identifier (engine.md 5.3):
 * identifiers inside signatures are resolved when the file is parsed, after the scripts.
 * The compiler supplies a resolver; without one, value identifiers are "unknown" and
 * `event`/`eval` names are taken on trust.
 */
export type ScriptConstant =
  | { type: 'count' | 'int' | 'bool' | 'enum' | 'port'; value: number }
  | { type: 'subnet'; addr: string; width: number }
  | { type: 'set'; elements: ScriptConstant[] }
  | { type: 'string'; value: string }
  /** A declared event with its parameter type names, e.g. `['signature_state', 'string']`. */
  | { type: 'event'; params: string[] }
  /** A function with its parameter type names and yield type name. */
  | { type: 'function'; params: string[]; yield: string }
  /** A global whose type the signature engine never accepts (addr, record, …) with its type name. */
  | { type: 'other'; typeName: string };

/** Looks a global script identifier up; `undefined` = no such identifier. */
export type ScriptResolver = (name: string) => ScriptConstant | undefined;
