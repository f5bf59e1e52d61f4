/**
 * The columns weird.log and tunnel.log both start with: `ts`, `uid` and the `id.*` fields, read from a flat
 * row (`orig_h`, `orig_p`, `resp_h`, `resp_p`, ports as numbers). One table for both, so the two logs keep
 * reading the same row the same way.
 */
import type { LogColumn } from './scriptLogs';

/** `ts uid id.orig_h id.orig_p id.resp_h id.resp_p` over a flat row (Zeek's `conn_id` as `id.*` columns). */
export const FLAT_CONN_ID_COLUMNS: readonly LogColumn[] = [
  ['ts', 'time', (r) => r.ts],
  ['uid', 'string', (r) => r.uid],
  ['id.orig_h', 'addr', (r) => r.orig_h],
  ['id.orig_p', 'port', (r) => r.orig_p],
  ['id.resp_h', 'addr', (r) => r.resp_h],
  ['id.resp_p', 'port', (r) => r.resp_p],
];
