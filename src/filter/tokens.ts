/**
 * One lexical unit of a filter expression.
 *
 * - `num`: a number (decimal, `0x` hex, leading-`0` octal) or a named constant (`tcp-syn`);
 *   `value` holds it.
 * - `hid`: a dotted IPv4 address, possibly partial (`10.1`); `hid6`: an IPv6 literal;
 *   `eid`: a MAC address (`0:1:2:3:4:5`, `0001.0203.0405`).
 * - `id`: any other name (`http`, `20-21`, `\tcp` with the backslash removed).
 * - `kw`: a keyword (`host`, `and`, `tcp`, …; `&&`/`||`/`!` are given as `and`/`or`/`not`).
 * - `op`: punctuation and operators (`(`, `[`, `<=`, `<<`, …; `==` is given as `=`).
 */
export interface Token {
  kind: 'num' | 'hid' | 'hid6' | 'eid' | 'id' | 'kw' | 'op' | 'eof';
  /** The token's text as written (for messages). */
  text: string;
  /** Normalised text: the keyword or operator name, the id without its backslash. */
  value: string;
  /** The number of a `num` token. */
  num: number;
  /** 0-based offset of the token in the expression. */
  pos: number;
}
