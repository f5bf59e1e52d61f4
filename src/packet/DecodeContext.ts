import { FragmentTable } from './fragmentTable';
import { Packet } from './Packet';
import type { TunnelDecoding } from './tunnelDecoding';
import { WeirdSink } from './Weird';

/** Called for a protocol identifier no analyzer handles (Zeek's `unknown_protocol`). */
export type UnknownProtocolSink = (analyzer: string, protocol: number) => void;

/**
 * The decoder's state: options, the one reusable packet, fragment reassembly and
 * scratch fields the layer functions hand each other. One plain object, passed to
 * module-level functions, so decoding a packet needs no closures.
 */
export interface DecodeContext {
  pkt: Packet;
  ignoreChecksums: boolean;
  /** `ignore_checksums_nets` (see `DecoderOptions.checksumExempt`). */
  checksumExempt: ((pkt: Packet) => boolean) | null;
  onWeird: WeirdSink;
  onUnknownProtocol: UnknownProtocolSink | null;
  frags: FragmentTable;
  /** Network time: the largest timestamp seen (engine.md 1.1); drives fragment expiry. */
  netTime: number;

  /** Link-layer analyzers entered for this packet (limit 25, engine.md 1.4). */
  depth: number;
  /** VLAN tags seen in this packet. */
  vlanTags: number;

  /** IPv6 header-chain walk results. */
  v6NextProto: number;
  /** Offset of the Fragment header in `data`, or -1. */
  v6FragOff: number;
  /** Offset of the Next Header byte that announced the Fragment header. */
  v6FragNhOff: number;
  /** Type (41 for the fixed header) and offset of the last header in the chain. */
  v6LastHdr: number;
  v6LastOff: number;

  /** Tunnel decapsulation shared by every level (null: off; IP protocols 4/41/47 are then unknown transports). */
  tunnels: TunnelDecoding | null;
  /** Appended to the names of packet weirds: '' for outer packets, '_in_tunnel' for inner ones (engine.md 1.13). */
  weirdSuffix: string;
  /** The decoder's own context only: the innermost packet a tunnel yielded for this record, else null. */
  innerResult: Packet | null;
}
