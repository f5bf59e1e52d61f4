/**
 * A filter expression that does not compile: what is wrong, and where.
 *
 * `column` is 1-based into `expression`; `near` is the offending text (empty at the end of input).
 * The message is one line and starts with Zeek's wording (`Bad pcap filter '<expr>'`).
 */
export class FilterError extends Error {
  constructor(
    /** Why, without the position (`syntax error`, `unknown port 'htp'`). */
    readonly reason: string,
    /** The whole filter expression as given. */
    readonly expression: string,
    /** 1-based column of the offending text; 0 when the error is not tied to one place. */
    readonly column: number,
    /** The offending text. */
    readonly near: string,
  ) {
    super(formatFilterError(reason, expression, column, near));
    this.name = 'FilterError';
  }
}

/**
 * One line: Zeek's `Bad pcap filter '<expr>'`, then the problem, the offending text and its column.
 *
 * ## Example
 * ```ts
 * formatFilterError('syntax error', 'tcp prt 80', 5, 'prt');
 * // "Bad pcap filter 'tcp prt 80': syntax error at 'prt' (column 5)"
 * ```
 */
export function formatFilterError(reason: string, expression: string, column: number, near: string): string {
  const head = `Bad pcap filter '${expression}': ${reason}`;
  if (column <= 0) return head;
  // A reason that already quotes the offending text (`unknown port 'htp'`) needs only the column.
  const at = near === '' ? ' at end of expression' : reason.includes(`'${near}'`) ? '' : ` at '${near}'`;
  return `${head}${at} (column ${column})`;
}
