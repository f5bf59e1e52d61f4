/**
 * The debugger's command table (engine.md §6.9): names and aliases, whether an empty line repeats the
 * command, a one-line help text, and prefix resolution.
 */

/** One debugger command. */
export interface DebugCommand {
  /** Canonical name, then aliases. */
  names: readonly string[];
  /** An empty input line repeats it. */
  repeatable: boolean;
  help: string;
}

/** All commands, in the order `help` lists them. */
export const DEBUG_COMMANDS: readonly DebugCommand[] = [
  { names: ['help'], repeatable: false, help: 'List the debugger commands' },
  { names: ['quit'], repeatable: false, help: 'Stop the run and leave' },
  { names: ['next', 'n'], repeatable: true, help: 'Run to the next statement of this function, stepping over calls' },
  { names: ['step', 's'], repeatable: true, help: 'Run to the next statement, entering called functions and handlers' },
  { names: ['continue', 'c'], repeatable: true, help: 'Resume the run until a breakpoint' },
  { names: ['finish'], repeatable: true, help: 'Run until the current function returns' },
  { names: ['break', 'b'], repeatable: false, help: 'Set a breakpoint: [FILE:]LINE, FUNCTION, or the next statement (optionally "if CONDITION")' },
  { names: ['cond'], repeatable: false, help: 'Attach a condition to breakpoint N: cond N EXPR' },
  { names: ['delete', 'd'], repeatable: false, help: 'Delete the given breakpoints (all without an argument)' },
  { names: ['clear'], repeatable: false, help: 'Not supported' },
  { names: ['ignore'], repeatable: false, help: 'Not supported' },
  { names: ['disable', 'dis'], repeatable: false, help: 'Disable the given breakpoints (all without an argument)' },
  { names: ['enable'], repeatable: false, help: 'Enable the given breakpoints (all without an argument)' },
  { names: ['info'], repeatable: false, help: 'Show information about the debugging session (info breakpoints)' },
  { names: ['print', 'p', 'set'], repeatable: true, help: 'Evaluate a script expression in the selected frame and show its value (assignments allowed)' },
  { names: ['backtrace', 'bt', 'where'], repeatable: false, help: 'Show the call stack (+N innermost, -N outermost frames only)' },
  { names: ['frame'], repeatable: false, help: 'Select frame N' },
  { names: ['up'], repeatable: false, help: 'Select the caller of the selected frame' },
  { names: ['down'], repeatable: false, help: 'Select the frame called by the selected frame' },
  { names: ['list', 'l'], repeatable: true, help: 'List source lines: [FILE:]LINE, FUNCTION, +N, -N or - (continues the last listing)' },
  { names: ['display'], repeatable: false, help: 'Not implemented' },
  { names: ['undisplay'], repeatable: false, help: 'Not implemented' },
  { names: ['trace'], repeatable: false, help: 'Turn execution tracing on or off (no argument: show the state)' },
];

/** What a typed command word means. */
export type Resolved = { command: DebugCommand } | { ambiguous: string[] } | { unknown: true };

/**
 * Resolves a command word: an exact name or alias first, else a unique prefix of the canonical names.
 *
 * ## Example
 * ```ts
 * resolveCommand('bt');   // { command: backtrace }
 * resolveCommand('fin');  // { command: finish }
 * resolveCommand('di');   // { ambiguous: ['disable', 'display'] }
 * resolveCommand('zap');  // { unknown: true }
 * ```
 */
export function resolveCommand(word: string): Resolved {
  const exact = DEBUG_COMMANDS.find((c) => c.names.includes(word));
  if (exact) return { command: exact };
  const matches = DEBUG_COMMANDS.filter((c) => c.names.some((n) => n.startsWith(word)));
  if (matches.length === 1) return { command: matches[0] };
  if (matches.length === 0) return { unknown: true };
  return { ambiguous: matches.map((c) => c.names[0]) };
}
