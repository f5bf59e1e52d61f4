/** Tools on instrumented programs: the execution tracer (`-t`) and the script debugger (`-d`), engine.md §6.8–6.9. */
export { createExecTracer, sourceLine } from './execTracer';
export type { ExecTracer } from './execTracer';
export { describeCall } from './describeCall';
export { frameLocation } from './traceLocation';
export type { ActiveFrame } from './traceLocation';
export { createDebugger } from './debugger';
export type { DebuggerIO, DebuggerSpelling, ScriptDebugger } from './debugger';
export { createLineInput } from './lineInput';
export type { ReadLine } from './lineInput';
export { DEBUG_COMMANDS, resolveCommand } from './debugCommands';
export type { DebugCommand } from './debugCommands';
export { displayFile, activeLocation } from './traceLocation';
export { debuggerSpelling } from './debuggerSpelling';
