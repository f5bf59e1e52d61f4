/**
 * Capture filters (`rxbro run -f '<expr>'`): libpcap's filter language (pcap-filter(7)) compiled
 * without libpcap to a predicate over a trace record's raw bytes, applied before decoding — a
 * rejected packet never reaches rxbro, as with Zeek's `-f`.
 *
 * Pipeline, one concept per file: `lexer.ts` (tokens) → `parser.ts` (grammar, qualifier
 * inheritance; builds with `primitives.ts`) → `ast.ts` → `compile.ts` (closures per link type,
 * `linkLayout.ts`, bounds-checked `reads.ts`) → `packetFilter.ts` (the public object).
 * docs/filters.md lists what is and is not supported.
 */
export { compileFilter, type PacketFilter } from './packetFilter';
export { acceptsEverything } from './acceptsEverything';
export { parseFilter } from './parser';
export { tokenize } from './lexer';
export { FilterError, formatFilterError } from './FilterError';
export type { Pred } from './compile';
export type { FilterNode, Arith, Encap, Direction, RelOp, ArithOp, LoadLayer } from './ast';
export type { Token } from './tokens';
