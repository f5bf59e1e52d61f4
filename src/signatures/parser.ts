/**
 * Parser for `.sig` files (engine.md 5.3): tokens → {@link Signature} records, with identifiers
 * resolved through the script layer and every error reported as `file:line:col: reason`.
 * Recovery is per line, so one run reports several independent mistakes.
 */
import { maskAddr, parseIPv4, parseIPv6 } from './addr';
import { lexSignatures, Token } from './lexer';
import { parseRegex, RegexSyntaxError } from './regex';
import type { ScriptConstant, ScriptResolver } from './ScriptConstant';
import type {
  Cmp, ContextCond, HeaderTest, MaskedValue, PatternCond, PatternType, Prefix, Signature,
  SourcePos,
} from './Signature';

/** One `.sig` input. */
export interface SigSource {
  file: string;
  text: string;
}

/** Parser options: how to resolve script identifiers and which analyzers exist. */
export interface SigParseOptions {
  resolve?: ScriptResolver;
  /** Names accepted by `enable`; others draw a warning. Omitted = no check. */
  knownAnalyzers?: ReadonlySet<string>;
}

/** Result of parsing: signatures in definition order, errors and warnings as `file:line:col: reason`. */
export interface SigParseResult {
  signatures: Signature[];
  errors: string[];
  warnings: string[];
}

/** Thrown by {@link loadSignatures} when any file has an error; `errors` lists them all. */
export class SignatureLoadError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
    this.name = 'SignatureLoadError';
  }
}

const PROTO_NUMBERS: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, icmp6: 58 };
const PATTERN_ALIASES: Record<string, PatternType> = { http: 'http-request', 'http-body': 'http-reply-body' };

class ParseFailure extends Error {
  constructor(readonly tok: Token, message: string) {
    super(message);
  }
}

/**
 * Parses several `.sig` files into one rule set (definition order = file order, then order
 * within the file) and checks cross-file references (`requires-signature`).
 *
 * ## Example
 * ```ts
 * const r = parseSignatureFiles([{ file: 'a.sig', text: 'signature s { payload /x/ event "m" }' }]);
 * r.signatures[0].id; // 's'
 * ```
 */
export function parseSignatureFiles(sources: readonly SigSource[], options: SigParseOptions = {}): SigParseResult {
  const result: SigParseResult = { signatures: [], errors: [], warnings: [] };
  const seen = new Map<string, Signature>();
  for (const s of sources) parseOne(s, options, result, seen);
  // Dependencies may point forward or into a later file, so they are checked last.
  for (const sig of result.signatures) {
    for (const d of sig.deps) {
      if (!seen.has(d.sigId)) result.errors.push(fmt(d.pos, `unknown rule referenced (${d.sigId})`));
    }
  }
  return result;
}

/**
 * Parses one `.sig` text.
 *
 * ## Example
 * ```ts
 * parseSignatures('signature s {\n  udp-state established\n}', 'u.sig').errors;
 * // ["u.sig:2:13: 'established' is not a valid 'udp-state'"]
 * ```
 */
export function parseSignatures(text: string, file = '<string>', options: SigParseOptions = {}): SigParseResult {
  return parseSignatureFiles([{ file, text }], options);
}

/**
 * Parses and returns the signatures, or throws {@link SignatureLoadError} with every error, so
 * nothing ever runs on a half-parsed rule set.
 *
 * ## Example
 * ```ts
 * const sigs = loadSignatures([{ file: 'a.sig', text: 'signature s { ip-proto == udp event "u" }' }]);
 * ```
 */
export function loadSignatures(sources: readonly SigSource[], options: SigParseOptions = {}): Signature[] {
  const r = parseSignatureFiles(sources, options);
  if (r.errors.length > 0) throw new SignatureLoadError(r.errors);
  return r.signatures;
}

function fmt(pos: SourcePos, message: string): string {
  return `${pos.file}:${pos.line}:${pos.col}: ${message}`;
}

function parseOne(
  source: SigSource,
  options: SigParseOptions,
  result: SigParseResult,
  seen: Map<string, Signature>,
): void {
  const file = source.file;
  const { tokens, errors: lexErrors } = lexSignatures(source.text);
  for (const e of lexErrors) result.errors.push(`${file}:${e.line}:${e.col}: ${e.message}`);
  let p = 0;
  const resolve = options.resolve;
  const posOf = (t: Token): SourcePos => ({ file, line: t.line, col: t.col });
  const fail = (t: Token, msg: string): never => {
    throw new ParseFailure(t, msg);
  };
  const peek = (): Token => tokens[p];
  const next = (): Token => tokens[p++ < tokens.length - 1 ? p - 1 : tokens.length - 1];
  const describe = (t: Token): string =>
    t.kind === 'eof' ? 'end of file' : t.kind === 'string' ? `"${t.text}"` : `'${t.text}'`;
  const expectPunct = (c: string): Token => {
    const t = next();
    if (t.kind !== 'punct' || t.text !== c) fail(t, `syntax error: expected '${c}', found ${describe(t)}`);
    return t;
  };
  const isPunct = (c: string): boolean => peek().kind === 'punct' && peek().text === c;
  const expectCmp = (): Cmp => {
    const t = next();
    if (t.kind !== 'cmp') fail(t, `syntax error: expected a comparison, found ${describe(t)}`);
    return t.text as Cmp;
  };

  // ### Identifier resolution (engine.md 5.3)

  const lookup = (t: Token): ScriptConstant => {
    const c = resolve?.(t.text);
    if (!c) fail(t, `unknown script-level identifier (${t.text})`);
    return c!;
  };
  const integral = (t: Token, c: ScriptConstant, out: MaskedValue[]): void => {
    switch (c.type) {
      case 'count':
      case 'int':
      case 'bool':
      case 'enum':
      case 'port':
        out.push({ value: c.value & 0xffff_ffff, mask: 0xffff_ffff });
        return;
      case 'subnet': {
        const a = parseIPv4(c.addr);
        if (!a) fail(t, `IPv6 subnets not supported (${t.text})`);
        const mask = c.width === 0 ? 0 : (0xffff_ffff << (32 - c.width)) >>> 0;
        out.push({ value: (u32(a!) & mask) >>> 0, mask });
        return;
      }
      case 'set':
        for (const e of c.elements) integral(t, e, out);
        return;
      default:
        fail(t, `Wrong type of identifier (${t.text})`);
    }
  };
  const intValue = (): number => {
    const t = next();
    if (t.kind === 'int') return t.num;
    if (t.kind === 'ident') {
      const out: MaskedValue[] = [];
      integral(t, lookup(t), out);
      if (out.length !== 1) fail(t, `Wrong type of identifier (${t.text})`);
      return out[0].value;
    }
    return fail(t, `syntax error: expected an integer, found ${describe(t)}`);
  };

  // ### Value and prefix lists

  const valueList = (): MaskedValue[] => {
    const out: MaskedValue[] = [];
    for (;;) {
      const t = next();
      if (t.kind === 'int') {
        if (isPunct('-')) {
          next();
          const hi = next();
          if (hi.kind !== 'int') fail(hi, `syntax error: expected an integer, found ${describe(hi)}`);
          if (hi.num < t.num) fail(hi, `bad range ${t.num}-${hi.num}`);
          if (hi.num - t.num > 65535) fail(hi, `range too large ${t.num}-${hi.num}`);
          for (let v = t.num; v <= hi.num; v++) out.push({ value: v >>> 0, mask: 0xffff_ffff });
        } else out.push({ value: t.num >>> 0, mask: 0xffff_ffff });
      } else if (t.kind === 'ipv4') {
        const a = parseIPv4(t.text);
        if (!a) fail(t, `bad IPv4 address ${t.text}`);
        const w = t.num < 0 ? 32 : t.num;
        if (w > 32) fail(t, `bad prefix length /${w}`);
        const mask = w === 0 ? 0 : (0xffff_ffff << (32 - w)) >>> 0;
        out.push({ value: (u32(a!) & mask) >>> 0, mask });
      } else if (t.kind === 'ident') integral(t, lookup(t), out);
      else fail(t, `syntax error: expected a value, found ${describe(t)}`);
      if (!isPunct(',')) return out;
      next();
    }
  };

  const prefixOf = (t: Token, text: string, width: number, v6: boolean): Prefix => {
    const bytes = v6 ? parseIPv6(text) : parseIPv4(text);
    if (!bytes) fail(t, `bad address ${text}`);
    const max = v6 ? 128 : 32;
    const w = width < 0 ? max : width;
    if (w > max) fail(t, `bad prefix length /${w}`);
    return { v6, bytes: maskAddr(bytes!, w), width: w };
  };
  const subnetPrefixes = (t: Token, c: ScriptConstant, out: Prefix[]): void => {
    if (c.type === 'subnet') {
      const text = c.addr.replace(/^\[|\]$/g, '');
      out.push(prefixOf(t, text, c.width, text.includes(':')));
    } else if (c.type === 'set') for (const e of c.elements) subnetPrefixes(t, e, out);
    else fail(t, `Wrong type of identifier (${t.text})`);
  };
  const prefixList = (): Prefix[] => {
    const out: Prefix[] = [];
    for (;;) {
      const t = next();
      if (t.kind === 'ipv4') out.push(prefixOf(t, t.text, t.num, false));
      else if (t.kind === 'ipv6') out.push(prefixOf(t, t.text, t.num, true));
      else if (t.kind === 'ident') subnetPrefixes(t, lookup(t), out);
      else fail(t, `syntax error: expected an address, found ${describe(t)}`);
      if (!isPunct(',')) return out;
      next();
    }
  };

  // ### Attributes

  const parseAttribute = (sig: Signature): void => {
    const t = next();
    if (t.kind !== 'kw') {
      if (t.kind === 'ident') fail(t, `unknown keyword '${t.text}'`);
      fail(t, `syntax error: unexpected ${describe(t)}`);
    }
    const kw = t.text;
    switch (kw) {
      case 'src-ip':
      case 'dst-ip': {
        const cmpTok = peek();
        const cmp = expectCmp();
        if (cmp !== '==' && cmp !== '!=') fail(cmpTok, `addresses can only be compared with == or != (${kw})`);
        const prefixes = prefixList();
        const field = kw === 'src-ip' ? 'src' : 'dst';
        const key = `${field}${cmp}${prefixes.map((x) => `${Buffer.from(x.bytes).toString('hex')}/${x.width}`).join(',')}`;
        sig.headers.push({ kind: 'addr', field, cmp: cmp as '==' | '!=', prefixes, key });
        return;
      }
      case 'src-port':
      case 'dst-port': {
        const cmp = expectCmp();
        const values = valueList();
        sig.headers.push(bytesTest('tcp', kw === 'src-port' ? 0 : 2, 2, cmp, values));
        return;
      }
      case 'ip-proto': {
        const cmp = expectCmp();
        const values: number[] = [];
        let noop = false;
        for (;;) {
          const v = peek();
          if (v.kind === 'kw' && (v.text === 'ip' || v.text === 'ip6')) {
            next();
            noop = true; // IP-in-IP is decapsulated first, so these make the condition a no-op.
          } else if (v.kind === 'kw' && v.text in PROTO_NUMBERS) {
            next();
            values.push(PROTO_NUMBERS[v.text]);
          } else {
            for (const mv of valueList()) values.push(mv.value);
            break;
          }
          if (!isPunct(',')) break;
          next();
        }
        if (!noop) sig.headers.push({ kind: 'proto', cmp, values, key: `proto${cmp}${values.join(',')}` });
        return;
      }
      case 'header': {
        const pt = next();
        if (pt.kind !== 'kw' || !['ip', 'ip6', 'tcp', 'udp', 'icmp', 'icmp6'].includes(pt.text)) {
          fail(pt, `syntax error: expected a protocol, found ${describe(pt)}`);
        }
        expectPunct('[');
        const offset = intValue();
        let size = 1;
        let sizeTok = peek();
        if (isPunct(':')) {
          next();
          sizeTok = peek();
          size = intValue();
        }
        expectPunct(']');
        if (size !== 1 && size !== 2 && size !== 4) fail(sizeTok, `length must be 1, 2 or 4 (${size})`);
        let mask = 0xffff_ffff;
        if (isPunct('&')) {
          next();
          mask = intValue() >>> 0;
        }
        const cmp = expectCmp();
        const values = valueList().map((v) => ({ value: (v.value & mask) >>> 0, mask: (v.mask & mask) >>> 0 }));
        sig.headers.push(bytesTest(pt.text as 'ip', offset, size as 1 | 2 | 4, cmp, values));
        return;
      }
      case 'payload-size': {
        const cmp = expectCmp();
        sig.conds.push({ kind: 'payload-size', cmp, value: intValue() });
        return;
      }
      case 'same-ip':
        sig.conds.push({ kind: 'same-ip' });
        return;
      case 'tcp-state':
      case 'udp-state': {
        const c = { stateless: false, established: false, originator: false, responder: false };
        for (;;) {
          const s = next();
          if (s.kind !== 'kw' || !(s.text in c)) fail(s, `syntax error: expected a state, found ${describe(s)}`);
          if (kw === 'udp-state' && s.text === 'established') fail(s, `'established' is not a valid 'udp-state'`);
          c[s.text as keyof typeof c] = true;
          if (!isPunct(',')) break;
          next();
        }
        sig.conds.push(
          kw === 'tcp-state'
            ? { kind: 'tcp-state', ...c }
            : { kind: 'udp-state', stateless: c.stateless, originator: c.originator, responder: c.responder },
        );
        return;
      }
      case 'ip-options': {
        for (;;) {
          const o = next();
          if (o.kind !== 'kw' || !['lsrr', 'lsrre', 'rr', 'ssrr'].includes(o.text)) {
            fail(o, `syntax error: expected an IP option, found ${describe(o)}`);
          }
          if (!isPunct(',')) break;
          next();
        }
        sig.conds.push({ kind: 'ip-options' });
        return;
      }
      case 'requires-signature':
      case 'requires-reverse-signature': {
        let negate = false;
        if (isPunct('!')) {
          next();
          negate = true;
        }
        const id = next();
        if (id.kind !== 'ident') fail(id, `syntax error: expected a signature id, found ${describe(id)}`);
        sig.deps.push({ sigId: id.text, reverse: kw === 'requires-reverse-signature', negate, pos: posOf(id) });
        return;
      }
      case 'eval': {
        const id = next();
        if (id.kind !== 'ident') fail(id, `syntax error: expected a function name, found ${describe(id)}`);
        sig.conds.push(evalCond(id));
        return;
      }
      case 'event': {
        const a = next();
        if (a.kind === 'string') {
          sig.actions.push({ kind: 'event', msg: a.text });
          return;
        }
        if (a.kind !== 'ident') fail(a, `syntax error: expected a string or an event name, found ${describe(a)}`);
        let msg: string | undefined;
        if (peek().kind === 'string') msg = next().text;
        checkEvent(a, msg !== undefined);
        sig.actions.push({ kind: 'custom-event', name: a.text, msg });
        return;
      }
      case 'enable':
      case 'disable': {
        const s = next();
        if (s.kind !== 'string') fail(s, `syntax error: expected an analyzer name, found ${describe(s)}`);
        const known = options.knownAnalyzers;
        if (kw === 'enable' && known && !known.has(s.text.toLowerCase())) {
          result.warnings.push(fmt(posOf(s), `unknown analyzer '${s.text}' specified in rule`));
        }
        if (kw === 'disable') result.warnings.push(fmt(posOf(t), `'disable' is not implemented and has no effect`));
        sig.actions.push(kw === 'enable' ? { kind: 'enable', analyzer: s.text } : { kind: 'disable', analyzer: s.text });
        return;
      }
      case 'file-mime': {
        const s = next();
        let mime: string;
        if (s.kind === 'string') mime = s.text;
        else if (s.kind === 'ident') mime = stringConst(s);
        else return fail(s, `syntax error: expected a MIME type, found ${describe(s)}`);
        let strength = 0;
        if (isPunct(',')) {
          next();
          let neg = false;
          if (isPunct('-')) {
            next();
            neg = true;
          }
          strength = intValue() * (neg ? -1 : 1);
        }
        sig.actions.push({ kind: 'file-mime', mime, strength });
        return;
      }
      case 'active': {
        const b = next();
        if (b.kind !== 'kw' || (b.text !== 'true' && b.text !== 'false')) {
          fail(b, `syntax error: expected true or false, found ${describe(b)}`);
        }
        sig.active = b.text === 'true';
        return;
      }
      default:
        if (kw in PATTERN_ALIASES || ['payload', 'http-request', 'http-request-header', 'http-request-body',
          'http-reply-header', 'http-reply-body', 'ftp', 'finger', 'file-magic'].includes(kw)) {
          sig.patterns.push(patternCond(t));
          return;
        }
        fail(t, `syntax error: '${kw}' cannot start an attribute`);
    }
  };

  const bytesTest = (
    proto: 'ip' | 'ip6' | 'tcp' | 'udp' | 'icmp' | 'icmp6',
    offset: number,
    size: 1 | 2 | 4,
    cmp: Cmp,
    values: MaskedValue[],
  ): HeaderTest => {
    // Transport keywords only mean "read the transport header", so they share one key.
    const space = proto === 'ip' || proto === 'ip6' ? proto : 'l4';
    const key = `${space}[${offset}:${size}]${cmp}${values.map((v) => `${v.value}&${v.mask}`).join(',')}`;
    return { kind: 'bytes', proto, offset, size, cmp, values, key };
  };

  const stringConst = (t: Token): string => {
    const c = lookup(t);
    if (c.type !== 'string') fail(t, `Identifier must refer to string (${t.text})`);
    return (c as { value: string }).value;
  };

  const patternCond = (kwTok: Token): PatternCond => {
    const type = (PATTERN_ALIASES[kwTok.text] ?? kwTok.text) as PatternType;
    let depth = 0;
    if (isPunct('[')) {
      const open = next();
      // depth = INT | INT ":" INT | ":" INT | INT ":"  — the offset is ignored (as Zeek does).
      let offsetGiven = false;
      let first = -1;
      if (!isPunct(':')) first = intValue();
      if (isPunct(':')) {
        next();
        offsetGiven = first >= 0;
        if (!isPunct(']')) depth = intValue();
      } else depth = first;
      expectPunct(']');
      if (offsetGiven && first !== 0) result.warnings.push(fmt(posOf(open), 'Offsets are currently ignored for patterns'));
    }
    const r = next();
    let source: string;
    if (r.kind === 'regex') source = r.icase ? `(?i:${r.text})` : r.text;
    else if (r.kind === 'ident') source = stringConst(r);
    else return fail(r, `syntax error: expected a regular expression, found ${describe(r)}`);
    try {
      parseRegex(source, false);
    } catch (e) {
      if (e instanceof RegexSyntaxError) {
        const off = r.kind === 'regex' ? Math.max(0, Math.min(e.offset - (r.icase ? 4 : 0), r.text.length)) + 1 : 0;
        throw new ParseFailure({ ...r, col: r.col + off }, `bad regular expression: ${e.message}`);
      }
      throw e;
    }
    return { type, source, depth, pos: posOf(r) };
  };

  const evalCond = (id: Token): ContextCond => {
    if (!resolve) return { kind: 'eval', name: id.text };
    const c = lookup(id);
    if (c.type === 'bool') return { kind: 'eval', name: id.text, constant: c.value !== 0 };
    if (c.type !== 'function') fail(id, `eval function must be a function or a bool constant (${id.text})`);
    const f = c as { params: string[]; yield: string };
    if (f.yield !== 'bool') fail(id, `eval function type must yield a 'bool' (${id.text})`);
    // rxbro accepts the old one-parameter form as well (engine.md 5.7 proposal, Appendix D).
    const ok =
      f.params.length >= 1 && f.params.length <= 2 && f.params[0] === 'signature_state' &&
      (f.params.length === 1 || f.params[1] === 'string');
    if (!ok) fail(id, `eval function parameters must be a 'signature_state' and a 'string' type (${id.text})`);
    return { kind: 'eval', name: id.text };
  };

  const checkEvent = (id: Token, withMsg: boolean): void => {
    if (!resolve) return;
    const c = resolve(id.text);
    if (!c || c.type !== 'event') fail(id, `identifier is not an event (${id.text})`);
    const params = (c as { params: string[] }).params;
    const want = withMsg ? ['signature_state', 'string', 'string'] : ['signature_state', 'string'];
    const ok =
      (params.length === want.length || (params.length === want.length + 1 && params[want.length] === 'count')) &&
      want.every((w, k) => params[k] === w);
    if (!ok) fail(id, `wrong event parameters for '${id.text}'`);
  };

  // ### Signatures and recovery

  const skipLine = (line: number): void => {
    while (peek().kind !== 'eof' && peek().line === line && !isPunct('}')) next();
  };

  while (peek().kind !== 'eof') {
    const t = next();
    if (t.kind !== 'kw' || t.text !== 'signature') {
      result.errors.push(fmt(posOf(t), `syntax error: expected 'signature', found ${describe(t)}`));
      // Resynchronise on the next `signature` keyword.
      while (peek().kind !== 'eof' && !(peek().kind === 'kw' && peek().text === 'signature')) next();
      continue;
    }
    const id = next();
    if (id.kind !== 'ident') {
      result.errors.push(fmt(posOf(id), `syntax error: expected a signature id, found ${describe(id)}`));
      while (peek().kind !== 'eof' && !(peek().kind === 'kw' && peek().text === 'signature')) next();
      continue;
    }
    const sig: Signature = {
      id: id.text, index: -1, pos: posOf(t), headers: [], patterns: [], deps: [], conds: [], actions: [], active: true,
    };
    let bad = false;
    try {
      expectPunct('{');
    } catch (e) {
      if (!(e instanceof ParseFailure)) throw e;
      result.errors.push(fmt(posOf(e.tok), e.message));
      while (peek().kind !== 'eof' && !(peek().kind === 'kw' && peek().text === 'signature')) next();
      continue;
    }
    while (!isPunct('}')) {
      if (peek().kind === 'eof') {
        result.errors.push(fmt(posOf(peek()), `syntax error: missing '}' of signature ${sig.id}`));
        bad = true;
        break;
      }
      if (peek().kind === 'kw' && peek().text === 'signature') {
        result.errors.push(fmt(posOf(peek()), `syntax error: missing '}' of signature ${sig.id}`));
        bad = true;
        break;
      }
      const at = peek();
      try {
        parseAttribute(sig);
      } catch (e) {
        if (!(e instanceof ParseFailure)) throw e;
        result.errors.push(fmt(posOf(e.tok), e.message));
        bad = true;
        // An attribute cut short at the end of its line: resume at the token that did not fit,
        // so the next line's mistakes are reported too. Otherwise drop the rest of the line.
        const idx = tokens.indexOf(e.tok);
        if (idx >= 0 && (e.tok.line > at.line || (e.tok.kind === 'punct' && e.tok.text === '}'))) p = idx;
        else skipLine(e.tok.line);
      }
    }
    if (isPunct('}')) next();
    if (seen.has(sig.id)) {
      result.errors.push(fmt(posOf(id), `rule defined twice (${sig.id})`));
      continue;
    }
    seen.set(sig.id, sig);
    if (!bad) {
      sig.index = result.signatures.length;
      result.signatures.push(sig);
    }
  }
}

function u32(a: Uint8Array): number {
  return ((a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]) >>> 0;
}
