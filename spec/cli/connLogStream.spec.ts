/**
 * End-to-end, conn.log through the logging framework (docs/logging.md, src/engine/connLogStream.ts): a script
 * that uses conn.log's stream gets the same conn.log as the engine's direct writer, plus what it asked for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lines, runZeekScript, ZEEK_TRACES } from './cliRun';

/** conn.log without the `#open`/`#close` dates. */
const connLog = (dir: string, name = 'conn') =>
  lines(readFileSync(join(dir, `${name}.log`), 'latin1')).filter((l) => !/^#(open|close)/.test(l));

const TRACE = ['-C', '-r', join(ZEEK_TRACES, 'wikipedia.pcap')];

describe('conn.log through Conn::LOG, only when a script asks', () => {
  const direct = runZeekScript('event zeek_init() { }', TRACE);
  const directLog = connLog(direct.cwd);

  it('the direct writer is what a script that does not touch Conn:: gets', () => {
    expect(direct.status).toBe(0);
    expect(directLog.length).toBeGreaterThan(20);
  });

  it('a Conn::log_conn handler: the stream writes the same conn.log, the event sees every row', () => {
    const r = runZeekScript('global n = 0;\nevent Conn::log_conn(rec: Conn::Info) { ++n; }\nevent zeek_done() { print n; }', TRACE);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(connLog(r.cwd)).toEqual(directLog);
    expect(r.stdout).toBe(`${directLog.filter((l) => !l.startsWith('#')).length}\n`);
  });

  it('the "add a field to conn.log" recipe: redef Conn::Info, fill c$conn$x in connection_state_remove', () => {
    const r = runZeekScript(
      `redef record Conn::Info += { orig_port_kind: string &log &optional; };
event connection_state_remove(c: connection)
	{
	c$conn$orig_port_kind = port_to_count(c$id$orig_p) < 1024 ? "low" : "high";
	}`,
      TRACE,
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
    const got = connLog(r.cwd);
    const want = directLog.map((l) =>
      l.startsWith('#fields') ? l + '\torig_port_kind' : l.startsWith('#types') ? l + '\tstring' : l.startsWith('#') ? l : l + '\t' + (Number(l.split('\t')[3]) < 1024 ? 'low' : 'high'),
    );
    expect(got).toEqual(want);
  });

  it('Conn::log_policy vetoes rows, filters on Conn::LOG add logs', () => {
    const r = runZeekScript(
      `hook Conn::log_policy(rec: Conn::Info, id: Log::ID, filter: Log::Filter)
	{
	if ( filter$name == "default" && rec$proto == udp ) break;
	}
event zeek_init() { Log::add_filter(Conn::LOG, [$name="uids", $path="conn-uids", $include=set("uid", "proto")]); }`,
      TRACE,
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
    const rows = (l: string[]) => l.filter((x) => !x.startsWith('#'));
    expect(rows(connLog(r.cwd))).toEqual(rows(directLog).filter((l) => l.split('\t')[6] !== 'udp'));
    expect(rows(connLog(r.cwd, 'conn-uids'))).toEqual(rows(directLog).map((l) => l.split('\t')).map((f) => `${f[1]}\t${f[6]}`));
  });

  it('Log::disable_stream(Conn::LOG) leaves conn.log out', () => {
    const r = runZeekScript('event zeek_init() { Log::disable_stream(Conn::LOG); }', TRACE);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(() => readFileSync(join(r.cwd, 'conn.log'))).toThrow();
  });

  it('scripts.base.frameworks.logging.field-name-map: Log::default_field_name_map renames conn.log columns', () => {
    const r = runZeekScript(
      '@load base/protocols/conn\n\nredef Log::default_field_name_map = {\n\t["id.orig_h"] = "src",\n\t["id.orig_p"] = "src_port",\n\t["id.resp_h"] = "dst",\n\t["id.resp_p"] = "dst_port",\n};\n',
      ['-b', ...TRACE],
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
    const log = connLog(r.cwd);
    // Zeek's baseline has the same field names (its stored version predates the ip_proto column).
    expect(log.find((l) => l.startsWith('#fields'))).toBe(
      '#fields\tts\tuid\tsrc\tsrc_port\tdst\tdst_port\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents\tip_proto',
    );
    const bare = connLog(runZeekScript('@load base/protocols/conn\n', ['-b', ...TRACE]).cwd);
    expect(log.filter((l) => !l.startsWith('#'))).toEqual(bare.filter((l) => !l.startsWith('#')));
  });

  it('LogAscii::use_json=T on the command line makes conn.log JSON lines, as --json does', () => {
    const json = runZeekScript('event zeek_init() { }', ['--json', ...TRACE]);
    const r = runZeekScript('event zeek_init() { }', TRACE, { after: ['LogAscii::use_json=T'] });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readFileSync(join(r.cwd, 'conn.log'), 'latin1')).toBe(readFileSync(join(json.cwd, 'conn.log'), 'latin1'));
  });
});
