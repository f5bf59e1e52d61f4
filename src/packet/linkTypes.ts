/** LINKTYPE_* values the decoder understands (engine.md 1.4). */
export const LINKTYPE_NULL = 0;
export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_PPP = 9;
export const LINKTYPE_RAW_12 = 12;
export const LINKTYPE_RAW_14 = 14;
export const LINKTYPE_RAW = 101;
export const LINKTYPE_LOOP = 108;
export const LINKTYPE_LINUX_SLL = 113;
export const LINKTYPE_IPV4 = 228;
export const LINKTYPE_IPV6 = 229;
export const LINKTYPE_LINUX_SLL2 = 276;

const SUPPORTED: ReadonlySet<number> = new Set([
  LINKTYPE_NULL,
  LINKTYPE_ETHERNET,
  LINKTYPE_PPP,
  LINKTYPE_RAW_12,
  LINKTYPE_RAW_14,
  LINKTYPE_RAW,
  LINKTYPE_LOOP,
  LINKTYPE_LINUX_SLL,
  LINKTYPE_IPV4,
  LINKTYPE_IPV6,
  LINKTYPE_LINUX_SLL2,
]);

// Names as tcpdump.org's link-type list spells them, so an error message can be looked up.
const NAMES: ReadonlyMap<number, string> = new Map([
  [0, 'NULL'],
  [1, 'ETHERNET'],
  [6, 'IEEE802_5'],
  [8, 'SLIP'],
  [9, 'PPP'],
  [10, 'FDDI'],
  [12, 'RAW'],
  [14, 'RAW'],
  [50, 'PPP_HDLC'],
  [51, 'PPP_ETHER'],
  [101, 'RAW'],
  [104, 'C_HDLC'],
  [105, 'IEEE802_11'],
  [108, 'LOOP'],
  [113, 'LINUX_SLL'],
  [119, 'IEEE802_11_PRISM'],
  [127, 'IEEE802_11_RADIOTAP'],
  [147, 'USER0'],
  [187, 'BLUETOOTH_HCI_H4'],
  [195, 'IEEE802_15_4_WITHFCS'],
  [220, 'USB_LINUX_MMAPPED'],
  [228, 'IPV4'],
  [229, 'IPV6'],
  [239, 'NFLOG'],
  [249, 'USBPCAP'],
  [276, 'LINUX_SLL2'],
]);

/**
 * Whether the decoder handles this link type: Ethernet, raw IP (101, 12, 14, 228,
 * 229), Linux SLL/SLL2, NULL, LOOP and PPP.
 *
 * ## Example
 * ```ts
 * if (!isSupportedLinkType(rec.linkType)) throw new Error(`unsupported link type ${linkTypeName(rec.linkType)}`);
 * ```
 */
export function isSupportedLinkType(n: number): boolean {
  return SUPPORTED.has(n);
}

/**
 * Name of a link type as tcpdump.org's list spells it (`"LINUX_SLL"`), or
 * `"LINKTYPE_<n>"` for one we do not know.
 *
 * ## Example
 * ```ts
 * linkTypeName(105); // "IEEE802_11"
 * `unsupported link type ${linkTypeName(n)} (${n})`;
 * ```
 */
export function linkTypeName(n: number): string {
  return NAMES.get(n) ?? 'LINKTYPE_' + n;
}
