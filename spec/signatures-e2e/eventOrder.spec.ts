// Where signature matches fall among a connection's events (engine.md 3.3, 3.5, 5.9): matches
// found while a connection is removed come before `connection_pending`/`connection_state_remove`
// (Zeek shuts the analyzers down first), ICMP header-only matches come before the packet's
// `icmp_*` event and payload matches after it. Signatures that fire only at removal: EOL makes
// `$` match, and a header-only `payload-size` condition is unknown on the first packet.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rxbro } from '../cli/cliRun';
import { createConnectionTracker } from '../../src/conn/tracker';
import { createSignatureRun } from '../../src/engine/signatureRun';
import { readTrace } from '../../src/input/readTrace';
import { createDecoder } from '../../src/packet/createDecoder';
import { loadSignatures } from '../../src/signatures';
import { NetworkTimeScheduler } from '../../src/time/NetworkTimeScheduler';

const HERE = __dirname;
const BTEST = resolve(HERE, '..', '..', '..', 'shared', 'traces', 'zeek-btest');
const sig = (name: string): string => join(HERE, 'sigs', `${name}.sig`);
const trace = (name: string): string => join(BTEST, name);
const PRINT_ORDER = join(HERE, 'scripts', 'print-order.bro');

/** Runs `rxbro run -b` with print-order.bro and returns stdout lines. */
function run(sigName: string, traceName: string): string[] {
  const r = rxbro(['run', '-b', '-s', sig(sigName), '-r', trace(traceName), PRINT_ORDER]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.replace(/\n$/, '').split('\n');
}

describe('matches at removal come before connection_state_remove (3.5)', () => {
  it('http/get.pcap: EOL and end-of-stream payload-size matches, then connection_state_remove', () => {
    // One HTTP GET, closed by FIN from both sides; removed at the end of the trace.
    expect(run('removal-order', 'http/get.pcap')).toEqual([
      'signature_match eol at removal',
      'signature_match payload-size at removal',
      'connection_state_remove',
    ]);
  });

  it('http/http-body-match.pcap: the order holds for each of the 9 connections', () => {
    // Nine HTTP connections to port 80 removed at the end of the trace in key order; the
    // requests that end with an empty line (no body) also match the EOL-anchored pattern.
    const eol = ['signature_match eol at removal', 'signature_match payload-size at removal', 'connection_state_remove'];
    const size = ['signature_match payload-size at removal', 'connection_state_remove'];
    expect(run('removal-order', 'http/http-body-match.pcap')).toEqual([eol, eol, size, size, size, size, size, eol, eol].flat());
  });

  it('tcp/rst-inject-rae.pcap: also before connection_pending (still active at the end of the trace)', () => {
    // The originator's 25- and 150-byte pushes after a RST: the connection never closes, so
    // the end-of-trace removal raises connection_pending (3.6) after the analyzers finished.
    expect(run('removal-order', 'tcp/rst-inject-rae.pcap')).toEqual([
      'signature_match payload-size at removal',
      'connection_pending',
      'connection_state_remove',
    ]);
  });
});

/**
 * Runs reader → decoder → tracker with the signature adapter wired as `runEngine` wires it, plus
 * `onIcmpHeader`, and returns the raised events in order (`signature_match` with its message,
 * `icmp_echo_*` with the sequence number).
 */
async function pipelineEvents(sigName: string, traceName: string, withIcmpHeader = true): Promise<string[]> {
  const out: string[] = [];
  const wanted = new Set(['signature_match', 'icmp_echo_request', 'icmp_echo_reply', 'connection_pending', 'connection_state_remove']);
  const events = {
    has: (name: string): boolean => wanted.has(name),
    raise(name: string, ...args: unknown[]): void {
      if (name === 'signature_match') out.push(`${name} ${String(args[1])}`);
      else if (name.startsWith('icmp_echo_')) out.push(`${name} ${String(args[3])}`);
      else out.push(name);
    },
  };
  const sigs = createSignatureRun(loadSignatures([{ file: sig(sigName), text: readFileSync(sig(sigName), 'utf8') }]), {
    events,
    global: () => undefined,
    onEvalError: (name) => out.push(`eval error ${name}`),
  });
  const scheduler = new NetworkTimeScheduler();
  const tracker = createConnectionTracker({
    scheduler,
    events,
    onRemove: (c) => sigs.onRemove(c),
    onPacket: sigs.onPacket,
    onIcmpHeader: withIcmpHeader ? sigs.onIcmpHeader : undefined,
    onStreamData: sigs.onStreamData,
    onStreamGap: sigs.onStreamGap,
  });
  const decoder = createDecoder({ ignoreChecksums: false, onWeird: tracker.weirdSink });
  for await (const rec of readTrace(trace(traceName))) {
    const pkt = decoder.decode(rec);
    if (pkt !== null) tracker.process(pkt);
    else scheduler.advanceTo(rec.ts);
  }
  tracker.finishAll();
  return out;
}

describe('ICMP: header-only matches before the icmp_* event, payload matches after it (3.3, 5.9)', () => {
  // icmp/icmp-ping.pcap: two echo requests and replies of one flow; the first request's payload
  // (a timestamp, then bytes 0x08..0x37) matches; each signature fires once per connection.
  it('icmp/icmp-ping.pcap with the tracker\'s onIcmpHeader hook', async () => {
    expect(await pipelineEvents('icmp-order', 'icmp/icmp-ping.pcap')).toEqual([
      'signature_match header-only',
      'icmp_echo_request 0',
      'signature_match payload',
      'icmp_echo_reply 0',
      'icmp_echo_request 1',
      'icmp_echo_reply 1',
      'connection_state_remove',
    ]);
  });

  it('without onIcmpHeader the adapter still initialises from onPacket (after the icmp_* event)', async () => {
    // What a caller that does not pass the hook gets: the same matches, header-only ones later.
    expect(await pipelineEvents('icmp-order', 'icmp/icmp-ping.pcap', false)).toEqual([
      'icmp_echo_request 0',
      'signature_match header-only',
      'signature_match payload',
      'icmp_echo_reply 0',
      'icmp_echo_request 1',
      'icmp_echo_reply 1',
      'connection_state_remove',
    ]);
  });

  it('the removal order holds in the same wiring (http/get.pcap)', async () => {
    expect(await pipelineEvents('removal-order', 'http/get.pcap')).toEqual([
      'signature_match eol at removal',
      'signature_match payload-size at removal',
      'connection_state_remove',
    ]);
  });

  it('icmp/icmp-ping.pcap through the CLI: signature_match header-only before icmp_echo_request 0', () => {
    expect(run('icmp-order', 'icmp/icmp-ping.pcap')).toEqual([
      'signature_match header-only',
      'icmp_echo_request 0',
      'signature_match payload',
      'icmp_echo_reply 0',
      'icmp_echo_request 1',
      'icmp_echo_reply 1',
      'connection_state_remove',
    ]);
  });
});
