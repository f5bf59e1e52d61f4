// Timing rules of engine.md 5.6–5.9 as marble diagrams: each firing is emitted in the frame of
// the input that caused it.
import { filter, map, tap } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { headerFactsFromText, loadSignatures, matchSignatures, type MatchSignaturesOptions, type SignatureInput } from '../../src/signatures';
import { bytes } from './harness';

type In = SignatureInput<string>;

const facts = (orig: boolean, sport = 40000, dport = 80, proto = 6) =>
  orig
    ? headerFactsFromText({ src: '10.0.0.1', dst: '10.0.0.2', proto, srcPort: sport, dstPort: dport })
    : headerFactsFromText({ src: '10.0.0.2', dst: '10.0.0.1', proto, srcPort: dport, dstPort: sport });

const pkt = (conn: string, isOrig: boolean, sport = 40000, dport = 80, proto = 6): In => ({ kind: 'packet', conn, proto, isOrig, facts: facts(isOrig, sport, dport, proto) });
const chunk = (conn: string, isOrig: boolean, s: string): In => ({ kind: 'stream', conn, isOrig, data: bytes(s) });

function run(sigText: string, inputs: string, values: Record<string, In>, expected: string, outValues: Record<string, string>, options: MatchSignaturesOptions<string> = {}): void {
  const sigs = loadSignatures([{ file: 'm.sig', text: sigText }]);
  new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ cold, expectObservable }) => {
    const out$ = cold<In>(inputs, values).pipe(
      matchSignatures<string>(sigs, options),
      map((f) => `${f.kind === 'enable' ? `enable:${f.name}` : f.state.sig_id}@${f.state.conn}/${f.state.is_orig ? 'o' : 'r'}:${f.endOfMatch}`),
    );
    expectObservable(out$).toBe(expected, outValues);
  });
}

describe('matchSignatures marbles', () => {
  const text = 'GET /secret/passwd HTTP/1.0';
  const sig = 'signature s { ip-proto == tcp  payload /.*passwd/  event "m" }';
  const end = text.indexOf('passwd') + 6; // exclusive end within the stream

  it.each(Array.from({ length: text.length + 1 }, (_, k) => [k]))('a payload split at byte %i matches exactly once', (k) => {
    const first = text.slice(0, k);
    const second = text.slice(k);
    // The match completes in the first chunk iff its last byte lies there.
    const inFirst = end <= k;
    const eom = inFirst ? end : end - k;
    run(
      sig,
      'a-b-c-|',
      { a: pkt('c1', true), b: chunk('c1', true, first), c: chunk('c1', true, second) },
      inFirst ? '--x---|' : '----x-|',
      { x: `s@c1/o:${eom}` },
    );
  });

  it('a payload split into single bytes matches once, at the completing byte', () => {
    const inputs: Record<string, In> = { a: pkt('c1', true) };
    const letters = 'bcdefghijklmnopqrstuvwxyzBCDEFGHIJKLMNOPQRSTUVWXYZ';
    let marble = 'a';
    for (let k = 0; k < text.length; k++) {
      inputs[letters[k]] = chunk('c1', true, text[k]);
      marble += letters[k];
    }
    run(sig, `${marble}|`, inputs, `${' '.repeat(end)}x${' '.repeat(text.length - end)}|`.replace(/ /g, '-'), { x: 's@c1/o:1' });
  });

  it('requires-signature fires only after its prerequisite, in the same direction', () => {
    run(
      `signature a { payload /.*AAA/  event "a" }
signature b { payload /.*BBB/  requires-signature a  event "b" }`,
      'p-x-y-z-----|',
      { p: pkt('c1', true), x: chunk('c1', true, 'BBB '), y: chunk('c1', true, 'xx'), z: chunk('c1', true, 'AAA') },
      '------(ab)--|',
      { a: 'a@c1/o:3', b: 'b@c1/o:3' }, // b reports the chunk where its pattern matched
    );
  });

  it('requires-signature does not look at the other direction, requires-reverse-signature does', () => {
    const sigs = `signature a { payload /.*AAA/  event "a" }
signature same { payload /.*BBB/  requires-signature a  event "same" }
signature rev { payload /.*CCC/  requires-reverse-signature a  event "rev" }`;
    run(
      sigs,
      'p-q-x-y-----|',
      { p: pkt('c1', true), q: pkt('c1', false), x: chunk('c1', false, 'BBB CCC'), y: chunk('c1', true, 'AAA') },
      '------(ar)--|',
      { a: 'a@c1/o:3', r: 'rev@c1/r:7' },
    );
  });

  it('a negated dependency is decided when the connection ends', () => {
    run(
      `signature a { payload /.*AAA/  event "a" }
signature not-a { payload /.*ZZZ/  requires-signature ! a  event "not-a" }`,
      'p-x-|',
      { p: pkt('c1', true), x: chunk('c1', true, 'ZZZ') },
      '----(n|)',
      { n: 'not-a@c1/o:3' },
    );
    run(
      `signature a { payload /.*AAA/  event "a" }
signature not-a { payload /.*ZZZ/  requires-signature ! a  event "not-a" }`,
      'p-x-|',
      { p: pkt('c1', true), x: chunk('c1', true, 'ZZZ AAA') },
      '--a-|',
      { a: 'a@c1/o:7' },
    );
  });

  it('header conditions prefilter which signatures apply, per direction', () => {
    run(
      `signature web { ip-proto == tcp  dst-port == 80  payload /.*x/  event "web" }
signature any { ip-proto == tcp  payload /.*x/  event "any" }
signature udp-only { ip-proto == udp  payload /.*x/  event "udp" }`,
      'a-b-c-d-e-|',
      {
        a: pkt('c1', true, 40000, 80),
        b: pkt('c1', false, 40000, 80),
        c: chunk('c1', false, 'x'), // responder direction: its dst-port is 40000
        d: chunk('c1', true, 'x'),
        e: { kind: 'stream', conn: 'c2', isOrig: true, data: bytes('x') }, // no packet: only header-less signatures
      },
      '----r-w---|',
      { r: 'any@c1/r:1', w: 'web@c1/o:1' },
    );
  });

  it('tcp-state originator/responder/established', () => {
    let established = false;
    const sigs = `signature o { payload /.*x/  tcp-state originator  event "o" }
signature r { payload /.*x/  tcp-state responder  event "r" }
signature e { payload /.*y/  tcp-state established, originator  event "e" }`;
    const sched = new TestScheduler((a, b) => expect(a).toEqual(b));
    sched.run(({ cold, expectObservable }) => {
      // `s` marks the moment the connection layer would report the handshake as complete.
      const inputs = cold<In | 'est'>('p-q-x-s-y-z-|', {
        p: pkt('c1', true),
        q: pkt('c1', false),
        x: chunk('c1', false, 'x'),
        s: 'est',
        y: chunk('c1', true, 'y'),
        z: chunk('c1', true, 'x'),
      });
      const filtered = inputs.pipe(
        tap((v) => {
          if (v === 'est') established = true;
        }),
        filter((v): v is In => v !== 'est'),
      );
      const out$ = filtered.pipe(
        matchSignatures<string>(loadSignatures([{ file: 's.sig', text: sigs }]), { isEstablished: () => established }),
        map((f) => `${f.state.sig_id}/${f.state.is_orig ? 'o' : 'r'}`),
      );
      // `o` failed in the responder direction but fires when the originator sends its `x`.
      expectObservable(out$).toBe('----r---e-o-|', { r: 'r/r', e: 'e/o', o: 'o/o' });
    });
  });

  it('tcp-state established is false before the handshake completes', () => {
    run(
      'signature e { payload /.*y/  tcp-state established  event "e" }',
      'p-y-|',
      { p: pkt('c1', true), y: chunk('c1', true, 'y') },
      '----|',
      {},
      { isEstablished: () => false },
    );
  });

  it('matching stops after the DPD buffer; the chunk crossing the limit is still matched', () => {
    const big = 'a'.repeat(1000);
    run(
      `signature x { payload /.*X/  event "x" }
signature y { payload /.*Y/  event "y" }`,
      'p-a-b-c-|',
      { p: pkt('c1', true), a: chunk('c1', true, big), b: chunk('c1', true, `${big}X`), c: chunk('c1', true, 'Y') },
      '----x---|',
      { x: 'x@c1/o:1001' },
    );
  });

  it('UDP: header-only signatures fire at the first datagram of each connection, once', () => {
    const dg = (conn: string, isOrig: boolean, s: string): In => ({ kind: 'datagram', conn, isOrig, data: bytes(s) });
    run(
      'signature u { ip-proto == udp  payload-size > 2  event "u" }',
      'p-a-b-q-c-|',
      { p: pkt('u1', true, 5000, 53, 17), a: dg('u1', true, 'ab'), b: dg('u1', true, 'abc'), q: pkt('u2', true, 5001, 53, 17), c: dg('u2', true, 'abcd') },
      '----x---y-|',
      { x: 'u@u1/o:0', y: 'u@u2/o:0' },
    );
  });
});
