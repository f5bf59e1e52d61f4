import { makePort, PORT_TCP, PORT_UDP, Port } from '../runtime/port';

/**
 * Zeek's connection tunables (engine.md Appendix A, 3.4) with their defaults.
 * Times are seconds. The compiler applies `redef`s by passing a partial object.
 */
export interface ConnOptions {
  tcp_SYN_timeout: number;
  tcp_session_timer: number;
  tcp_connection_linger: number;
  tcp_attempt_delay: number;
  tcp_close_delay: number;
  tcp_reset_delay: number;
  tcp_partial_close_delay: number;
  tcp_inactivity_timeout: number;
  udp_inactivity_timeout: number;
  icmp_inactivity_timeout: number;
  unknown_ip_inactivity_timeout: number;
  partial_connection_ok: boolean;
  tcp_SYN_ack_ok: boolean;
  /** `set[port]` as port values (`makePort(80, PORT_TCP)`). */
  likely_server_ports: ReadonlySet<Port>;
  tcp_storm_thresh: number;
  tcp_storm_interarrival_thresh: number;
  tcp_max_initial_window: number;
  tcp_max_above_hole_without_any_acks: number;
  tcp_excessive_data_without_further_acks: number;
  report_gaps_for_partial: boolean;
  dpd_reassemble_first_packets: boolean;
  /**
   * Emulate the DNS analyzer's session timer (engine.md 3.4, Appendix D 28) for
   * UDP flows to `dns_ports`: on when replaying runs with the DNS scripts loaded.
   */
  dns_session_timer: boolean;
  dns_session_timeout: number;
  dns_ports: ReadonlySet<Port>;
  /** Deliver every reassembled chunk of this direction to `tcp_contents` (4.2). */
  tcp_content_deliver_all_orig: boolean;
  tcp_content_deliver_all_resp: boolean;
  /** Responder ports whose originator / responder stream goes to `tcp_contents` (4.2). */
  tcp_content_delivery_ports_orig: ReadonlySet<Port>;
  tcp_content_delivery_ports_resp: ReadonlySet<Port>;
  /** `udp_contents` delivery (3.2): everything, or by port (responder port, or either with `udp_content_ports`). */
  udp_content_deliver_all_orig: boolean;
  udp_content_deliver_all_resp: boolean;
  udp_content_delivery_ports_orig: ReadonlySet<Port>;
  udp_content_delivery_ports_resp: ReadonlySet<Port>;
  udp_content_ports: ReadonlySet<Port>;
  udp_content_delivery_ports_use_resp: boolean;
  /** Interval of `connection_status_update` (0 = off, Zeek's default). */
  connection_status_update_interval: number;
  /** Modern Zeek's sessions for IP protocols other than TCP/UDP/ICMP (engine.md 1.14). */
  track_unknown_transport: boolean;
  /** Upper bound of bytes buffered by all reassemblers together (memory guard, rxbro's own). */
  max_total_reassembly_bytes: number;
}

function ports(bits: number, nums: readonly number[]): Port[] {
  return nums.map((n) => makePort(n, bits));
}

/** The UDP tunnel ports every Zeek run registers, even in bare mode (engine.md 2.2). */
export const TUNNEL_SERVER_PORTS: readonly Port[] = ports(PORT_UDP, [2123, 2152, 3544, 4754, 4789, 5072, 6081]);

/** `likely_server_ports` of a Zeek run with the default scripts (engine.md 2.2). */
export const MODERN_DEFAULT_SERVER_PORTS: readonly Port[] = [
  ...ports(PORT_TCP, [
    21, 22, 25, 53, 79, 80, 81, 88, 135, 139, 143, 389, 443, 445, 465, 502, 514, 563, 585, 587, 614, 631, 636, 989,
    990, 992, 993, 995, 1080, 1434, 1883, 2811, 3128, 3268, 3306, 3389, 5222, 5223, 5269, 5432, 6379, 6666, 6667,
    6668, 6669, 8000, 8080, 8888, 20000,
  ]),
  ...ports(PORT_UDP, [53, 67, 88, 123, 137, 161, 162, 389, 443, 514, 1812, 3389, 4011, 5060, 5353, 5355, 20000]),
  ...TUNNEL_SERVER_PORTS,
];

/** rxbro's default `likely_server_ports`: old Bro's static list (engine.md 2.2 [proposal]). */
export const OLD_BRO_SERVER_PORTS: readonly Port[] = [
  ...ports(PORT_TCP, [
    21, 22, 23, 25, 53, 79, 80, 110, 111, 113, 135, 139, 143, 443, 445, 497, 513, 515, 524, 563, 585, 587, 614, 631,
    636, 989, 990, 992, 993, 994, 995, 1521, 2049, 3128, 5730, 6000, 6001, 6346, 6666, 6667, 8000, 8080, 8436, 8443,
    8888, 16384,
  ]),
  ...ports(PORT_UDP, [53, 111, 123, 137, 138, 161, 427, 2049]),
];

/** Ports on which Zeek's DNS analyzer attaches to UDP flows (engine.md 3.4). */
export const DNS_UDP_PORTS: readonly Port[] = ports(PORT_UDP, [53, 137, 5353, 5355]);

/**
 * The defaults of Appendix A.
 *
 * ## Example
 * ```ts
 * const opts = resolveConnOptions({ tcp_attempt_delay: 0 }); // redef tcp_attempt_delay = 0 secs
 * ```
 */
export const DEFAULT_CONN_OPTIONS: Readonly<ConnOptions> = Object.freeze({
  tcp_SYN_timeout: 5,
  tcp_session_timer: 6,
  tcp_connection_linger: 5,
  tcp_attempt_delay: 5,
  tcp_close_delay: 5,
  tcp_reset_delay: 5,
  tcp_partial_close_delay: 3,
  tcp_inactivity_timeout: 300,
  udp_inactivity_timeout: 60,
  icmp_inactivity_timeout: 60,
  unknown_ip_inactivity_timeout: 60,
  partial_connection_ok: true,
  tcp_SYN_ack_ok: true,
  likely_server_ports: new Set(OLD_BRO_SERVER_PORTS),
  tcp_storm_thresh: 1000,
  tcp_storm_interarrival_thresh: 1,
  tcp_max_initial_window: 16384,
  tcp_max_above_hole_without_any_acks: 16384,
  tcp_excessive_data_without_further_acks: 10485760,
  report_gaps_for_partial: false,
  dpd_reassemble_first_packets: true,
  dns_session_timer: false,
  dns_session_timeout: 10,
  dns_ports: new Set(DNS_UDP_PORTS),
  tcp_content_deliver_all_orig: false,
  tcp_content_deliver_all_resp: false,
  tcp_content_delivery_ports_orig: new Set<Port>(),
  tcp_content_delivery_ports_resp: new Set<Port>(),
  udp_content_deliver_all_orig: false,
  udp_content_deliver_all_resp: false,
  udp_content_delivery_ports_orig: new Set<Port>(),
  udp_content_delivery_ports_resp: new Set<Port>(),
  udp_content_ports: new Set<Port>(),
  udp_content_delivery_ports_use_resp: false,
  connection_status_update_interval: 0,
  track_unknown_transport: true,
  max_total_reassembly_bytes: 256 * 1024 * 1024,
});

/**
 * Fills the unspecified tunables with their defaults.
 *
 * ## Example
 * ```ts
 * resolveConnOptions({ udp_inactivity_timeout: 10 }).tcp_close_delay; // 5
 * ```
 */
export function resolveConnOptions(partial: Partial<ConnOptions> = {}): ConnOptions {
  const out = { ...DEFAULT_CONN_OPTIONS } as ConnOptions;
  for (const k of Object.keys(partial) as (keyof ConnOptions)[]) {
    if (partial[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = partial[k];
  }
  return out;
}

/**
 * Server ports that loading a protocol script adds to `likely_server_ports`
 * (its `register_for_ports` calls, engine.md 2.2), for runs in bare mode (`-b`)
 * that load only some scripts. Keys are script paths without the `base/protocols/` prefix.
 */
export const SCRIPT_SERVER_PORTS: Readonly<Record<string, readonly Port[]>> = {
  // Named in engine.md 2.2.
  http: ports(PORT_TCP, [80, 81, 631, 1080, 3128, 8000, 8080, 8888]),
  ftp: ports(PORT_TCP, [21, 2811]),
  dhcp: ports(PORT_UDP, [67, 4011]),
  pop3: [],
  conn: [],
  // The other scripts' shares of the modern default set of 2.2 (their register_for_ports).
  dns: [...ports(PORT_TCP, [53]), ...ports(PORT_UDP, [53, 137, 5353, 5355])],
  ssh: ports(PORT_TCP, [22]),
  smtp: ports(PORT_TCP, [25, 465, 587]),
  ssl: [...ports(PORT_TCP, [443, 563, 585, 614, 636, 989, 990, 992, 993, 995, 5223]), ...ports(PORT_UDP, [443])],
  quic: ports(PORT_UDP, [443]),
  finger: ports(PORT_TCP, [79]),
  krb: [...ports(PORT_TCP, [88]), ...ports(PORT_UDP, [88])],
  'dce-rpc': ports(PORT_TCP, [135]),
  smb: ports(PORT_TCP, [139, 445]),
  imap: ports(PORT_TCP, [143]),
  ldap: [...ports(PORT_TCP, [389, 3268]), ...ports(PORT_UDP, [389])],
  modbus: ports(PORT_TCP, [502]),
  syslog: [...ports(PORT_TCP, [514]), ...ports(PORT_UDP, [514])],
  mqtt: ports(PORT_TCP, [1883]),
  mysql: ports(PORT_TCP, [3306]),
  rdp: [...ports(PORT_TCP, [3389]), ...ports(PORT_UDP, [3389])],
  xmpp: ports(PORT_TCP, [5222, 5269]),
  postgresql: ports(PORT_TCP, [5432]),
  redis: ports(PORT_TCP, [6379]),
  irc: ports(PORT_TCP, [6666, 6667, 6668, 6669]),
  dnp3: [...ports(PORT_TCP, [20000]), ...ports(PORT_UDP, [20000])],
  ntp: ports(PORT_UDP, [123]),
  snmp: ports(PORT_UDP, [161, 162]),
  radius: ports(PORT_UDP, [1812]),
  sip: ports(PORT_UDP, [5060]),
  socks: ports(PORT_TCP, [1080]),
};
