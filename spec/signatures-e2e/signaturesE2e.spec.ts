// Signatures end to end through the built CLI (`npm run build` first): `-s`, `@load-sigs` and
// `signature_files`, matching on real traces, `signature_match`/custom events, eval, enable and
// the HTTP conditions. Expected lines are the engine.md 5.13 baselines where one exists; the
// others were checked against the traces with tshark (see the comment at each test).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { logRows, rxbro } from '../cli/cliRun';

const HERE = __dirname;
const BTEST = resolve(HERE, '..', '..', '..', 'shared', 'traces', 'zeek-btest');
const sig = (name: string): string => join(HERE, 'sigs', `${name}.sig`);
const script = (name: string): string => join(HERE, 'scripts', `${name}.bro`);
const trace = (name: string): string => join(BTEST, name);

/** Runs `rxbro run -b` and returns stdout lines (stderr must be empty unless `allowStderr`). */
function run(args: string[], opts: { allowStderr?: boolean } = {}): string[] {
  const r = rxbro(['run', '-b', ...args]);
  if (!opts.allowStderr) expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout === '' ? [] : r.stdout.replace(/\n$/, '').split('\n');
}

const C_UDP4 = '[orig_h=127.0.0.1, orig_p=30000/udp, resp_h=127.0.0.1, resp_p=13000/udp, proto=17, ctx=[]]';
const C_TCP4 = '[orig_h=127.0.0.1, orig_p=30000/tcp, resp_h=127.0.0.1, resp_p=80/tcp, proto=6, ctx=[]]';
const C_ICMP4 = '[orig_h=192.168.1.100, orig_p=8/icmp, resp_h=192.168.1.101, resp_p=0/icmp, proto=1, ctx=[]]';
const C_UDP6 = '[orig_h=2001:4f8:4:7:2e0:81ff:fe52:ffff, orig_p=30000/udp, resp_h=2001:4f8:4:7:2e0:81ff:fe52:9a6b, resp_p=13000/udp, proto=17, ctx=[]]';
const C_ICMP6 = '[orig_h=2001:4f8:4:7:2e0:81ff:fe52:ffff, orig_p=128/icmp, resp_h=2001:4f8:4:7:2e0:81ff:fe52:9a6b, resp_p=129/icmp, proto=58, ctx=[]]';
const C_DNS = '[orig_h=192.168.17.58, orig_p=58755/udp, resp_h=8.8.8.8, resp_p=53/udp, proto=17, ctx=[]]';
const C_FTP = '[orig_h=141.142.220.235, orig_p=50003/tcp, resp_h=199.233.217.249, resp_p=21/tcp, proto=6, ctx=[]]';

const lines = (conn: string, msgs: string[]): string[] => msgs.map((m) => `signature_match ${conn} - ${m}`);

describe('header conditions (5.13.1-5.13.4): header-only signatures fire on the first packet', () => {
  // Firing order: breadth-first over the header-test tree, later-created children first (5.9).
  it.each([
    ['chksums/ip4-udp-good-chksum.pcap', C_UDP4, ['val-mask', 'udp', 'ip-mask', 'ip']],
    ['chksums/ip4-tcp-good-chksum.pcap', C_TCP4, ['tcp', 'ip-mask', 'ip']],
    ['chksums/ip4-icmp-good-chksum.pcap', C_ICMP4, ['icmp']],
    ['chksums/ip6-udp-good-chksum.pcap', C_UDP6, ['val-mask', 'udp', 'ip6']],
    ['chksums/ip6-icmp6-good-chksum.pcap', C_ICMP6, ['icmp6', 'ip6']],
  ])('header-conditions.sig on %s', (t, conn, msgs) => {
    expect(run(['-s', sig('header-conditions'), '-r', trace(t), script('print-match')])).toEqual(lines(conn, msgs));
  });

  it('addresses.sig: lists, != and ip-proto on IPv4 ICMP (5.13.2 table, 5.13.4)', () => {
    expect(run(['-s', sig('addresses'), '-r', trace('chksums/ip4-icmp-good-chksum.pcap'), script('print-match')])).toEqual(
      lines(C_ICMP4, ['proto-icmp', 'v6-ne-120', 'dst-ip-ne-list', 'dst-ip-ne', 'dst-ip-eq-list', 'dst-ip-eq']),
    );
  });

  it('addresses.sig on IPv6: /112 matches, fe80::/16 does not, icmp is not icmp6 (5.13.2 -v6-masks, 5.13.4)', () => {
    expect(run(['-s', sig('addresses'), '-r', trace('chksums/ip6-icmp6-good-chksum.pcap'), script('print-match')])).toEqual(
      lines(C_ICMP6, ['proto-icmp6', 'v6-ne-120', 'v6-112', 'dst-ip-ne-list-nomatch', 'dst-ip-ne-list', 'dst-ip-ne-nomatch', 'dst-ip-ne']),
    );
  });

  it('ports.sig: ranges and comparisons on three flows (5.13.3)', () => {
    const out = run(['-s', sig('ports'), '-r', trace('udp-multiple-source-ports.pcap'), script('print-match')]);
    const flows = [29998, 30001, 30003].map((p) => `[orig_h=127.0.0.1, orig_p=${p}/udp, resp_h=127.0.0.1, resp_p=13000/udp, proto=17, ctx=[]]`);
    expect(out).toEqual(flows.flatMap((c) => lines(c, ['src-port-ne-list', 'dst-port-lt', 'src-port-range'])));
  });
});

describe('UDP and ICMP (5.13.5-5.13.9)', () => {
  it('udp-flows.sig on ntp.pcap: once per connection; payload-size of a header-only signature after each datagram', () => {
    expect(run(['-s', sig('udp-flows'), '-r', trace('ntp.pcap'), script('print-msg')])).toEqual(
      Array.from({ length: 6 }, () => ['match, foo', 'match, foo2']).flat(),
    );
  });

  it('udp-packetwise.sig: every datagram is matched anew and anchored (5.13.7, sorted as the test does)', () => {
    expect(run(['-s', sig('udp-packetwise'), '-r', trace('udp-signature-test.pcap'), script('print-msg-data')]).sort()).toEqual([
      'signature match, Found .*XXXX, XXXX',
      'signature match, Found .*YYYY, YYYY',
      'signature match, Found XXXX, XXXX',
      'signature match, Found YYYY, YYYY',
      'signature match, Found ^XXXX, XXXX',
      'signature match, Found ^YYYY, YYYY',
    ]);
  });

  it('udp-state.sig: originator and responder datagrams of dns-caa.pcap (5.13.8), data = the whole payload', () => {
    const out = run(['-s', sig('udp-state'), '-r', trace('dns-caa.pcap'), script('print-data')]);
    expect(out).toEqual([
      'my_sig_udp_orig, my_sig_udp_orig, T, 28, 5^\\x01\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x06google\\x03com\\x00\\x01\\x01\\x00\\x01',
      'my_sig_udp_resp, my_sig_udp_resp, F, 59, 5^\\x81\\x80\\x00\\x01\\x00\\x01\\x00\\x00\\x00\\x00\\x06google\\x03com\\x00\\x01\\x01\\x00\\x01\\xc0\\x0c\\x01\\x01\\x00\\x01\\x00\\x00TI\\x00\\x13',
    ]);
  });

  it('udp-end-of-match.sig: end_of_match is the shortest match end, 19 (5.13.9)', () => {
    expect(run(['-s', sig('udp-end-of-match'), '-r', trace('dns-caa.pcap'), script('udp-end-of-match')])).toEqual([
      `signature_match ${C_DNS} - my_sig_udp_orig - offset=19`,
      '5^\\x01\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x06google',
    ]);
  });

  it('signature_files names files too (5.1)', () => {
    const out = run(['-r', trace('dns-caa.pcap'), script('print-match'), '-e', `redef signature_files += "${join(HERE, 'sigs', 'udp-state')}";`]);
    expect(out).toEqual(lines(C_DNS, ['my_sig_udp_orig', 'my_sig_udp_resp']));
  });
});

describe('TCP streams (5.13.10, 5.13.13, 5.13.14)', () => {
  it('tcp-end-of-match.sig: custom events with end_of_match across the stream, in definition order (5.13.10)', () => {
    const out = run(['-s', sig('tcp-end-of-match'), '-r', trace('http/get.pcap'), script('tcp-end-of-match'), '-e', 'redef dpd_buffer_size = 1024 * 1024;']);
    expect(out).toEqual([
      'signature_match, message, 1448',
      'portability_match with end_of_match, 69,    rather than all. (Robin Sommer)\\x0a\\x0a  * Fix parallel make portability',
      'portability_match_with_msg with end_of_match, custom message, 1448, 69,    rather than all. (Robin Sommer)\\x0a\\x0a  * Fix parallel make portability',
    ]);
  });

  it('tcp-end-of-match.sig with the default dpd_buffer_size: the segment is never examined (5.13.10)', () => {
    expect(run(['-s', sig('tcp-end-of-match'), '-r', trace('http/get.pcap'), script('tcp-end-of-match')])).toEqual([]);
  });

  it.each([
    ['payload-syn', '[orig_h=192.168.0.1, orig_p=80/tcp, resp_h=192.168.0.2, resp_p=80/tcp, proto=6, ctx=[]]'],
    ['payload-synack', '[orig_h=192.168.0.1, orig_p=80/tcp, resp_h=192.168.0.2, resp_p=80/tcp, proto=6, ctx=[]]'],
    ['tcp-fast-open', '[orig_h=10.99.99.1, orig_p=55534/tcp, resp_h=10.99.99.45, resp_p=80/tcp, proto=6, ctx=[]]'],
  ])('tcp-syn-payload.sig on tcp/%s.pcap: data in a SYN/SYN+ACK starts the stream (5.13.13)', (t, conn) => {
    expect(run(['-s', sig('tcp-syn-payload'), '-r', trace(`tcp/${t}.pcap`), script('print-match')])).toEqual(
      lines(conn, ["payload of dst-port=80/tcp contains 'passwd'"]),
    );
  });

  it('@load-sigs relative to the script; only the stream that begins with GET /images matches (5.13.14)', () => {
    const out = run(['-C', '-r', trace('wikipedia.pcap'), script('load-sigs')]);
    expect(out).toHaveLength(3);
    expect(out[0]).toBe('[orig_h=141.142.220.118, orig_p=35642/tcp, resp_h=208.80.152.2, resp_p=80/tcp, proto=6, ctx=[]]');
    expect(out[1]).toBe('works');
    expect(out[2].startsWith('GET /images/wikimedia-button.png HTTP/1.1\\x0d\\x0aHost: meta.wikimedia.org\\x0d\\x0a')).toBe(true);
    expect(out[2].endsWith('Cache-Control: max-age=0\\x0d\\x0a\\x0d\\x0a')).toBe(true);
  });

  // get.pcap: the 136-byte request (GET, Host: bro.org) and a 1448-byte first reply segment.
  it('context.sig: requires-(reverse-)signature, a negated dependency at removal, payload-size, tcp-state', () => {
    expect(run(['-s', sig('context'), '-r', trace('http/get.pcap'), script('print-data')])).toEqual([
      'get, get, T, 136, GET /download/CHANGES.bro-aux.txt HTTP/1',
      'get-then-host, get-then-host, T, 136, GET /download/CHANGES.bro-aux.txt HTTP/1',
      'small-request, small-request, T, 136, GET /download/CHANGES.bro-aux.txt HTTP/1',
      'reply-after-get, reply-after-get, F, 1448, HTTP/1.1 200 OK\\x0d\\x0aDate: Thu, 07 Mar 2013 ',
      'no-post, no-post, F, 1448, HTTP/1.1 200 OK\\x0d\\x0aDate: Thu, 07 Mar 2013 ',
    ]);
  });
});

describe('script identifiers, custom events, eval, enable (5.13.11, 5.13.12, 5.13.15, 5.13.16)', () => {
  it('id-lookup.sig: constants from the script, later-created header node first (5.13.11)', () => {
    expect(run(['-s', sig('id-lookup'), '-r', trace('chksums/ip4-udp-good-chksum.pcap'), script('print-match'), script('id-lookup')])).toEqual(
      lines(C_UDP4, ['idtable', 'id']),
    );
  });

  it('custom-event.sig: the four event forms, end_of_match 0 for header-only (5.13.12)', () => {
    expect(run(['-s', sig('custom-event'), '-r', trace('chksums/ip4-udp-good-chksum.pcap'), script('custom-event')])).toEqual([
      `signature_match2, ${C_UDP4}`,
      `signature_match5, ${C_UDP4}, 0`,
      `signature_match4, ${C_UDP4}, message, 0`,
      `signature_match3, ${C_UDP4}, message`,
    ]);
  });

  it('eval.sig: eval runs synchronously, before the handlers of that packet (5.13.16 signature-cond-used-twice)', () => {
    expect(run(['-s', sig('eval'), '-r', trace('http/get.pcap'), script('eval')])).toEqual([
      'signature_cond, GET /download/CHANGES.bro-aux.tx',
      'signature_match, GET, GET /download/CHANGES.bro-aux.tx',
      'signature_cond, HTTP/1.1 200 OK\\x0d\\x0aDate: Thu, 07 M',
      'signature_match, STATUS, HTTP/1.1 200 OK\\x0d\\x0aDate: Thu, 07 M',
    ]);
  });

  it('dpd.sig: the server signature fires after its reverse dependency; enable "ftp" shows in conn.log (5.13.15)', () => {
    const r = rxbro(['run', '-s', sig('dpd'), '-r', trace('ftp/ipv4.pcap'), script('print-match')]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(lines(C_FTP, ['matched my_ftp_client', 'matched my_ftp_server']));
    const conn = readFileSync(join(r.cwd, 'conn.log'), 'latin1').split('\n').filter((l) => l.includes('\t50003\t'));
    expect(conn.map((l) => l.split('\t')[7])).toEqual(['ftp']);
  });

  it('eval-condition: the eval function adds to service; conn.log shows ftp,blah (5.13.16)', () => {
    const r = rxbro(['run', '-s', sig('dpd'), '-r', trace('ftp/ipv4.pcap'), script('eval-condition')]);
    expect(r.stderr).toBe('');
    const services = readFileSync(join(r.cwd, 'conn.log'), 'latin1').split('\n').filter((l) => !l.startsWith('#') && l !== '').map((l) => l.split('\t')[7]);
    expect(services.filter((s) => s !== '-')).toEqual(['ftp,blah']);
  });
});

describe('HTTP conditions (5.5, 5.13.17)', () => {
  // get.pcap: request line "GET /download/CHANGES.bro-aux.txt HTTP/1.1", "User-Agent: Wget/1.14 (darwin12.2.0)";
  // reply header "Content-Type: text/plain; charset=UTF-8"; "Fix parallel make portability" is in the
  // second reply segment (all body), past the 1024-byte DPD buffer that stops payload matching.
  it('http-conditions.sig on get.pcap: URI (anchored), header lines, reply body; no request body', () => {
    expect(run(['-s', sig('http-conditions'), '-r', trace('http/get.pcap'), script('print-data')])).toEqual([
      'uri, uri, T, 136, /download/CHANGES.bro-aux.txt',
      'req-header, req-header, T, 136, User-Agent: Wget/1.14 (darwin12.2.0)',
      'reply-header, reply-header, F, 1448, Content-Type: text/plain; charset=UTF-8',
      'reply-body, reply-body, F, 1448,    rather than all. (Robin Sommer)\\x0a\\x0a  * ',
    ]);
  });

  // http-body-match.pcap (tshark): 24682 = gzip "AB" request body, 100-continue, gzip "CD" reply, then a
  // keep-alive request "CD" / reply "EF"; 24680 = body "A","B" in two segments; 24681 = "A","B","CD";
  // 33210 = multipart parts AB, CD, EF; 33211 = parts ABCD, EF; 34527/34528 = chunked gzip "AB"/"ABCD";
  // 13578/13579 = GET without body. Replies: "C","D" (+ "EF") in separate segments, or gzip "CD"/"CDEF".
  it('http-body-match.sig: bodies by Content-Length, chunked, gzip and multipart; $ at the end of a body (5.13.17)', () => {
    const out = run(['-s', sig('http-body-match'), '-r', trace('http/http-body-match.pcap'), script('print-body-match')]).sort();
    expect(out).toEqual([
      "13578 http_reply_body_CD_prefix 'D'",
      "13579 http_reply_body_CD_only ''",
      "13579 http_reply_body_CD_prefix 'D'",
      "24680 http_reply_body_CD_only ''",
      "24680 http_reply_body_CD_prefix 'D'",
      "24680 http_request_body_AB_only ''",
      "24680 http_request_body_AB_prefix 'B'",
      "24681 http_reply_body_CD_prefix 'D'",
      "24681 http_request_body_AB_prefix 'B'",
      "24682 http_reply_body_CD_only ''",
      "24682 http_reply_body_CD_prefix 'CD'",
      "24682 http_request_body_AB_only ''",
      "24682 http_request_body_AB_prefix 'AB'",
      "24682 http_request_body_AB_then_CD 'CD'",
      "33210 http_reply_body_CD_only ''",
      "33210 http_reply_body_CD_prefix 'D'",
      "33210 http_request_body_AB_only ''",
      "33210 http_request_body_AB_prefix 'AB'",
      "33210 http_request_body_AB_then_CD 'CD'",
      "33211 http_reply_body_CD_prefix 'D'",
      "33211 http_request_body_AB_prefix 'ABCD'",
      "34527 http_reply_body_CD_only ''",
      "34527 http_reply_body_CD_prefix 'CD'",
      "34527 http_request_body_AB_only ''",
      "34527 http_request_body_AB_prefix 'AB'",
      "34528 http_reply_body_CD_prefix 'CDEF'",
      "34528 http_request_body_AB_prefix 'ABCD'",
    ]);
  });
});

describe('loading errors (5.1, 5.3): one line each and exit 1 before any packet', () => {
  it('a bad file names file:line:col and the reason; nothing is printed', () => {
    const r = rxbro(['run', '-b', '-s', sig('udp-state'), '-s', join(HERE, 'bad', 'udp-established.sig'), '-r', trace('dns-caa.pcap'), script('print-match'), '-e', 'event zeek_init() { print "init"; }']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${join(HERE, 'bad', 'udp-established.sig')}:4:13: 'established' is not a valid 'udp-state'\n`);
  });

  it('a missing file', () => {
    const r = rxbro(['run', '-b', '-s', 'no-such-file', '-r', trace('dns-caa.pcap')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("error: Can't open signature file no-such-file\n");
  });

  it('identifiers must be script constants of a usable type, events must be events', () => {
    const r = rxbro(['run', '-b', '-s', join(HERE, 'bad', 'identifiers.sig'), '-r', trace('dns-caa.pcap'), '-e', 'global a_string = "x"; global an_addr = 1.2.3.4; global not_an_event: event(state: signature_state, msg: count, data: string);']);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean).map((l) => l.replace(/^.*identifiers\.sig:/, ''))).toEqual([
      '3:15: unknown script-level identifier (no_such_constant)',
      '7:13: Wrong type of identifier (an_addr)',
      '11:9: wrong event parameters for \'not_an_event\'',
      '14:9: identifier is not an event (cat)',
      '17:9: identifier is not an event (ignore_checksums)',
    ]);
  });
});

describe('policy/signatures.bro: signatures.log and notice.log with per-signature actions (5.12)', () => {

  it('SIG_IGNORE, SIG_QUIET, SIG_LOG, SIG_FILE_BUT_NO_SCAN and the SIG_ALARM default on get.pcap', () => {
    const redef = 'redef Signatures::actions += { ["get"] = Signatures::SIG_IGNORE, ["small-request"] = Signatures::SIG_QUIET, ' +
      '["get-then-host"] = Signatures::SIG_LOG, ["reply-after-get"] = Signatures::SIG_FILE_BUT_NO_SCAN };';
    const r = rxbro(['run', '-b', '--deterministic', '-s', sig('context'), '-r', trace('http/get.pcap'), 'signatures', '-e', redef]);
    expect(r.stderr).toBe('');
    // signatures.log: ts uid src_addr src_port dst_addr dst_port note sig_id event_msg sub_msg sig_count host_count
    expect(logRows(r.cwd, 'signatures.log').map((c) => [c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9].slice(0, 15)])).toEqual([
      ['141.142.228.5', '59856', '192.150.187.43', '80', 'Signatures::Sensitive_Signature', 'get-then-host', '141.142.228.5: get-then-host', 'GET /download/C'],
      ['192.150.187.43', '80', '141.142.228.5', '59856', 'Signatures::Sensitive_Signature', 'reply-after-get', '192.150.187.43: reply-after-get', 'HTTP/1.1 200 OK'],
      ['192.150.187.43', '80', '141.142.228.5', '59856', 'Signatures::Sensitive_Signature', 'no-post', '192.150.187.43: no-post', 'HTTP/1.1 200 OK'],
    ]);
    // Data longer than 140 bytes is cut and marked.
    expect(logRows(r.cwd, 'signatures.log')[1][9]).toMatch(/\.\.\.$/);
    // notice.log: only the SIG_ALARM default raises a notice. Zeek's columns: ts uid id.orig_h id.orig_p id.resp_h
    // id.resp_p fuid file_mime_type file_desc proto note msg sub src dst p …; `p` comes from the connection's id.
    expect(logRows(r.cwd, 'notice.log').map((c) => [c[1], c[9], c[10], c[11], c[13], c[14], c[15]])).toEqual([
      ['CHhAvVGS1DHFjwGM9', 'tcp', 'Signatures::Sensitive_Signature', '192.150.187.43: no-post', '192.150.187.43', '141.142.228.5', '80'],
    ]);
  });

  it('scan accounting: five different signatures from one originator to one responder give Multiple_Signatures', () => {
    const r = rxbro(['run', '-b', '-s', sig('context'), '-r', trace('http/get.pcap'), 'signatures']);
    const last = logRows(r.cwd, 'signatures.log').pop()!;
    expect([last[2], last[4], last[6], last[8], last[9], last[10]]).toEqual([
      '141.142.228.5', '192.150.187.43', 'Signatures::Multiple_Signatures', '5 different signatures triggered',
      '141.142.228.5 has triggered 5 different signatures on host 192.150.187.43', '5',
    ]);
    expect(logRows(r.cwd, 'notice.log').map((c) => c[10])).toEqual([...Array(5).fill('Signatures::Sensitive_Signature'), 'Signatures::Multiple_Signatures']);
  });

  it('SIG_ALARM_PER_ORIG and SIG_ALARM_ONCE on ntp.pcap (two originators, six connections)', () => {
    const redef = 'redef Signatures::actions += { ["foo"] = Signatures::SIG_ALARM_PER_ORIG, ["foo2"] = Signatures::SIG_ALARM_ONCE };';
    const r = rxbro(['run', '-b', '-s', sig('udp-flows'), '-r', trace('ntp.pcap'), 'signatures', '-e', redef]);
    expect(r.stderr).toBe('');
    expect(logRows(r.cwd, 'signatures.log')).toHaveLength(12);
    expect(logRows(r.cwd, 'notice.log').map((c) => c[11])).toEqual(['192.168.1.95: match', '192.168.1.95: match', '192.168.1.100: match']);
  });

  it('ignored_ids silences matching ids completely', () => {
    const r = rxbro(['run', '-b', '-s', sig('udp-flows'), '-r', trace('ntp.pcap'), 'signatures', '-e', 'redef Signatures::ignored_ids = /foo/;']);
    expect(r.stderr).toBe('');
    expect(existsSync(join(r.cwd, 'signatures.log'))).toBe(false);
    expect(existsSync(join(r.cwd, 'notice.log'))).toBe(false);
  });
});

describe('enable past the DPD buffer (5.8)', () => {
  // get.pcap: "portability" is in the second reply segment, after 136 + 1448 bytes of the connection.
  it('with dpd_match_only_beginning = F a late enable raises protocol_late_match and still records the service', () => {
    const r = rxbro(['run', '-b', '-s', join(HERE, 'sigs', 'late-enable.sig'), '-r', trace('http/get.pcap'), '-e',
      'redef dpd_match_only_beginning = F; event protocol_late_match(c: connection, atype: string) { print "late", atype, c$service; }']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('late, http, {\nhttp\n}\n');
  });
});

describe('enable "http" on an unusual port (dynamic protocol detection, 5.8)', () => {
  /** get.pcap with TCP port 80 rewritten to 7777 (checksums become wrong: run with -C). */
  function movedGetPcap(): string {
    const buf = Buffer.from(readFileSync(trace('http/get.pcap')));
    for (let off = 24; off + 16 <= buf.length; ) {
      const caplen = buf.readUInt32LE(off + 8);
      const ip = off + 16 + 14;
      const l4 = ip + (buf[ip] & 15) * 4;
      for (const at of [l4, l4 + 2]) if (buf.readUInt16BE(at) === 80) buf.writeUInt16BE(7777, at);
      off += 16 + caplen;
    }
    const path = join(mkdtempSync(join(tmpdir(), 'rxbro-dpd-')), 'get-7777.pcap');
    writeFileSync(path, buf);
    return path;
  }

  it('the buffered request is replayed into the HTTP parsing; conn.log shows http', () => {
    const r = rxbro(['run', '-C', '-s', sig('dpd-http'), '-r', movedGetPcap(), script('print-data')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('uri, uri, T, 136, /download/CHANGES.bro-aux.txt\n');
    const conn = readFileSync(join(r.cwd, 'conn.log'), 'latin1').split('\n').filter((l) => l.includes('\t7777\t'));
    expect(conn.map((l) => l.split('\t')[7])).toEqual(['http']);
  });

  it('without the enable signature nothing parses HTTP on that port', () => {
    const only = join(mkdtempSync(join(tmpdir(), 'rxbro-dpd-')), 'uri.sig');
    writeFileSync(only, 'signature uri {\n  http-request /.*CHANGES/\n  event "uri"\n}\n');
    expect(run(['-C', '-s', only, '-r', movedGetPcap(), script('print-data')])).toEqual([]);
  });
});
