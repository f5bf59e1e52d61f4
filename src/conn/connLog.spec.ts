import { connLogHeader, connLogRow, createConnLogWriter, formatConnLogJson, formatConnLogTsv, formatConnLogTsvGeneric } from './connLog';
import { createSet, setAdd } from '../runtime/table';
import { makePort, PORT_TCP, PORT_UDP } from '../runtime/port';
import type { Connection } from './records';

function getConn(): Connection {
  const service = createSet();
  setAdd(service, 'HTTP');
  return {
    id: { orig_h: '141.142.228.5', orig_p: makePort(59856, PORT_TCP), resp_h: '192.150.187.43', resp_p: makePort(80, PORT_TCP), proto: 6, ctx: {} },
    orig: { size: 136, state: 5, num_pkts: 7, num_bytes_ip: 512, flow_label: 0 },
    resp: { size: 5007, state: 5, num_pkts: 7, num_bytes_ip: 5379, flow_label: 0 },
    start_time: 1362692526.869344,
    duration: 1362692527.080828 - 1362692526.869344,
    service,
    history: 'ShADadFf',
    uid: 'CHhAvVGS1DHFjwGM9',
  };
}

describe('conn.log (engine.md 2.11)', () => {
  it('writes the get.pcap row exactly as Zeek', () => {
    expect(formatConnLogTsv(connLogRow(getConn(), 0))).toBe(
      '1362692526.869344\tCHhAvVGS1DHFjwGM9\t141.142.228.5\t59856\t192.150.187.43\t80\ttcp\thttp\t0.211484\t136\t5007\tSF\tF\tF\t0\tShADadFf\t7\t512\t7\t5379\t-\t6',
    );
  });

  it('leaves duration and bytes unset for zero-duration connections', () => {
    const c = getConn();
    c.duration = 0;
    c.service = createSet();
    c.id.proto = 17;
    c.id.orig_p = makePort(5353, PORT_UDP);
    c.id.resp_p = makePort(5353, PORT_UDP);
    c.orig.state = 1;
    c.resp.state = 0;
    const row = formatConnLogTsv(connLogRow(c, 0)).split('\t');
    expect(row.slice(6, 12)).toEqual(['udp', '-', '-', '-', '-', 'S0']);
  });

  it('writes the header lines of Zeek ASCII logs', () => {
    const h = connLogHeader(new Date(2026, 0, 2, 3, 4, 5)).split('\n');
    expect(h.slice(0, 6)).toEqual([
      '#separator \\x09',
      '#set_separator\t,',
      '#empty_field\t(empty)',
      '#unset_field\t-',
      '#path\tconn',
      '#open\t2026-01-02-03-04-05',
    ]);
    expect(h[6]).toBe(
      '#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents\tip_proto',
    );
    expect(h[7]).toBe(
      '#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tbool\tbool\tcount\tstring\tcount\tcount\tcount\tcount\tset[string]\tcount',
    );
  });

  it('writer: header once, rows, #close; nothing at all without rows', () => {
    const out: string[] = [];
    const now = () => new Date(2026, 0, 2, 3, 4, 5);
    const w = createConnLogWriter((s) => out.push(s), { now });
    w.write(connLogRow(getConn(), 0));
    w.close();
    const text = out.join('');
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBe(9);
    expect(text.endsWith('#close\t2026-01-02-03-04-05\n')).toBe(true);
    const empty: string[] = [];
    const w2 = createConnLogWriter((s) => empty.push(s), { now });
    w2.close();
    expect(empty).toEqual([]);
  });

  it('JSON lines omit unset fields', () => {
    const c = getConn();
    c.duration = 0;
    const j = JSON.parse(formatConnLogJson(connLogRow(c, 0)));
    expect(j).toEqual({
      ts: 1362692526.869344,
      uid: 'CHhAvVGS1DHFjwGM9',
      'id.orig_h': '141.142.228.5',
      'id.orig_p': 59856,
      'id.resp_h': '192.150.187.43',
      'id.resp_p': 80,
      proto: 'tcp',
      service: 'http',
      conn_state: 'SF',
      local_orig: false,
      local_resp: false,
      missed_bytes: 0,
      history: 'ShADadFf',
      orig_pkts: 7,
      orig_ip_bytes: 512,
      resp_pkts: 7,
      resp_ip_bytes: 5379,
      ip_proto: 6,
    });
  });

  it('the fast TSV line equals the generic per-type formatting, escapes and unset fields included', () => {
    const rows = [connLogRow(getConn(), 12)];
    const c = getConn();
    c.duration = 0;
    c.history = '';
    c.uid = '';
    c.service = createSet();
    rows.push(connLogRow(c, 0, []));
    const d = getConn();
    d.history = 'Sh\\a\tb\u00e9';
    setAdd(d.service, 'SSL');
    const r = connLogRow(d, 3);
    r.tunnel_parents = ['Cx', 'Cy'];
    rows.push(r);
    for (const row of rows) expect(formatConnLogTsv(row)).toBe(formatConnLogTsvGeneric(row));
    expect(formatConnLogTsv(rows[1]).split('\t').slice(7, 16)).toEqual(['-', '-', '-', '-', 'SF', '-', '-', '0', '-']);
    expect(formatConnLogTsv(rows[2]).split('\t')[15]).toBe('Sh\\x5ca\\x09b\\xe9');
  });
});
