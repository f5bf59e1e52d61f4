/** Built-ins of language.md §10.8 and Appendix A: termination, environment, versions. */
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/**
 * The version string `zeek_version()`/`bro_version()` report.
 *
 * ## Example
 * ```ts
 * BUILTINS.zeek_version.impl(ctx, [], []); // RXBRO_VERSION
 * ```
 */
export const RXBRO_VERSION = '0.1.0-rxbro';

const isTerminating = builtin([], T.bool, (ctx) => ctx.isTerminating());
const version = builtin([], T.string, () => RXBRO_VERSION);

/**
 * Process and environment built-ins (language.md §10.8).
 *
 * ## Example
 * ```ts
 * Object.keys(PROCESS_BUILTINS); // names merged into BUILTINS
 * ```
 */
export const PROCESS_BUILTINS: Record<string, Builtin> = {
  terminate: builtin([], T.bool, (ctx) => ctx.terminate()),
  exit: builtin([['code', T.int]], T.any, (ctx, [code]) => {
    ctx.exit(Number(code));
    return undefined;
  }),
  zeek_is_terminating: isTerminating,
  bro_is_terminating: isTerminating,
  getenv: builtin([['var', T.string]], T.string, (ctx, [name]) => ctx.env[name as string] ?? ''),
  setenv: builtin([['var', T.string], ['val', T.string]], T.bool, (ctx, [name, val]) => {
    ctx.env[name as string] = val as string;
    return true;
  }),
  reading_traces: builtin([], T.bool, (ctx) => ctx.readingTraces()),
  reading_live_traffic: builtin([], T.bool, (ctx) => ctx.readingLiveTraffic()),
  zeek_version: version,
  bro_version: version,
};
