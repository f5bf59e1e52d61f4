/**
 * End-to-end: Zeek btests that earlier sweeps skipped for reasons no longer true (docs/zeek-core.md,
 * docs/zeek-language.md), replayed as their `@TEST-EXEC` lines run `zeek` and compared with their baselines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BTEST_TRACES, lines, runZeekScript, ZEEK_TRACES } from './cliRun';

describe('Zeek tests re-checked', () => {
  it('core.embedded-null: a NUL in unique_id\'s prefix is reported without position, the run goes on', () => {
    const r = runZeekScript('event zeek_init()\n\t{\n\tlocal a = "hi\\x00there";\n\tunique_id(a);\n\t}\n', ['-b']);
    // Baseline core.embedded-null/.stdout (the test runs `zeek -b %INPUT 2>&1`).
    expect(r.stdout + r.stderr).toBe('error: string with embedded NUL: "hi\\x00there"\n');
    expect(r.status).toBe(0);
  });

  it('core.enum-redef-exists: Log::ID exists in bare mode, so a module can add its stream to it', () => {
    const r = runZeekScript('module SSH;\n\nexport {\n\tredef enum Log::ID += { LOG };\n}\n', ['-b']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('language.raw_output_attr: a raw file keeps NUL bytes (Baseline output: helloXworldhi)', () => {
    const r = runZeekScript(
      'event zeek_init()\n    {\n    local myfile: file;\n    myfile = open("myfile");\n    enable_raw_output(myfile);\n' +
        '    print myfile, "hello\\x00world", "hi";\n    close(myfile);\n    }\n',
      ['-b'],
    );
    expect(r.status).toBe(0);
    expect(readFileSync(join(r.cwd, 'myfile'), 'latin1').replace(/\0/g, 'X')).toBe('helloXworldhi');
  });
});

describe('expired_conn_weird (core.expired-conn-weird)', () => {
  // The test's script; its trace (rdp/rdp-to-ssl.pcap) is not among our copies. ftp/ipv4.pcap has connections
  // removed before the trace ends, so the event scheduled 1 s after connection_state_remove still runs
  // (a `schedule` during termination does nothing, language.md §5.7).
  const script = `redef Weird::sampling_threshold = 2;

event my_event(c: connection)
	{
	Reporter::conn_weird("test!", c, "test2");
	Reporter::conn_weird("test!", c, "test2");
	Reporter::conn_weird("test!", c, "test2");
	Reporter::conn_weird("test!", c, "test2");
	}

event connection_state_remove(c: connection)
	{
	schedule 1sec { my_event(c) };
	}

event expired_conn_weird(name: string, id: conn_id, uid: string, addl: string)
	{
	print "expired_conn_weird", name, id, uid, addl;
	}
`;
  const trace = join(BTEST_TRACES, 'ftp', 'ipv4.pcap');

  it('a conn weird on a removed connection is expired_conn_weird, two of four per connection (threshold 2)', () => {
    const r = runZeekScript(script, ['-b', '-r', trace]);
    expect(r.status).toBe(0);
    // The baseline's form: `expired_conn_weird, test!, [orig_h=…, proto=6, ctx=[]], <uid>, test2`, twice.
    expect(lines(r.stdout)).toEqual([
      'expired_conn_weird, test!, [orig_h=141.142.220.235, orig_p=37604/tcp, resp_h=199.233.217.249, resp_p=56666/tcp, proto=6, ctx=[]], ClEkJM2Vm5giqnMf4h, test2',
      'expired_conn_weird, test!, [orig_h=141.142.220.235, orig_p=37604/tcp, resp_h=199.233.217.249, resp_p=56666/tcp, proto=6, ctx=[]], ClEkJM2Vm5giqnMf4h, test2',
      'expired_conn_weird, test!, [orig_h=141.142.220.235, orig_p=59378/tcp, resp_h=199.233.217.249, resp_p=56667/tcp, proto=6, ctx=[]], C4J4Th3PJpwUYZZ6gc, test2',
      'expired_conn_weird, test!, [orig_h=141.142.220.235, orig_p=59378/tcp, resp_h=199.233.217.249, resp_p=56667/tcp, proto=6, ctx=[]], C4J4Th3PJpwUYZZ6gc, test2',
      'expired_conn_weird, test!, [orig_h=199.233.217.249, orig_p=61920/tcp, resp_h=141.142.220.235, resp_p=33582/tcp, proto=6, ctx=[]], CtPZjS20MLrsMUOJi2, test2',
      'expired_conn_weird, test!, [orig_h=199.233.217.249, orig_p=61920/tcp, resp_h=141.142.220.235, resp_p=33582/tcp, proto=6, ctx=[]], CtPZjS20MLrsMUOJi2, test2',
    ]);
  });

  it('weird.log has its row with the uid and id (once per connection: the weird script\'s repeat suppression)', () => {
    const r = runZeekScript(script, ['-b', '-r', trace], { after: ['base/frameworks/notice/weird'] });
    const rows = lines(readFileSync(join(r.cwd, 'weird.log'), 'latin1')).filter((l) => !l.startsWith('#'));
    expect(rows).toEqual([
      '1329843197.616257\tClEkJM2Vm5giqnMf4h\t141.142.220.235\t37604\t199.233.217.249\t56666\ttest!\ttest2\tF\tzeek\t-',
      '1329843197.616257\tC4J4Th3PJpwUYZZ6gc\t141.142.220.235\t59378\t199.233.217.249\t56667\ttest!\ttest2\tF\tzeek\t-',
      '1329843200.079930\tCtPZjS20MLrsMUOJi2\t199.233.217.249\t61920\t141.142.220.235\t33582\ttest!\ttest2\tF\tzeek\t-',
    ]);
  });
});

describe('c$successful of a connection that starts with a SYN-ACK', () => {
  it('is successful from that first packet, as Zeek\'s TCP analyzer decides (the responder is ESTABLISHED)', () => {
    // tcp/handshake-reorder.pcap: the SYN-ACK comes first, the roles are flipped (history ^h).
    const r = runZeekScript(
      `event connection_successful(c: connection) { print network_time(), "connection_successful", c$history; }
event new_connection(c: connection) { print network_time(), "new_connection", c$history; }
event connection_state_remove(c: connection) { print "connection_state_remove", c$successful, c$history; }
`,
      ['-b', '-r', join(BTEST_TRACES, 'tcp', 'handshake-reorder.pcap')],
    );
    expect(lines(r.stdout)).toEqual([
      '1362692526.939084, new_connection, ^h',
      '1362692526.939084, connection_successful, ^h',
      'connection_state_remove, T, ^hSADadFf',
    ]);
  });
});

describe('language.expire_subnet (default scripts, var-services-std-ports.pcap)', () => {
  it('filter_subnet_table reads the entries it finds: their &read_expire restarts, as in Zeek', () => {
    const script = readFileSync(join(__dirname, 'zeek-rechecks', 'expire_subnet.zeek'), 'latin1');
    const r = runZeekScript(script, ['-C', '-r', join(ZEEK_TRACES, 'var-services-std-ports.pcap')]);
    expect(r.status).toBe(0);
    const sorted = (s: string) => lines(s).sort();
    // The baselines' lines; Zeek lists the tables in hash order, rxbro in insertion order (docs/deviations.md).
    expect(sorted(r.stdout)).toEqual(
      sorted(`All:
0 --> zero
2 --> two
4 --> four
1 --> one
3 --> three
192.168.0.0/16 --> zero
192.168.1.0/24 --> one
192.168.2.0/24 --> two
192.168.3.0/24 --> three
192.168.4.0/24 --> four
Time: 0 secs

Accessed table nums: two; three
Accessed table nets: two; zero, three
Time: 7.0 secs 518.0 msecs 828.15361 usecs
`),
    );
    expect(sorted(readFileSync(join(r.cwd, 'expire-nums-output'), 'latin1'))).toEqual(
      sorted(`Expired Num: 0 --> zero at 8.0 secs 835.0 msecs 30.078888 usecs
Expired Num: 4 --> four at 8.0 secs 835.0 msecs 30.078888 usecs
Expired Num: 1 --> one at 8.0 secs 835.0 msecs 30.078888 usecs
Expired Num: 2 --> two at 15.0 secs 150.0 msecs 681.018829 usecs
Expired Num: 3 --> three at 15.0 secs 150.0 msecs 681.018829 usecs
`),
    );
    // 192.168.0.0/16 and 192.168.3.0/24 were found by filter_subnet_table(192.168.3.0/24, nets) at 7.5 s.
    expect(readFileSync(join(r.cwd, 'expire-nets-output'), 'latin1')).toBe(`Expired Subnet: 192.168.1.0/24 --> one at 8.0 secs 835.0 msecs 30.078888 usecs
Expired Subnet: 192.168.4.0/24 --> four at 8.0 secs 835.0 msecs 30.078888 usecs
Expired Subnet: 192.168.0.0/16 --> zero at 15.0 secs 150.0 msecs 681.018829 usecs
Expired Subnet: 192.168.2.0/24 --> two at 15.0 secs 150.0 msecs 681.018829 usecs
Expired Subnet: 192.168.3.0/24 --> three at 15.0 secs 150.0 msecs 681.018829 usecs
`);
  });
});

describe('bifs.decode_base64_conn (default scripts, smtp.pcap)', () => {
  it('an incomplete base64 group is a base64_illegal_encoding weird of the connection: weird.log as the baseline', () => {
    const r = runZeekScript('event connection_established(c: connection)\n\t{\n\t# This should be logged into weird.\n\tprint decode_base64_conn(c$id, "kaputt");\n\t}\n', [
      '-r',
      join(BTEST_TRACES, 'smtp.pcap'),
    ]);
    expect(r.status).toBe(0);
    const rows = lines(readFileSync(join(r.cwd, 'weird.log'), 'latin1')).filter((l) => !l.startsWith('#'));
    // Baseline bifs.decode_base64_conn/weird.log, its ts masked there.
    expect(rows.map((l) => l.replace(/^\d+\.\d+\t/, 'XXXXXXXXXX.XXXXXX\t'))).toEqual([
      'XXXXXXXXXX.XXXXXX\tClEkJM2Vm5giqnMf4h\t10.10.1.4\t1470\t74.53.140.153\t25\tbase64_illegal_encoding\tincomplete base64 group, padding with 12 bits of 0\tF\tzeek\t-',
      'XXXXXXXXXX.XXXXXX\tCmES5u32sYpV7JYN\t192.168.133.100\t49648\t192.168.133.102\t25\tbase64_illegal_encoding\tincomplete base64 group, padding with 12 bits of 0\tF\tzeek\t-',
      'XXXXXXXXXX.XXXXXX\tC3eiCBGOLw3VtHfOj\t192.168.133.100\t49655\t17.167.150.73\t443\tbase64_illegal_encoding\tincomplete base64 group, padding with 12 bits of 0\tF\tzeek\t-',
    ]);
  });
});
