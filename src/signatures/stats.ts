/**
 * Matcher statistics (engine.md 5.11) and their two text forms: the prof.log `RuleMatcher:` line
 * and the `dump_rule_stats` dump (6.5).
 */
import type { HeaderNode } from './headerTree';
import type { SignatureEngine } from './matcher';
import type { PatternType } from './Signature';

/** Sums over all pattern groups (Zeek `RuleMatcher::GetStats`). */
export interface MatcherStats {
  /** Number of groups (DFAs). */
  matchers: number;
  /** DFA states currently computed. */
  dfa_states: number;
  /** Computed transitions. */
  computed: number;
  /** Bytes used by DFA states. */
  mem: number;
  /** DFA state-cache lookups that found / did not find a state. */
  hits: number;
  misses: number;
  /** Sum over DFA states of their NFA-state counts. */
  nfa_states: number;
  /** How often a DFA cache was flushed because it grew too large (rxbro addition). */
  flushes: number;
}

/**
 * Collects statistics over every automaton of the engine.
 *
 * ## Example
 * ```ts
 * getMatcherStats(engine).dfa_states; // e.g. 12
 * ```
 */
export function getMatcherStats(engine: SignatureEngine<unknown>): MatcherStats {
  const s: MatcherStats = { matchers: 0, dfa_states: 0, computed: 0, mem: 0, hits: 0, misses: 0, nfa_states: 0, flushes: 0 };
  for (const g of engine.tree.groups) {
    const d = g.dfa;
    s.matchers++;
    s.dfa_states += d.states;
    s.computed += d.computed;
    s.mem += d.mem;
    s.hits += d.hits;
    s.misses += d.misses;
    s.nfa_states += d.nfaStates;
    s.flushes += d.flushes;
  }
  return s;
}

/**
 * The prof.log line: modern Zeek form, or old Bro's with `avg_nfa_states` when `oldBro` is set.
 *
 * ## Example
 * ```ts
 * formatProfLine(1.5, stats); // "1.500000 RuleMatcher: matchers=1 nfa_states=9 dfa_states=3 ncomputed=4 mem=1K"
 * ```
 */
export function formatProfLine(ts: number, s: MatcherStats, oldBro = false): string {
  const memK = Math.floor(s.mem / 1024);
  if (oldBro) {
    const avg = s.dfa_states > 0 ? Math.floor(s.nfa_states / s.dfa_states) : 0;
    return `${ts.toFixed(6)} RuleMatcher: matchers=${s.matchers} dfa_states=${s.dfa_states} ncomputed=${s.computed} mem=${memK}K avg_nfa_states=${avg}`;
  }
  return `${ts.toFixed(6)} RuleMatcher: matchers=${s.matchers} nfa_states=${s.nfa_states} dfa_states=${s.dfa_states} ncomputed=${s.computed} mem=${memK}K`;
}

const TYPE_NAMES: Record<PatternType, string> = {
  'file-magic': 'File Magic',
  payload: 'Payload',
  'http-request': 'HTTP-REQUEST',
  'http-request-body': 'HTTP-REQUEST-BODY',
  'http-request-header': 'HTTP-REQUEST-HEADER',
  'http-reply-body': 'HTTP-REPLY-BODY',
  'http-reply-header': 'HTTP-REPLY-HEADER',
  ftp: 'FTP',
  finger: 'Finger',
};

/**
 * The `dump_rule_stats` text (engine.md 6.5): totals, cache figures, then one line per group in
 * tree order.
 *
 * ## Example
 * ```ts
 * dumpRuleStats(engine, 10).split('\n')[1]; // "10.000000 DFA cache hits = 3; misses = 4"
 * ```
 */
export function dumpRuleStats(engine: SignatureEngine<unknown>, ts: number): string {
  const s = getMatcherStats(engine);
  const t = ts.toFixed(6);
  const lines = [
    `${t} computed dfa states = ${s.dfa_states}; classes = ??; computed trans. = ${s.computed}; matchers = ${s.matchers}; mem = ${s.mem}`,
    `${t} DFA cache hits = ${s.hits}; misses = ${s.misses}`,
  ];
  const walk = (n: HeaderNode): void => {
    for (const g of n.groups) {
      lines.push(`${t} ${g.dfa.states} DFA states in ${TYPE_NAMES[g.type]} group ${g.indexInNode} from sigs ${g.sigIds.map((id) => `${id} `).join('')}`);
    }
    for (const c of n.children) walk(c);
  };
  walk(engine.tree.root);
  return lines.join('\n') + '\n';
}
