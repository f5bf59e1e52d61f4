import {
  finishConn, headerFactsFromText, initEndpoint, matchDatagram, matchStream, newConnMatch,
} from '../../src/signatures';
import { bytes, recorder, seeded } from './harness';

const tcpFacts = (sp = 1234, dp = 80) => headerFactsFromText({ src: '10.0.0.1', dst: '10.0.0.2', proto: 6, srcPort: sp, dstPort: dp });
const tcpFactsRev = (sp = 1234, dp = 80) => headerFactsFromText({ src: '10.0.0.2', dst: '10.0.0.1', proto: 6, srcPort: dp, dstPort: sp });

describe('payload matching on a TCP stream', () => {
  it('anchors patterns at the start of the stream', () => {
    const r = recorder(`
signature a { ip-proto == tcp  payload /GET/  event "a" }
signature b { ip-proto == tcp  payload /.*HTTP/  event "b" }
signature c { ip-proto == tcp  payload /HTTP/  event "c" }`);
    const cm = newConnMatch(r.engine, 'c1', 6);
    initEndpoint(r.engine, cm, true, tcpFacts());
    matchStream(r.engine, cm, true, bytes('GET / HTTP/1.1\r\n'));
    expect(r.out).toEqual([
      'match c1 a T a [GET / HTTP/1.1\\x0d\\x0a] 3',
      'match c1 b T b [GET / HTTP/1.1\\x0d\\x0a] 10',
    ]);
  });

  it('does not confuse chunks delivered in one reused buffer', () => {
    const r = recorder('signature a { payload /.*A/  event "a" }\nsignature b { payload /.*B/  event "b" }');
    const cm = newConnMatch(r.engine, 'c1', 6);
    initEndpoint(r.engine, cm, true, tcpFacts());
    const buf = Buffer.from('xA');
    matchStream(r.engine, cm, true, buf);
    buf.write('yB');
    matchStream(r.engine, cm, true, buf);
    expect(r.out).toEqual(['match c1 a T a [xA] 2', 'match c1 b T b [yB] 2']);
  });

  it('fires once per connection even if both directions match', () => {
    const r = recorder(`signature a { payload /.*x/  event "a" }`);
    const cm = newConnMatch(r.engine, 'c1', 6);
    initEndpoint(r.engine, cm, true, tcpFacts());
    initEndpoint(r.engine, cm, false, tcpFactsRev());
    matchStream(r.engine, cm, true, bytes('ax'));
    matchStream(r.engine, cm, false, bytes('bx'));
    expect(r.out).toEqual(['match c1 a T a [ax] 2']);
  });

  it('matches $ only at the end of the stream', () => {
    const r = recorder(`signature a { payload /abc$/  event "a" }`);
    const cm = newConnMatch(r.engine, 'c1', 6);
    initEndpoint(r.engine, cm, true, tcpFacts());
    matchStream(r.engine, cm, true, bytes('abc'));
    expect(r.out).toEqual([]);
    finishConn(r.engine, cm);
    expect(r.out).toEqual(['match c1 a T a [] 0']);
  });

  it('UDP datagrams restart from a fresh state', () => {
    const r = recorder(`signature y { ip-proto == udp  payload /^YYYY/  event "y" }`);
    const cm = newConnMatch(r.engine, 'u', 17);
    initEndpoint(r.engine, cm, true, headerFactsFromText({ src: '10.0.0.1', dst: '10.0.0.2', proto: 17, srcPort: 9999, dstPort: 9999 }));
    matchDatagram(r.engine, cm, true, bytes('XXXX'));
    matchDatagram(r.engine, cm, true, bytes('YYYY'));
    expect(r.out).toEqual(['match u y T y [YYYY] 4']);
  });
});

import {
  createSignatureEngine, dumpRuleStats, formatProfLine, getMatcherStats, loadSignatures, matchAnalyzerData, matchGap, matchIcmp,
  matchUndelivered,
} from '../../src/signatures';

const udpFacts = () => headerFactsFromText({ src: '10.0.0.1', dst: '10.0.0.2', proto: 17, srcPort: 5000, dstPort: 53 });

function tcpConn(r: ReturnType<typeof recorder>, id = 'c1') {
  const cm = newConnMatch(r.engine, id, 6);
  initEndpoint(r.engine, cm, true, tcpFacts());
  initEndpoint(r.engine, cm, false, tcpFactsRev());
  return cm;
}

describe('content conditions', () => {
  it('a signature with several patterns fires when the last one is accepted; end_of_match is its first end', () => {
    const r = recorder('signature s { payload /.*AAA/  payload /.*BBB/  event "s" }');
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('xxBBBx'));
    expect(r.out).toEqual([]);
    matchStream(r.engine, cm, true, bytes('yAAAy'));
    // The last-listed pattern (BBB) was accepted in an earlier chunk: end_of_match is 0 (5.9).
    expect(r.out).toEqual(['match c1 s T s [yAAAy] 0']);
  });

  it('end_of_match counts within the current chunk when the last pattern completes there', () => {
    const r = recorder('signature s { payload /.*AAA/  payload /.*BBB/  event "s" }');
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('AAA'));
    matchStream(r.engine, cm, true, bytes('--BBB--'));
    expect(r.out).toEqual(['match c1 s T s [--BBB--] 5']);
  });

  it('patterns of one signature must match in the same direction', () => {
    const r = recorder('signature s { payload /.*AAA/  payload /.*BBB/  event "s" }');
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('AAA'));
    matchStream(r.engine, cm, false, bytes('BBB'));
    finishConn(r.engine, cm);
    expect(r.out).toEqual([]);
  });

  it('depth: the match must end within the first N bytes', () => {
    const r = recorder('signature near { payload [:6] /.*abc/  event "near" }\nsignature far { payload [:5] /.*abc/  event "far" }');
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('xyz'));
    matchStream(r.engine, cm, true, bytes('abc'));
    expect(r.out).toEqual(['match c1 near T near [abc] 3']);
  });

  it('a jammed automaton never matches later in the stream (implicit anchoring)', () => {
    const r = recorder('signature s { payload /GET/  event "s" }');
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('xGET'));
    matchStream(r.engine, cm, true, bytes('GET'));
    expect(r.out).toEqual([]);
  });

  it('prefix.*rest patterns give the same first acceptance as one combined automaton, for every split', () => {
    const sigs = `signature a { payload /.*ab.*cd/  event "a" }
signature b { payload /x.*y.*z/  event "b" }
signature c { payload /.*(q|r)s.*t$/  event "c" }
signature d { payload [:12] /.*k.*k/  event "d" }`;
    const inputs = ['zzabzzcdzz', 'xxyyzzab cd', 'qs t', 'rsxt', 'kk', 'a k b c d e f g h i j k l m'];
    for (const input of inputs) {
      for (let cut = 0; cut <= input.length; cut++) {
        const lines = [0, 50].map((size) => {
          const r = recorder(sigs, { sigMaxGroupSize: size });
          const cm = tcpConn(r);
          matchStream(r.engine, cm, true, bytes(input.slice(0, cut)));
          matchStream(r.engine, cm, true, bytes(input.slice(cut)));
          finishConn(r.engine, cm);
          return r.out;
        });
        expect([input, cut, lines[0]]).toEqual([input, cut, lines[1]]);
      }
    }
    const r = recorder(sigs);
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('zzabzzcdzz'));
    expect(r.out).toEqual(['match c1 a T a [zzabzzcdzz] 8']);
  });
});

describe('context conditions', () => {
  it('payload-size compares the first non-empty chunk of the direction', () => {
    const r = recorder('signature big { payload /.*x/  payload-size > 3  event "big" }\nsignature small { payload /.*y/  payload-size <= 3  event "small" }');
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('abcd'));
    matchStream(r.engine, cm, true, bytes('xy'));
    expect(r.out).toEqual(['match c1 big T big [xy] 1']);
  });

  it('same-ip holds when originator and responder addresses are equal', () => {
    const r = recorder('signature s { same-ip  event "same" }');
    const cm = newConnMatch(r.engine, 'loop', 17);
    initEndpoint(r.engine, cm, true, headerFactsFromText({ src: '127.0.0.1', dst: '127.0.0.1', proto: 17 }));
    const cm2 = newConnMatch(r.engine, 'other', 17);
    initEndpoint(r.engine, cm2, true, udpFacts());
    expect(r.out).toEqual(['match loop s T same [] 0']);
  });

  it('eval: a throwing or missing function counts as false; a bool constant is used as is', () => {
    const calls: string[] = [];
    const r = recorder(
      'signature t { payload /.*x/  eval boom  event "t" }\nsignature u { payload /.*x/  eval ok  event "u" }',
      {},
      {
        eval: (name, st, data) => {
          calls.push(`${name}:${st.sig_id}:${data}`);
          if (name === 'boom') throw new Error('script error');
          return true;
        },
      },
    );
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('x'));
    expect(calls).toEqual(['boom:t:x', 'ok:u:x']);
    expect(r.out).toEqual(['match c1 u T u [x] 1']);
    const r2 = recorder('signature v { payload /.*x/  eval flag  event "v" }', {}, {}, { resolve: (n) => (n === 'flag' ? { type: 'bool', value: 1 } : undefined) });
    const cm2 = tcpConn(r2);
    matchStream(r2.engine, cm2, true, bytes('x'));
    expect(r2.out).toEqual(['match c1 v T v [x] 1']);
  });

  it('eval is re-called when the signature is re-examined after another acceptance', () => {
    let allow = false;
    const r = recorder('signature s { payload /.*a/  eval f  event "s" }\nsignature t { payload /.*b/ }', {}, { eval: () => allow });
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('a'));
    allow = true;
    matchStream(r.engine, cm, true, bytes('b'));
    expect(r.out).toEqual(['match c1 s T s [b] 0']);
  });

  it('eval still runs in the other direction after the signature fired (Zeek checks once-per-connection after conditions)', () => {
    const calls: string[] = [];
    const r = recorder('signature s { payload /.*x/  eval f  event "s" }', {}, { eval: (_n, st) => (calls.push(st.is_orig ? 'o' : 'r'), true) });
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('x'));
    matchStream(r.engine, cm, false, bytes('x'));
    expect(calls).toEqual(['o', 'r']);
    expect(r.out).toEqual(['match c1 s T s [x] 1']);
  });

  it('conditions failing until the end of the stream are re-examined there', () => {
    let allow = false;
    const r = recorder('signature s { payload /.*a/  eval f  event "s" }', {}, { eval: () => allow });
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('a'));
    allow = true;
    finishConn(r.engine, cm);
    // Zeek reports the chunk (and end_of_match) of the moment all patterns had matched.
    expect(r.out).toEqual(['match c1 s T s [a] 1']);
  });

  it('ip-options is always false', () => {
    const r = recorder('signature s { ip-options rr  event "s" }');
    tcpConn(r);
    expect(r.out).toEqual([]);
  });
});

describe('actions and dependencies', () => {
  it('runs actions in written order: enable, event, custom events', () => {
    const r = recorder('signature s { payload /.*x/  enable "ftp"  event "m"  event My::ev "with"  event My::ev2 }');
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('x'));
    expect(r.out).toEqual(['enable ftp s', 'match c1 s T m [x] 1', 'custom My::ev c1 s with [x] 1', 'custom My::ev2 c1 s - [x] 1']);
  });

  it('a header-only signature depending on a pattern signature fires when its prerequisite does', () => {
    const r = recorder('signature a { payload /.*A/  event "a" }\nsignature h { ip-proto == tcp  requires-signature a  event "h" }');
    const cm = tcpConn(r);
    expect(r.out).toEqual([]);
    matchStream(r.engine, cm, true, bytes('A'));
    expect(r.out).toEqual(['match c1 a T a [A] 1', 'match c1 h T h [] 0']);
  });

  it('negated reverse dependency on UDP is decided per datagram', () => {
    const r = recorder('signature q { ip-proto == udp  payload /^Q/  event "q" }\nsignature lonely { ip-proto == udp  requires-reverse-signature ! q  event "lonely" }');
    const cm = newConnMatch(r.engine, 'u', 17);
    initEndpoint(r.engine, cm, true, udpFacts());
    initEndpoint(r.engine, cm, false, headerFactsFromText({ src: '10.0.0.2', dst: '10.0.0.1', proto: 17, srcPort: 53, dstPort: 5000 }));
    matchDatagram(r.engine, cm, true, bytes('Qhello'));
    expect(r.out).toEqual(['match u q T q [Qhello] 1', 'match u lonely T lonely [] 0']);
  });
});

describe('stream handling', () => {
  it('gaps count as chunks toward the DPD limit', () => {
    const r = recorder('signature s { payload /.*x/  event "s" }', { dpdMaxPackets: 2 });
    const cm = tcpConn(r);
    matchGap(r.engine, cm, true);
    matchGap(r.engine, cm, true);
    matchStream(r.engine, cm, true, bytes('a')); // third chunk: crosses the limit, still matched
    expect(cm.stopped).toBe(true);
    matchStream(r.engine, cm, true, bytes('x'));
    expect(r.out).toEqual([]);
  });

  it('dpd_match_only_beginning = F keeps matching past the buffer', () => {
    const r = recorder('signature s { payload /.*x/  event "s" }', { matchOnlyBeginning: false });
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('a'.repeat(5000)));
    expect([cm.overLimit, cm.stopped]).toEqual([true, false]);
    matchStream(r.engine, cm, true, bytes('x'));
    expect(r.out).toEqual(['match c1 s T s [x] 1']);
  });

  it('data handed over after removal starts a fresh state without header tests', () => {
    const r = recorder('signature any { payload /.*x/  event "any" }\nsignature tcp-only { ip-proto == tcp  payload /.*x/  event "tcp" }');
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('x'));
    finishConn(r.engine, cm);
    matchUndelivered(r.engine, cm, true, bytes('yx'));
    expect(r.out).toEqual(['match c1 any T any [x] 1', 'match c1 tcp-only T tcp [x] 1', 'match c1 any T any [yx] 2']);
  });

  it('ICMP payloads restart from the start state without BOL, keep accepted patterns, no size limit', () => {
    const r = recorder(`signature p { ip-proto == icmp  payload /ping/  event "p" }
signature anchored { ip-proto == icmp  payload /^ping/  event "anchored" }
signature two { ip-proto == icmp  payload /.*AA/  payload /.*BB/  event "two" }`);
    const cm = newConnMatch(r.engine, 'i', 1);
    initEndpoint(r.engine, cm, true, headerFactsFromText({ src: '10.0.0.1', dst: '10.0.0.2', proto: 1, srcPort: 8, dstPort: 0 }));
    matchIcmp(r.engine, cm, true, bytes('x'.repeat(2000)));
    matchIcmp(r.engine, cm, true, bytes('ping'));
    matchIcmp(r.engine, cm, true, bytes('AA'));
    matchIcmp(r.engine, cm, true, bytes('BB'));
    // Zeek's ICMP matching passes `clear` but no BOL, so `^` never matches there.
    expect(r.out).toEqual(['match i p T p [ping] 4', 'match i two T two [BB] 2']);
  });

  it('feeds BOL at initialisation: a pattern accepting right after BOL fires then, with empty data', () => {
    const r = recorder('signature bol { payload /^.*/  event "bol" }\nsignature any { payload /.*/  event "any" }');
    const cm = newConnMatch(r.engine, 'c1', 6);
    initEndpoint(r.engine, cm, true, tcpFacts());
    // `.*` accepted in the start state, which alone never counts as new (5.9 quirk), but the
    // examination triggered by `^.*` looks at every signature whose patterns all matched.
    expect(r.out).toEqual(['match c1 bol T bol [] 0', 'match c1 any T any [] 0']);
    const alone = recorder('signature any { payload /.*/  event "any" }');
    initEndpoint(alone.engine, newConnMatch(alone.engine, 'c2', 6), true, tcpFacts());
    expect(alone.out).toEqual([]);
  });

  it('analyzer pattern types only see analyzer data', () => {
    const r = recorder('signature h { http-request /.*\\.php/  event "php" }');
    const cm = tcpConn(r);
    matchStream(r.engine, cm, true, bytes('GET /a.php HTTP/1.1'));
    expect(r.out).toEqual([]);
    matchAnalyzerData(r.engine, cm, true, 'http-request', bytes('/a.php'));
    expect(r.out).toEqual(['match c1 h T php [/a.php] 6']);
  });
});

describe('statistics (5.11, 6.5)', () => {
  it('counts groups, states and transitions and prints both line formats', () => {
    const sigs = loadSignatures([{ file: 's.sig', text: 'signature a { ip-proto == tcp  payload /.*ab/  event "a" }\nsignature b { ip-proto == tcp  payload /cd/  event "b" }\nsignature c { http-request /x/ }' }]);
    const engine = createSignatureEngine<string>(sigs, { signatureMatch: () => undefined });
    const cm = newConnMatch(engine, 'c', 6);
    initEndpoint(engine, cm, true, tcpFacts());
    matchStream(engine, cm, true, bytes('zab'));
    const st = getMatcherStats(engine);
    expect(st.matchers).toBe(2);
    expect(st.dfa_states).toBe(6);
    expect(st.computed).toBe(4);
    expect(st.nfa_states).toBe(17);
    expect(st.flushes).toBe(0);
    expect(formatProfLine(12.5, st)).toBe(`12.500000 RuleMatcher: matchers=2 nfa_states=17 dfa_states=6 ncomputed=4 mem=${Math.floor(st.mem / 1024)}K`);
    expect(formatProfLine(12.5, st, true)).toBe(`12.500000 RuleMatcher: matchers=2 dfa_states=6 ncomputed=4 mem=${Math.floor(st.mem / 1024)}K avg_nfa_states=2`);
    expect(dumpRuleStats(engine, 12.5).split('\n')).toEqual([
      `12.500000 computed dfa states = 6; classes = ??; computed trans. = 4; matchers = 2; mem = ${st.mem}`,
      `12.500000 DFA cache hits = ${st.hits}; misses = ${st.misses}`,
      // tree order: the root (c has no header test) before its `ip-proto == tcp` child
      '12.500000 1 DFA states in HTTP-REQUEST group 0 from sigs c ',
      '12.500000 5 DFA states in Payload group 0 from sigs a b ',
      '',
    ]);
  });

  it('sig_max_group_size splits a node into groups of at most size + 1 patterns', () => {
    const text = Array.from({ length: 7 }, (_, k) => `signature s${k} { ip-proto == tcp  payload /.*w${k}/ }`).join('\n');
    const engine = createSignatureEngine<string>(loadSignatures([{ file: 's.sig', text }]), { signatureMatch: () => undefined }, { sigMaxGroupSize: 2 });
    expect(engine.tree.groups.map((g) => g.sigIds.join(','))).toEqual(['s0,s1,s2', 's3,s4,s5', 's6']);
  });

  it('a tiny DFA cache is flushed and matching stays correct', () => {
    const text = Array.from({ length: 40 }, (_, k) => `signature s${k} { payload /.*w${k}x/  event "m" }`).join('\n');
    const r = recorder(text, { dfaMaxStates: 16, matchOnlyBeginning: false });
    const cm = tcpConn(r);
    const input = Array.from({ length: 40 }, (_, k) => `w${(k * 7) % 40}x`).join(' ');
    for (let k = 0; k < input.length; k += 5) matchStream(r.engine, cm, true, bytes(input.slice(k, k + 5)));
    expect(getMatcherStats(r.engine).flushes).toBeGreaterThan(0);
    expect(r.out.map((l) => l.split(' ')[2]).sort()).toEqual(Array.from({ length: 40 }, (_, k) => `s${k}`).sort());
  });
});

describe('headerFactsFromPacket', () => {
  it('takes views of the IP header (fixed 40 bytes for IPv6) and the captured transport bytes', async () => {
    const { headerFactsFromPacket } = await import('../../src/signatures');
    const data = Buffer.alloc(14 + 20 + 8 + 4);
    data[14] = 0x45;
    data[14 + 9] = 17;
    data.set([10, 0, 0, 1, 10, 0, 0, 2], 14 + 12);
    data.set([0x13, 0x88, 0x00, 0x35], 34);
    const p = { data, ipVersion: 4, ipOff: 14, ipHdrLen: 20, l4Off: 34, l4Cap: 12, proto: 17 } as unknown as import('../../src/packet/Packet').Packet;
    const f = headerFactsFromPacket(p);
    expect([f.ipVersion, f.ip.length, f.transport.length, f.proto, f.ip[12], f.transport[1]]).toEqual([4, 20, 12, 17, 10, 0x88]);
    const r = recorder('signature s { src-port == 5000  dst-ip == 10.0.0.2  event "s" }');
    const cm = newConnMatch(r.engine, 'u', 17);
    initEndpoint(r.engine, cm, true, f);
    expect(r.out).toEqual(['match u s T s [] 0']);
  });
});

describe('one shared automaton vs Zeek-sized groups (randomised)', () => {
  it('fires the same signatures with the same data and end_of_match for random patterns, inputs and splits', () => {
    const rnd = seeded(11);
    const atom = () => ['a', 'b', 'c', '[ab]', '(a|bc)', 'c+', '.'][Math.floor(rnd() * 7)];
    const lit = (n: number) => Array.from({ length: n }, atom).join('');
    for (let trial = 0; trial < 60; trial++) {
      const sigs: string[] = [];
      for (let k = 0; k < 6; k++) {
        const shape = Math.floor(rnd() * 4);
        const pat = shape === 0 ? `.*${lit(2)}` : shape === 1 ? `.*${lit(2)}.*${lit(2)}` : shape === 2 ? `${lit(1)}.*${lit(2)}$` : `^${lit(3)}`;
        const depth = rnd() < 0.2 ? ` [:${4 + Math.floor(rnd() * 6)}]` : '';
        sigs.push(`signature s${k} { payload${depth} /${pat}/  event "m" }`);
      }
      const text = sigs.join('\n');
      let input = '';
      for (let k = 0, n = Math.floor(rnd() * 14); k < n; k++) input += 'abcx'[Math.floor(rnd() * 4)];
      const cuts = [Math.floor(rnd() * (input.length + 1)), Math.floor(rnd() * (input.length + 1))].sort((a, b) => a - b);
      const outs = [0, 50].map((size) => {
        const r = recorder(text, { sigMaxGroupSize: size });
        const cm = tcpConn(r);
        matchStream(r.engine, cm, true, bytes(input.slice(0, cuts[0])));
        matchStream(r.engine, cm, true, bytes(input.slice(cuts[0], cuts[1])));
        matchStream(r.engine, cm, true, bytes(input.slice(cuts[1])));
        finishConn(r.engine, cm);
        return r.out;
      });
      expect([text, input, cuts, outs[0]]).toEqual([text, input, cuts, outs[1]]);
    }
  });
});
