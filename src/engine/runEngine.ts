import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createConnectionTracker, type ConnectionTracker } from '../conn/tracker';
import { MAC_LOGGING_FIELDS, type ConnLogColumns } from '../conn/connLog';
import { createConnLogByteWriter, type ConnLogByteWriter } from '../conn/connLogBytes';
import { DEFAULT_CONN_OPTIONS, MODERN_DEFAULT_SERVER_PORTS, type ConnOptions } from '../conn/options';
import { attachDnsResolver, createDnsResolver, waitForLookups } from '../dns';
import { createEventEngine } from '../events';
import { openTrace, TraceError } from '../input';
import { createDecoder, isSupportedLinkType, linkTypeName, type EncapsulatingConn, type Packet } from '../packet';
import { createUidSource } from '../conn/uid';
import { createTunnelLog, TUNNEL_COLUMNS } from './tunnelLog';
import type { Weird, WeirdSink } from '../packet/Weird';
import { NetworkTimeScheduler } from '../time';
import type { EngineOptions } from './EngineOptions';
import { checksumExemptFor } from './checksumNets';
import { siteLocalNets } from './siteLocalNets';
import { bareProtocolOptions, loadedProtocols, loadedZeekScripts, withScriptPorts } from './loadedProtocols';
import { loadRunSignatures } from './loadRunSignatures';
import { createSignatureRun, type SignatureRun } from './signatureRun';
import { openScriptLog, SIGNATURE_COLUMNS, STATS_COLUMNS, WEIRD_COLUMNS, type ScriptLog } from './scriptLogs';
import { portNumber } from '../runtime/port';
import { NETMASK_UNKNOWN } from '../runtime/builtins/connections';
import { createWeirdActionState, decideWeird, weirdSubject } from './weirdActions';
import type { EngineContext, ScriptHost } from './ScriptHost';
import { startProfiling } from './profiling/startProfiling';
import { dumpRuleStats } from '../signatures';
import { attachDumpEvents } from './profiling/dumpEvents';
import { closeAllFiles, flushAllFiles } from '../runtime/file';
import { withPacketProfiling } from './profiling/startPacketProfiling';
import { globalSizes } from './profiling/globalProfile';
import { createStatePersistence } from './statePersistence';
import { pcapFilterControl } from './pcapFilterControl';
import { EVENTS_FORMAT, STATE_UPDATES_FORMAT, StateFileError } from '../state';
import { captureEvents, captureStateUpdates, openCaptureFile } from './eventCapture';
import { readReplayFile, type ReplayedEvent } from './replayEvents';
import { canonicalEventName } from '../events';
import type { Type } from '../runtime/types';
import { createReporter, report } from '../runtime/reporter';
import { createLogManager } from '../logging';
import { attachConnLogStream, connStreamType, createConnStream } from './connLogStream';
import { readReporterOptions, REPORTER_TUNABLES, reportViaEvents } from './runReporter';
import { attachReporterLog } from './reporterLog';
import { weirdSamplingFrom, WEIRD_SAMPLING_TUNABLES } from './weirdSamplingOptions';
import { createExpiredConnWeirdState, permitExpiredConnWeird, type ExpiredConnId } from './expiredConnWeird';

/** The `Tunnel::` constants the engine reads (init-bare.bro declares them; Zeek's defaults). */
const TUNNEL_TUNABLES = { 'Tunnel::max_depth': 2, 'Tunnel::ip_tunnel_timeout': 86400, 'Tunnel::expiration_interval': 3600 };

/** Upper bound on waiting for outstanding DNS answers at the end of input (a live query times out after 5 s). */
const DNS_WAIT_MS = 6000;

/** Signature tunables scripts may redef (engine.md Appendix A), read back after `attach`. */
const SIGNATURE_TUNABLES = { dpd_buffer_size: 1024, dpd_max_packets: 100, dpd_match_only_beginning: true };

/**
 * The log events of the policy scripts and the files the engine writes for them. notice.log is not here:
 * policy/notice.bro writes it through its `Notice::LOG` stream (docs/notice.md).
 */
const SCRIPT_LOGS = [
  ['Signatures::log_signature', 'signatures', SIGNATURE_COLUMNS],
  ['Stats::log_stats', 'stats', STATS_COLUMNS],
] as const;

type SignatureRunContextEvents = { has(name: string): boolean; raise(name: string, ...args: unknown[]): void };

/** What a finished run reports. */
export interface RunResult {
  /** Process exit status: 0 ok, 1 bad input or fatal script error, or the script's `exit(n)`. */
  exitCode: number;
  packets: number;
  bytes: number;
  weirds: number;
  /** Payload bytes the signature matcher examined (0 without signatures). */
  signatureBytes: number;
  /** Signature matches (every firing, whatever its action), 0 without signatures. */
  signatureMatches: number;
}

/** The scalar tunables scripts may redef (sets are read back under their own keys below). */
function defaultTunables(): Record<string, unknown> {
  const t: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(DEFAULT_CONN_OPTIONS)) {
    if (typeof v === 'number' || typeof v === 'boolean') t[k] = v;
  }
  return t;
}

/**
 * Runs one trace (or no trace) through the whole pipeline with Zeek's run loop
 * (language.md Appendix B): startup and `zeek_init`, per packet timers →
 * analysis → two drains, then the termination sequence and `zeek_done`.
 *
 * ## Example
 * ```ts
 * const r = await runEngine({ trace: 'traces/http-local.pcap', ignoreChecksums: true, bare: false,
 *   logDir: '.', jsonLogs: false, deterministic: false, onWarning: console.warn });
 * console.log(r.packets, 'packets');
 * ```
 */
export async function runEngine(options: EngineOptions, host?: ScriptHost): Promise<RunResult> {
  const result: RunResult = { exitCode: 0, packets: 0, bytes: 0, weirds: 0, signatureBytes: 0, signatureMatches: 0 };
  let terminateRequested = false;

  const scheduler = new NetworkTimeScheduler();
  const events = createEventEngine({ clock: scheduler });
  const ctx: EngineContext = {
    scheduler,
    events,
    stdout: (s) => process.stdout.write(Buffer.from(s, 'latin1')),
    stderr: (s) => process.stderr.write(Buffer.from(s, 'latin1')),
    tunables: {
      ...defaultTunables(),
      ...SIGNATURE_TUNABLES,
      ...REPORTER_TUNABLES,
      ...WEIRD_SAMPLING_TUNABLES,
      exit_only_after_terminate: false,
      // Read back after the scripts' redefs (command-line ones included): checksum exemptions (engine.md 1.10).
      ignore_checksums: false,
      ignore_checksums_nets: undefined,
      // The script-level likely_server_ports (engine.md 2.2; merged in bareProtocolOptions/withScriptPorts).
      likely_server_ports: undefined,
      // Site (policy/base/utils/site.bro): conn.log's local_orig/local_resp.
      'Site::local_nets': undefined,
      'Site::private_address_space': undefined,
      'Site::private_address_space_is_local': undefined,
      // Persistence (language.md §9.1): where state.bst lives.
      state_dir: '.state',
      // Tunnels (engine.md 1.14, docs/tunnels.md), read after the redefs.
      ...TUNNEL_TUNABLES,
    },
    terminate: () => {
      terminateRequested = true;
    },
    exit: (code) => {
      // exit() ends the process at once (language.md §5.7): no termination sequence, no zeek_done.
      stopCaptures();
      closeLogs();
      flushAllFiles();
      process.exit(code);
    },
    readingTraces: options.trace !== undefined,
  };
  // Run-time errors, warnings and Reporter::* messages (docs/reporter.md); configured as the run proceeds.
  const reporter = createReporter(ctx.stderr, () => scheduler.networkTime);
  ctx.reporter = reporter;

  // Open the trace first: a bad file is one line and exit 1 before any script runs.
  // Record-level weirds (empty_pcap_header, ...) reach the tracker's sink once it exists; none can occur before.
  let recordWeirds: WeirdSink = () => {};
  const reader =
    options.trace !== undefined
      ? await openTrace(options.trace, { onWarning: options.onWarning, weird: (w) => recordWeirds(w) })
      : undefined;
  if (reader && reader.format === 'pcap' && !isSupportedLinkType(reader.linkType)) {
    await reader.close();
    throw new TraceError(reader.path, `unsupported link type ${reader.linkType} (${linkTypeName(reader.linkType)})`);
  }
  // -f: a filter that cannot apply to the file's link type (`vlan` on raw IP) fails here, before any log exists.
  if (reader && options.filter && reader.linkType >= 0) {
    try {
      options.filter.forLinkType(reader.linkType);
    } catch (e) {
      await reader.close();
      throw e;
    }
  }
  // The filter in force; Pcap::install_pcap_filter replaces it from the next packet on. One that passes
  // everything (`ip or not ip`) is no filter: the read loop then skips the test.
  let filter = options.filter?.acceptsAll ? undefined : options.filter;
  ctx.pcap = pcapFilterControl((f) => {
    filter = f;
  });

  let connLog: OpenLog | undefined;
  // Asynchronous DNS answers enter the script world at the end of a drain, before `when`s are re-tested (§8.8).
  const env = options.env ?? process.env;
  const dns = createDnsResolver({ server: options.dnsServer, hostsFile: options.hostsFile, env, onWarning: options.onWarning });
  attachDnsResolver(ctx, dns);
  events.afterDrain(() => dns.deliverReady());
  // signatures.log / stats.log: written when policy/signatures.bro and policy/stats.bro raise their
  // log events (registered first, so the line is written before script handlers of the same event run).
  const scriptLogs: ScriptLog[] = [];
  // The logging framework (Log::create_stream, Log::write; src/logging): streams exist only once a script
  // creates them, so a run without script logs pays nothing per packet.
  const logging = createLogManager({
    dir: options.logDir,
    json: options.jsonLogs,
    raise: (ev, rec) => events.raise(ev as never, rec as never),
    global: (name) => host?.global?.(name),
    globalType: (name) => host?.globalType?.(name),
    warning: (m) => report(reporter, 'warning', 'warning', m),
    error: (m) => report(reporter, 'error', 'error', m),
  });
  ctx.logging = logging;
  /** conn.log and the script logs (every way out of the run: normal end, exit(), unreadable state). */
  function closeLogs(): void {
    connLog?.close();
    for (const log of scriptLogs) log.close();
    logging.closeAll();
  }
  for (const [event, path, columns] of SCRIPT_LOGS) {
    const log = openScriptLog(options.logDir, path, columns, options.jsonLogs);
    scriptLogs.push(log);
    events.on(event as never, ((rec: Record<string, unknown>) => log.write(rec)) as never);
  }
  host?.attach(ctx);
  readReporterOptions(reporter, ctx.tunables);
  // reporter.log: a default run loads Zeek's reporter framework; a bare one when it loads base/frameworks/reporter.
  if (!options.bare || loadedZeekScripts(host?.files ?? []).has('base/frameworks/reporter')) {
    scriptLogs.push(attachReporterLog(events, options.logDir, options.jsonLogs));
  }
  // policy/misc/dump-events: the event tap exists only when that script was loaded (engine.md 6.10).
  const dumpEvents = attachDumpEvents(events, host, loadedZeekScripts(host?.files ?? []), ctx.stdout);

  // Signature files are parsed after the scripts (identifiers resolve to their values) and before
  // zeek_init; a bad file stops the run before any packet (engine.md 5.1).
  let sigRun: SignatureRun | undefined;
  const sigFiles = options.signatureFiles ?? [];
  if (sigFiles.length > 0 || (host?.signatureFiles?.length ?? 0) > 0 || host?.global?.('signature_files')) {
    const searchPath = [env.ZEEKPATH, env.BROPATH].filter((x): x is string => !!x).flatMap((p) => p.split(':')).filter(Boolean);
    const loaded = loadRunSignatures(sigFiles, host ?? {}, searchPath);
    for (const w of loaded.warnings) options.onWarning(w);
    if (loaded.errors.length > 0) {
      for (const e of loaded.errors) ctx.stderr(`${e}\n`);
      await reader?.close();
      dns.close();
      return { ...result, exitCode: 1 };
    }
    if (loaded.signatures.length > 0) {
      sigRun = createSignatureRun(
        loaded.signatures,
        {
          events: events as unknown as SignatureRunContextEvents,
          global: (name) => host?.global?.(name),
          // Through the reporter, as Zeek: network time in front, reporter_* events, reporter.log
          // (Baseline signatures.eval-condition-no-return-value/.stderr).
          onEvalError: (name, err) => report(reporter, 'error', 'error', `eval function ${name}: ${err instanceof Error ? err.message : String(err)}`),
          onEvalNoValue: (name) => report(reporter, 'warning', 'warning', `non-void function returning without a value: ${name}`),
        },
        {
          dpdBufferSize: Number(ctx.tunables.dpd_buffer_size),
          dpdMaxPackets: Number(ctx.tunables.dpd_max_packets),
          matchOnlyBeginning: ctx.tunables.dpd_match_only_beginning !== false,
        },
      );
    }
  }

  const connOptions: Partial<ConnOptions> = { ...(ctx.tunables as Partial<ConnOptions>) };
  // The script-level set holds only what scripts added; it is merged into the run's set below.
  delete connOptions.likely_server_ports;
  // `@load base/protocols/<name>` (policy/base/protocols): in a bare run, the scripts' server ports,
  // the DNS session timer, and conn.log for `conn`, as the same loads do in `zeek -b`.
  const standIns = loadedZeekScripts(host?.files ?? []);
  const protocols = loadedProtocols(standIns);
  if (!options.bare) {
    // A default (non-bare) Zeek run loads the base scripts: their server ports and the DNS analyzer's session timer.
    connOptions.likely_server_ports = new Set(MODERN_DEFAULT_SERVER_PORTS);
    connOptions.dns_session_timer = true;
  } else {
    // A script that assigned the set (`redef likely_server_ports = { … }`, as engine.md 2.2 says to replay a
    // plain `zeek -b` test) gets Zeek's bare set-up — the tunnel ports — under it, not old Bro's list.
    const zeekBare = protocols.length > 0 || host?.redefAssigned?.has('likely_server_ports') === true;
    Object.assign(connOptions, bareProtocolOptions(protocols, zeekBare));
  }
  connOptions.likely_server_ports = withScriptPorts(connOptions.likely_server_ports, ctx.tunables.likely_server_ports);
  // policy/protocols/conn/mac-logging: two more conn.log columns.
  const macLogging = standIns.has('policy/protocols/conn/mac-logging');
  const connLogged = !options.bare || protocols.includes('conn');
  // conn.log through the logging framework only when a script uses its stream (Conn::Info, c$conn, Conn::LOG,
  // …; connLogStream.ts): decided here, once, so the direct writer's path is untouched otherwise.
  const connInfo = connLogged ? connStreamType(host, events) : undefined;
  if (connInfo && host) createConnStream(host, connInfo);
  const onConnLog = connInfo ? attachConnLogStream(events, logging, connInfo) : undefined;
  connLog =
    connLogged && !connInfo
      ? openLog(join(options.logDir, 'conn.log'), options.jsonLogs, macLogging ? MAC_LOGGING_FIELDS : [])
      : undefined;
  // weird.log: what Zeek's weird script logs in a default run: each rate-limited weird that its per-name
  // action and repeat suppression (weirdActions.ts) let through.
  // In a bare run, loading the notice framework brings its weird script along, as in Zeek.
  const weirdLog =
    !options.bare || standIns.has('base/frameworks/notice')
      ? openScriptLog(options.logDir, 'weird', WEIRD_COLUMNS, options.jsonLogs)
      : undefined;
  if (weirdLog) scriptLogs.push(weirdLog);
  const weirdActions = weirdLog ? createWeirdActionState() : undefined;
  const onWeird = (w: Weird, c?: WeirdConn): void => {
    result.weirds++;
    options.onWeird?.(w);
    if (weirdLog && weirdActions) {
      const id = c && {
        orig_h: c.id.orig_h, orig_p: portNumber(c.id.orig_p), resp_h: c.id.resp_h, resp_p: portNumber(c.id.resp_p),
      };
      const outcome = decideWeird(weirdActions, weirdSubject(w, id));
      if (outcome === 'ignore') return;
      const rec = weirdRecord(w, c);
      // WEIRD_COLUMNS still prints notice as F; the flag is here for when it reads it (and for notice.log).
      if (outcome === 'notice') rec.notice = true;
      weirdLog.write(rec);
    }
  };
  // `redef ignore_checksums = T` is -C; `ignore_checksums_nets` exempts packets by source address
  // (read once, after the redefs: later run-time changes are not seen, docs/deviations.md).
  const ignoreChecksums = options.ignoreChecksums || ctx.tunables.ignore_checksums === true;
  const checksumExempt = checksumExemptFor(ctx.tunables.ignore_checksums_nets);
  // Tunnels are decapsulated in every run, as Zeek does: IP tunnels draw their UIDs from the
  // connections' sequence (engine.md 2.5); tunnel.log in default runs, or with base/frameworks/tunnels.
  const uids = createUidSource({ deterministic: options.deterministic });
  const tunnelLogFile =
    !options.bare || standIns.has('base/frameworks/tunnels')
      ? openScriptLog(options.logDir, 'tunnel', TUNNEL_COLUMNS, options.jsonLogs)
      : undefined;
  if (tunnelLogFile) scriptLogs.push(tunnelLogFile);
  const tunnelLog = tunnelLogFile
    ? createTunnelLog(tunnelLogFile, scheduler, Number(ctx.tunables['Tunnel::expiration_interval']))
    : undefined;
  // The decoder is made after the tracker (it reports weirds to it): UDP tunnels reach it late-bound.
  const udpTunnelDecoder = {
    decodeUdpTunnel: (p: Packet, kind: number, ec: EncapsulatingConn) => decoder.decodeUdpTunnel(p, kind, ec),
    get lastTunnel() {
      return decoder.lastTunnel;
    },
  };
  const tracker: ConnectionTracker = createConnectionTracker({
    scheduler,
    events,
    uids,
    tunnels: { decoder: udpTunnelDecoder, onEncap: tunnelLog?.onEncap, onRemoved: tunnelLog?.onRemoved },
    ignoreChecksums,
    checksumExempt,
    localNets: siteLocalNets(ctx.tunables),
    connLogMacs: macLogging,
    options: connOptions,
    onWeird,
    weirdSampling: weirdSamplingFrom(ctx.tunables),
    // c$successful and its two events cost the packet path something only when a script uses them.
    trackSuccessful:
      events.has('connection_successful') ||
      events.has('successful_connection_remove') ||
      host?.usesField?.('connection', 'successful') === true,
    // Signature end-of-stream work runs first (onRemove): `enable`/`eval` may still change the service column.
    // conn.log lines come from the session's plain state unless a record was built (connLogWriter).
    onRemove: sigRun ? (c) => sigRun!.onRemove(c) : undefined,
    connLogWriter: connLog?.writer,
    onConnLog,
    onPacket: sigRun?.onPacket,
    onIcmpHeader: sigRun?.onIcmpHeader,
    onStreamData: sigRun?.onStreamData,
    onStreamGap: sigRun?.onStreamGap,
  });
  // pkt-prof.log (engine.md 6.4) wraps the decoder only when a script turned it on.
  const decoder = withPacketProfiling(
    createDecoder({
      ignoreChecksums,
      checksumExempt,
      onWeird: tracker.weirdSink,
      tunnels: {
        newUid: uids,
        maxDepth: Number(ctx.tunables['Tunnel::max_depth']),
        ipTunnelTimeout: Number(ctx.tunables['Tunnel::ip_tunnel_timeout']),
      },
    }),
    host,
  );
  recordWeirds = tracker.weirdSink;
  // Packets the connection layer never saw (not IP, malformed, or a fragment held for reassembly) and
  // the most datagrams held in reassembly at once, for get_conn_stats(); both change only on that path.
  let unprocessed = 0;
  let maxFragments = 0;
  let received = 0;
  let receivedBytes = 0;
  const expiredWeirds = createExpiredConnWeirdState();
  ctx.engine = {
    connStats: () => {
      const st = tracker.stats();
      return {
        ...st,
        sess_current_conns: st.current_conns,
        num_packets: result.packets,
        num_fragments: decoder.pendingFragments(),
        max_fragments: maxFragments,
        num_packets_unprocessed: unprocessed,
      };
    },
    packetSource: () =>
      reader && options.trace !== undefined
        ? { live: false, path: options.trace, link_type: reader.linkType, netmask: NETMASK_UNKNOWN }
        : undefined,
    // Through the session table (either orientation), not a scan that builds every live record.
    connectionExists: (id) => tracker.lookup(id as unknown as Parameters<ConnectionTracker['lookup']>[0]) !== undefined,
    lookupConnection: (id) =>
      tracker.lookup(id as unknown as Parameters<ConnectionTracker['lookup']>[0]) as unknown as Record<string, unknown> | undefined,
    setInactivityTimeout: (id, t) => tracker.setInactivityTimeout(id as unknown as Parameters<ConnectionTracker['lookup']>[0], t),
    // Reporter::*_weird: the engine's own weird path (rate limiting, *_weird events, weird.log).
    scriptWeird: (w) => {
      if (w.kind === 'conn') {
        if (tracker.connWeird(w.id as unknown as Parameters<ConnectionTracker['lookup']>[0], w.name, w.addl, w.source)) return true;
        // No such connection any more: Zeek's expired_conn_weird, limited per 4-tuple (expiredConnWeird.ts).
        const id = w.id as unknown as ExpiredConnId;
        const ts = scheduler.networkTime;
        if (!permitExpiredConnWeird(expiredWeirds, w.name, id, ts, tracker.weirdSampling)) return true;
        if (events.has('expired_conn_weird')) events.raise('expired_conn_weird', w.name, w.id, w.uid, w.addl, w.source);
        onWeird({ kind: 'conn', name: w.name, addl: w.addl, source: w.source, ts }, { uid: w.uid, id });
        return true;
      }
      const ts = scheduler.networkTime;
      tracker.weirdSink(w.kind === 'flow' ? { kind: 'flow', name: w.name, addl: w.addl, source: w.source, ts, src: w.src, dst: w.dst } : { kind: 'net', name: w.name, addl: w.addl, source: w.source, ts });
      return true;
    },
    weirdSampling: tracker.weirdSampling,
    ruleStats: sigRun ? (ts) => dumpRuleStats(sigRun!.engine, ts) : undefined,
    stats: () => ({
      pkts_recvd: received,
      bytes_recvd: receivedBytes,
      events_queued: events.queuedCount,
      events_dispatched: events.dispatchedCount,
      timers_current: scheduler.pendingCount,
      timers_max: scheduler.peakPendingCount,
      timers_cumulative: scheduler.createdCount,
      reassem_tcp: tracker.bufferedBytes,
      reassem_frag: decoder.bufferedFragmentBytes(),
    }),
    // As old Bro: an event counts as a global with a value only when it has a handler.
    globalSizes: () => globalSizes((host?.globals?.() ?? []).filter((g) => g.type.kind !== 'event' || events.handlerCount(g.name) > 0)),
  };

  // Persistent state (§5.3 step 2): after parsing and redefs, before zeek_init is queued. A file that
  // cannot be read stops the run before any script runs; it is left as it is (nothing is written).
  const state = createStatePersistence(host?.persistentIds?.(), () => String(ctx.tunables.state_dir ?? '.state'), ctx.stderr);
  // -R: the captured events, read (and checked) completely before any script runs.
  const paramTypes = (name: string): readonly Type[] | undefined => {
    const t = host?.globalType?.(name) ?? host?.globalType?.(canonicalEventName(name));
    return t && t.kind === 'event' ? t.params.map((p) => p.type) : undefined;
  };
  let replay: ReplayedEvent[] | undefined;
  try {
    state?.load();
    if (options.replay !== undefined) replay = readReplayFile(options.replay, paramTypes, options.onWarning);
  } catch (e) {
    if (!(e instanceof StateFileError)) throw e;
    ctx.stderr(`rxbro: ${e.message}\n`);
    await reader?.close();
    dns.close();
    closeLogs();
    return { ...result, exitCode: 1 };
  }
  // The state built-ins (checkpoint_state, rescan_state, capture_events, ...).
  const captures: (() => void)[] = [];
  const openCapture = (path: string, start: (path: string) => () => void): boolean => {
    try {
      captures.push(start(path));
      return true;
    } catch (e) {
      ctx.stderr(`error: cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return false;
    }
  };
  const stopCaptures = () => {
    for (const stop of captures.splice(0)) stop();
  };
  ctx.state = {
    checkpoint: () => (state ? state.save() : true),
    rescan: () => state?.rescan() ?? false,
    captureEvents: (path) => openCapture(path, (p) => captureEvents(events, openCaptureFile(p, EVENTS_FORMAT), paramTypes)),
    captureStateUpdates: (path) =>
      openCapture(path, (p) => captureStateUpdates(ctx, openCaptureFile(p, STATE_UPDATES_FORMAT), (id) => host?.globalType?.(id))),
  };

  try {
    // Startup (§5.3): zeek_init queued, top-level statements, zeek_script_loaded, drain.
    if (!reader && !replay) scheduler.advanceTo(options.startTime ?? Date.now() / 1000);
    events.raise('zeek_init');
    if (!reader && !replay) events.raise('network_time_init');
    host?.runTopLevel();
    for (const f of host?.files ?? []) events.raise('zeek_script_loaded', f, 0);
    reportViaEvents(reporter, events);
    events.drain();
    if ((host?.errorCount ?? 0) > 0 && env.ZEEK_ALLOW_INIT_ERRORS === undefined) {
      throw new FatalError('errors occurred while initializing');
    }
    reporter.initDone = true;
    // prof.log (engine.md 6.3), only when a script set profiling_interval: a start-up record now,
    // then the profile timer; nothing else of it is on the packet path.
    const profiler = startProfiling(host, {
      scheduler, events, tracker, decoder, commandLine: options.commandLine, sigRun, armTimer: reader !== undefined,
    });

    if (reader) {
      let first = true;
      for (let batch = await reader.nextChunk(); batch !== null; batch = await reader.nextChunk()) {
        const recs = batch.records;
        for (let i = 0; i < batch.count; i++) {
          const rec = recs[i];
          // -f: a rejected packet is gone before anything sees it, as when libpcap drops it.
          if (filter !== undefined && !filter.matches(rec)) continue;
          // Counted when read, before this packet's timers run (get_net_stats, engine.md 6.1).
          received++;
          receivedBytes += rec.caplen;
          scheduler.fire();
          if (first) {
            first = false;
            events.raise('network_time_init');
            // From the first packet on, the reporter's stderr lines carry the network time (Zeek's zeek_start_network_time).
            reporter.stamped = true;
          }
          scheduler.advanceTo(rec.ts);
          result.packets++;
          result.bytes += rec.caplen;
          const pkt = decoder.decode(rec);
          if (pkt !== null) tracker.process(pkt);
          else {
            unprocessed++;
            const held = decoder.pendingFragments();
            if (held > maxFragments) maxFragments = held;
          }
          events.drain();
          events.drain();
          if (terminateRequested) break;
        }
        options.onProgress?.(reader.bytesRead, reader.fileSize);
        if (terminateRequested) break;
      }
      await reader.close();
      // engine.md 3.6 step 1: the file is exhausted → Pcap::file_done(path), drained before net_done.
      if (!terminateRequested && events.has('Pcap::file_done')) {
        events.raise('Pcap::file_done', options.trace);
        events.drain();
      }
    } else if (replay) {
      // -R: each captured event as if it were a packet's: timers up to its time, raise, two drains.
      let first = true;
      for (const ev of replay) {
        scheduler.fire();
        if (first) {
          first = false;
          events.raise('network_time_init');
          reporter.stamped = true;
        }
        if (ev.ts > scheduler.networkTime) scheduler.advanceTo(ev.ts);
        events.raise(ev.name as never, ...(ev.args as never[]));
        events.drain();
        events.drain();
        if (terminateRequested) break;
      }
    } else if (ctx.tunables.exit_only_after_terminate === true) {
      // No input but told to wait for terminate(): fast-forward from timer to timer (§5.7).
      for (let due = scheduler.nextDue(); !terminateRequested && due !== undefined; due = scheduler.nextDue()) {
        scheduler.advanceTo(Math.max(due, scheduler.networkTime));
        events.drain();
        events.drain();
      }
    }

    // prof.log's last record: the input is exhausted, termination has not begun (engine.md 6.3).
    profiler?.endOfInput();

    // The run does not end while lookups are outstanding; each is bounded by the resolver's query timeout.
    await waitForLookups(dns, () => events.drain(), DNS_WAIT_MS);

    // Without input and with nothing pending, Zeek skips straight to zeek_done (§5.7, no net_done).
    const skipToDone = !reader && !replay && scheduler.pendingCount === 0 && ctx.tunables.exit_only_after_terminate !== true;
    if (!skipToDone) {
      // Termination (§5.7): net_done, then the connection layer's terminating flush and final removals.
      // A replay (-R) had its net_done from the file, in its captured place.
      if (!replay && events.has('net_done')) {
        events.drain();
        events.dispatchNow('net_done', scheduler.networkTime);
      }
      // §5.7 step 3: persistent state is written before the terminating timer flush.
      if (state && !state.save()) result.exitCode = 1;
      tracker.finishAll();
    } else if (state && !state.save()) result.exitCode = 1;
    events.raise('zeek_done');
    scheduler.flushAll();
    events.drainToEmpty();
  } finally {
    dumpEvents?.unsubscribe();
    stopCaptures();
    dns.close();
    closeLogs();
    // Script files (print f, prof.log, pkt-prof.log) are buffered: what they hold reaches the disk now.
    closeAllFiles();
  }
  result.signatureBytes = sigRun?.scannedBytes ?? 0;
  result.signatureMatches = sigRun?.matches ?? 0;
  return result;
}

interface OpenLog {
  writer: ConnLogByteWriter;
  close(): void;
}

/** What weird.log reads of a conn weird's connection: a live one, or the uid and id of an expired one. */
type WeirdConn = { uid: string; id: { orig_h: string; orig_p: number; resp_h: string; resp_p: number } };

/** The weird.log record of a weird: connection ids and uid for conn weirds, addresses with ports 0 for flow weirds. */
function weirdRecord(w: Weird, c?: WeirdConn): Record<string, unknown> {
  const rec: Record<string, unknown> = { ts: w.ts, name: w.name, addl: w.addl, source: w.source };
  if (w.kind === 'conn' && c) {
    rec.uid = c.uid;
    rec.orig_h = c.id.orig_h;
    rec.orig_p = portNumber(c.id.orig_p);
    rec.resp_h = c.id.resp_h;
    rec.resp_p = portNumber(c.id.resp_p);
  } else if (w.kind === 'flow') {
    rec.orig_h = w.src;
    rec.orig_p = 0;
    rec.resp_h = w.dst;
    rec.resp_p = 0;
  }
  return rec;
}

/** A condition that ends the run with "fatal error: <message>" and exit status 1. */
export class FatalError extends Error {}

/** conn.log is created lazily (Zeek writes no file when nothing was logged) and written synchronously in 64 KiB pieces, so an `exit()` from a script loses nothing already logged. Rows are formatted as bytes into one reused buffer (`createConnLogByteWriter`). */
function openLog(path: string, json: boolean, extraFields: ConnLogColumns = []): OpenLog {
  let fd = -1;
  const writer = createConnLogByteWriter(
    (bytes) => {
      if (fd < 0) fd = openSync(path, 'w');
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
    },
    { format: json ? 'json' : 'tsv', extraFields },
  );
  return {
    writer,
    close() {
      writer.close();
      if (fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}

