import { TestScheduler } from 'rxjs/testing';
import { createWhenEngine } from './createWhenEngine';

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('createWhenEngine', () => {
  it('runs the body synchronously when the condition already holds (§8.2)', () => {
    const log: string[] = [];
    const whens = createWhenEngine({ scheduler: testScheduler() });
    log.push('before');
    const t = whens.when({ condition: () => true, body: () => log.push('body') });
    log.push('after');
    expect(log).toEqual(['before', 'body', 'after']);
    expect(t.state).toBe('fired');
    expect(whens.pendingCount).toBe(0);
  });

  it('re-evaluates only watched dependencies, at reevaluate(), in marking order (§8.3)', () => {
    const log: string[] = [];
    const g = { x: 0, crashMe: 0 };
    const whens = createWhenEngine({ scheduler: testScheduler() });
    whens.when({ condition: (w) => (w('crashMe'), g.crashMe === 1), body: () => log.push('crashMe') });
    whens.when({ condition: (w) => (w('x'), g.x === 1), body: () => log.push('x') });
    // a handler assigns x, then crashMe
    g.x = 1;
    whens.changed('x');
    g.crashMe = 1;
    whens.changed('crashMe');
    log.push('handler done');
    whens.reevaluate();
    expect(log).toEqual(['handler done', 'x', 'crashMe']);
  });

  it('a change to something not watched wakes nothing; nested aggregates are not watched', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const log: string[] = [];
      const inner = new Set<string>();
      const x3 = new Map([[20, { x: inner }]]);
      const whens = createWhenEngine({ scheduler: ts });
      ts.schedule(() => {
        // "j" in x3[20]$x: watches the global x3 and the record x3[20], not the set inside it
        whens.when({
          condition: (w) => (w('x3'), w(x3), w(x3.get(20)!), x3.get(20)!.x.has('j')),
          body: () => log.push('fired'),
          timeoutSeconds: 0.005,
          timeoutBody: () => log.push(`timeout@${ts.now()}`),
        });
      }, 1);
      ts.schedule(() => {
        inner.add('j');
        whens.changed(inner);
        whens.reevaluate();
      }, 2);
      flush();
      expect(log).toEqual(['timeout@6']);
    });
  });

  it('whens made dirty while re-evaluating wait for the next drain', () => {
    const log: string[] = [];
    const g = { a: false, b: false };
    const whens = createWhenEngine({ scheduler: testScheduler() });
    whens.when({
      condition: (w) => (w('a'), g.a),
      body: () => {
        log.push('a');
        g.b = true;
        whens.changed('b');
      },
    });
    whens.when({ condition: (w) => (w('b'), g.b), body: () => log.push('b') });
    g.a = true;
    whens.changed('a');
    whens.reevaluate();
    expect(log).toEqual(['a']);
    whens.reevaluate();
    expect(log).toEqual(['a', 'b']);
  });

  it('re-registers dependencies after each false evaluation', () => {
    const log: string[] = [];
    const g = { useA: true, a: 0, b: 0 };
    const whens = createWhenEngine({ scheduler: testScheduler() });
    whens.when({
      condition: (w) => (g.useA ? (w('a'), g.a === 1) : (w('b'), g.b === 1)),
      body: () => log.push('fired'),
    });
    g.useA = false;
    whens.changed('a'); // re-evaluated: now reads b only
    whens.reevaluate();
    g.a = 1;
    whens.changed('a');
    whens.reevaluate();
    expect(log).toEqual([]);
    g.b = 1;
    whens.changed('b');
    whens.reevaluate();
    expect(log).toEqual(['fired']);
  });

  it('return when: the delayed result wakes the caller at the next drain (§8.5 example prints "got, 7")', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const log: string[] = [];
      const answers = new Map<string, number>();
      const whens = createWhenEngine({ scheduler: ts });
      const waitFor = (k: string) =>
        whens.delayed({
          condition: (w) => (w(answers), answers.has(k)),
          body: () => answers.get(k)!,
          timeoutSeconds: 5,
          timeoutBody: () => 0,
        });
      ts.schedule(() => {
        // zeek_init: when ( local v = wait_for("x") ) print "got", v;  (the call is cached per trigger)
        let call: ReturnType<typeof waitFor> | undefined;
        whens.when({
          condition: (w) => {
            call ??= waitFor('x');
            w(call);
            return call.state === 'resolved';
          },
          body: () => log.push(`got, ${call!.value}`),
        });
      }, 1);
      ts.schedule(() => {
        answers.set('x', 7); // some_later_event
        whens.changed(answers);
        whens.reevaluate(); // inner fires, delivers; the outer is dirty for the next drain
        log.push('drain 1 done');
        whens.reevaluate();
      }, 2);
      flush();
      expect(log).toEqual(['drain 1 done', 'got, 7']);
    });
  });

  it('return when: a timeout delivers the timeout block value', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const whens = createWhenEngine({ scheduler: ts });
      let result: { state: string; value: number | undefined } | undefined;
      ts.schedule(() => {
        result = whens.delayed({ condition: () => false, body: () => 1, timeoutSeconds: 0.003, timeoutBody: () => 0 });
      }, 1);
      flush();
      expect(result).toEqual({ state: 'resolved', value: 0 });
      expect(whens.pendingCount).toBe(0);
    });
  });

  it('markAllDirty re-evaluates every pending when, also those with no watched dependency', () => {
    let ready = false;
    const log: string[] = [];
    const whens = createWhenEngine({ scheduler: testScheduler() });
    whens.when({ condition: () => ready, body: () => log.push('fired') });
    ready = true;
    whens.markAllDirty();
    whens.reevaluate();
    expect(log).toEqual(['fired']);
  });

  it('a body that throws aborts only itself: the rest of the batch runs, then the error surfaces', () => {
    const log: string[] = [];
    const whens = createWhenEngine({ scheduler: testScheduler() });
    let go = false;
    whens.when({ condition: (w) => (w('go'), go), body: () => { throw new Error('boom'); } });
    whens.when({ condition: (w) => (w('go'), go), body: () => log.push('second') });
    go = true;
    whens.changed('go');
    expect(() => whens.reevaluate()).toThrow('boom');
    expect(log).toEqual(['second']);
  });

  it('with onError, body and timeout-block errors are reported and nothing escapes', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const errors: string[] = [];
      const whens = createWhenEngine({ scheduler: ts, onError: (e) => errors.push((e as Error).message) });
      ts.schedule(() => {
        whens.when({
          condition: () => false,
          body: () => undefined,
          timeoutSeconds: 0.002,
          timeoutBody: () => {
            throw new Error('in timeout');
          },
        });
      }, 1);
      flush();
      expect(errors).toEqual(['in timeout']);
    });
  });
});
