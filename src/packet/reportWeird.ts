import { addrToString } from './addrToString';
import { DecodeContext } from './DecodeContext';

/**
 * Reports a net weird (no addresses known yet: link layer, early IP checks).
 *
 * ## Example
 * ```ts
 * netWeird(ctx, 'truncated_IP', 'IP');
 * ```
 */
export function netWeird(ctx: DecodeContext, name: string, source: string, addl = ''): void {
  ctx.onWeird({ kind: 'net', name: name + ctx.weirdSuffix, addl, source, ts: ctx.pkt.ts });
}

/**
 * Reports a flow weird with the packet's effective source and destination as text.
 * Only called once the IP header has been accepted, so `addrBuf`/`srcOff`/`dstOff` are set.
 *
 * ## Example
 * ```ts
 * flowWeird(ctx, 'bad_IP_checksum', 'IP');
 * ```
 */
export function flowWeird(ctx: DecodeContext, name: string, source: string, addl = ''): void {
  const p = ctx.pkt;
  const alen = p.ipVersion === 4 ? 4 : 16;
  ctx.onWeird({
    kind: 'flow',
    name: name + ctx.weirdSuffix,
    addl,
    source,
    ts: p.ts,
    src: addrToString(p.addrBuf, p.srcOff, alen),
    dst: addrToString(p.addrBuf, p.dstOff, alen),
  });
}

/**
 * Reports an unknown protocol identifier to the optional sink (not a weird in Zeek).
 *
 * ## Example
 * ```ts
 * unknownProtocol(ctx, 'ETHERNET', 0x88cc); // LLDP
 * ```
 */
export function unknownProtocol(ctx: DecodeContext, analyzer: string, protocol: number): void {
  if (ctx.onUnknownProtocol !== null) ctx.onUnknownProtocol(analyzer, protocol);
}
