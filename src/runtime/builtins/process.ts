/**
 * Built-ins of language.md §10.8 and Appendix A: termination, environment, versions; and Zeek's host
 * queries `getpid`, `gethostname`, `is_local_interface` (test bifs.is_local_interface).
 */
import * as os from 'os';
import { addrCompare, addrIsV4, parseAddr, type Addr } from '../addr';
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
 * Whether `a` is an address of this host: a loopback address or one of its interfaces' addresses.
 *
 * ## Example
 * ```ts
 * isLocalInterface('127.0.0.1'); // true
 * ```
 */
export function isLocalInterface(a: Addr): boolean {
  if (addrIsV4(a) ? a.startsWith('127.') : a === '::1') return true;
  for (const list of Object.values(os.networkInterfaces())) {
    for (const info of list ?? []) {
      const mine = parseAddr(info.address.replace(/%.*$/, ''));
      if (mine !== undefined && addrCompare(mine, a) === 0) return true;
    }
  }
  return false;
}

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
  getpid: builtin([], T.count, () => process.pid),
  gethostname: builtin([], T.string, () => os.hostname()),
  is_local_interface: builtin([['ip', T.addr]], T.bool, (_c, [a]) => isLocalInterface(a as Addr)),
  zeek_version: version,
  bro_version: version,
};
