/**
 * One prof.log record in old Bro's layout (engine.md 6.3), as text: every line starts with the
 * network time (`%.06f`) and a space. The ConnCompressor line of old Bro is left out and `ext`
 * is always 0 (rxbro has neither). Pure formatting: the numbers come from `ProfileSnapshot`.
 */

/** The TCP-States row/column labels (engine.md 2.7). */
const TCP_STATE_LABELS = ['Inact.', 'Syn.', 'SA', 'Part.', 'Est.', 'Fin.', 'Rst.'] as const;

/**
 * Old Bro's timer types in the order prof.log lists them (engine.md 6.3); a type with no pending
 * timer gets no line.
 */
export const TIMER_TYPE_ORDER = [
  'BackdoorTimer', 'BreakpointTimer', 'ConnectionDeleteTimer', 'ConnectionExpireTimer', 'ConnectionInactivityTimer',
  'ConnectionStatusUpdateTimer', 'DNSExpireTimer', 'FragTimer', 'IncrementalSendTimer', 'IncrementalWriteTimer',
  'InterconnTimer', 'NetbiosExpireTimer', 'NetworkTimer', 'NTPExpireTimer', 'ProfileTimer', 'RotateTimer',
  'RemoveConnection', 'RPCExpireTimer', 'ScheduleTimer', 'TableValTimer', 'TCPConnectionAttemptTimer',
  'TCPConnectionDeleteTimer', 'TCPConnectionExpireTimer', 'TCPConnectionPartialClose', 'TCPConnectionResetTimer',
  'TriggerTimer', 'TimerMgrExpireTimer',
] as const;

/** A global listed in an expensive record: over 100 KB, or a table with ≥ 100 (recursive) entries. */
export interface ProfiledGlobal {
  name: string;
  bytes: number;
  /** Tables only: [entries, entries counted recursively]. */
  entries?: [number, number];
}

/** Everything one record prints. Sizes in bytes, times in seconds. */
export interface ProfileSnapshot {
  /** Network time of the record. */
  ts: number;
  /** The command line, printed in the first record only. */
  commandLine?: readonly string[];
  memory: { total: number; adjusted: number; malloced: number };
  runTime: { user: number; sys: number; real: number };
  conns: {
    total: number;
    current: number;
    table: number;
    /** Expensive records only (else all 0): estimated bytes of all connections, the table, the script records. */
    mem: number;
    tableMem: number;
    connvals: number;
  };
  /** [current, max] per transport. */
  tcp: [number, number];
  udp: [number, number];
  icmp: [number, number];
  tcpStates: readonly (readonly number[])[];
  expiredByInactivity: number;
  reassemblerBytes: number;
  /** Old Bro's RuleMatcher line body (after `RuleMatcher: `), expensive records with signatures only. */
  ruleMatcher?: string;
  timers: { current: number; max: number; mem: number; lag: number; byType: ReadonlyMap<string, number> };
  /** Expensive records only. */
  globals?: { listed: readonly ProfiledGlobal[]; totalBytes: number; entries: [number, number] };
}

const K = (bytes: number): number => Math.floor(bytes / 1024);

/**
 * The TCP-States block (engine.md 2.7): a header and 7 rows, cells `%-8d` or 8 spaces for 0.
 *
 * ## Example
 * ```ts
 * tcpStatesLines('0.000000 TCP-States:', zeros)[1]; // '0.000000 TCP-States:Inact.  ' + 56 spaces
 * ```
 */
export function tcpStatesLines(prefix: string, m: readonly (readonly number[])[]): string[] {
  const out = [`${prefix}        ${TCP_STATE_LABELS.map((l, i) => (i < 6 ? l.padEnd(8) : l)).join('')}`];
  for (let o = 0; o < 7; o++) {
    let line = `${prefix}${TCP_STATE_LABELS[o].padEnd(6)}  `;
    for (let r = 0; r < 7; r++) {
      const n = m[o]?.[r] ?? 0;
      line += n !== 0 ? String(n).padEnd(8) : '        ';
    }
    out.push(line);
  }
  return out;
}

/**
 * Formats one record (with a trailing newline).
 *
 * ## Example
 * ```ts
 * formatProfileRecord(snapshot).split('\n')[0]; // '1300475167.096535 ------------------------'
 * ```
 */
export function formatProfileRecord(s: ProfileSnapshot): string {
  const T = s.ts.toFixed(6);
  const lines: string[] = [];
  const put = (text: string): void => void lines.push(`${T} ${text}`);
  put('------------------------');
  if (s.commandLine) {
    put(`Command line: ${s.commandLine.map((a) => `${a} `).join('')}`);
    put('------------------------');
  }
  put(`Memory: total=${K(s.memory.total)}K total_adj=${K(s.memory.adjusted)}K malloced: ${K(s.memory.malloced)}K`);
  const rt = s.runTime;
  put(`Run-time: user+sys=${(rt.user + rt.sys).toFixed(1)} user=${rt.user.toFixed(1)} sys=${rt.sys.toFixed(1)} real=${rt.real.toFixed(1)}`);
  const c = s.conns;
  const avg = c.mem > 0 && c.current > 0 ? c.mem / c.current : 0;
  put(`Conns: total=${c.total} current=${c.current}/${c.table} ext=0 mem=${K(c.mem)}K avg=${avg.toFixed(1)} table=${K(c.tableMem)}K connvals=${K(c.connvals)}K`);
  put(`Conns: tcp=${s.tcp[0]}/${s.tcp[1]} udp=${s.udp[0]}/${s.udp[1]} icmp=${s.icmp[0]}/${s.icmp[1]}`);
  lines.push(...tcpStatesLines(`${T} TCP-States:`, s.tcpStates));
  put(`Connections expired due to inactivity: ${s.expiredByInactivity}`);
  put(`Total reassembler data: ${K(s.reassemblerBytes)}K`);
  if (s.ruleMatcher !== undefined) put(`RuleMatcher: ${s.ruleMatcher}`);
  const t = s.timers;
  put(`Timers: current=${t.current} max=${t.max} mem=${K(t.mem)}K lag=${t.lag.toFixed(2)}s`);
  for (const name of TIMER_TYPE_ORDER) {
    const n = t.byType.get(name) ?? 0;
    if (n > 0) put(`        ${name} = ${n}`);
  }
  if (s.globals) {
    // Old Bro printed this header before summing, so it always says 0K (engine.md 6.3).
    put('Global_sizes > 100k: 0K');
    for (const g of s.globals.listed) {
      put(`               ${g.name} = ${K(g.bytes)}K${g.entries ? ` (${g.entries[0]}/${g.entries[1]} entries)` : ''}`);
    }
    put(`Global_sizes total: ${K(s.globals.totalBytes)}K`);
    put(`Total number of table entries: ${s.globals.entries[0]}/${s.globals.entries[1]}`);
  }
  return lines.join('\n') + '\n';
}
