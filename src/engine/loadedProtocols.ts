import * as path from 'node:path';
import { DEFAULT_CONN_OPTIONS, SCRIPT_SERVER_PORTS, TUNNEL_SERVER_PORTS, type ConnOptions } from '../conn/options';
import type { Port } from '../runtime/port';
import type { SetValue } from '../runtime/table';

/**
 * The Zeek script paths of the stand-ins among a run's loaded files
 * (`policy/base/protocols/http/__load__.bro` → `base/protocols/http`,
 * `policy/policy/protocols/conn/mac-logging.bro` → `policy/protocols/conn/mac-logging`):
 * what the engine asks about them, in one pass over the files.
 *
 * ## Example
 * ```ts
 * loadedZeekScripts(['/x/policy/base/frameworks/notice/__load__.bro']).has('base/frameworks/notice'); // true
 * ```
 */
export function loadedZeekScripts(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const m = /(?:^|\/)policy\/((?:base|policy)\/.+?)(?:\/__load__)?\.(?:bro|zeek)$/.exec(path.resolve(f).split(path.sep).join('/'));
    if (m) out.add(m[1]);
  }
  return out;
}

/**
 * The protocol scripts a run loaded from rxbro's `policy/base/protocols/<name>/`
 * tree (`@load base/protocols/http` …), by name, in load order.
 *
 * ## Example
 * ```ts
 * loadedProtocols(['/x/policy/init-bare.bro', '/x/policy/base/protocols/http/__load__.bro']); // ['http']
 * ```
 */
export function loadedProtocols(files: readonly string[] | ReadonlySet<string>): string[] {
  const scripts = Array.isArray(files) ? loadedZeekScripts(files) : (files as ReadonlySet<string>);
  const out: string[] = [];
  for (const s of scripts) if (/^base\/protocols\/[^/]+$/.test(s)) out.push(s.slice('base/protocols/'.length));
  return out;
}

/**
 * What loading Zeek's protocol scripts in a bare (`-b`) run does to the
 * connection layer (engine.md 2.2, 3.4): `likely_server_ports` becomes what
 * Zeek's bare set-up has (the tunnel ports) plus each loaded script's server
 * ports, and loading `dns` adds the DNS analyzer's session timer. With none
 * loaded (and `zeekBare` not asked for), nothing changes (the bare default of
 * docs/deviations.md, old Bro's list, stays).
 *
 * ## Example
 * ```ts
 * bareProtocolOptions(['http']).likely_server_ports!.has(makePort(80, PORT_TCP)); // true
 * ```
 */
export function bareProtocolOptions(protocols: readonly string[], zeekBare = protocols.length > 0): Partial<ConnOptions> {
  if (!zeekBare) return {};
  const ports = new Set(TUNNEL_SERVER_PORTS);
  for (const p of protocols) for (const port of SCRIPT_SERVER_PORTS[p] ?? []) ports.add(port);
  const out: Partial<ConnOptions> = { likely_server_ports: ports };
  if (protocols.includes('dns')) out.dns_session_timer = true;
  return out;
}

/**
 * The run's `likely_server_ports`: the set the mode and the loaded protocol
 * scripts give (`base`, or the built-in default), plus the ports the scripts
 * themselves added to the script-level set (`redef likely_server_ports += { … }`).
 *
 * ## Example
 * ```ts
 * withScriptPorts(undefined, ctx.tunables.likely_server_ports).has(makePort(8080, PORT_TCP)); // after the redef
 * ```
 */
export function withScriptPorts(base: ReadonlySet<Port> | undefined, scriptSet: unknown): ReadonlySet<Port> {
  const start = base ?? DEFAULT_CONN_OPTIONS.likely_server_ports;
  const s = scriptSet as SetValue | undefined;
  if (s === undefined || s === null || !(s.map instanceof Map) || s.map.size === 0) return start;
  const out = new Set(start);
  for (const e of s.map.values()) out.add(e.index[0] as Port);
  return out;
}
