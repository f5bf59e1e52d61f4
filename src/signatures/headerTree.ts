/**
 * The header-test tree and pattern groups (engine.md 5.11). Each signature's header conditions,
 * in written order, form a path from the root; equal tests share nodes. New children and new
 * list entries are prepended, which is what makes Zeek's firing order of header-only signatures
 * "reverse creation order" (5.9). Pattern groups hang on nodes at depth ≤ RE_level.
 */
import { createLazyDfa, LazyDfa } from './dfa';
import { buildGroupNfa } from './nfa';
import { parseRegex, type ReNode } from './regex';
import type { HeaderTest, PatternType, Signature } from './Signature';

/** A signature prepared for matching. */
export interface CompiledSig {
  sig: Signature;
  index: number;
  node: HeaderNode;
  /** Global pattern ids of its content conditions, in listed order. */
  pids: number[];
  /** Signatures whose dependencies name this one (re-examined when it fires, 5.6). */
  dependents: CompiledSig[];
  deps: { target: CompiledSig | null; reverse: boolean; negate: boolean }[];
}

/** One compiled automaton: a group of patterns of one type on one node. */
export interface PatternGroup {
  type: PatternType;
  /** Index of the group among the node's groups of this type (for the statistics dump). */
  indexInNode: number;
  /** Signature id per pattern in the group, in group order. */
  sigIds: string[];
  dfa: LazyDfa;
}

/** A node of the header-test tree. */
export interface HeaderNode {
  id: number;
  depth: number;
  test: HeaderTest | null;
  /** Children, most recently created first. */
  children: HeaderNode[];
  /** Header-only signatures attached here, most recently defined first. */
  pureSigs: CompiledSig[];
  /** Signatures with content conditions attached here, most recently defined first. */
  patternSigs: CompiledSig[];
  groups: PatternGroup[];
}

/** Options shaping the automata. */
export interface TreeOptions {
  /** Depth at which patterns of a subtree are combined (Zeek `-T`, default 4). */
  reLevel: number;
  /** Zeek's `sig_max_group_size`; groups hold at most this + 1 patterns. 0 = one group per node and type. */
  sigMaxGroupSize: number;
  /** DFA state cache bound per group. */
  dfaMaxStates: number;
}

/** The compiled rule set: tree, signatures and the global pattern table. */
export interface RuleTree {
  root: HeaderNode;
  nodes: HeaderNode[];
  sigs: CompiledSig[];
  byId: Map<string, CompiledSig>;
  groups: PatternGroup[];
  /** Global pattern id → signature index / depth limit (0 = none). */
  patSig: Int32Array;
  patDepth: Int32Array;
  patType: PatternType[];
  /** Trigger pattern id → the automaton of the pattern's `.*rest`, started when the trigger is accepted. */
  triggers: PatternGroup[];
}

/**
 * Builds the header-test tree, compiles each node's pattern groups and links dependencies.
 *
 * ## Example
 * ```ts
 * const tree = buildRuleTree(loadSignatures([{ file: 'a.sig', text }]), { reLevel: 4, sigMaxGroupSize: 0, dfaMaxStates: 10000 });
 * ```
 */
export function buildRuleTree(signatures: readonly Signature[], opts: TreeOptions): RuleTree {
  const root = newNode(0, 0, null);
  const nodes: HeaderNode[] = [root];
  const sigs: CompiledSig[] = [];
  const byId = new Map<string, CompiledSig>();
  const patSig: number[] = [];
  const patDepth: number[] = [];
  const patType: PatternType[] = [];
  const triggers: PatternGroup[] = [];

  for (const sig of signatures) {
    if (!sig.active) continue;
    let node = root;
    for (const t of sig.headers) {
      let child = node.children.find((c) => c.test!.key === t.key);
      if (!child) {
        child = newNode(nodes.length, node.depth + 1, t);
        nodes.push(child);
        node.children.unshift(child);
      }
      node = child;
    }
    const cs: CompiledSig = { sig, index: sigs.length, node, pids: [], dependents: [], deps: [] };
    for (const p of sig.patterns) {
      cs.pids.push(patSig.length);
      patSig.push(cs.index);
      patDepth.push(p.depth);
      patType.push(p.type);
    }
    (sig.patterns.length === 0 ? node.pureSigs : node.patternSigs).unshift(cs);
    sigs.push(cs);
    byId.set(sig.id, cs);
  }
  for (const cs of sigs) {
    for (const d of cs.sig.deps) {
      const target = byId.get(d.sigId);
      // An inactive (or unknown) target never matches; the parser already reported unknown ones.
      cs.deps.push({ target: target ?? null, reverse: d.reverse, negate: d.negate });
      if (target && !target.dependents.includes(cs)) target.dependents.push(cs);
    }
  }

  // Pattern id → its source text.
  const sources: string[] = [];
  for (const cs of sigs) for (const p of cs.sig.patterns) sources.push(p.source);
  const groups: PatternGroup[] = [];
  const subtreeSigs = (n: HeaderNode, out: CompiledSig[]): CompiledSig[] => {
    out.push(...n.patternSigs);
    for (const c of n.children) subtreeSigs(c, out);
    return out;
  };
  const walk = (n: HeaderNode): void => {
    if (n.depth <= opts.reLevel) {
      const list = (n.depth < opts.reLevel ? [...n.patternSigs] : subtreeSigs(n, [])).sort((a, b) => a.index - b.index);
      const byType = new Map<PatternType, { pid: number; sigId: string }[]>();
      for (const cs of list) {
        cs.sig.patterns.forEach((p, k) => {
          let l = byType.get(p.type);
          if (!l) byType.set(p.type, (l = []));
          l.push({ pid: cs.pids[k], sigId: cs.sig.id });
        });
      }
      const size = opts.sigMaxGroupSize > 0 ? opts.sigMaxGroupSize + 1 : Infinity;
      for (const [type, pats] of byType) {
        const parsed = pats.map((x) => ({ ...x, tree: parseRegex(sources[x.pid], false) }));
        let split = [parsed];
        if (size === Infinity) {
          // One automaton per node (no group size). A pattern with an inner `.*` would multiply
          // that automaton's states (every partial match of the rest times "prefix seen or
          // not") and thrash its cache. `prefix.*rest` is therefore split: the prefix joins the
          // shared automaton as a trigger, and `.*rest` runs in its own small automaton only in
          // streams where the trigger fired, from the trigger's first position on. Patterns that
          // cannot be split that way share one separate automaton.
          const simple: typeof parsed = [];
          const complex: typeof parsed = [];
          for (const x of parsed) {
            const d = isComplex(x.tree) ? splitAtDotLoop(x.tree) : null;
            if (d) {
              const tid = patSig.length;
              patSig.push(-1);
              patDepth.push(0);
              patType.push(type);
              const tail = buildGroupNfa([d.tail], [x.pid]);
              const tg: PatternGroup = { type, indexInNode: -1, sigIds: [x.sigId], dfa: createLazyDfa(tail, opts.dfaMaxStates) };
              triggers[tid] = tg;
              groups.push(tg);
              simple.push({ pid: tid, sigId: x.sigId, tree: d.head });
            } else if (isComplex(x.tree)) complex.push(x);
            else simple.push(x);
          }
          split = [simple, complex];
        }
        let gi = 0;
        for (const list of split) {
          for (let k = 0; k < list.length; k += size, gi++) {
            const part = list.slice(k, k + size);
            const nfa = buildGroupNfa(part.map((x) => x.tree), part.map((x) => x.pid));
            const g: PatternGroup = { type, indexInNode: gi, sigIds: part.map((x) => x.sigId), dfa: createLazyDfa(nfa, opts.dfaMaxStates) };
            n.groups.push(g);
            groups.push(g);
          }
        }
      }
    }
    for (const c of n.children) walk(c);
  };
  walk(root);

  return {
    root, nodes, sigs, byId, groups,
    patSig: Int32Array.from(patSig), patDepth: Int32Array.from(patDepth), patType, triggers,
  };
}

/**
 * True when a pattern has an unbounded "match almost anything" loop after its start (as in
 * `.*foo.*bar`); a leading `.*` is harmless since every unanchored pattern shares it.
 *
 * ## Example
 * ```ts
 * isComplex(parseRegex('.*foo.*bar', false)); // true
 * ```
 */
export function isComplex(tree: ReNode): boolean {
  const items = tree.t === 'cat' ? tree.items : [tree];
  let k = 0;
  while (k < items.length && (items[k].t === 'bol' || items[k].t === 'empty' || isDotLoop(items[k]))) k++;
  return items.slice(k).some(hasDotLoop);
}

/**
 * Splits `L A .* R` (L = leading `^`/`.*`, A non-empty without dot loops) into head `L A` and
 * tail `.* R`, or returns null. The first acceptance of the whole equals the first acceptance of
 * the tail started at the head's first acceptance, because the tail's `.*` absorbs any later
 * start.
 *
 * ## Example
 * ```ts
 * splitAtDotLoop(parseRegex('.*foo.*bar', false)); // { head: .*foo, tail: .*bar }
 * ```
 */
export function splitAtDotLoop(tree: ReNode): { head: ReNode; tail: ReNode } | null {
  if (tree.t !== 'cat') return null;
  const items = tree.items;
  let k = 0;
  while (k < items.length && (items[k].t === 'bol' || items[k].t === 'empty' || isDotLoop(items[k]))) k++;
  for (let j = k; j < items.length; j++) {
    if (isDotLoop(items[j])) {
      if (j === k) return null;
      return { head: { t: 'cat', items: items.slice(0, j) }, tail: { t: 'cat', items: items.slice(j) } };
    }
    if (hasDotLoop(items[j]) || items[j].t === 'bol' || items[j].t === 'eol') return null;
  }
  return null;
}

function isDotLoop(n: ReNode): boolean {
  if (n.t !== 'rep' || n.max !== -1 || n.x.t !== 'set') return false;
  let c = 0;
  for (let b = 0; b < 256; b++) c += n.x.set[b];
  return c >= 200;
}

function hasDotLoop(n: ReNode): boolean {
  if (isDotLoop(n)) return true;
  switch (n.t) {
    case 'cat':
    case 'alt':
      return n.items.some(hasDotLoop);
    case 'rep':
      return hasDotLoop(n.x);
    default:
      return false;
  }
}

function newNode(id: number, depth: number, test: HeaderTest | null): HeaderNode {
  return { id, depth, test, children: [], pureSigs: [], patternSigs: [], groups: [] };
}
