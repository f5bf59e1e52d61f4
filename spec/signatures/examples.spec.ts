// engine.md 5.13 worked examples that need no HTTP analyzer, on the btest traces, compared with
// the Zeek baselines quoted there.
import { createSignatureEngine, loadSignatures, type MatcherOptions, type ScriptConstant, type SignatureHooks } from '../../src/signatures';
import { esc } from './harness';
import { runTrace, TRACES } from './traceDriver';

const UDP4 = 'chksums/ip4-udp-good-chksum.pcap';
const TCP4 = 'chksums/ip4-tcp-good-chksum.pcap';
const ICMP4 = 'chksums/ip4-icmp-good-chksum.pcap';
const UDP6 = 'chksums/ip6-udp-good-chksum.pcap';
const ICMP6 = 'chksums/ip6-icmp6-good-chksum.pcap';

const C_UDP4 = '[orig_h=127.0.0.1, orig_p=30000/udp, resp_h=127.0.0.1, resp_p=13000/udp, proto=17, ctx=[]]';
const C_TCP4 = '[orig_h=127.0.0.1, orig_p=30000/tcp, resp_h=127.0.0.1, resp_p=80/tcp, proto=6, ctx=[]]';
const C_ICMP4 = '[orig_h=192.168.1.100, orig_p=8/icmp, resp_h=192.168.1.101, resp_p=0/icmp, proto=1, ctx=[]]';
const C_UDP6 = '[orig_h=2001:4f8:4:7:2e0:81ff:fe52:ffff, orig_p=30000/udp, resp_h=2001:4f8:4:7:2e0:81ff:fe52:9a6b, resp_p=13000/udp, proto=17, ctx=[]]';
const C_ICMP6 = '[orig_h=2001:4f8:4:7:2e0:81ff:fe52:ffff, orig_p=128/icmp, resp_h=2001:4f8:4:7:2e0:81ff:fe52:9a6b, resp_p=129/icmp, proto=58, ctx=[]]';

/** Runs `sig` over `trace`; the default handler prints `signature_match <conn> - <msg>`. */
function zeek(
  sig: string,
  trace: string,
  opts: { options?: MatcherOptions; hooks?: (out: string[]) => Partial<SignatureHooks<string>>; consts?: Record<string, ScriptConstant> } = {},
): string[] {
  const out: string[] = [];
  const sigs = loadSignatures([{ file: 'test.sig', text: sig }], { resolve: opts.consts ? (n) => opts.consts![n] : undefined });
  const engine = createSignatureEngine<string>(
    sigs,
    { signatureMatch: (st, msg) => out.push(`signature_match ${st.conn} - ${msg}`), ...opts.hooks?.(out) },
    opts.options,
  );
  runTrace(`${TRACES}/${trace}`, engine);
  return out;
}

describe('5.13.1 generic header tests (header-header-condition)', () => {
  const cases: [string, string, string, string][] = [
    ['ip', 'header ip[10:1] == 0x7c', UDP4, C_UDP4],
    ['ip-mask', 'header ip[16:4] == 127.0.0.0/24', UDP4, C_UDP4],
    ['ip6', 'header ip6[10:1] == 0x04', UDP6, C_UDP6],
    ['udp', 'header udp[2:1] == 0x32', UDP4, C_UDP4],
    ['tcp', 'header tcp[3:4] == 0x50000000', TCP4, C_TCP4],
    ['icmp', 'header icmp[2:2] == 0xf7ff', ICMP4, C_ICMP4],
    ['icmp6', 'header icmp6[0:1] == 0x80', ICMP6, C_ICMP6],
    ['val-mask', 'header udp[2:1] & 0x0f == 0x02', UDP4, C_UDP4],
  ];
  it.each(cases)('%s.sig', (name, cond, trace, conn) => {
    expect(zeek(`signature id {\n  ${cond}\n  event "${name}"\n}`, trace)).toEqual([`signature_match ${conn} - ${name}`]);
  });
  it('ip[] never matches IPv6 and ip6[] never IPv4', () => {
    expect(zeek('signature id { header ip[0:1] & 0xf0 == 0x60 event "x" }', UDP6)).toEqual([]);
    expect(zeek('signature id { header ip6[0:1] & 0xf0 == 0x40 event "x" }', UDP4)).toEqual([]);
  });
});

describe('5.13.2 address conditions', () => {
  const v4: [string, boolean][] = [
    ['dst-ip == 192.168.1.101', true],
    ['dst-ip == 10.0.0.1', false],
    ['dst-ip == 10.0.0.1,10.0.0.2,[fe80::1],192.168.1.101', true],
    ['dst-ip != 10.0.0.1', true],
    ['dst-ip != 192.168.1.101', false],
    ['dst-ip != 10.0.0.1,10.0.0.2,10.0.0.3,[fe80::1]', true],
    ['dst-ip != 10.0.0.1,10.0.0.2,10.0.0.3,[fe80::1],192.168.1.101', false],
    ['src-ip == 192.168.1.100', true],
    ['src-ip != 192.168.1.100', false],
  ];
  it.each(v4)('%s on ip4-icmp-good: %s', (cond, match) => {
    expect(zeek(`signature dst-ip-eq { ${cond} event "dst-ip-eq" }`, ICMP4)).toEqual(match ? [`signature_match ${C_ICMP4} - dst-ip-eq`] : []);
  });
  const v6: [string, boolean][] = [
    ['dst-ip == [2001:4f8:4:7:2e0:81ff:fe52:0]/112', true],
    ['dst-ip == [fe80::0]/16', false],
    ['dst-ip != [2001:4f8:4:7:2e0:81ff:fe52:0]/120', true],
    ['dst-ip == 10.0.0.0/8,[fe80::0]/16,[2001:4f8:4:7:2e0:81ff:fe52:0]/112', true],
    ['src-ip == [2001:4f8:4:7:2e0:81ff:fe52:ffff]', true],
  ];
  it.each(v6)('%s on ip6-udp-good: %s', (cond, match) => {
    expect(zeek(`signature s { ${cond} event "m" }`, UDP6)).toEqual(match ? [`signature_match ${C_UDP6} - m`] : []);
  });
});

describe('5.13.3 port lists and ranges', () => {
  it('src-port-range on udp-multiple-source-ports', () => {
    expect(zeek('signature s { src-port == 29997-29999,30001-30002,30003 event "src-port-range" }', 'udp-multiple-source-ports.pcap')).toEqual([
      'signature_match [orig_h=127.0.0.1, orig_p=29998/udp, resp_h=127.0.0.1, resp_p=13000/udp, proto=17, ctx=[]] - src-port-range',
      'signature_match [orig_h=127.0.0.1, orig_p=30001/udp, resp_h=127.0.0.1, resp_p=13000/udp, proto=17, ctx=[]] - src-port-range',
      'signature_match [orig_h=127.0.0.1, orig_p=30003/udp, resp_h=127.0.0.1, resp_p=13000/udp, proto=17, ctx=[]] - src-port-range',
    ]);
  });
  const yes = ['< 30001', '<= 30000', '<= 30001', '> 29999', '>= 30000', '>= 29999', '!= 22', '!= 22,23,24,25', '== 22,23,24,30000'];
  const no = ['< 30000', '<= 29999', '> 30000', '>= 30001', '== 22', '!= 30000', '!= 22,23,24,25,30000'];
  it.each(yes.map((c) => [c]))('src-port %s matches', (c) => {
    expect(zeek(`signature s { src-port ${c} event "m" }`, UDP6)).toHaveLength(1);
    expect(zeek(`signature s { dst-port ${c.replace(/\d+/g, (d) => String(Number(d) === 30000 ? 13000 : Number(d) === 30001 ? 13001 : Number(d) === 29999 ? 12999 : d))} event "m" }`, UDP6)).toHaveLength(1);
  });
  it.each(no.map((c) => [c]))('src-port %s does not match', (c) => {
    expect(zeek(`signature s { src-port ${c} event "m" }`, UDP6)).toEqual([]);
  });
});

describe('5.13.4 ip-proto', () => {
  const cases: [string, string, string][] = [
    ['tcp', TCP4, C_TCP4],
    ['udp', UDP4, C_UDP4],
    ['udp', UDP6, C_UDP6],
    ['icmp', ICMP4, C_ICMP4],
    ['icmp6', ICMP6, C_ICMP6],
  ];
  it.each(cases)('ip-proto == %s on %s', (p, trace, conn) => {
    expect(zeek(`signature id { ip-proto == ${p} event "${p}" }`, trace)).toEqual([`signature_match ${conn} - ${p}`]);
  });
  it('icmp does not match ICMPv6 (nomatch.out is empty)', () => {
    expect(zeek('signature id { ip-proto == icmp event "icmp" }', ICMP6)).toEqual([]);
  });
});

describe('5.13.5–5.13.6 UDP flows of ntp.pcap', () => {
  const printId = (out: string[]) => ({ signatureMatch: (st: { sig_id: string }, msg: string) => out.push(`${msg}, ${st.sig_id}`) });
  it('dst-ip-cidr-v4: one match per connection', () => {
    const out = zeek('signature foo {\n    dst-ip == 17.0.0.0/8\n    ip-proto == udp\n    event "match"\n}', 'ntp.pcap', { hooks: printId });
    expect(out).toEqual(new Array(6).fill('match, foo'));
  });
  it('udp-payload-size: header-only payload-size re-evaluated after each datagram', () => {
    const out = zeek(
      'signature foo1 {\n ip-proto == udp\n payload-size < 1\n event "match"\n}\nsignature foo2 {\n ip-proto == udp\n payload-size > 0\n event "match"\n}',
      'ntp.pcap',
      { hooks: printId },
    );
    expect(out).toEqual(new Array(6).fill('match, foo2'));
  });
});

describe('5.13.7 implicit anchoring per UDP packet (udp-packetwise-match)', () => {
  const sigs = (pats: string[]) =>
    pats.map((p, k) => `signature s${k} {\n  ip-proto = udp\n  payload /${p.replace(/\/i$/, '')}/${p.endsWith('/i') ? 'i' : ''}\n  event "Found ${p.replace(/\/i$/, '')}"\n}`).join('\n');
  const expected = [
    'signature match, Found .*XXXX, XXXX',
    'signature match, Found .*YYYY, YYYY',
    'signature match, Found XXXX, XXXX',
    'signature match, Found YYYY, YYYY',
    'signature match, Found ^XXXX, XXXX',
    'signature match, Found ^YYYY, YYYY',
  ];
  const hooks = (out: string[]) => ({ signatureMatch: (_st: unknown, msg: string, data: string) => out.push(`signature match, ${msg}, ${data}`) });
  it('case-sensitive', () => {
    const out = zeek(sigs(['XXXX', '^XXXX', '.*XXXX', 'YYYY', '^YYYY', '.*YYYY', '.*nope']), 'udp-signature-test.pcap', { hooks });
    expect(out.sort()).toEqual(expected);
  });
  it('/i variant gives the same lines', () => {
    const out = zeek(sigs(['xXxX/i', '^xxxx/i', '.*xXxX/i', 'yYyY/i', '^yyyy/i', '.*YYyy/i', '.*nope/i']), 'udp-signature-test.pcap', {
      hooks: (o) => ({ signatureMatch: (_st: unknown, msg: string, data: string) => o.push(`signature match, ${msg.toUpperCase().replace('FOUND', 'Found')}, ${data}`) }),
    });
    expect(out.sort()).toEqual(expected);
  });
});

describe('5.13.8–5.13.9 udp-state and end_of_match on dns-caa.pcap', () => {
  const conn = '[orig_h=192.168.17.58, orig_p=58755/udp, resp_h=8.8.8.8, resp_p=53/udp, proto=17, ctx=[]]';
  it('udp-state originator / responder', () => {
    const out = zeek(
      'signature my_sig_udp_orig {\n ip-proto == udp\n payload /.+/\n udp-state originator\n event "my_sig_udp_orig"\n}\n' +
        'signature my_sig_udp_resp {\n ip-proto == udp\n payload /.+/\n udp-state responder\n event "my_sig_udp_resp"\n}',
      'dns-caa.pcap',
      { hooks: (o) => ({ signatureMatch: (st, _m, data) => o.push(`signature_match ${st.conn} - ${st.sig_id}`, Buffer.from(data, 'latin1').toString('hex')) }) },
    );
    expect(out).toHaveLength(4);
    expect(out[0]).toBe(`signature_match ${conn} - my_sig_udp_orig`);
    expect(out[1]).toBe('355e0100000100000000000006676f6f676c6503636f6d0001010001');
    expect(out[2]).toBe(`signature_match ${conn} - my_sig_udp_resp`);
    expect(out[3].startsWith('355e8180000100010000000006676f6f')).toBe(true);
  });
  it('udp-end-of-match: shortest match end', () => {
    const out = zeek(
      'signature my_sig_udp_orig {\n ip-proto == udp\n payload /.+google/\n udp-state originator\n event "my_sig_udp_orig"\n}',
      'dns-caa.pcap',
      { hooks: (o) => ({ signatureMatch: (st, m, data, eom) => o.push(`signature_match ${st.conn} - ${st.sig_id} - offset=${eom}`, esc(data.slice(0, eom))) }) },
    );
    expect(out).toEqual([`signature_match ${conn} - my_sig_udp_orig - offset=19`, '5^\\x01\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x06google']);
  });
});

describe('5.13.10 end_of_match on a TCP stream, custom events, the 1 KB limit (tcp-end-of-match)', () => {
  const sig = `signature with-msg {
  ip-proto == tcp
  payload /.*portability.*/
  event "message"
}
signature my-custom-event {
  ip-proto == tcp
  payload /.*portability.*/
  event DataEndOffset::portability_match
}
signature my-custom-event2 {
  ip-proto == tcp
  payload /.*portability.*/
  event DataEndOffset::portability_match_with_msg "custom message"
}`;
  const hooks = (o: string[]): Partial<SignatureHooks<string>> => ({
    signatureMatch: (_st, msg, data, eom) => o.push(`signature_match, ${msg}, ${data.length}, ${eom}, ${esc(data.slice(eom - 69, eom))}`),
    customEvent: (name, _st, msg, data, eom) => o.push(`${name}, ${msg ?? '-'}, ${data.length}, ${eom}`),
  });
  it('with dpd_buffer_size = 1 MB all three fire on the second server segment, in definition order', () => {
    expect(zeek(sig, 'http/get.pcap', { options: { dpdBufferSize: 1024 * 1024 }, hooks })).toEqual([
      'signature_match, message, 1448, 69,    rather than all. (Robin Sommer)\\x0a\\x0a  * Fix parallel make portability',
      'DataEndOffset::portability_match, -, 1448, 69',
      'DataEndOffset::portability_match_with_msg, custom message, 1448, 69',
    ]);
  });
  it('with the default 1024-byte buffer nothing fires', () => {
    expect(zeek(sig, 'http/get.pcap', { hooks })).toEqual([]);
  });
});

describe('5.13.11–5.13.12 identifiers and firing order of header-only signatures', () => {
  const consts: Record<string, ScriptConstant> = {
    udp_proto_number: { type: 'count', value: 17 },
    mynets: {
      type: 'set',
      elements: [
        { type: 'subnet', addr: '192.168.1.0', width: 24 },
        { type: 'subnet', addr: '10.0.0.0', width: 8 },
        { type: 'subnet', addr: '127.0.0.0', width: 24 },
      ],
    },
    my_signature_match2: { type: 'event', params: ['signature_state', 'string'] },
    my_signature_match3: { type: 'event', params: ['signature_state', 'string', 'string'] },
    my_signature_match4: { type: 'event', params: ['signature_state', 'string', 'string', 'count'] },
    my_signature_match5: { type: 'event', params: ['signature_state', 'string', 'count'] },
  };
  it('id-lookup: the later-created root child fires first', () => {
    const out = zeek('signature id {\n  ip-proto == udp_proto_number\n  event "id"\n}\nsignature idtable {\n  dst-ip == mynets\n  event "idtable"\n}', UDP4, { consts });
    expect(out).toEqual([`signature_match ${C_UDP4} - idtable`, `signature_match ${C_UDP4} - id`]);
  });
  it('custom-event: one node fires in reverse definition order, after the later node', () => {
    const out = zeek(
      `signature udp-proto {
  ip-proto == 17
  event my_signature_match3 "message"
}
signature udp-proto-with-offset {
  ip-proto == 17
  event my_signature_match4 "message"
}
signature udp-proto-with-offset-no-msg {
  ip-proto == 17
  event my_signature_match5
}
signature udp-stuff {
  dst-ip == mynets
  event my_signature_match2
}`,
      UDP4,
      {
        consts,
        hooks: (o) => ({
          customEvent: (name, st, msg, _data, eom) => {
            const n = name.replace('my_', '');
            if (name === 'my_signature_match2') o.push(`${n} ${st.conn}`);
            if (name === 'my_signature_match3') o.push(`${n} ${st.conn} - ${msg}`);
            if (name === 'my_signature_match4') o.push(`${n} ${st.conn} - ${msg} end_of_match=${eom}`);
            if (name === 'my_signature_match5') o.push(`${n} ${st.conn} - end_of_match=${eom}`);
          },
        }),
      },
    );
    expect(out).toEqual([
      `signature_match2 ${C_UDP4}`,
      `signature_match5 ${C_UDP4} - end_of_match=0`,
      `signature_match4 ${C_UDP4} - message end_of_match=0`,
      `signature_match3 ${C_UDP4} - message`,
    ]);
  });
});

describe('5.13.13 payload in SYN / SYN-ACK / TCP Fast Open', () => {
  const sig = `signature test-signature {
    ip-proto == tcp
    dst-port = 80
    payload /.*passwd/
    event "payload of dst-port=80/tcp contains 'passwd'"
}`;
  const c = '[orig_h=192.168.0.1, orig_p=80/tcp, resp_h=192.168.0.2, resp_p=80/tcp, proto=6, ctx=[]]';
  it.each([['tcp/payload-syn.pcap'], ['tcp/payload-synack.pcap']])('%s', (trace) => {
    expect(zeek(sig, trace)).toEqual([`signature_match ${c} - payload of dst-port=80/tcp contains 'passwd'`]);
  });
  it('tcp/tcp-fast-open.pcap', () => {
    expect(zeek(sig, 'tcp/tcp-fast-open.pcap')).toEqual([
      "signature_match [orig_h=10.99.99.1, orig_p=55534/tcp, resp_h=10.99.99.45, resp_p=80/tcp, proto=6, ctx=[]] - payload of dst-port=80/tcp contains 'passwd'",
    ]);
  });
});

describe('5.13.14 anchoring on a real trace (load-sigs, wikipedia.pcap)', () => {
  it('only the stream that begins with GET /images matches', () => {
    const out = zeek('signature my-sig {\nip-proto == tcp\npayload /GET \\/images/\nevent "works"\n}', 'wikipedia.pcap', {
      hooks: (o) => ({ signatureMatch: (st, msg, data) => o.push(st.conn, msg, esc(data), String(data.length)) }),
    });
    expect(out).toHaveLength(4);
    expect(out[3]).toBe('534'); // the whole request segment
    expect(out[0]).toBe('[orig_h=141.142.220.118, orig_p=35642/tcp, resp_h=208.80.152.2, resp_p=80/tcp, proto=6, ctx=[]]');
    expect(out[1]).toBe('works');
    expect(out[2].startsWith('GET /images/wikimedia-button.png HTTP/1.1\\x0d\\x0aHost: meta.wikimedia.org\\x0d\\x0a')).toBe(true);
    expect(out[2].endsWith('\\x0d\\x0a\\x0d\\x0a')).toBe(true);
  });
});

describe('5.13.15 dependencies and enable (dpd, ftp/ipv4.pcap)', () => {
  const sig = `signature my_ftp_client {
  ip-proto == tcp
  payload /(|.*[\\n\\r]) *[uU][sS][eE][rR] /
  tcp-state originator
  event "matched my_ftp_client"
}
signature my_ftp_server {
  ip-proto == tcp
  payload /[\\n\\r ]*(120|220)[^0-9].*[\\n\\r] *(230|331)[^0-9]/
  tcp-state responder
  requires-reverse-signature my_ftp_client
  enable "ftp"
  event "matched my_ftp_server"
}`;
  it.each([
    ['ftp/ipv4.pcap', '[orig_h=141.142.220.235, orig_p=50003/tcp, resp_h=199.233.217.249, resp_p=21/tcp, proto=6, ctx=[]]'],
    ['ftp/ipv6.pcap', undefined],
  ])('%s: client first, then enable and the server match in written order', (trace, conn) => {
    const out = zeek(sig, trace, { hooks: (o) => ({ enable: (a, st) => o.push(`enable ${a} ${st.sig_id} ${st.is_orig}`) }) });
    expect(out.map((l) => l.replace(/\[orig_h=.*ctx=\[\]\]/, 'C'))).toEqual([
      'signature_match C - matched my_ftp_client',
      'enable ftp my_ftp_server false',
      'signature_match C - matched my_ftp_server',
    ]);
    if (conn) expect(out[0]).toBe(`signature_match ${conn} - matched my_ftp_client`);
  });
  it('the server pattern alone does not fire without its reverse dependency', () => {
    const out = zeek(sig.replace('[uU][sS][eE][rR] /', '[uU][sS][eE][rR]XYZ /'), 'ftp/ipv4.pcap');
    expect(out).toEqual([]);
  });
});

describe('5.13.16 eval', () => {
  const evalHooks = (cut: number) => (o: string[]): Partial<SignatureHooks<string>> => ({
    eval: (name, _st, data) => {
      o.push(`signature_cond, ${esc(data.slice(0, cut))}`);
      return name === 'SignatureEvalTest::signature_cond';
    },
    signatureMatch: (_st, msg, data) => o.push(`signature_match, ${msg}, ${esc(data.slice(0, cut))}`),
  });
  const first = `signature my-first-sig {
        ip-proto == tcp
        dst-port == 80
        payload /GET/
        event "GET"
        eval SignatureEvalTest::signature_cond
}`;
  it('signature-cond-used: eval runs synchronously before the match is reported', () => {
    const req =
      'GET /download/CHANGES.bro-aux.txt HTTP/1.1\\x0d\\x0aUser-Agent: Wget/1.14 (darwin12.2.0)\\x0d\\x0aAccept: */*\\x0d\\x0aHost: bro.org\\x0d\\x0aConnection: Keep-Alive\\x0d\\x0a\\x0d\\x0a';
    expect(zeek(first, 'http/get.pcap', { hooks: evalHooks(1000) })).toEqual([`signature_cond, ${req}`, `signature_match, GET, ${req}`]);
  });
  it('signature-cond-used-twice', () => {
    const second = `signature my-second-sig {
        ip-proto == tcp
        payload /HTTP\\/1\\.1 [0-9]+/
        event "STATUS"
        eval SignatureEvalTest::signature_cond
}`;
    expect(zeek(`${first}\n${second}`, 'http/get.pcap', { hooks: evalHooks(32) })).toEqual([
      'signature_cond, GET /download/CHANGES.bro-aux.tx',
      'signature_match, GET, GET /download/CHANGES.bro-aux.tx',
      'signature_cond, HTTP/1.1 200 OK\\x0d\\x0aDate: Thu, 07 M',
      'signature_match, STATUS, HTTP/1.1 200 OK\\x0d\\x0aDate: Thu, 07 M',
    ]);
  });
  it('eval-condition: /.*/ is examined once another pattern of that direction is accepted', () => {
    const sig = `signature dpd_ftp_server {
  ip-proto == tcp
  payload /[\\n\\r ]*(120|220)[^0-9].*[\\n\\r] *(230|331)[^0-9]/
  tcp-state responder
}
signature blah {
  ip-proto == tcp
  src-port == 21
  payload /.*/
  eval mark_conn
}`;
    const out = zeek(sig, 'ftp/ipv4.pcap', { hooks: (o) => ({ eval: (name, st) => (o.push(`${name} ${st.sig_id} ${st.is_orig}`), true) }) });
    expect(out).toEqual(['mark_conn blah false']);
    // Without another pattern in that direction the /.*/ signature is never examined (5.9 quirk).
    const alone = zeek(sig.replace(/signature dpd_ftp_server[^}]*}/, ''), 'ftp/ipv4.pcap', { hooks: (o) => ({ eval: (name) => (o.push(name), true) }) });
    expect(alone).toEqual([]);
  });
});
