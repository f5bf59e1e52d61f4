/**
 * The reporter's message built-ins (Zeek's reporter.bif): `Reporter::info`, `warning`, `error`, `fatal`,
 * `fatal_error_with_core`. Each reports `msg` at the call's location through the run's reporter
 * (docs/reporter.md) and returns T.
 */
import type { BuiltinContext, ScriptReportKind } from '../context';
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

function reporting(kind: ScriptReportKind): Builtin {
  return builtin([['msg', T.string]], T.bool, (c: BuiltinContext, [msg]) => {
    const m = msg as string;
    if (c.report) c.report(kind, m);
    // Without a reporter (a bare test context) the message still reaches the context's own channels.
    else if (kind === 'warning' || kind === 'info') c.warning(m, true);
    else c.error(m);
    return true;
  });
}

/**
 * `Reporter::*` message built-ins by script name.
 *
 * ## Example
 * ```ts
 * REPORTER_MESSAGE_BUILTINS['Reporter::warning'].impl(ctx, ['disk almost full'], [T.string]); // true
 * // stderr: "warning in x.zeek, line 4: disk almost full"
 * ```
 */
export const REPORTER_MESSAGE_BUILTINS: Readonly<Record<string, Builtin>> = {
  'Reporter::info': reporting('info'),
  'Reporter::warning': reporting('warning'),
  'Reporter::error': reporting('error'),
  'Reporter::fatal': reporting('fatal'),
  'Reporter::fatal_error_with_core': reporting('fatal_core'),
};
