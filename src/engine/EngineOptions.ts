import type { WeirdSink } from '../packet/Weird';
import type { PacketFilter } from '../filter';

/** What a run needs to know; the CLI maps its flags onto this one-to-one. */
export interface EngineOptions {
  /** Trace to read (`-r`); undefined runs scripts without packet input. `-` reads stdin. */
  trace?: string;
  /** `-R`: replay the events captured in this file (`capture_events`) instead of reading packets. */
  replay?: string;
  /** `-f`: capture filter; a record it rejects never reaches the engine (not counted, no network time). */
  filter?: PacketFilter;
  /** `-s`: signature files, in command-line order (engine.md 5.1); `@load-sigs` files come from the scripts. */
  signatureFiles?: string[];
  /** `-C`: ignore IP/TCP/UDP/ICMP checksums. */
  ignoreChecksums: boolean;
  /** `-b`: bare mode, load no default scripts and write no default logs. */
  bare: boolean;
  /** Directory the default logs (conn.log, ...) are written to. */
  logDir: string;
  /** Write logs as JSON lines instead of Zeek's tab-separated format. */
  jsonLogs: boolean;
  /** Hand out Zeek's documented test-mode uids and sort the final flush as Zeek's btests do. */
  deterministic: boolean;
  /** Network time at start-up without a trace; default the wall clock, as Zeek (fixed in tests). */
  startTime?: number;
  /** Environment (for `ZEEK_ALLOW_INIT_ERRORS`); default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Live DNS for `lookup_addr`/`lookup_hostname`: the server to ask, `HOST[:PORT]` (default: the system's). */
  dnsServer?: string;
  /** Resolve names from this /etc/hosts-format file instead of DNS. */
  hostsFile?: string;
  /** The command line as typed (`rxbro run …`), for prof.log's first record (engine.md 6.3). */
  commandLine?: readonly string[];
  /** One-line warnings (truncated trace tail, ...). */
  onWarning: (message: string) => void;
  /** Extra observer of every weird (tests, `--print-weirds`). */
  onWeird?: WeirdSink;
  /** Called with the bytes read so far, once per chunk (progress bar). */
  onProgress?: (bytesRead: number, fileSize: number) => void;
}
