/**
 * `when ( local n = lookup_addr(127.0.0.1) ) { print n; } timeout 5 secs { print "timeout"; }` compiled with
 * the compiler API and run with the engine's DNS wiring: the run's resolver is attached to the script
 * context, its answers are delivered by an `afterDrain` hook registered before `program.attach` (so they
 * arrive before the program re-tests its `when`s), and the end of the run waits for outstanding lookups.
 */
import { compile, formatDiagnostics, ScriptContext } from '../../compiler';
import { attachDnsResolver, createDnsResolver, DnsResolver } from '../../src/dns';
import { createEventEngine } from '../../src/events';
import { NetworkTimeScheduler } from '../../src/time';
import { DnsResponder, startDnsResponder } from '../helpers/dnsResponder';

const SCRIPT = `
event zeek_init()
	{
	when ( local n = lookup_addr(127.0.0.1) )
		{ print n; }
	timeout 5 secs
		{ print "timeout"; }
	print "after when";
	}
event zeek_done() { print "done"; }
`;

/** Runs `source` without packet input (language.md §5.3, §5.7) and returns stdout + stderr. */
async function run(source: string, env: Record<string, string | undefined>, dns: DnsResolver): Promise<string> {
  const r = compile({ files: [], inline: [source], bare: true, searchPath: [], env });
  if (!r.program) throw new Error(formatDiagnostics(r));
  const program = r.program;
  let out = '';
  const scheduler = new NetworkTimeScheduler({ startTime: 0 });
  const events = createEventEngine({ clock: scheduler, onError: (err) => { throw err; } });
  const ctx: ScriptContext = {
    scheduler,
    events,
    stdout: (s) => { out += s; },
    stderr: (s) => { out += s; },
    tunables: {},
    terminate: () => undefined,
    exit: () => undefined,
    env,
  };
  attachDnsResolver(ctx, dns);
  events.afterDrain(() => dns.deliverReady());
  program.attach(ctx);
  scheduler.advanceTo(1234567890);
  events.raise('zeek_init');
  program.runTopLevel();
  events.drain();
  // End of input: the run does not end while lookups are in flight.
  while (dns.outstanding > 0) {
    await dns.nextCompletion();
    events.drain();
  }
  events.drain();
  scheduler.terminate();
  scheduler.flushAll();
  events.drain();
  events.raise('zeek_done');
  scheduler.flushAll();
  events.drainToEmpty();
  dns.close();
  return out;
}

let srv: DnsResponder;
beforeAll(async () => {
  srv = await startDnsResponder({ records: [{ name: '127.0.0.1', type: 'PTR', value: 'localhost' }] });
});
afterAll(() => srv.close());

test('fake mode: the body prints Zeek\'s fake name after the statements that follow the when', async () => {
  const env = { ZEEK_DNS_FAKE: '1' };
  expect(await run(SCRIPT, env, createDnsResolver({ env }))).toBe('after when\nfake_addr_lookup_result_127.0.0.1\ndone\n');
});

test('through src/dns: the live resolver asks the local responder and the body prints its PTR name', async () => {
  const dns = createDnsResolver({ server: srv.server, timeoutMs: 1000, env: {} });
  expect(await run(SCRIPT, {}, dns)).toBe('after when\nlocalhost\ndone\n');
  expect(dns.cached('addr', '127.0.0.1')).toEqual({ ok: true, values: ['localhost'] });
});

test('through src/dns: fake lookup_hostname gives the HighwayHash address of the name', async () => {
  const env = { ZEEK_DNS_FAKE: '1' };
  const src = 'event zeek_init() { when ( local s = lookup_hostname("localhost") ) { print s; } }';
  expect(await run(src, env, createDnsResolver({ env }))).toBe('{\nfd8a:11f:96f8:5e08:d9a2:a558:5961:45df\n}\n');
});
