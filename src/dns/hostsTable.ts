/**
 * The `--hosts FILE` resolver's table: /etc/hosts format (language.md §8.8), resolved synchronously.
 */
import { parseAddr, type Addr } from '../runtime/addr';

/** Forward and reverse maps read from a hosts file. */
export interface HostsTable {
  /** Lower-cased name (canonical name or alias) → its addresses, in file order, without repeats. */
  readonly byName: ReadonlyMap<string, readonly Addr[]>;
  /** Canonical address text → the first name listed for it (the canonical name of its first line). */
  readonly byAddr: ReadonlyMap<Addr, string>;
  /** Lines that were not `ADDRESS NAME...` (1-based numbers), for a warning. */
  readonly badLines: readonly number[];
}

/**
 * Parses hosts-file text: one `ADDRESS NAME [ALIAS...]` entry per line, `#` starts a comment, blank lines
 * are skipped. Names match case-insensitively, as the C library does; a reverse lookup gives the first
 * name of the first line that lists the address. IPv6 zone suffixes (`fe80::1%lo0`) are not addresses
 * rxbro can hold, so such lines count as bad.
 *
 * ## Example
 * ```ts
 * const t = parseHostsTable('127.0.0.1 localhost loopback\n::1 localhost\n');
 * t.byName.get('localhost'); // ['127.0.0.1', '::1']
 * t.byAddr.get('127.0.0.1'); // 'localhost'
 * ```
 */
export function parseHostsTable(text: string): HostsTable {
  const byName = new Map<string, Addr[]>();
  const byAddr = new Map<Addr, string>();
  const badLines: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const hash = lines[n].indexOf('#');
    const line = (hash >= 0 ? lines[n].slice(0, hash) : lines[n]).trim();
    if (line === '') continue;
    const fields = line.split(/[ \t]+/);
    const addr = parseAddr(fields[0]);
    if (addr === undefined || fields.length < 2) {
      badLines.push(n + 1);
      continue;
    }
    if (!byAddr.has(addr)) byAddr.set(addr, fields[1]);
    for (let i = 1; i < fields.length; i++) {
      const key = fields[i].toLowerCase();
      let list = byName.get(key);
      if (list === undefined) byName.set(key, (list = []));
      if (!list.includes(addr)) list.push(addr);
    }
  }
  return { byName, byAddr, badLines };
}
