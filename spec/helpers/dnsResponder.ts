/**
 * A tiny authoritative DNS server for tests: UDP on 127.0.0.1 with an ephemeral port, answering A, AAAA,
 * PTR and TXT queries from a given table, NXDOMAIN for names it does not know, NOERROR without answers for
 * known names asked for another type. Per-name delays and silence provoke client timeouts.
 *
 * It runs in a worker thread so that it keeps answering while the test's own thread is blocked — which
 * `blocking_lookup_hostname` does on purpose. The worker's code is the plain function `responderMain`
 * below, sent to the worker as source text; it must stay free of imports and closures.
 *
 * ## Example
 * ```ts
 * const srv = await startDnsResponder({ records: [{ name: 'www.example.org', type: 'A', value: '192.0.2.10' }] });
 * const dns = createDnsResolver({ server: srv.server });
 * ...
 * await srv.close();
 * ```
 */
import { Worker } from 'worker_threads';
import { ptrName } from '../../src/dns/ptrName';

export { ptrName };

/** One resource record. PTR names may be given as the address (`127.0.0.1`); TXT values are one record's strings. */
export interface DnsRecord {
  name: string;
  type: 'A' | 'AAAA' | 'PTR' | 'TXT';
  value: string | string[];
}

export interface DnsResponderOptions {
  records: DnsRecord[];
  /** Query name (lower case) → milliseconds to wait before answering. */
  delayMs?: Record<string, number>;
  /** Query names (lower case) that are never answered. */
  silent?: string[];
}

export interface DnsResponder {
  /** `127.0.0.1:PORT`, for `createDnsResolver({ server })` and `--dns-server`. */
  readonly server: string;
  readonly port: number;
  /** Every query received so far, as `TYPE name` (e.g. `PTR 1.0.0.127.in-addr.arpa`), in arrival order. */
  readonly queries: string[];
  /** Waits until every query the worker has seen is in `queries`. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/* eslint-disable */
// Runs inside the worker (sent as source text): no imports, no references to this module.
function responderMain(): void {
  const { parentPort, workerData } = require('worker_threads');
  const dgram = require('dgram');
  const records: { name: string; type: string; value: string | string[] }[] = workerData.records;
  const delays: Record<string, number> = workerData.delayMs || {};
  const silent: string[] = workerData.silent || [];
  const TYPES: Record<number, string> = { 1: 'A', 12: 'PTR', 16: 'TXT', 28: 'AAAA' };
  const CODES: Record<string, number> = { A: 1, PTR: 12, TXT: 16, AAAA: 28 };

  const encodeName = (name: string): Buffer => {
    const parts = name.split('.').filter((p: string) => p.length > 0);
    const bufs = parts.map((p: string) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, 'latin1')]));
    return Buffer.concat([...bufs, Buffer.from([0])]);
  };
  const v6Bytes = (a: string): Buffer => {
    const [head, tail] = a.includes('::') ? a.split('::') : [a, undefined];
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    const b = Buffer.alloc(16);
    groups.forEach((g: string, i: number) => b.writeUInt16BE(parseInt(g, 16), i * 2));
    return b;
  };
  const rdata = (type: string, value: string | string[]): Buffer => {
    if (type === 'A') return Buffer.from(String(value).split('.').map(Number));
    if (type === 'AAAA') return v6Bytes(String(value));
    if (type === 'PTR') return encodeName(String(value));
    const strings = Array.isArray(value) ? value : [value];
    return Buffer.concat(strings.map((s: string) => Buffer.concat([Buffer.from([s.length]), Buffer.from(s, 'latin1')])));
  };

  const sock = dgram.createSocket('udp4');
  sock.on('message', (msg: Buffer, rinfo: { port: number; address: string }) => {
    if (msg.length < 12) return;
    let o = 12;
    const labels: string[] = [];
    while (o < msg.length && msg[o] !== 0) {
      const len = msg[o];
      labels.push(msg.toString('latin1', o + 1, o + 1 + len));
      o += 1 + len;
    }
    o += 1;
    const qtype = msg.readUInt16BE(o);
    const qEnd = o + 4;
    const name = labels.join('.').toLowerCase();
    const typeName = TYPES[qtype] || String(qtype);
    parentPort.postMessage({ kind: 'query', text: `${typeName} ${name}` });
    if (silent.includes(name)) return;
    const known = records.filter((r) => r.name.toLowerCase() === name);
    const answers = known.filter((r) => CODES[r.type] === qtype);
    const rcode = known.length === 0 ? 3 : 0;
    const header = Buffer.alloc(12);
    header.writeUInt16BE(msg.readUInt16BE(0), 0);
    header.writeUInt16BE(0x8000 | 0x0400 | (msg.readUInt16BE(2) & 0x0100) | rcode, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    const rrs = answers.map((r) => {
      const data = rdata(r.type, r.value);
      const fixed = Buffer.alloc(12);
      fixed.writeUInt16BE(0xc00c, 0);
      fixed.writeUInt16BE(qtype, 2);
      fixed.writeUInt16BE(1, 4);
      fixed.writeUInt32BE(60, 6);
      fixed.writeUInt16BE(data.length, 10);
      return Buffer.concat([fixed, data]);
    });
    const reply = Buffer.concat([header, msg.subarray(12, qEnd), ...rrs]);
    const send = () => sock.send(reply, rinfo.port, rinfo.address);
    const d = delays[name];
    if (d) setTimeout(send, d);
    else send();
  });
  parentPort.on('message', (m: string) => {
    if (m === 'ping') parentPort.postMessage({ kind: 'pong' });
    if (m === 'close') sock.close(() => parentPort.close());
  });
  sock.bind(0, '127.0.0.1', () => parentPort.postMessage({ kind: 'listening', port: sock.address().port }));
}
/* eslint-enable */

/**
 * Starts a responder; resolves once it listens.
 *
 * ## Example
 * ```ts
 * const srv = await startDnsResponder({ records: [{ name: '127.0.0.1', type: 'PTR', value: 'localhost' }] });
 * srv.server; // '127.0.0.1:40123'
 * ```
 */
export function startDnsResponder(options: DnsResponderOptions): Promise<DnsResponder> {
  const records = options.records.map((r) =>
    r.type === 'PTR' && /^[0-9.]+$|:/.test(r.name) && !r.name.endsWith('.arpa') ? { ...r, name: ptrName(r.name) } : r,
  );
  const worker = new Worker(`(${responderMain.toString()})()`, {
    eval: true,
    workerData: { records, delayMs: options.delayMs ?? {}, silent: options.silent ?? [] },
  });
  const queries: string[] = [];
  let pongs: (() => void)[] = [];
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: { kind: string; text?: string; port?: number }) => {
      if (m.kind === 'query') queries.push(m.text!);
      else if (m.kind === 'pong') {
        const p = pongs;
        pongs = [];
        for (const f of p) f();
      } else if (m.kind === 'listening') {
        const port = m.port!;
        resolve({
          server: `127.0.0.1:${port}`,
          port,
          queries,
          flush: () =>
            new Promise<void>((done) => {
              pongs.push(done);
              worker.postMessage('ping');
            }),
          close: () =>
            new Promise<void>((done) => {
              worker.once('exit', () => done());
              worker.postMessage('close');
            }),
        });
      }
    });
  });
}
