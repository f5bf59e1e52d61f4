/**
 * Run-time errors of the script language (language.md §2.14).
 *
 * Runtime helpers throw a `BroRuntimeError` carrying only the message
 * ("division by zero", "no such index", ...). The compiler's lowering catches
 * it at the handler boundary and reports `error in FILE, line N: MESSAGE (EXPR)`,
 * because only it knows the source position and expression text.
 */
export class BroRuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BroRuntimeError';
  }
}

/**
 * Throws a run-time error with the given message.
 *
 * ## Example
 * ```ts
 * if (b === 0) runtimeError('division by zero');
 * ```
 */
export function runtimeError(message: string): never {
  throw new BroRuntimeError(message);
}

/** Receives run-time warnings (e.g. "count underflow") that do not abort the handler. */
export type WarningSink = (message: string) => void;

let warningSink: WarningSink = (m) => process.stderr.write(`warning: ${m}\n`);

/**
 * Installs the receiver of run-time warnings; returns the previous one so tests can restore it.
 *
 * ## Example
 * ```ts
 * const prev = setWarningSink((m) => warnings.push(m));
 * ```
 */
export function setWarningSink(sink: WarningSink): WarningSink {
  const prev = warningSink;
  warningSink = sink;
  return prev;
}

/**
 * Reports a run-time warning through the installed sink.
 *
 * ## Example
 * ```ts
 * runtimeWarning('count underflow');
 * ```
 */
export function runtimeWarning(message: string): void {
  warningSink(message);
}
