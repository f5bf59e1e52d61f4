/**
 * Which of Zeek's reporter lines a run-time error prints: `expression` errors (an operator or index failed:
 * Zeek's ExprRuntimeError) print `expression error in FILE, line N: ...`; `statement` errors (a failed
 * `assert`, a misplaced `return when`, a missing built-in) print `error in FILE, line N: ...`.
 */
export type RuntimeErrorKind = 'expression' | 'statement';

/**
 * Run-time errors of the script language (language.md §2.14).
 *
 * Runtime helpers throw a `BroRuntimeError` carrying only the message
 * ("division by zero", "no such index", ...). The compiler's lowering catches
 * it at the handler boundary and reports `expression error in FILE, line N: MESSAGE (EXPR)`
 * (`error in ...` for a statement error), because only it knows the source position and expression text.
 */
export class BroRuntimeError extends Error {
  constructor(
    message: string,
    readonly kind: RuntimeErrorKind = 'expression',
  ) {
    super(message);
    this.name = 'BroRuntimeError';
  }
}

/**
 * Throws a run-time error with the given message.
 *
 * ## Example
 * ```ts
 * if (b === 0) runtimeError('division by zero');      // expression error in FILE, line N: division by zero (a / b)
 * runtimeError('assertion failure: x', 'statement'); // error in FILE, line N: ...
 * ```
 */
export function runtimeError(message: string, kind: RuntimeErrorKind = 'expression'): never {
  throw new BroRuntimeError(message, kind);
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
