/**
 * Tunnel encapsulation (engine.md 1.14): what Zeek calls an `EncapsulatingConn`
 * (one tunnel a packet came through) and the stack of them, outermost first.
 * Plain data: the connection layer turns them into script records only when a
 * script or a log needs them.
 */

/** Zeek's `Tunnel::Type` constants for the tunnels rxbro decapsulates, as the script sees them. */
export type TunnelType =
  | 'Tunnel::IP'
  | 'Tunnel::GRE'
  | 'Tunnel::VXLAN'
  | 'Tunnel::GENEVE'
  | 'Tunnel::TEREDO'
  | 'Tunnel::AYIYA'
  | 'Tunnel::GTPv1';

/**
 * One tunnel. IP-in-IP and GRE tunnels are identified by their address pair (ports 0,
 * transport unknown) and get a UID of their own; UDP tunnels are the outer UDP
 * connection and use its UID and `conn_id`.
 */
export interface EncapsulatingConn {
  type: TunnelType;
  uid: string;
  origH: string;
  origP: number;
  respH: string;
  respP: number;
  /** Port transport bits of `origP`/`respP` (`src/runtime/port`): 0 (unknown) for IP tunnels, UDP otherwise. */
  portBits: number;
  /** `conn_id$proto`: 17 for UDP tunnels; for IP-in-IP and GRE the outer header's next protocol (4, 41, 47). */
  proto: number;
  /** One-entry cache for `pushEncap`: the stack this tunnel was last pushed onto, and the result. */
  under: EncapStack | null;
  stack: EncapStack | null;
}

/** The tunnels of a packet, outermost first (never empty; a packet outside any tunnel has `null`). */
export type EncapStack = readonly EncapsulatingConn[];

/**
 * Creates an `EncapsulatingConn` record of plain values.
 *
 * ## Example
 * ```ts
 * const ec = encapsulatingConn('Tunnel::IP', 'CHhAvVGS1DHFjwGM9', '10.0.0.1', 0, '10.0.0.2', 0, 0, 4);
 * ```
 */
export function encapsulatingConn(
  type: TunnelType,
  uid: string,
  origH: string,
  origP: number,
  respH: string,
  respP: number,
  portBits: number,
  proto: number,
): EncapsulatingConn {
  return { type, uid, origH, origP, respH, respP, portBits, proto, under: null, stack: null };
}

/**
 * The stack `under` with `ec` added as the innermost tunnel. The same tunnel over the
 * same stack gives the same array object, so a connection compares its packets'
 * stacks by reference in the common case (`sameEncap` decides the rest).
 *
 * ## Example
 * ```ts
 * pushEncap(null, ec); // [ec], the same array on every call
 * ```
 */
export function pushEncap(under: EncapStack | null, ec: EncapsulatingConn): EncapStack {
  if (ec.stack !== null && ec.under === under) return ec.stack;
  const s = under === null ? [ec] : [...under, ec];
  ec.under = under;
  ec.stack = s;
  return s;
}

/**
 * Zeek's comparison of two encapsulation stacks: same length, and each level the
 * same tunnel type and UID (the UID stands for the endpoints: an IP tunnel keeps its
 * UID for both directions, a UDP tunnel is its outer connection).
 *
 * ## Example
 * ```ts
 * sameEncap(pushEncap(null, a), [a]); // true
 * ```
 */
export function sameEncap(a: EncapStack | null, b: EncapStack | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].type !== b[i].type || a[i].uid !== b[i].uid) return false;
  }
  return true;
}
