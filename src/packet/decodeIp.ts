import { foldSum, onesSum } from './checksum';
import { DecodeContext } from './DecodeContext';
import { decodeTransport } from './decodeTransport';
import { reassembleFragment } from './reassembleFragment';
import { flowWeird, netWeird } from './reportWeird';
import { walkIpv6Chain } from './walkIpv6Chain';

/**
 * Decodes the IP header at `ipOff` of `ctx.pkt.data` and everything above it
 * (engine.md 1.7–1.10). Returns true when `ctx.pkt` is a complete packet for the
 * connection layer; false when it was dropped (weird reported) or buffered as a
 * fragment. A completed fragment is decoded again from its rebuilt frame with
 * `reassembled` set, which skips the header checksum and fragment handling.
 *
 * ## Example
 * ```ts
 * return decodeIp(ctx, ipOff) ? ctx.pkt : null;
 * ```
 */
export function decodeIp(ctx: DecodeContext, ipOff: number): boolean {
  const p = ctx.pkt;
  const avail = p.caplen - ipOff;
  p.ipOff = ipOff;
  if (avail < 20) {
    netWeird(ctx, 'truncated_IP', 'IP');
    return false;
  }
  const version = p.data[ipOff] >> 4;
  if (version === 4) return ipv4(ctx, ipOff, avail);
  if (version === 6) return ipv6(ctx, ipOff, avail);
  netWeird(ctx, 'unknown_ip_version', 'IP');
  return false;
}

function ipv4(ctx: DecodeContext, ipOff: number, avail: number): boolean {
  const p = ctx.pkt;
  const d = p.data;
  let total = (d[ipOff + 2] << 8) | d[ipOff + 3];
  if (total === 0) {
    // TCP segmentation offload zeroes the length; with -C the captured length stands in.
    netWeird(ctx, 'ip_hdr_len_zero', 'IP');
    if (!ctx.ignoreChecksums) return false;
    total = avail;
  }
  if (p.len < total + ipOff) {
    netWeird(ctx, 'truncated_IP_len', 'IP');
    return false;
  }
  const hl = (d[ipOff] & 0x0f) * 4;
  if (hl > total) {
    netWeird(ctx, 'invalid_IP_header_size', 'IP');
    return false;
  }
  if (hl > avail) {
    netWeird(ctx, 'internally_truncated_header', 'IP');
    return false;
  }
  if (hl < 20) {
    netWeird(ctx, 'IPv4_min_header_size', 'IP');
    return false;
  }
  const fragField = (d[ipOff + 6] << 8) | d[ipOff + 7];
  p.ipVersion = 4;
  p.ipHdrLen = hl;
  p.ipTotalLen = total;
  p.ttl = d[ipOff + 8];
  p.ipId = (d[ipOff + 4] << 8) | d[ipOff + 5];
  p.df = (fragField & 0x4000) !== 0;
  p.addrBuf = d;
  p.srcOff = ipOff + 12;
  p.dstOff = ipOff + 16;
  p.src4 = ((d[ipOff + 12] << 24) | (d[ipOff + 13] << 16) | (d[ipOff + 14] << 8) | d[ipOff + 15]) >>> 0;
  p.dst4 = ((d[ipOff + 16] << 24) | (d[ipOff + 17] << 16) | (d[ipOff + 18] << 8) | d[ipOff + 19]) >>> 0;
  p.proto = d[ipOff + 9];
  if (p.reassembled) return decodeTransport(ctx, ipOff + hl, total - hl);
  if (!ctx.ignoreChecksums && foldSum(onesSum(d, ipOff, hl, 0)) !== 0xffff && !(ctx.checksumExempt !== null && ctx.checksumExempt(p))) {
    flowWeird(ctx, 'bad_IP_checksum', 'IP');
    return false;
  }
  if ((fragField & 0x3fff) !== 0) {
    const offset = (fragField & 0x1fff) * 8;
    if (avail < total) {
      // Reassembly is doomed; the first fragment is still worth analysing (header-only traces).
      flowWeird(ctx, 'incompletely_captured_fragment', 'IP');
      if (offset !== 0) return false;
    } else {
      return reassembled(ctx, reassembleFragment(ctx, hl, total, offset, (fragField & 0x2000) !== 0, p.ipId));
    }
  }
  return decodeTransport(ctx, ipOff + hl, total - hl);
}

function ipv6(ctx: DecodeContext, ipOff: number, avail: number): boolean {
  const p = ctx.pkt;
  const d = p.data;
  if (avail < 40) {
    netWeird(ctx, 'truncated_IP', 'IP');
    return false;
  }
  const total = 40 + ((d[ipOff + 4] << 8) | d[ipOff + 5]);
  p.ipVersion = 6;
  p.ttl = d[ipOff + 7];
  p.flowLabel = ((d[ipOff + 1] & 0x0f) << 16) | (d[ipOff + 2] << 8) | d[ipOff + 3];
  p.ipId = 0;
  p.df = false;
  p.addrBuf = d;
  p.srcOff = ipOff + 8;
  p.dstOff = ipOff + 24;
  p.src4 = 0;
  p.dst4 = 0;
  // The chain is walked while the header is built, as in Zeek: its weirds come first.
  const hl = walkIpv6Chain(ctx, ipOff, avail);
  p.ipHdrLen = hl;
  p.ipTotalLen = total;
  p.proto = ctx.v6NextProto;
  if (p.len < total + ipOff) {
    netWeird(ctx, 'truncated_IP_len', 'IP');
    return false;
  }
  if (hl > total) {
    netWeird(ctx, 'invalid_IP_header_size', 'IP');
    return false;
  }
  const fragOff = ctx.v6FragOff;
  if (fragOff >= 0) {
    p.ipId = ((d[fragOff + 4] << 24) | (d[fragOff + 5] << 16) | (d[fragOff + 6] << 8) | d[fragOff + 7]) >>> 0;
    if (!p.reassembled) {
      const field = (d[fragOff + 2] << 8) | d[fragOff + 3];
      const offset = field & 0xfff8;
      if (avail < total) {
        flowWeird(ctx, 'incompletely_captured_fragment', 'IP');
        if (offset !== 0) return false;
      } else {
        return reassembled(ctx, reassembleFragment(ctx, hl, total, offset, (field & 1) !== 0, p.ipId));
      }
    }
  }
  const last = ctx.v6LastHdr;
  if (last === 50) return false; // ESP: the rest is encrypted (Zeek raises esp_packet only)
  if (last === 135) return mobility(ctx, ctx.v6LastOff, ipOff + hl - ctx.v6LastOff);
  if (p.proto === 59) {
    // Inside Teredo no next header is a bubble, the Teredo side's business (Zeek).
    const encap = p.encap;
    if (encap === null || encap[encap.length - 1].type !== 'Tunnel::TEREDO') flowWeird(ctx, 'ipv6_no_next', 'IP');
    return false;
  }
  return decodeTransport(ctx, ipOff + hl, total - hl);
}

/** Continues with a rebuilt datagram, or stops (false) while fragments are pending. */
function reassembled(ctx: DecodeContext, frame: Buffer | null): boolean {
  if (frame === null) return false;
  const p = ctx.pkt;
  p.data = frame;
  p.caplen = frame.length;
  p.len = frame.length;
  p.reassembled = true;
  return decodeIp(ctx, p.ipOff);
}

/** Mobile IPv6 message: checksum and piggyback checks; never a connection (Zeek). */
function mobility(ctx: DecodeContext, off: number, len: number): boolean {
  const p = ctx.pkt;
  const d = p.data;
  if (!ctx.ignoreChecksums) {
    let acc = onesSum(p.addrBuf, p.srcOff, 16, 0);
    acc = onesSum(p.addrBuf, p.dstOff, 16, acc);
    acc = onesSum(d, off, len, acc + len + 135);
    if (foldSum(acc) !== 0xffff && !(ctx.checksumExempt !== null && ctx.checksumExempt(p))) flowWeird(ctx, 'bad_MH_checksum', 'IP');
  }
  if (d[off] !== 59) flowWeird(ctx, 'mobility_piggyback', 'IP');
  return false;
}
