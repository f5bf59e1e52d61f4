/**
 * Runs a Bro script in-process the way `rxbro run -b <file>` does without packet input: compile, start-up
 * (language.md §5.3), then the no-input termination sequence (§5.7, Appendix B). Used by the script harness
 * until the CLI can run scripts; it is the reference the CLI's run loop must match.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compile, formatDiagnostics, ScriptContext, TopLevelError } from '../../compiler';
import { createEventEngine } from '../../src/events';
import { NetworkTimeScheduler } from '../../src/time';

export interface ScriptRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Network time in no-input mode; Zeek uses the wall clock, tests need a fixed value. */
export const FIXED_START = 1234567890;

class Exit extends Error {
  constructor(readonly code: number) { super(`exit ${code}`); }
}

/**
 * Compiles and runs one script file; paths in messages are relative to `cwd`.
 *
 * ## Example
 * ```ts
 * const r = runScript('spec/scripts/print/hello.bro');
 * r.stdout; // 'hello\n'
 * ```
 */
export function runScript(file: string, opts: { env?: Record<string, string | undefined>; cwd?: string } = {}): ScriptRun {
  let stdout = '';
  let stderr = '';
  const env = opts.env ?? {};
  const rel = opts.cwd ? path.relative(opts.cwd, file) : file;
  // Relative names (the main file and its `@load`s) resolve against `cwd`, so messages show short paths.
  const base = opts.cwd ?? process.cwd();
  const readFile = (f: string): string | undefined => {
    if (path.isAbsolute(f)) return undefined;
    try { return fs.readFileSync(path.join(base, f), 'latin1'); } catch { return undefined; }
  };
  const result = compile({ files: [rel], bare: true, searchPath: [], env, readFile });
  if (!result.program) {
    stderr += formatDiagnostics(result);
    return { stdout, stderr, exitCode: 1 };
  }
  for (const d of result.diagnostics) stderr += formatDiagnostics({ diagnostics: [d], sources: result.sources });
  const program = result.program;
  const scheduler = new NetworkTimeScheduler({ startTime: 0 });
  const events = createEventEngine({
    clock: scheduler,
    onError: (err) => { throw err; },
  });
  let terminateRequested = false;
  const ctx: ScriptContext = {
    scheduler,
    events,
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    tunables: { exit_only_after_terminate: false },
    terminate: () => { terminateRequested = true; },
    exit: (code) => { throw new Exit(code); },
    env,
  };
  try {
    program.attach(ctx);
    // No input: network time becomes the (fixed) wall clock before zeek_init (§5.3 step 3).
    scheduler.advanceTo(FIXED_START);
    events.raise('zeek_init');
    events.raise('network_time_init');
    try {
      program.runTopLevel();
    } catch (e) {
      if (!(e instanceof TopLevelError)) throw e;
      stderr += 'fatal error: failed to execute script statements at top-level scope\n';
      return { stdout, stderr, exitCode: 1 };
    }
    for (const f of program.files) events.raise('zeek_script_loaded', f, 0);
    events.drain();
    if (program.errorCount > 0 && env.ZEEK_ALLOW_INIT_ERRORS === undefined) {
      stderr += 'fatal error: errors occurred while initializing\n';
      return { stdout, stderr, exitCode: 1 };
    }
    const onlyAfterTerminate = ctx.tunables.exit_only_after_terminate === true;
    if (scheduler.pendingCount > 0 || onlyAfterTerminate) {
      if (onlyAfterTerminate) {
        // Fast-forward from timer to timer until terminate() or nothing is pending (§5.7).
        let due = scheduler.nextDue();
        // Periodic timers (table sweeps) never run out; a script that never calls terminate() stops here.
        let steps = 0;
        while (!terminateRequested && due !== undefined && steps++ < 10000) {
          scheduler.advanceTo(Math.max(due, scheduler.networkTime));
          events.drain();
          events.drain();
          due = scheduler.nextDue();
        }
      }
      if (events.has('net_done')) {
        events.drain();
        events.dispatchNow('net_done', scheduler.networkTime);
      }
      scheduler.terminate();
      scheduler.flushAll();
      events.drain();
      events.drain();
    }
    events.raise('zeek_done');
    scheduler.flushAll();
    events.drainToEmpty();
  } catch (e) {
    if (e instanceof Exit) return { stdout, stderr, exitCode: e.code };
    throw e;
  }
  return { stdout, stderr, exitCode: 0 };
}
