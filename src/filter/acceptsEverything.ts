import type { FilterNode } from './ast';

/**
 * Whether a parsed filter is the tautology `X or not X` (either order), which is what Zeek's
 * PacketFilter framework installs by default (`ip or not ip`). The engine then installs no
 * predicate at all, so a default run pays nothing per packet for its filter. (libpcap would still
 * drop a frame too short to hold the bytes X reads; rxbro's decoder reports those as weirds.)
 *
 * ## Example
 * ```ts
 * acceptsEverything(parseFilter('ip or not ip')); // true
 * acceptsEverything(parseFilter('ip or not ip6')); // false
 * ```
 */
export function acceptsEverything(ast: FilterNode | undefined): boolean {
  if (ast === undefined) return true;
  if (ast.kind !== 'or') return false;
  const { left, right } = ast;
  if (right.kind === 'not' && sameNode(left, right.operand)) return true;
  if (left.kind === 'not' && sameNode(right, left.operand)) return true;
  return false;
}

// Structural equality of two AST nodes (plain data; addresses are Uint8Arrays).
function sameNode(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((v, i) => v === b[i]);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameNode((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
