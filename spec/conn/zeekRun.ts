import * as fs from 'fs';
import * as path from 'path';
import { ConnOptions, MODERN_DEFAULT_SERVER_PORTS, SCRIPT_SERVER_PORTS, TUNNEL_SERVER_PORTS } from '../../src/conn/options';
import type { Port } from '../../src/runtime/port';

export const ZEEK_TRACES = path.resolve(__dirname, '../../../shared/traces/zeek');

/** One MANIFEST.tsv line: a trace, its baseline and how Zeek was run for it. */
export interface ManifestEntry {
  file: string;
  baseline: string;
  zeekRun: string;
}

export function readManifest(dir = ZEEK_TRACES): ManifestEntry[] {
  const lines = fs.readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const head = lines[0].split('\t');
  const col = (n: string) => head.indexOf(n);
  return lines.slice(1).map((l) => {
    const f = l.split('\t');
    return { file: f[col('file')], baseline: f[col('baseline')], zeekRun: f[col('zeek_run')] };
  });
}

/** The rxbro configuration equivalent to a Zeek command line as the MANIFEST states it. */
export interface ReplayConfig {
  ignoreChecksums: boolean;
  options: Partial<ConnOptions>;
}

/**
 * Derives the configuration from the `zeek_run` text: `-C`; `-b` with the
 * protocol scripts loaded (they decide `likely_server_ports` and whether the DNS
 * analyzer's session timer exists, engine.md 2.2/3.4); `redef x=T/F`.
 */
export function replayConfig(zeekRun: string): ReplayConfig {
  const ignoreChecksums = /(^|\s)-C(\s|$|;)/.test(zeekRun);
  const bare = /(^|\s)-b(\s|$|;)/.test(zeekRun);
  const scripts = [...zeekRun.matchAll(/base\/protocols\/([a-z0-9-]+)/g)].map((m) => m[1]);
  let ports: Port[];
  let dns: boolean;
  if (bare) {
    ports = [...TUNNEL_SERVER_PORTS];
    for (const s of scripts) ports.push(...(SCRIPT_SERVER_PORTS[s] ?? []));
    dns = scripts.includes('dns');
  } else {
    ports = [...MODERN_DEFAULT_SERVER_PORTS];
    dns = true;
  }
  const options: Partial<ConnOptions> = { likely_server_ports: new Set(ports), dns_session_timer: dns };
  for (const m of zeekRun.matchAll(/redef\s+(\w+)\s*=\s*([TF])\b/g)) {
    (options as Record<string, unknown>)[m[1]] = m[2] === 'T';
  }
  return { ignoreChecksums, options };
}
