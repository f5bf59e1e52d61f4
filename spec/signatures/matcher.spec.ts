import {
  finishConn, headerFactsFromText, initEndpoint, matchDatagram, matchStream, newConnMatch,
} from '../../src/signatures';
import { bytes, recorder } from './harness';

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
