/**
 * The registry of built-in functions (language.md §10): name → `{ type, impl }`.
 * DNS built-ins (`lookup_addr`, `lookup_hostname`) belong to the `when` work and are
 * not here.
 */
import { ADDRESS_BUILTINS } from './addresses';
import type { Builtin } from './builtin';
import { CONNECTION_BUILTINS } from './connections';
import { CONTAINER_BUILTINS } from './containers';
import { CONVERSION_BUILTINS } from './conversions';
import { ENCODING_BUILTINS } from './encoding';
import { FILE_BUILTINS } from './files';
import { ENTROPY_BUILTINS } from './entropy';
import { FORMATTING_BUILTINS } from './formatting';
import { FNV_BUILTINS } from './fnv';
import { FTP_BUILTINS } from './ftp';
import { HASHING_BUILTINS } from './hashing';
import { JSON_BUILTINS } from './json';
import { LEGACY_BUILTINS } from './legacy';
import { LOGGING_BUILTINS } from './logging';
import { MATH_BUILTINS } from './math';
import { NETBIOS_BUILTINS } from './netbios';
import { PATTERN_BUILTINS } from './patterns';
import { PATH_BUILTINS } from './paths';
import { PCAP_BUILTINS } from './pcap';
import { PROCESS_BUILTINS } from './process';
import { PROFILING_BUILTINS } from './profiling';
import { REMOTE_BUILTINS } from './remote';
import { UNIQUE_ID_BUILTINS } from './uniqueIds';
import { REPORTER_MESSAGE_BUILTINS, REPORTER_WEIRD_BUILTINS } from './reporter';
import { SMITH_WATERMAN_BUILTINS } from './smithWaterman';
import { STATS_BUILTINS } from './stats';
import { STRING_BUILTINS } from './strings';
import { STATE_BUILTINS } from './state';
import { TIME_BUILTINS } from './time';
import { VECTOR_BUILTINS } from './vectors';

export * from './builtin';
export { splitAtIndices, splitPieces } from './strings';
export { RXBRO_VERSION } from './process';
export { sortVector, type Comparator } from './vectors';
export { escapeForPattern } from './patterns';
export { hexdump } from './encoding';
export { filterSubnetTable, tableKeys, tableValues } from './containers';
export { compressPath } from './paths';
export { fnv1a32, fnv1a64 } from './fnv';
export { decodeNetbiosName, decodeNetbiosNameType } from './netbios';
export { base62LsbFirst } from './uniqueIds';

/**
 * Every built-in by its script name.
 *
 * ## Example
 * ```ts
 * BUILTINS.to_upper.impl(ctx, ['abc'], [T.string]); // 'ABC'
 * typeToString(BUILTINS.to_upper.type);             // 'function(str:string;) : string'
 * ```
 */
export const BUILTINS: Readonly<Record<string, Builtin>> = {
  ...FORMATTING_BUILTINS,
  ...TIME_BUILTINS,
  ...CONVERSION_BUILTINS,
  ...STRING_BUILTINS,
  ...ENCODING_BUILTINS,
  ...ADDRESS_BUILTINS,
  ...CONTAINER_BUILTINS,
  ...FILE_BUILTINS,
  ...PROCESS_BUILTINS,
  ...CONNECTION_BUILTINS,
  ...PROFILING_BUILTINS,
  ...STATS_BUILTINS,
  ...STATE_BUILTINS,
  ...MATH_BUILTINS,
  ...PATTERN_BUILTINS,
  ...VECTOR_BUILTINS,
  ...HASHING_BUILTINS,
  ...ENTROPY_BUILTINS,
  ...FTP_BUILTINS,
  ...JSON_BUILTINS,
  ...PATH_BUILTINS,
  ...FNV_BUILTINS,
  ...NETBIOS_BUILTINS,
  ...SMITH_WATERMAN_BUILTINS,
  ...REMOTE_BUILTINS,
  ...UNIQUE_ID_BUILTINS,
  ...LEGACY_BUILTINS,
  ...REPORTER_MESSAGE_BUILTINS,
  ...REPORTER_WEIRD_BUILTINS,
  ...PCAP_BUILTINS,
  ...LOGGING_BUILTINS,
};
