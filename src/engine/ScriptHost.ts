import type { EventEngine } from '../events';
import type { EngineQueries, LogControl, PcapFilterControl, StateControl } from '../runtime/context';
import type { Reporter } from '../runtime/reporter';
import type { Type } from '../runtime/types';
import type { NetworkTimeScheduler } from '../time';
import type { PersistentId } from '../state';

/**
 * What the engine hands to the scripts of a run. It is structurally the
 * compiler's `ScriptContext` (compiler/ScriptContext.ts); it is declared here
 * because nothing in `src/` may import `compiler/`.
 */
export interface EngineContext {
  scheduler: NetworkTimeScheduler;
  events: EventEngine;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Engine tunables by Bro name, defaults filled in; `redef`s overwrite them during `attach`. */
  tunables: Record<string, unknown>;
  terminate(): void;
  exit(code: number): void;
  readingTraces: boolean;
  /** The engine's answers for the connection built-ins; filled in once the tracker exists. */
  engine?: EngineQueries;
  /** Persistence and capture controls for the state built-ins (language.md §9.1, engine.md §6.6). */
  state?: StateControl;
  /** Where run-time errors, warnings and `Reporter::*` messages go (docs/reporter.md). */
  reporter?: Reporter;
  /** Capture filters for the `Pcap::*` built-ins (engine.md: `-f`, docs/filters.md). */
  pcap?: PcapFilterControl;
  /** The logging framework for the `Log::*` built-ins (src/logging). */
  logging?: LogControl;
  /** Set while `capture_state_updates` runs: each write to a `&synchronized` global (engine.md §6.7). */
  stateUpdate?: (op: 'assign' | 'add' | 'del', id: string, index: readonly unknown[] | undefined, value: unknown) => void;
}

/** A compiled policy as the engine sees it (the compiler's `Program`). */
export interface ScriptHost {
  /** Initialises globals, applies redefs, registers handlers. */
  attach(ctx: EngineContext): void;
  /** Runs the statements outside any body (language.md §5.3 step 4). */
  runTopLevel(): void;
  /** Loaded script files in load order, for `zeek_script_loaded`. */
  readonly files?: readonly string[];
  /** `@load-sigs` files, resolved, in load order (engine.md 5.1). */
  readonly signatureFiles?: readonly string[];
  /** Globals a `redef name = …` replaced (see the compiler's `Program.redefAssigned`). */
  readonly redefAssigned?: ReadonlySet<string>;
  /** A global's current value by full name (signature identifiers, `eval` functions). */
  global?(name: string): unknown;
  /** Declared type of a global (events included) by name: captured and replayed events are typed by it. */
  globalType?(name: string): Type | undefined;
  /** Globals with their types (signature identifiers). */
  globals?(): { name: string; type: Type; value: unknown }[];
  /** The `&persistent` globals (language.md §9.1); absent or empty when the scripts have none. */
  persistentIds?(): PersistentId[];
  /** Whether a script reads or tests `field` of the named record type `type` (`c$successful`). */
  usesField?(type: string, field: string): boolean;
  /** Whether a script outside the bundled policy folder names the global `name` (see the compiler's `Program`). */
  usesName?(name: string): boolean;
  /** A declared type by full name (`connection`). */
  namedType?(name: string): Type | undefined;
  /** Whether the function, event or hook `name` has a body. */
  hasBodies?(name: string): boolean;
  /** Run-time errors reported so far ("errors occurred while initializing", language.md §2.14). */
  readonly errorCount?: number;
}
