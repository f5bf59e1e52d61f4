import type { DnsResult } from './DnsResolver';
import { awaitInWhen, createWhenAsyncScope, currentWhenScope, DELAYED, evaluateWhenCondition, isDelayed } from './whenScope';

/** A hand-made result handle that the test resolves. */
function handle(): { r: { state: 'pending' | 'resolved'; value: unknown }; done?: () => void } {
  return { r: { state: 'pending', value: undefined } };
}

describe('evaluateWhenCondition', () => {
  test('an outstanding answer makes the condition false, silently', () => {
    const scope = createWhenAsyncScope();
    expect(evaluateWhenCondition(scope, () => { throw DELAYED; })).toBe(false);
    expect(isDelayed(DELAYED)).toBe(true);
    expect(isDelayed(new Error('x'))).toBe(false);
  });

  test('other exceptions propagate, and the scope is restored', () => {
    const scope = createWhenAsyncScope();
    expect(() => evaluateWhenCondition(scope, () => { throw new Error('boom'); })).toThrow('boom');
    expect(currentWhenScope()).toBeUndefined();
  });

  test('scopes nest and are visible only while the condition runs', () => {
    const outer = createWhenAsyncScope();
    const inner = createWhenAsyncScope();
    const seen: unknown[] = [];
    evaluateWhenCondition(outer, () => {
      seen.push(currentWhenScope());
      evaluateWhenCondition(inner, () => (seen.push(currentWhenScope()), true));
      seen.push(currentWhenScope());
      return true;
    });
    expect(seen).toEqual([outer, inner, outer]);
    expect(currentWhenScope()).toBeUndefined();
  });
});

describe('awaitInWhen', () => {
  test('starts a query once per scope, throws DELAYED until delivered, then returns the value', () => {
    const woken: unknown[] = [];
    const scope = createWhenAsyncScope((s) => woken.push(s));
    const h = handle();
    let starts = 0;
    const start = (done: () => void) => {
      starts++;
      h.done = done;
      return h.r as DnsResult<string>;
    };
    expect(() => awaitInWhen(scope, 'addr\u00001.2.3.4', start)).toThrow(expect.objectContaining({ delayed: true }));
    expect(() => awaitInWhen(scope, 'addr\u00001.2.3.4', start)).toThrow(expect.objectContaining({ delayed: true }));
    expect(starts).toBe(1);
    // Delivery (the resolver's deliverReady) sets the handle, then wakes the scope.
    h.r.state = 'resolved';
    h.r.value = 'host.example';
    h.done!();
    expect(woken).toEqual([scope]);
    expect(awaitInWhen(scope, 'addr\u00001.2.3.4', start)).toBe('host.example');
    expect(starts).toBe(1);
  });

  test('different queries in one scope are separate; a new scope asks again', () => {
    const scope = createWhenAsyncScope();
    const keys: string[] = [];
    const start = (k: string) => () => (keys.push(k), handle().r as DnsResult<string>);
    expect(() => awaitInWhen(scope, 'a', start('a'))).toThrow();
    expect(() => awaitInWhen(scope, 'b', start('b'))).toThrow();
    expect(() => awaitInWhen(createWhenAsyncScope(), 'a', start('a2'))).toThrow();
    expect(keys).toEqual(['a', 'b', 'a2']);
  });
});
