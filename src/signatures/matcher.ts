/**
 * The signature matcher (engine.md 5.4–5.10): per-connection, per-direction matching state fed
 * with header facts once and with payload chunks afterwards; fires signatures through caller
 * hooks shaped like Bro's `signature_match`. Plain state records plus functions: the connection
 * layer owns one {@link ConnMatchState} per connection and calls these at the points §5.9 names.
 */
import { acceptsOf, feed, JAM, rowOf, setOf, step, type AcceptSink, type DfaStateDesc } from './dfa';
import type { HeaderFacts } from './HeaderFacts';
import { evalHeaderTest, compare } from './headerTest';
import { buildRuleTree, type CompiledSig, type HeaderNode, type PatternGroup, type RuleTree } from './headerTree';
import type { PatternType, Signature } from './Signature';

/** Bro's `signature_state` record (engine.md 5.10). `conn` is whatever the caller passed in. */
export interface SignatureState<C> {
  sig_id: string;
  conn: C;
  is_orig: boolean;
  payload_size: number;
}

/** What the matcher calls back into. Only `signatureMatch` is required. */
export interface SignatureHooks<C> {
  /** `event "msg"`: Bro's `signature_match(state, msg, data[, end_of_match])`. */
  signatureMatch(state: SignatureState<C>, msg: string, data: string, endOfMatch: number): void;
  /** `event name ["msg"]`: a user-declared event; `msg` is undefined for the two-argument form. */
  customEvent?(name: string, state: SignatureState<C>, msg: string | undefined, data: string, endOfMatch: number): void;
  /** `enable "analyzer"`. */
  enable?(analyzer: string, state: SignatureState<C>): void;
  /** `eval f`: calls the script function; throwing counts as false. Missing hook = false. */
  eval?(name: string, state: SignatureState<C>, data: string): boolean;
  /** For `tcp-state established`: both endpoints beyond the handshake, at the time of the call. */
  isEstablished?(conn: C): boolean;
}

/** Tunables (engine.md Appendix A). */
export interface MatcherOptions {
  /** `dpd_buffer_size`, bytes of both directions after which matching stops (default 1024). */
  dpdBufferSize?: number;
  /** `dpd_max_packets`, chunks after which matching stops (default 100). */
  dpdMaxPackets?: number;
  /** `dpd_match_only_beginning` (default true). */
  matchOnlyBeginning?: boolean;
  /** `RE_level` (default 4). */
  reLevel?: number;
  /**
   * Zeek's `sig_max_group_size` (50 in Zeek). rxbro default 0 = one automaton per node and
   * pattern type, so each byte is looked at once whatever the number of signatures.
   */
  sigMaxGroupSize?: number;
  /** DFA state cache bound per automaton before it is flushed (default 10000). */
  dfaMaxStates?: number;
}

/** A compiled signature engine: the rule tree plus hooks and options. */
export interface SignatureEngine<C> {
  tree: RuleTree;
  hooks: SignatureHooks<C>;
  dpdBufferSize: number;
  dpdMaxPackets: number;
  matchOnlyBeginning: boolean;
  /** Shared accept sink (no per-chunk allocation): records into `sink.ep`. */
  sink: Sink<C>;
  /** Cache of the latin1 text of the chunk being matched (only built when something fires). */
  strData: Uint8Array | null;
  strText: string;
  /**
   * Whether a connection's states may be dropped once the DPD limit stopped matching: nothing can
   * happen at the end of the stream (no `$`, no negated dependency, no header-only signature with
   * context conditions or dependencies) and no analyzer type keeps feeding data after the limit.
   */
  canRelease: boolean;
}

/** One running automaton of an endpoint: its DFA row (or JAM), valid for generation `gen`. */
interface Runner {
  group: PatternGroup;
  row: number;
  gen: number;
  /** Description of the state, to find it again after the DFA cache was flushed. */
  desc: DfaStateDesc;
  /** BOL still to be fed (start of the stream / of the datagram). */
  bol: boolean;
}

function newRunner(group: PatternGroup): Runner {
  const dfa = group.dfa;
  return { group, row: dfa.startRow, gen: dfa.gen, desc: setOf(dfa, dfa.startRow), bol: true };
}

/** Matching state of one connection direction (engine.md 5.9). */
export interface EndpointMatchState {
  isOrig: boolean;
  /** Header-tree nodes that matched, indexed by node id / in breadth-first order. */
  nodeMatched: Uint8Array;
  nodes: HeaderNode[];
  runners: Runner[];
  /** Runners of the matched nodes' groups (the first ones of `runners`); the rest were started by triggers. */
  baseRunners: number;
  /** Tail automata to start after the current runner pass: group and start position. */
  spawnGroups: PatternGroup[];
  spawnPos: number[];
  /** Global pattern id → position of its first acceptance. */
  accepted: Map<number, number>;
  /** Signatures (indices) that fired in this direction. */
  fired: Set<number>;
  /**
   * Signatures whose patterns all matched (Zeek's `matched_by_patterns`), with the chunk text and
   * end_of_match of that moment: what a later firing (dependency, end of stream) reports.
   */
  byPatterns: Map<number, { text: string; eom: number }>;
  /** Signatures whose patterns all matched (recorded by the accept sink, so not only after new acceptances). */
  completed: Set<number>;
  /** Those of `completed` that have not fired yet, ascending: what a new acceptance re-examines. */
  unfired: number[];
  /** Size of the first non-empty payload chunk (UDP: of this datagram); -1 = none yet. */
  payloadSize: number;
  /** Automaton position of the last byte fed (BOL = 0); restarts for each UDP/ICMP packet. */
  pos: number;
  /** Position before the current chunk. */
  chunkStart: number;
  /** Set by the accept sink when a pattern is accepted for the first time (start-state acceptances excepted). */
  newAccept: boolean;
  sameIp: boolean;
  /** Runners not jammed yet. */
  live: number;
}

/** Matching state of one connection. */
export interface ConnMatchState<C> {
  conn: C;
  /** IP protocol number of the connection (6 TCP, 17 UDP, 1/58 ICMP). */
  proto: number;
  orig: EndpointMatchState | null;
  resp: EndpointMatchState | null;
  /** Bytes and chunks seen for the DPD buffer limit (both directions). */
  bytes: number;
  chunks: number;
  /**
   * True once both directions together exceeded the DPD buffer (bytes or chunks). With
   * `matchOnlyBeginning` matching then stops (`stopped`); without it, an `enable` fired after
   * this point is what Zeek reports as `protocol_late_match` — the adapter decides.
   */
  overLimit: boolean;
  stopped: boolean;
  finished: boolean;
}

class Sink<C> implements AcceptSink {
  ep: EndpointMatchState | null = null;
  constructor(private readonly engine: { tree: RuleTree } & Partial<SignatureEngine<C>>) {}
  onAccept(accepts: Int32Array, pos: number): void {
    const ep = this.ep!;
    const tree = this.engine.tree;
    const depth = tree.patDepth;
    for (let k = 0; k < accepts.length; k++) {
      const pid = accepts[k];
      if (ep.accepted.has(pid)) continue;
      const d = depth[pid];
      if (d > 0 && pos > d) continue;
      if (ep.accepted === NO_ACCEPTED) ep.accepted = new Map();
      ep.accepted.set(pid, pos);
      const idx = tree.patSig[pid];
      if (idx < 0) {
        // A trigger (the head of `head.*tail`): start the tail's automaton at this position.
        if (ep.spawnGroups === NO_GROUPS) {
          ep.spawnGroups = [];
          ep.spawnPos = [];
        }
        ep.spawnGroups.push(tree.triggers[pid]);
        ep.spawnPos.push(pos);
        continue;
      }
      ep.newAccept = true;
      if (ep.completed.has(idx)) continue;
      const pids = tree.sigs[idx].pids;
      let all = true;
      for (let j = 0; j < pids.length && all; j++) all = ep.accepted.has(pids[j]);
      if (all) {
        if (ep.completed === NO_FIRED) ep.completed = new Set();
        ep.completed.add(idx);
        if (ep.unfired === NO_NUMBERS) ep.unfired = [];
        insertSorted(ep.unfired, idx);
      }
    }
  }
}

function insertSorted(list: number[], v: number): void {
  let k = list.length;
  list.push(v);
  while (k > 0 && list[k - 1] > v) {
    list[k] = list[k - 1];
    k--;
  }
  list[k] = v;
}

/**
 * Compiles signatures into an engine with the given hooks.
 *
 * ## Example
 * ```ts
 * const engine = createSignatureEngine(loadSignatures([{ file: 'a.sig', text }]), {
 *   signatureMatch: (state, msg, data) => console.log(state.sig_id, msg, data),
 * });
 * ```
 */
export function createSignatureEngine<C>(
  signatures: readonly Signature[],
  hooks: SignatureHooks<C>,
  options: MatcherOptions = {},
): SignatureEngine<C> {
  const tree = buildRuleTree(signatures, {
    reLevel: options.reLevel ?? 4,
    sigMaxGroupSize: options.sigMaxGroupSize ?? 0,
    dfaMaxStates: options.dfaMaxStates ?? 10000,
  });
  const engine: SignatureEngine<C> = {
    tree, hooks,
    dpdBufferSize: options.dpdBufferSize ?? 1024,
    dpdMaxPackets: options.dpdMaxPackets ?? 100,
    matchOnlyBeginning: options.matchOnlyBeginning ?? true,
    sink: null as unknown as Sink<C>,
    strData: null, strText: '',
    canRelease: releasable(signatures),
  };
  engine.sink = new Sink<C>(engine);
  return engine;
}

/** See {@link SignatureEngine.canRelease}: decided once per engine from the signature set. */
function releasable(signatures: readonly Signature[]): boolean {
  for (const sig of signatures) {
    if (sig.deps.some((d) => d.negate)) return false;
    if (sig.patterns.some((p) => p.type !== 'payload' || p.source.includes('$'))) return false;
    if (sig.patterns.length === 0 && (sig.conds.length > 0 || sig.deps.length > 0)) return false;
  }
  return true;
}

/**
 * A stopped connection whose states can no longer matter: drop what they hold (a long-lived
 * connection then costs little). The endpoint records stay, so nothing re-initialises them.
 */
function releaseIfIdle<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>): void {
  if (!engine.canRelease) return;
  // Signatures whose patterns matched but whose conditions failed are re-examined at the end.
  for (const ep of [cm.orig, cm.resp]) if (ep) for (const idx of ep.byPatterns.keys()) if (!ep.fired.has(idx)) return;
  for (const ep of [cm.orig, cm.resp]) {
    if (!ep) continue;
    ep.runners = [];
    ep.baseRunners = 0;
    ep.live = 0;
    ep.nodes = [];
    ep.accepted = NO_ACCEPTED;
    ep.byPatterns = NO_BY_PATTERNS;
    ep.completed = NO_FIRED;
    ep.unfired = NO_NUMBERS;
  }
}

/**
 * Creates the matching state of a new connection (no direction initialised yet).
 *
 * ## Example
 * ```ts
 * const cm = newConnMatch(engine, connRecord, 6);
 * ```
 */
export function newConnMatch<C>(_engine: SignatureEngine<C>, conn: C, proto: number): ConnMatchState<C> {
  return { conn, proto, orig: null, resp: null, bytes: 0, chunks: 0, overLimit: false, stopped: false, finished: false };
}

// Most connections never accept a pattern: their endpoints share these empty collections until
// the first write (each write site swaps in its own), which keeps idle per-connection state small.
const NO_ACCEPTED: Map<number, number> = new Map();
const NO_FIRED: Set<number> = new Set();
const NO_BY_PATTERNS: Map<number, { text: string; eom: number }> = new Map();
const NO_GROUPS: PatternGroup[] = [];
const NO_NUMBERS: number[] = [];

// ### Initialisation (first packet of a direction)

function createEndpoint<C>(engine: SignatureEngine<C>, isOrig: boolean, facts: HeaderFacts | null): EndpointMatchState {
  const tree = engine.tree;
  const nodeMatched = new Uint8Array(tree.nodes.length);
  const nodes: HeaderNode[] = [tree.root];
  nodeMatched[0] = 1;
  // Breadth-first over matched nodes; without a packet only the root applies (5.9).
  if (facts) {
    for (let k = 0; k < nodes.length; k++) {
      for (const c of nodes[k].children) {
        if (evalHeaderTest(c.test!, facts)) {
          nodeMatched[c.id] = 1;
          nodes.push(c);
        }
      }
    }
  }
  const runners: Runner[] = [];
  for (const n of nodes) for (const g of n.groups) runners.push(newRunner(g));
  let sameIp = false;
  if (facts) {
    const len = facts.ipVersion === 6 ? 16 : 4;
    const s = facts.ipVersion === 6 ? 8 : 12;
    sameIp = facts.ip.length >= s + 2 * len;
    for (let k = 0; sameIp && k < len; k++) if (facts.ip[s + k] !== facts.ip[s + len + k]) sameIp = false;
  }
  const ep: EndpointMatchState = {
    isOrig, nodeMatched, nodes, runners, baseRunners: runners.length, spawnGroups: NO_GROUPS, spawnPos: NO_NUMBERS, accepted: NO_ACCEPTED, fired: NO_FIRED, byPatterns: NO_BY_PATTERNS, completed: NO_FIRED, unfired: NO_NUMBERS,
    payloadSize: -1, pos: 0, chunkStart: 0, newAccept: false, sameIp, live: runners.length,
  };
  recordStartAccepts(engine, ep);
  return ep;
}

/**
 * Records what the start states accept (patterns matching the empty string, like a lone `.*` pattern). As in
 * Zeek this happens before any input and does not count as a new acceptance (engine.md 5.9
 * quirk): such a signature is only examined once something else is accepted.
 */
function recordStartAccepts<C>(engine: SignatureEngine<C>, ep: EndpointMatchState): void {
  engine.sink.ep = ep;
  for (const r of ep.runners) {
    // Analyzer types (http-*, ftp, …) are only looked at once their analyzer feeds them data:
    // a `.*` there must not complete a signature on a connection that never had such data.
    if (r.group.type !== 'payload') continue;
    const acc = acceptsOf(r.group.dfa, r.row);
    if (acc !== null) engine.sink.onAccept(acc, 0);
  }
  ep.newAccept = false;
}

/**
 * Feeds BOL to the payload automata right after initialisation, as Zeek's InitEndpoint does; an
 * acceptance there (a pattern like `^.*` alone) is new and examined at once, with empty data.
 */
function feedBol<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, ep: EndpointMatchState): void {
  const sink = engine.sink;
  sink.ep = ep;
  ep.newAccept = false;
  ep.chunkStart = 0;
  engine.strData = null;
  for (const r of ep.runners) {
    if (r.group.type !== 'payload' || !r.bol) continue;
    r.bol = false;
    const dfa = r.group.dfa;
    const row = step(dfa, r.row, dfa.nfa.bol);
    r.row = row;
    if (row === JAM) {
      ep.live--;
      continue;
    }
    r.gen = dfa.gen;
    r.desc = setOf(dfa, row);
    const acc = acceptsOf(dfa, row);
    if (acc !== null) sink.onAccept(acc, 0);
  }
  if (ep.spawnGroups.length > 0) startTails(engine, ep, EMPTY, false);
  if (ep.newAccept) examine(engine, cm, ep, EMPTY);
}

/**
 * Initialises one direction from its first packet: evaluates header tests, fires header-only
 * signatures (in the tree order of 5.9), and prepares the automata. Pass `null` facts when the
 * direction has no packet (its state then sees only signatures without header conditions).
 *
 * ## Example
 * ```ts
 * initEndpoint(engine, cm, true, headerFactsFromPacket(synPacket));
 * ```
 */
export function initEndpoint<C>(
  engine: SignatureEngine<C>,
  cm: ConnMatchState<C>,
  isOrig: boolean,
  facts: HeaderFacts | null,
): EndpointMatchState {
  const ep = createEndpoint(engine, isOrig, facts);
  if (isOrig) cm.orig = ep;
  else cm.resp = ep;
  execPureRules(engine, cm, ep, false);
  feedBol(engine, cm, ep);
  return ep;
}

function endpointFor<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, isOrig: boolean): EndpointMatchState {
  const ep = isOrig ? cm.orig : cm.resp;
  if (ep) return ep;
  // A direction without a packet of its own (e.g. after a flip): no header tests, but `same-ip`
  // is a property of the connection, known from the other direction.
  const created = createEndpoint(engine, isOrig, null);
  const other = isOrig ? cm.resp : cm.orig;
  if (other) created.sameIp = other.sameIp;
  if (isOrig) cm.orig = created;
  else cm.resp = created;
  execPureRules(engine, cm, created, false);
  feedBol(engine, cm, created);
  return created;
}

// ### Feeding data

/**
 * Matches one in-order chunk of a TCP stream (or, without reassembly, one packet payload).
 * Stops for the whole connection once both directions together exceeded the DPD buffer limit
 * (the chunk crossing it is still matched).
 *
 * ## Example
 * ```ts
 * matchStream(engine, cm, true, Buffer.from('GET / HTTP/1.1\r\n'));
 * ```
 */
export function matchStream<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, isOrig: boolean, data: Uint8Array): void {
  if (cm.finished) {
    matchUndelivered(engine, cm, isOrig, data);
    return;
  }
  if (cm.stopped || data.length === 0) return;
  const ep = endpointFor(engine, cm, isOrig);
  if (ep.payloadSize <= 0) ep.payloadSize = data.length;
  feedChunk(engine, cm, ep, 'payload', data, false);
  countChunk(engine, cm, data.length);
}

/**
 * Counts a content gap as one chunk toward the DPD limit (engine.md 4.5); nothing is matched.
 *
 * ## Example
 * ```ts
 * matchGap(engine, cm, false);
 * ```
 */
export function matchGap<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, _isOrig: boolean): void {
  if (!cm.stopped && !cm.finished) countChunk(engine, cm, 0);
}

/**
 * Matches one UDP datagram payload: fed with BOL from a fresh automaton state, then header-only
 * signatures are re-evaluated with end-of-stream semantics and the per-datagram state is reset
 * (what already fired, and "all patterns matched" entries, persist).
 *
 * ## Example
 * ```ts
 * matchDatagram(engine, cm, true, udpPayload);
 * ```
 */
export function matchDatagram<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, isOrig: boolean, data: Uint8Array): void {
  if (cm.stopped || cm.finished) return;
  const ep = endpointFor(engine, cm, isOrig);
  if (ep.payloadSize <= 0 && data.length > 0) ep.payloadSize = data.length;
  feedChunk(engine, cm, ep, 'payload', data, false);
  execPureRules(engine, cm, ep, true);
  resetEndpoint(engine, ep);
  // Empty datagrams are not buffered by Zeek's PIA, so they do not count toward the limit.
  if (data.length > 0) countChunk(engine, cm, data.length);
}

/**
 * Matches one ICMP packet's payload (after the 8-byte header) from the start state; no size limit.
 *
 * ## Example
 * ```ts
 * matchIcmp(engine, cm, true, icmpPayload);
 * ```
 */
export function matchIcmp<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, isOrig: boolean, data: Uint8Array): void {
  if (cm.finished) return;
  const ep = endpointFor(engine, cm, isOrig);
  if (ep.payloadSize <= 0 && data.length > 0) ep.payloadSize = data.length;
  // Zeek matches each ICMP payload with `clear`: the automata restart from their start state
  // (BOL is not fed again) while what was accepted, and positions' meaning, carry over.
  restartAutomata(ep);
  feedChunk(engine, cm, ep, 'payload', data, false);
}

/** How an analyzer hands a piece of its data over (Zeek's `Match(..., bol, eol, clear)`). */
export interface AnalyzerDataOptions {
  /** Feed the beginning-of-data marker first (so `^` matches here). */
  bol?: boolean;
  /** Feed the end-of-data marker after the data (so `$` matches here). */
  eol?: boolean;
  /** Restart this type's automata from their start state first (a new URI, header line or body). */
  clear?: boolean;
}

/**
 * Matches data of an analyzer-specific pattern type (`http-request`, `http-reply-body`, …) for one
 * direction. Without options the pieces form one continuous stream; an analyzer marks where a new
 * unit starts (`clear` + `bol`, e.g. each URI or the first chunk of a body) and where it ends
 * (`eol`, e.g. an empty chunk at the end of a body). Accepted patterns persist across `clear`, so
 * a signature with two body patterns completes on the chunk carrying the second.
 *
 * ## Example
 * ```ts
 * matchAnalyzerData(engine, cm, true, 'http-request', Buffer.from('/index.html'), { bol: true, eol: true, clear: true });
 * ```
 */
export function matchAnalyzerData<C>(
  engine: SignatureEngine<C>,
  cm: ConnMatchState<C>,
  isOrig: boolean,
  type: PatternType,
  data: Uint8Array,
  options?: AnalyzerDataOptions,
): void {
  if (cm.finished || type === 'payload') return;
  const ep = endpointFor(engine, cm, isOrig);
  if (options !== undefined) {
    if (options.clear) restartType(ep, type, options.bol === true);
    else if (options.bol) for (const r of ep.runners) if (r.group.type === type) r.bol = true;
  }
  feedChunk(engine, cm, ep, type, data, options?.eol === true);
}

/** Restarts the automata of one pattern type (dropping its tails) for a new analyzer unit. */
function restartType(ep: EndpointMatchState, type: PatternType, bol: boolean): void {
  const runners = ep.runners;
  let keep = 0;
  for (let k = 0; k < runners.length; k++) {
    const r = runners[k];
    if (r.group.type !== type) {
      runners[keep++] = r;
      continue;
    }
    if (k >= ep.baseRunners) {
      if (r.row !== JAM) ep.live--;
      continue;
    }
    if (r.row === JAM) ep.live++;
    const fresh = newRunner(r.group);
    fresh.bol = bol;
    runners[keep++] = fresh;
  }
  runners.length = keep;
}

/**
 * Finishes a connection at removal: feeds EOL (so `$` can match), re-evaluates header-only
 * signatures and pattern-matched ones with end-of-stream semantics (negated dependencies,
 * `payload-size`), then discards both states.
 *
 * ## Example
 * ```ts
 * finishConn(engine, cm);
 * ```
 */
export function finishConn<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>): void {
  if (cm.finished) return;
  for (const ep of [cm.orig, cm.resp]) {
    if (!ep) continue;
    // EOL is fed even after the DPD limit stopped matching (Zeek's FinishEndpoint does too).
    feedChunk(engine, cm, ep, 'payload', EMPTY, true);
    execPureRules(engine, cm, ep, true);
    for (const [idx, at] of ep.byPatterns) {
      const cs = engine.tree.sigs[idx];
      if (ep.fired.has(idx)) continue;
      if (evalConditions(engine, cm, ep, cs, EMPTY, true)) fire(engine, cm, ep, cs, at.text, at.eom, true);
    }
  }
  cm.orig = cm.resp = null;
  cm.finished = true;
}

/**
 * Matches data handed over after removal (`tcp_match_undelivered`): a fresh state without a
 * packet and without knowledge of what fired before; it is never finished (engine.md 4.3, 5.9).
 *
 * ## Example
 * ```ts
 * matchUndelivered(engine, cm, false, bufferedAboveHole);
 * ```
 */
export function matchUndelivered<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, isOrig: boolean, data: Uint8Array): void {
  if (data.length === 0) return;
  const tmp: ConnMatchState<C> = { ...cm, orig: null, resp: null, overLimit: false, stopped: false, finished: false };
  const ep = initEndpoint(engine, tmp, isOrig, null);
  ep.payloadSize = data.length;
  feedChunk(engine, tmp, ep, 'payload', data, false);
}

const EMPTY = new Uint8Array(0);

function countChunk<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, len: number): void {
  cm.bytes += len;
  cm.chunks++;
  if (cm.bytes > engine.dpdBufferSize || cm.chunks > engine.dpdMaxPackets) {
    cm.overLimit = true;
    if (engine.matchOnlyBeginning) {
      cm.stopped = true;
      releaseIfIdle(engine, cm);
    }
  }
}

/** UDP: after each datagram everything per-datagram starts over, with BOL (Zeek ClearEndpointState). */
function resetEndpoint<C>(engine: SignatureEngine<C>, ep: EndpointMatchState): void {
  ep.runners.length = ep.baseRunners; // tails started by triggers belong to the old datagram
  // Reset in place: one datagram after another must not allocate new runners.
  for (let k = 0; k < ep.runners.length; k++) {
    const r = ep.runners[k];
    const dfa = r.group.dfa;
    r.row = dfa.startRow;
    r.gen = dfa.gen;
    r.desc = setOf(dfa, dfa.startRow);
    r.bol = true;
  }
  ep.live = ep.runners.length;
  ep.spawnGroups.length = 0;
  ep.spawnPos.length = 0;
  ep.accepted.clear();
  // Only the remembered `byPatterns` survive a reset; candidates come from the new accepted set.
  ep.completed.clear();
  ep.unfired.length = 0;
  ep.pos = 0;
  ep.chunkStart = 0;
  ep.payloadSize = -1;
  recordStartAccepts(engine, ep);
}

/** ICMP: automata back to their start state without BOL; accepted patterns are kept. */
function restartAutomata(ep: EndpointMatchState): void {
  ep.runners.length = ep.baseRunners;
  for (let k = 0; k < ep.runners.length; k++) {
    const r = newRunner(ep.runners[k].group);
    r.bol = false;
    ep.runners[k] = r;
  }
  ep.live = ep.runners.length;
  ep.pos = 0;
  ep.chunkStart = 0;
}

/** Feeds one chunk (or EOL) to the endpoint's automata of `type`, then examines new matches. */
function feedChunk<C>(
  engine: SignatureEngine<C>,
  cm: ConnMatchState<C>,
  ep: EndpointMatchState,
  type: PatternType,
  data: Uint8Array,
  eol: boolean,
): void {
  const sink = engine.sink;
  sink.ep = ep;
  ep.newAccept = false;
  ep.chunkStart = ep.pos;
  // Callers may refill the same buffer for the next chunk: the text cache is per call only.
  engine.strData = null;
  if (ep.live > 0) {
    const runners = ep.runners;
    for (let k = 0; k < runners.length; k++) {
      const r = runners[k];
      if (r.group.type !== type || r.row === JAM) continue;
      const dfa = r.group.dfa;
      let row = r.gen === dfa.gen ? r.row : rowOf(dfa, r.desc);
      if (r.bol) {
        r.bol = false;
        row = step(dfa, row, dfa.nfa.bol);
        const acc = row === JAM ? null : acceptsOf(dfa, row);
        if (acc !== null) sink.onAccept(acc, 0);
      }
      if (row !== JAM && data.length > 0) row = feed(dfa, row, data, 0, data.length, ep.pos, sink);
      if (row !== JAM && eol) {
        row = step(dfa, row, dfa.nfa.eol);
        const acc = row === JAM ? null : acceptsOf(dfa, row);
        if (acc !== null) sink.onAccept(acc, ep.pos + data.length + 1);
      }
      r.row = row;
      if (row === JAM) ep.live--;
      else {
        r.gen = dfa.gen;
        r.desc = setOf(dfa, row);
      }
    }
  }
  if (ep.spawnGroups.length > 0) startTails(engine, ep, data, eol);
  if (type === 'payload') ep.pos += data.length;
  if (ep.newAccept) examine(engine, cm, ep, data);
}

/**
 * Starts the tail automata of triggers accepted during this chunk, each from the byte after
 * its trigger, and feeds them the rest of the chunk (and EOL). A tail may trigger further tails.
 */
function startTails<C>(engine: SignatureEngine<C>, ep: EndpointMatchState, data: Uint8Array, eol: boolean): void {
  const sink = engine.sink;
  for (let k = 0; k < ep.spawnGroups.length; k++) {
    const group = ep.spawnGroups[k];
    const pos = ep.spawnPos[k];
    const from = pos - ep.chunkStart;
    if (from > data.length) continue; // accepted on EOL: nothing can follow
    const r = newRunner(group);
    r.bol = false;
    const dfa = group.dfa;
    let row = r.row;
    const acc0 = acceptsOf(dfa, row);
    if (acc0 !== null) sink.onAccept(acc0, pos);
    if (from < data.length) row = feed(dfa, row, data, from, data.length, pos, sink);
    if (row !== JAM && eol) {
      row = step(dfa, row, dfa.nfa.eol);
      const acc = row === JAM ? null : acceptsOf(dfa, row);
      if (acc !== null) sink.onAccept(acc, ep.chunkStart + data.length + 1);
    }
    r.row = row;
    if (row !== JAM) {
      r.gen = dfa.gen;
      r.desc = setOf(dfa, row);
      ep.runners.push(r);
      ep.live++;
    }
  }
  ep.spawnGroups.length = 0;
  ep.spawnPos.length = 0;
}

// ### Deciding and firing (5.6–5.9)

/**
 * Examines every signature whose patterns have all been accepted and that has not fired, in
 * ascending definition order (Zeek re-examines all of them on each new acceptance).
 */
function examine<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, ep: EndpointMatchState, data: Uint8Array): void {
  const tree = engine.tree;
  const list = ep.unfired;
  for (let k = 0; k < list.length; k++) {
    const idx = list[k];
    // Like Zeek, only this direction's firings are checked here; a signature that fired in the
    // other direction still has its conditions (and `eval`) evaluated, then fire() drops it.
    if (ep.fired.has(idx)) {
      list.splice(k--, 1);
      continue;
    }
    const cs = tree.sigs[idx];
    if (ep.nodeMatched[cs.node.id] === 0) {
      list.splice(k--, 1); // can never fire in this direction
      continue;
    }
    const last = ep.accepted.get(cs.pids[cs.pids.length - 1]);
    const eom = data.length > 0 && last !== undefined && last > ep.chunkStart ? Math.min(last - ep.chunkStart, data.length) : 0;
    // Zeek remembers "all patterns matched" only here, after a new acceptance: a lone `/.*/`
    // (accepted at the start) is therefore not re-examined at the end of the stream either.
    if (!ep.byPatterns.has(idx)) {
      if (ep.byPatterns === NO_BY_PATTERNS) ep.byPatterns = new Map();
      ep.byPatterns.set(idx, { text: textOf(engine, data), eom });
    }
    if (!evalConditions(engine, cm, ep, cs, data, false)) continue;
    fire(engine, cm, ep, cs, textOf(engine, data), eom, false);
  }
}

function firedInConn<C>(cm: ConnMatchState<C>, ep: EndpointMatchState, idx: number): boolean {
  if (ep.fired.has(idx)) return true;
  const other = ep === cm.orig ? cm.resp : cm.orig;
  return other !== null && other.fired.has(idx);
}

/** Header-only signatures of the matched nodes, in breadth-first / reverse-definition order. */
function execPureRules<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, ep: EndpointMatchState, eos: boolean): void {
  for (const n of ep.nodes) {
    for (const cs of n.pureSigs) {
      if (ep.fired.has(cs.index)) continue;
      if (evalConditions(engine, cm, ep, cs, EMPTY, eos)) fire(engine, cm, ep, cs, '', 0, eos);
    }
  }
}

/** Re-examines `cs` in `ep` after one of its dependencies fired (Zeek `ExecRule`). */
function execRule<C>(engine: SignatureEngine<C>, cm: ConnMatchState<C>, ep: EndpointMatchState, cs: CompiledSig, eos: boolean): void {
  if (ep.fired.has(cs.index) || ep.nodeMatched[cs.node.id] === 0) return;
  if (cs.pids.length === 0) {
    if (evalConditions(engine, cm, ep, cs, EMPTY, eos)) fire(engine, cm, ep, cs, '', 0, eos);
    return;
  }
  // A pattern signature can only fire now if its patterns all matched; it reports that chunk.
  const at = ep.byPatterns.get(cs.index);
  if (at && evalConditions(engine, cm, ep, cs, EMPTY, eos)) fire(engine, cm, ep, cs, at.text, at.eom, eos);
}

function stateOf<C>(cm: ConnMatchState<C>, ep: EndpointMatchState, cs: CompiledSig): SignatureState<C> {
  return { sig_id: cs.sig.id, conn: cm.conn, is_orig: ep.isOrig, payload_size: ep.payloadSize > 0 ? ep.payloadSize : 0 };
}

function textOf<C>(engine: SignatureEngine<C>, data: Uint8Array): string {
  if (data.length === 0) return '';
  if (engine.strData !== data) {
    engine.strData = data;
    engine.strText = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  }
  return engine.strText;
}

function evalConditions<C>(
  engine: SignatureEngine<C>,
  cm: ConnMatchState<C>,
  ep: EndpointMatchState,
  cs: CompiledSig,
  data: Uint8Array,
  eos: boolean,
): boolean {
  for (const d of cs.deps) {
    const other = ep === cm.orig ? cm.resp : cm.orig;
    const st = d.reverse ? other : ep;
    if (d.reverse && !st) return false;
    const matched = d.target !== null && st!.fired.has(d.target.index);
    if (!d.negate) {
      if (!matched) return false;
    } else {
      // A negated dependency can only be decided at the end of the stream.
      if (!eos || matched) return false;
    }
  }
  for (const c of cs.sig.conds) {
    switch (c.kind) {
      case 'payload-size':
        if (ep.payloadSize <= 0 || !compare(ep.payloadSize, c.cmp, c.value)) return false;
        break;
      case 'same-ip':
        if (!ep.sameIp) return false;
        break;
      case 'tcp-state':
        if (cm.proto !== 6) return false;
        if (c.stateless) break;
        if (c.originator && !ep.isOrig) return false;
        if (c.responder && ep.isOrig) return false;
        if (c.established && !(engine.hooks.isEstablished?.(cm.conn) ?? false)) return false;
        break;
      case 'udp-state':
        if (cm.proto !== 17) return false;
        if (c.stateless) break;
        if (c.originator && !ep.isOrig) return false;
        if (c.responder && ep.isOrig) return false;
        break;
      case 'ip-options':
        return false;
      case 'eval': {
        if (c.constant !== undefined) {
          if (!c.constant) return false;
          break;
        }
        const fn = engine.hooks.eval;
        if (!fn) return false;
        let ok = false;
        try {
          ok = fn(c.name, stateOf(cm, ep, cs), textOf(engine, data)) === true;
        } catch {
          ok = false; // a script error inside the function counts as false (5.7)
        }
        if (!ok) return false;
        break;
      }
    }
  }
  return true;
}

function fire<C>(
  engine: SignatureEngine<C>,
  cm: ConnMatchState<C>,
  ep: EndpointMatchState,
  cs: CompiledSig,
  text: string,
  eom: number,
  eos: boolean,
): void {
  // Once per connection: suppressed here if it already fired in the other direction (5.9).
  if (firedInConn(cm, ep, cs.index)) return;
  if (ep.fired === NO_FIRED) ep.fired = new Set();
  ep.fired.add(cs.index);
  const hooks = engine.hooks;
  for (const a of cs.sig.actions) {
    switch (a.kind) {
      case 'event':
        hooks.signatureMatch(stateOf(cm, ep, cs), a.msg, text, eom);
        break;
      case 'custom-event':
        hooks.customEvent?.(a.name, stateOf(cm, ep, cs), a.msg, text, eom);
        break;
      case 'enable':
        hooks.enable?.(a.analyzer, stateOf(cm, ep, cs));
        break;
      default:
        break; // `disable` and `file-mime` have no effect on packet matching
    }
  }
  // Everything depending on this signature is re-examined in both directions (5.6).
  const other = ep === cm.orig ? cm.resp : cm.orig;
  for (const dep of cs.dependents) {
    execRule(engine, cm, ep, dep, eos);
    if (other) execRule(engine, cm, other, dep, eos);
  }
}
