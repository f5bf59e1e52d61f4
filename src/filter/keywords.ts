// The filter language's reserved words. Words pcap-filter(7) has but rxbro does not
// implement are kept apart so the error can say "not supported" instead of "syntax error".

/** Keywords rxbro implements, with the canonical name the parser switches on. */
export const KEYWORDS: ReadonlyMap<string, string> = new Map([
  ['dst', 'dst'],
  ['src', 'src'],
  ['host', 'host'],
  ['net', 'net'],
  ['mask', 'mask'],
  ['port', 'port'],
  ['portrange', 'portrange'],
  ['proto', 'proto'],
  ['less', 'less'],
  ['greater', 'greater'],
  ['len', 'len'],
  ['length', 'len'],
  ['and', 'and'],
  ['or', 'or'],
  ['not', 'not'],
  ['ether', 'link'],
  ['link', 'link'],
  ['ip', 'ip'],
  ['ip6', 'ip6'],
  ['arp', 'arp'],
  ['rarp', 'rarp'],
  ['tcp', 'tcp'],
  ['udp', 'udp'],
  ['sctp', 'sctp'],
  ['icmp', 'icmp'],
  ['icmp6', 'icmp6'],
  ['igmp', 'igmp'],
  ['broadcast', 'broadcast'],
  ['multicast', 'multicast'],
  ['vlan', 'vlan'],
  ['mpls', 'mpls'],
]);

/** pcap-filter(7) words rxbro rejects with "not supported" (DNS, other link layers, live-capture only). */
export const UNSUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  'gateway', 'protochain', 'byte', 'inbound', 'outbound', 'ifindex', 'llc', 'wlan', 'fddi', 'tr', 'ppp',
  'slip', 'igrp', 'pim', 'vrrp', 'carp', 'ah', 'esp', 'atalk', 'aarp', 'decnet', 'lat', 'sca', 'moprc',
  'mopdl', 'iso', 'esis', 'es-is', 'isis', 'is-is', 'clnp', 'stp', 'ipx', 'netbeui', 'l1', 'l2', 'iih',
  'lsp', 'snp', 'csnp', 'psnp', 'pppoed', 'pppoes', 'geneve', 'vxlan', 'radio', 'type', 'subtype', 'dir',
  'addr1', 'addr2', 'addr3', 'addr4', 'ra', 'ta', 'ifname', 'on', 'rnr', 'rulenum', 'reason', 'rset',
  'ruleset', 'srnr', 'subrulenum', 'action', 'lane', 'metac', 'bcc', 'oam', 'oamf4', 'oamf4ec', 'oamf4sc',
  'sc', 'ilmic', 'vpi', 'vci', 'connectmsg', 'metaconnect', 'fisu', 'lssu', 'msu', 'hfisu', 'hlssu',
  'hmsu', 'sio', 'opc', 'dpc', 'sls', 'hsio', 'hopc', 'hdpc', 'hsls', 'batadv',
]);
