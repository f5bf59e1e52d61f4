import { DecodeContext } from './DecodeContext';
import { flowWeird } from './reportWeird';

const HOP_BY_HOP = 0;
const ROUTING = 43;
const FRAGMENT = 44;
const ESP = 50;
const AH = 51;
const DEST_OPTS = 60;
const MOBILITY = 135;

function isExtension(nh: number): boolean {
  return (
    nh === HOP_BY_HOP || nh === ROUTING || nh === FRAGMENT || nh === ESP || nh === AH || nh === DEST_OPTS || nh === MOBILITY
  );
}

/**
 * Length of the extension header of type `nh` at `off` (engine.md 1.8): Fragment
 * and ESP 8, AH `8 + 4 × payload_len` (as Zeek counts it), the others
 * `8 + 8 × hdr_ext_len`. Shared by the walk and by `ipv6ExtHeaders`, which re-reads
 * the chain the walk accepted.
 */
export function ipv6ExtLength(d: Buffer, off: number, nh: number): number {
  if (nh === FRAGMENT || nh === ESP) return 8;
  return nh === AH ? 8 + 4 * d[off + 1] : 8 + 8 * d[off + 1];
}

/**
 * Walks the IPv6 extension-header chain of the packet at `ipOff` (engine.md 1.8),
 * within the `avail` captured bytes. Returns the chain length (40 + extension
 * headers) and leaves in `ctx`: the next protocol, the last header type and
 * offset, and where a Fragment header sits. Routing type 0/2 and the Home Address
 * option move `pkt.dstOff`/`pkt.srcOff` to the effective addresses.
 *
 * The walk stops after a Fragment, ESP or Mobility header, at a non-extension
 * next header, or before a header that would extend past the captured bytes.
 * The chain it accepted is exactly `[ipOff + 40, ipOff + return value)`, each
 * header's type named by the previous header's Next Header byte, so nothing more
 * is recorded: `ipv6ExtHeaders` re-reads it when a script wants `ip6_hdr$exts`.
 *
 * ## Example
 * ```ts
 * const hdrLen = walkIpv6Chain(ctx, 14, caplen - 14); // 48 with a Hop-by-Hop header
 * ```
 */
export function walkIpv6Chain(ctx: DecodeContext, ipOff: number, avail: number): number {
  const d = ctx.pkt.data;
  const end = ipOff + avail;
  let nh = d[ipOff + 6];
  let nhOff = ipOff + 6;
  let off = ipOff + 40;
  let routingSeen = false;
  let homeAddrSeen = false;
  ctx.v6FragOff = -1;
  ctx.v6FragNhOff = -1;
  ctx.v6LastHdr = 41;
  ctx.v6LastOff = ipOff;
  while (isExtension(nh)) {
    // The length byte is needed unless the length is fixed (Fragment, ESP).
    if (off + 2 > end && nh !== FRAGMENT && nh !== ESP) break;
    const len = ipv6ExtLength(d, off, nh);
    if (off + len > end) break;
    if (nh === ROUTING) {
      if (routingSeen) flowWeird(ctx, 'multiple_routing_headers', '');
      else routing(ctx, off);
      routingSeen = true;
    } else if (nh === DEST_OPTS) {
      homeAddrSeen = destinationOptions(ctx, off, len, homeAddrSeen);
    } else if (nh === FRAGMENT) {
      ctx.v6FragOff = off;
      ctx.v6FragNhOff = nhOff;
    }
    const type = nh;
    ctx.v6LastHdr = type;
    ctx.v6LastOff = off;
    nhOff = off;
    nh = d[off];
    off += len;
    if (type === FRAGMENT || type === ESP || type === MOBILITY) break;
  }
  ctx.v6NextProto = nh;
  return off - ipOff;
}

function routing(ctx: DecodeContext, off: number): void {
  const p = ctx.pkt;
  const d = p.data;
  const hdrExtLen = d[off + 1];
  const type = d[off + 2];
  const segmentsLeft = d[off + 3];
  if (type === 0) {
    if (segmentsLeft > 0 && hdrExtLen >= 2) {
      // The final destination is the last address listed (after 4 reserved bytes).
      if (hdrExtLen % 2 === 0) p.dstOff = off + 8 + 16 * (hdrExtLen / 2 - 1);
      else flowWeird(ctx, 'odd_routing0_len', '');
    }
    // Type 0 is deprecated (RFC 5095): always worth a weird.
    flowWeird(ctx, 'routing0_hdr', '');
  } else if (type === 2) {
    if (segmentsLeft > 0) {
      if (hdrExtLen === 2) p.dstOff = off + 8;
      else flowWeird(ctx, 'bad_routing2_len', '');
    }
  } else {
    flowWeird(ctx, 'unknown_routing_type', '', String(type));
  }
}

/** Looks for a Home Address option (type 201); returns whether one is now set. */
function destinationOptions(ctx: DecodeContext, off: number, len: number, homeAddrSeen: boolean): boolean {
  const p = ctx.pkt;
  const d = p.data;
  const end = off + len;
  let i = off + 2;
  while (i < end) {
    const type = d[i];
    if (type === 0) {
      i++; // Pad1 has no length byte
      continue;
    }
    if (i + 2 > end || i + 2 + d[i + 1] > end) {
      flowWeird(ctx, 'truncated_IPv6_option', '');
      break;
    }
    const olen = d[i + 1];
    if (type === 201) {
      if (olen !== 16) {
        flowWeird(ctx, 'bad_home_addr_len', '');
      } else if (homeAddrSeen) {
        flowWeird(ctx, 'multiple_home_addr_opts', '');
      } else {
        p.srcOff = i + 2;
        homeAddrSeen = true;
      }
    }
    i += 2 + olen;
  }
  return homeAddrSeen;
}
