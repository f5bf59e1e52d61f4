/**
 * The parsed form of a `.sig` file (engine.md 5.3): plain data, no behaviour. The parser builds
 * these; the matcher compiles them into a header-test tree and pattern automata.
 */

/** Comparison operators of header and `payload-size` conditions (`=` is stored as `==`). */
export type Cmp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** Pattern types of content conditions (aliases `http` and `http-body` are normalised). */
export type PatternType =
  | 'payload'
  | 'http-request'
  | 'http-request-header'
  | 'http-request-body'
  | 'http-reply-header'
  | 'http-reply-body'
  | 'ftp'
  | 'finger'
  | 'file-magic';

/** Where an element came from, for error messages. */
export interface SourcePos {
  file: string;
  line: number;
  col: number;
}

/** One IPv4 or IPv6 prefix: `bytes` already masked to `width` bits. */
export interface Prefix {
  v6: boolean;
  bytes: Uint8Array;
  width: number;
}

/** One value of a numeric list: the packet value ANDed with `mask` must compare with `value`. */
export interface MaskedValue {
  value: number;
  mask: number;
}

/**
 * A header condition. Every kind reads the first packet of a direction (engine.md 5.4);
 * `key` identifies equal tests so signatures can share header-tree nodes (5.11).
 */
export type HeaderTest =
  | { kind: 'addr'; field: 'src' | 'dst'; cmp: '==' | '!='; prefixes: Prefix[]; key: string }
  | { kind: 'proto'; cmp: Cmp; values: number[]; key: string }
  | {
      kind: 'bytes';
      /** `ip`, `ip6`, or a transport keyword (which only says "read the transport header"). */
      proto: 'ip' | 'ip6' | 'tcp' | 'udp' | 'icmp' | 'icmp6';
      offset: number;
      size: 1 | 2 | 4;
      cmp: Cmp;
      values: MaskedValue[];
      key: string;
    };

/** A content condition: one regular expression on one data kind. */
export interface PatternCond {
  type: PatternType;
  /** The regex source as written between the slashes (with `(?i:…)` applied for `/…/i`). */
  source: string;
  /** Match must end within this many bytes of the stream/packet; 0 = unlimited. */
  depth: number;
  pos: SourcePos;
}

/** A dependency on another signature (engine.md 5.6). */
export interface Dependency {
  sigId: string;
  reverse: boolean;
  negate: boolean;
  pos: SourcePos;
}

/** A context condition (engine.md 5.7), evaluated in written order. */
export type ContextCond =
  | { kind: 'payload-size'; cmp: Cmp; value: number }
  | { kind: 'same-ip' }
  | { kind: 'tcp-state'; stateless: boolean; established: boolean; originator: boolean; responder: boolean }
  | { kind: 'udp-state'; stateless: boolean; originator: boolean; responder: boolean }
  | { kind: 'ip-options' }
  | { kind: 'eval'; name: string; constant?: boolean };

/** An action (engine.md 5.8), run in written order when the signature fires. */
export type Action =
  | { kind: 'event'; msg: string }
  | { kind: 'custom-event'; name: string; msg: string | undefined }
  | { kind: 'enable'; analyzer: string }
  | { kind: 'disable'; analyzer: string }
  | { kind: 'file-mime'; mime: string; strength: number };

/** One `signature <id> { … }` block. */
export interface Signature {
  id: string;
  /** Global definition order over all loaded files (file order, then order within the file). */
  index: number;
  pos: SourcePos;
  headers: HeaderTest[];
  patterns: PatternCond[];
  deps: Dependency[];
  conds: ContextCond[];
  actions: Action[];
  /** `active false` disables the signature. */
  active: boolean;
}
