/** A minimal `ScriptContext` for the debug tools' unit specs: events run at once, output collected. */
import type { ScriptContext } from '../../compiler/ScriptContext';

/**
 * A context whose `raise` calls the handlers synchronously and whose stdout/stderr append to `out`.
 *
 * ## Example
 * ```ts
 * const out: string[] = [];
 * program.attach(testContext(out, 12.5));
 * ```
 */
export function testContext(out: string[], networkTime = 0): ScriptContext {
  const handlers = new Map<string, ((...a: unknown[]) => void)[]>();
  return {
    scheduler: { networkTime, terminating: false, at: () => undefined, cancel: () => true, now: () => networkTime * 1000 },
    events: {
      on: (name, fn) => { handlers.set(name, [...(handlers.get(name) ?? []), fn as (...a: unknown[]) => void]); },
      raise: (name, ...args) => { for (const h of handlers.get(name) ?? []) h(...args); },
    },
    stdout: (s) => out.push(s),
    stderr: (s) => out.push('ERR ' + s),
    tunables: {},
    terminate: () => undefined,
    exit: () => undefined,
  };
}
