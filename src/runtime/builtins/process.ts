/**
 * Built-ins of language.md §10.8 and Appendix A: termination, environment, versions; and Zeek's host
 * queries `getpid`, `gethostname`, `is_local_interface` (test bifs.is_local_interface), and `system` /
 * `system_env` (test bifs.system_env), `piped_exec` (test bifs.piped_exec).
 */
import { spawnSync } from 'child_process';
import * as os from 'os';
import type { TableValue } from '../table';
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
 * Runs `cmd` with `/bin/sh -c`, its output going to ours, with extra environment variables; returns the
 * exit status. Zeek starts the command in the background (`cmd &`) and returns at once; rxbro waits for it,
 * so a script sees the command's effects right after the call (deterministic runs).
 *
 * ## Example
 * ```ts
 * runShell('echo $ZEEK_ARG_X > f', { ZEEK_ARG_X: 'hi' }); // 0
 * ```
 */
export function runShell(cmd: string, extraEnv: Record<string, string> = {}): number {
  // Our buffered stdout first, so that the command's output follows what the script printed before.
  (process.stdout as NodeJS.WriteStream & { rxbroFlush?: () => void }).rxbroFlush?.();
  const r = spawnSync('/bin/sh', ['-c', cmd], { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return r.status ?? -1;
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
  system: builtin([['str', T.string]], T.int, (_c, [cmd]) => runShell(cmd as string)),
  // Each table entry K = V becomes the environment variable ZEEK_ARG_<K> (upper-cased) for the command only.
  system_env: builtin([['str', T.string], ['env', T.any]], T.int, (_c, [cmd, env]) => {
    const extra: Record<string, string> = {};
    for (const e of (env as TableValue<string>).map.values()) extra[`ZEEK_ARG_${String(e.index[0]).toUpperCase()}`] = e.value;
    return runShell(cmd as string, extra);
  }),
  // The command reads `to_write` on its stdin; F (and an error) only if it cannot be started.
  piped_exec: builtin([['program', T.string], ['to_write', T.string]], T.bool, (c, [prog, data]) => {
    (process.stdout as NodeJS.WriteStream & { rxbroFlush?: () => void }).rxbroFlush?.();
    const r = spawnSync('/bin/sh', ['-c', prog as string], { input: Buffer.from(data as string, 'latin1'), stdio: ['pipe', 'inherit', 'inherit'] });
    if (r.error) {
      c.error(`Failed to popen ${prog as string}`, { located: false });
      return false;
    }
    return true;
  }),
  zeek_version: version,
  bro_version: version,
};
