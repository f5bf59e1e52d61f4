import * as fs from 'fs';
import * as path from 'path';
import { fmtId, isConn, Recorder } from './recorder';
import { runTraceConnLog } from './runTrace';
import { replayConfig, ZEEK_TRACES } from './zeekRun';
import type { IcmpContext, IcmpInfo } from '../../src/conn/events';
import type { Connection } from '../../src/conn/records';
import type { ConnStats } from '../../src/conn/session';

const BTEST = path.resolve(ZEEK_TRACES, '../zeek-btest');

function baselineLines(file: string): string[] {
  return fs
    .readFileSync(path.join(ZEEK_TRACES, file), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('###'));
}

describe('event baselines of the Zeek traces', () => {
  it('tcp-truncated-header: tcp_packet sees the reuse connection, then the ^h flip (core.tcp.truncated-header)', async () => {
    const rec = new Recorder(new Set(['tcp_packet']), (_n, a) => `XXXXXXXXXX.XXXXXX, ${fmtId((a[0] as Connection).id)}`);
    await runTraceConnLog(path.join(ZEEK_TRACES, 'tcp-truncated-header.pcap'), replayConfig('zeek -b'), rec);
    expect(rec.log).toEqual(baselineLines('tcp-truncated-header.events.out'));
  });

  it('icmp-destunreach-udp: icmp_unreachable with its context (core.icmp.icmp-events)', async () => {
    const b = (v: boolean) => (v ? 'T' : 'F');
    const rec = new Recorder(new Set(['icmp_unreachable']), (_n, a) => {
      const c = a[0] as Connection;
      const i = a[1] as IcmpInfo;
      const x = a[3] as IcmpContext;
      return [
        `icmp_unreachable (code=${a[2]})`,
        `  conn_id: ${fmtId(c.id)}`,
        `  icmp_info: [v6=${b(i.v6)}, itype=${i.itype}, icode=${i.icode}, len=${i.len}, ttl=${i.ttl}]`,
        `  icmp_context: [id=${fmtId(x.id)}, len=${x.len}, proto=${x.proto}, frag_offset=${x.frag_offset}, bad_hdr_len=${b(x.bad_hdr_len)}, bad_checksum=${b(x.bad_checksum)}, MF=${b(x.MF)}, DF=${b(x.DF)}]`,
      ].join('\n');
    });
    await runTraceConnLog(path.join(ZEEK_TRACES, 'icmp-destunreach-udp.pcap'), replayConfig('zeek -b'), rec);
    // The context prints its embedded conn_id with proto=1 (a Zeek quirk) and ports of the quoted UDP header.
    expect(rec.log.join('\n').split('\n')).toEqual(baselineLines('icmp-destunreach-udp.icmp-events.out'));
  });

  it('icmp-5-pings: one echo connection 8/icmp -> 0/icmp with 5 packets each way', async () => {
    const rec = new Recorder(new Set(['new_connection']), (_n, a) => `new_connection, ${fmtId((a[0] as Connection).id)}`);
    const rows = await runTraceConnLog(path.join(ZEEK_TRACES, 'icmp-5-pings.pcap'), replayConfig('zeek -b -C'), rec);
    expect(rec.log).toEqual([baselineLines('icmp-5-pings.events.out')[0]]);
    // The same flow in core.erspanI/conn.log: OTH, 5 packets, 280 payload and 420 IP bytes each way.
    expect(rows.map((r) => [r.proto, r.conn_state, r.orig_pkts, r.orig_bytes, r.orig_ip_bytes, r.resp_pkts, r.resp_bytes, r.resp_ip_bytes]))
      .toEqual([['icmp', 'OTH', 5, 280, 420, 5, 280, 420]]);
  });

  it('icmp-5-pings: connection_status_update every second (core.connection_status_update)', async () => {
    let n = 0;
    const rec = new Recorder(new Set(['new_connection', 'connection_status_update']), (name, a) =>
      name === 'new_connection' ? `new_connection, ${fmtId((a[0] as Connection).id)}` : `connection_status_update, ${++n}, ${fmtId((a[0] as Connection).id)}`,
    );
    const cfg = replayConfig('zeek -b -C');
    cfg.options.connection_status_update_interval = 1;
    await runTraceConnLog(path.join(ZEEK_TRACES, 'icmp-5-pings.pcap'), cfg, rec);
    expect(rec.log).toEqual(baselineLines('icmp-5-pings.events.out'));
  });

  it('dns-edns-ecs: connection counters as get_conn_stats() printed them (core.conn-stats)', async () => {
    let stats: ConnStats | undefined;
    await runTraceConnLog(path.join(ZEEK_TRACES, 'dns-edns-ecs.pcap'), replayConfig('zeek -b'), undefined, (s) => (stats = s));
    const line = baselineLines('dns-edns-ecs.conn-stats.out')[1];
    const want = Object.fromEntries([...line.matchAll(/(\w+)=(\d+)/g)].map((m) => [m[1], Number(m[2])]));
    // num_packets*, *fragments and sess_current_conns belong to other layers.
    const mine = Object.fromEntries(Object.entries(want).filter(([k]) => k in stats!));
    expect(Object.keys(mine).length).toBe(12);
    expect(stats).toEqual(mine);
  });

  it('echo-connections: 500 TCP connections whose durations sum to 1650.264644 s (telemetry baseline)', async () => {
    const rows = await runTraceConnLog(path.join(ZEEK_TRACES, 'echo-connections.pcap.gz'), replayConfig('zeek -b'));
    expect(rows.length).toBe(500);
    expect(rows.every((r) => r.proto === 'tcp')).toBe(true);
    const sum = rows.reduce((acc, r) => acc + (r.duration ?? 0), 0);
    expect(sum.toFixed(6)).toBe('1650.264644');
  });
});

describe('worked timelines (engine.md 3.7-3.9, 2.2)', () => {
  it('3.7 normal TCP session (http/get.pcap)', async () => {
    const rec = new Recorder(
      new Set([
        'new_connection_contents', 'new_connection', 'new_packet', 'connection_SYN_packet', 'connection_established',
        'connection_first_ACK', 'packet_contents', 'tcp_packet', 'connection_EOF', 'connection_finished',
        'connection_state_remove', 'connection_pending', 'connection_timeout', 'tcp_contents',
      ]),
      (n, a) => {
        if (n === 'tcp_packet') return `tcp_packet(${a[1] ? 'T' : 'F'},"${a[2]}",${a[3]},${a[4]},${a[5]})`;
        if (n === 'connection_EOF') return `connection_EOF(${a[1] ? 'T' : 'F'})`;
        return n;
      },
    );
    const rows = await runTraceConnLog(path.join(ZEEK_TRACES, 'http-get.pcap'), replayConfig('zeek -b; base/protocols/conn + base/protocols/http'), rec);
    expect(rec.log).toEqual([
      // 1: SYN
      'new_connection_contents', 'new_connection', 'new_packet', 'connection_SYN_packet', 'tcp_packet(T,"S",0,0,0)',
      // 2: SYN+ACK
      'new_packet', 'connection_SYN_packet', 'connection_established', 'tcp_packet(F,"SA",0,1,0)',
      // 3: ACK
      'new_packet', 'connection_first_ACK', 'tcp_packet(T,"A",1,1,0)',
      // 4: request
      'new_packet', 'packet_contents', 'tcp_packet(T,"AP",1,1,136)',
      // 5-11
      'new_packet', 'tcp_packet(F,"A",1,137,0)',
      'new_packet', 'packet_contents', 'tcp_packet(F,"A",1,137,1448)',
      'new_packet', 'packet_contents', 'tcp_packet(F,"A",1449,137,1448)',
      'new_packet', 'packet_contents', 'tcp_packet(F,"A",2897,137,1448)',
      'new_packet', 'packet_contents', 'tcp_packet(F,"AP",4345,137,663)',
      'new_packet', 'tcp_packet(T,"A",137,2897,0)',
      'new_packet', 'tcp_packet(T,"A",137,5008,0)',
      // 12: client FIN
      'new_packet', 'tcp_packet(T,"FA",137,5008,0)', 'connection_EOF(T)',
      // 13: server FIN
      'new_packet', 'tcp_packet(F,"FA",5008,138,0)', 'connection_EOF(F)', 'connection_finished',
      // 14: last ACK
      'new_packet', 'tcp_packet(T,"A",138,5009,0)',
      // end of trace: no connection_pending for a finished connection
      'connection_state_remove',
    ]);
    expect(rows[0].duration!.toFixed(6)).toBe('0.211484');
  });

  it('3.7 tcp_option for each option of the first three packets (http/get.pcap)', async () => {
    const rec = new Recorder(new Set(['tcp_packet', 'tcp_option']), (n, a) => (n === 'tcp_option' ? `opt${a[2]}/${a[3]}` : n));
    await runTraceConnLog(path.join(ZEEK_TRACES, 'http-get.pcap'), replayConfig('zeek -b'), rec);
    const perPacket = rec.log.join(' ').split('tcp_packet').slice(1, 4).map((x) => x.trim());
    // SYN: mss, nop, wscale, nop, nop, TS, sackOK, eol; SYN+ACK: 5 options; ACK: nop, nop, TS.
    expect(perPacket[0]).toBe('opt2/4 opt1/1 opt3/3 opt1/1 opt1/1 opt8/10 opt4/2 opt0/1');
    expect(perPacket[1].split(' ').length).toBe(5);
    expect(perPacket[2]).toBe('opt1/1 opt1/1 opt8/10');
  });

  it('3.8 rejected TCP connection and reuse (pop3/pop3.pcap, first pairs)', async () => {
    const rec = new Recorder(
      new Set(['new_connection', 'connection_rejected', 'connection_reused', 'connection_state_remove', 'tcp_packet', 'connection_pending', 'connection_timeout']),
      (n, a) => {
        const c = a[0] as Connection;
        if (n === 'tcp_packet') return `${c.id.orig_p & 0xffff} tcp_packet(${a[1] ? 'T' : 'F'},"${a[2]}",${a[3]},${a[4]},${a[5]}) ${c.history}`;
        return `${c.id.orig_p & 0xffff} ${n} ${c.uid}`;
      },
    );
    await runTraceConnLog(path.join(ZEEK_TRACES, 'pop3.pcap'), replayConfig('zeek -b; base/protocols/conn + base/protocols/pop3'), rec);
    const first = rec.log.filter((l) => l.startsWith('26242 ')).slice(0, 7);
    expect(first).toEqual([
      '26242 new_connection CHhAvVGS1DHFjwGM9',
      '26242 tcp_packet(T,"S",0,0,0) S',
      '26242 connection_rejected CHhAvVGS1DHFjwGM9',
      '26242 tcp_packet(F,"RA",1,1,0) Sr',
      '26242 connection_reused CHhAvVGS1DHFjwGM9',
      '26242 connection_state_remove CHhAvVGS1DHFjwGM9',
      '26242 new_connection ClEkJM2Vm5giqnMf4h',
    ]);
  });

  it('3.9 UDP (dns-caa.pcap): request, reply, flush at the end', async () => {
    const rec = new Recorder(new Set(['new_connection', 'new_packet', 'packet_contents', 'udp_request', 'udp_reply', 'connection_state_remove', 'connection_timeout']));
    const rows = await runTraceConnLog(path.join(BTEST, 'dns-caa.pcap'), replayConfig('zeek -b'), rec);
    expect(rec.log).toEqual([
      'new_connection', 'new_packet', 'packet_contents', 'udp_request',
      'new_packet', 'packet_contents', 'udp_reply',
      'connection_state_remove',
    ]);
    expect([rows[0].conn_state, rows[0].history, rows[0].orig_bytes, rows[0].resp_bytes, rows[0].duration!.toFixed(6)]).toEqual(['SF', 'Dd', 28, 59, '0.014345']);
  });

  it('3.9 UDP with the DNS analyzer: connection_timeout during the final timer expiry', async () => {
    const rec = new Recorder(new Set(['connection_state_remove', 'connection_timeout', 'udp_session_done']));
    await runTraceConnLog(path.join(BTEST, 'dns-caa.pcap'), replayConfig('zeek'), rec);
    expect(rec.log).toEqual(['connection_timeout', 'udp_session_done', 'connection_state_remove']);
  });

  it('3.9 ICMP echo (icmp/icmp-ping.pcap)', async () => {
    const rec = new Recorder(new Set(['icmp_echo_request', 'icmp_echo_reply']), (n, a) => {
      const i = a[1] as IcmpInfo;
      return `${n} ${fmtId((a[0] as Connection).id)} [v6=${i.v6 ? 'T' : 'F'}, itype=${i.itype}, icode=${i.icode}, len=${i.len}, ttl=${i.ttl}] ${a[2]} ${a[3]} ${(a[4] as string).length}`;
    });
    const rows = await runTraceConnLog(path.join(BTEST, 'icmp/icmp-ping.pcap'), replayConfig('zeek -b'), rec);
    const id = '[orig_h=10.0.0.1, orig_p=8/icmp, resp_h=74.125.225.99, resp_p=0/icmp, proto=1, ctx=[]]';
    expect(rec.log).toEqual([
      `icmp_echo_request ${id} [v6=F, itype=8, icode=0, len=56, ttl=64] 34844 0 56`,
      `icmp_echo_reply ${id} [v6=F, itype=0, icode=0, len=56, ttl=56] 34844 0 56`,
      `icmp_echo_request ${id} [v6=F, itype=8, icode=0, len=56, ttl=64] 34844 1 56`,
      `icmp_echo_reply ${id} [v6=F, itype=0, icode=0, len=56, ttl=56] 34844 1 56`,
    ]);
    expect([rows[0].conn_state, rows[0].orig_bytes, rows[0].resp_bytes]).toEqual(['OTH', 112, 112]);
  });

  it('2.2 SYN/SYN-ACK reversal (tcp/handshake-reorder.pcap, core.connection_flipped)', async () => {
    const rec = new Recorder(new Set(['new_connection', 'connection_flipped', 'connection_state_remove']), (n, a) => {
      const c = a[0] as Connection;
      return `${n}, ${fmtId(c.id)}, ${c.history}, ${c.start_time.toFixed(6)}`;
    });
    await runTraceConnLog(path.join(BTEST, 'tcp/handshake-reorder.pcap'), replayConfig('zeek -b'), rec);
    expect(rec.log).toEqual([
      'new_connection, [orig_h=192.150.187.43, orig_p=80/tcp, resp_h=141.142.228.5, resp_p=59856/tcp, proto=6, ctx=[]], H, 1362692526.939084',
      'connection_flipped, [orig_h=141.142.228.5, orig_p=59856/tcp, resp_h=192.150.187.43, resp_p=80/tcp, proto=6, ctx=[]], Hs^, 1362692526.939084',
      'connection_state_remove, [orig_h=141.142.228.5, orig_p=59856/tcp, resp_h=192.150.187.43, resp_p=80/tcp, proto=6, ctx=[]], Hs^ADadFf, 1362692526.939084',
    ]);
  });

  it('3.3/3.6 smtp.pcap: timeouts in timer order, then pending + remove in key order', async () => {
    const rec = new Recorder(new Set(['connection_timeout', 'connection_state_remove', 'connection_pending']), (n, a) => {
      const c = a[0] as Connection;
      return `${n} ${c.id.orig_h} ${c.id.resp_h}`;
    });
    await runTraceConnLog(path.join(BTEST, 'smtp.pcap'), replayConfig('zeek -b'), rec);
    const tail = rec.log.slice(-10);
    const num = (a: string) => a.split('.').reduce((x, o) => x * 256 + Number(o), 0);
    const lows = tail
      .filter((l) => l.startsWith('connection_pending'))
      .map((l) => l.split(' ').slice(1).sort((a, b) => num(a) - num(b))[0]);
    expect(lows).toEqual(['17.167.150.73', '17.172.238.21', '66.196.121.26', '74.125.71.189', '192.168.133.100']);
    for (let i = 0; i < 10; i += 2) {
      expect(tail[i].startsWith('connection_pending')).toBe(true);
      expect(tail[i + 1].replace('connection_state_remove', '')).toBe(tail[i].replace('connection_pending', ''));
    }
  });
});
