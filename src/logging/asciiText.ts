/**
 * The text pieces every Zeek ASCII log shares: field escaping, the `#open`/`#close` date and the header
 * lines. conn.log (src/conn), the engine's own logs (notice, weird, signatures, reporter, stats) and the
 * script logging framework (this folder) all write through these, so the formats cannot drift apart.
 */

/**
 * Escapes a log field as Zeek's ASCII writer does with its default tab separator: the separator,
 * backslash and every non-printable byte become `\xNN`.
 *
 * ## Example
 * ```ts
 * escapeTsv('a\tb'); // 'a\\x09b'
 * ```
 */
export function escapeTsv(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 9 || ch < 0x20 || ch >= 0x7f || ch === 0x5c) out += '\\x' + ch.toString(16).padStart(2, '0');
    else out += s[i];
  }
  return out;
}

/**
 * Every character of `s` as `\xNN` (how Zeek writes a separator inside a value, and the `#separator` line).
 *
 * ## Example
 * ```ts
 * hexEscapeAll('||'); // '\\x7c\\x7c'
 * ```
 */
export function hexEscapeAll(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += '\\x' + s.charCodeAt(i).toString(16).padStart(2, '0');
  return out;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/**
 * `%Y-%m-%d-%H-%M-%S` in local time, the format of `#open`/`#close`.
 *
 * ## Example
 * ```ts
 * logDate(new Date(2024, 0, 2, 3, 4, 5)); // '2024-01-02-03-04-05'
 * ```
 */
export function logDate(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}-${pad2(d.getHours())}-${pad2(d.getMinutes())}-${pad2(d.getSeconds())}`;
}

/** What a TSV log's meta lines announce (Zeek's `LogAscii::separator` and friends). */
export interface AsciiSeparators {
  readonly separator: string;
  readonly setSeparator: string;
  readonly emptyField: string;
  readonly unsetField: string;
}

/** Zeek's defaults: tab, `,`, `(empty)`, `-`. */
export const DEFAULT_SEPARATORS: AsciiSeparators = { separator: '\t', setSeparator: ',', emptyField: '(empty)', unsetField: '-' };

/**
 * The header lines of a TSV log up to and including `#types` (no trailing newline).
 *
 * ## Example
 * ```ts
 * asciiHeader('conn', ['ts'], ['time'], new Date()).split('\n')[0]; // '#separator \\x09'
 * ```
 */
export function asciiHeader(
  path: string,
  fields: readonly string[],
  types: readonly string[],
  open: Date,
  seps: AsciiSeparators = DEFAULT_SEPARATORS,
  prefix = '#',
): string {
  const s = seps.separator;
  return [
    `${prefix}separator ${escapeTsv(s)}`,
    `${prefix}set_separator${s}${seps.setSeparator}`,
    `${prefix}empty_field${s}${seps.emptyField}`,
    `${prefix}unset_field${s}${seps.unsetField}`,
    `${prefix}path${s}${path}`,
    `${prefix}open${s}${logDate(open)}`,
    `${prefix}fields${s}${fields.join(s)}`,
    `${prefix}types${s}${types.join(s)}`,
  ].join('\n');
}
