import { loadSignatures, parseSignatureFiles, parseSignatures, SignatureLoadError, type ScriptConstant } from '../../src/signatures';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('parseSignatures: good files', () => {
  it('parses every header condition', () => {
    const r = parseSignatures(
      `# comment
.meta data that is ignored
signature s1 {
  src-ip == 10.0.0.0/8, 192.168.1.1, [fe80::]/16
  dst-ip != 1.2.3.4 / 24
  src-port == 29997-29999,30001
  dst-port >= 1024
  ip-proto == udp
  header ip[16:4] == 127.0.0.0/24
  header udp[2:1] & 0x0f == 0x02
  header tcp[3:4] == 0x50000000
  header icmp6[0] == 0x80
  event "m"
}`,
      'a.sig',
    );
    expect(r.errors).toEqual([]);
    const h = r.signatures[0].headers;
    expect(h.map((x) => x.kind)).toEqual(['addr', 'addr', 'bytes', 'bytes', 'proto', 'bytes', 'bytes', 'bytes', 'bytes']);
    const src = h[0] as Extract<typeof h[0], { kind: 'addr' }>;
    expect(src.prefixes.map((p) => `${hex(p.bytes)}/${p.width}`)).toEqual([
      '0a000000/8', 'c0a80101/32', 'fe800000000000000000000000000000/16',
    ]);
    const dst = h[1] as Extract<typeof h[0], { kind: 'addr' }>;
    expect([dst.cmp, hex(dst.prefixes[0].bytes), dst.prefixes[0].width]).toEqual(['!=', '01020300', 24]);
    const ports = h[2] as Extract<typeof h[0], { kind: 'bytes' }>;
    expect([ports.offset, ports.size, ports.values.map((v) => v.value)]).toEqual([0, 2, [29997, 29998, 29999, 30001]]);
    expect(h[4]).toMatchObject({ kind: 'proto', cmp: '==', values: [17] });
    const mask = h[5] as Extract<typeof h[0], { kind: 'bytes' }>;
    expect(mask.values).toEqual([{ value: 0x7f000000, mask: 0xffffff00 }]);
    const vm = h[6] as Extract<typeof h[0], { kind: 'bytes' }>;
    expect(vm.values).toEqual([{ value: 2, mask: 0x0f }]);
    expect(h[8]).toMatchObject({ proto: 'icmp6', offset: 0, size: 1 });
    expect(r.signatures[0].actions).toEqual([{ kind: 'event', msg: 'm' }]);
  });

  it('parses content, context, dependency conditions and actions', () => {
    const r = parseSignatures(
      `signature my_ftp_server {
  ip-proto == tcp
  payload /[\\n\\r ]*(120|220)[^0-9].*[\\n\\r] *(230|331)[^0-9]/
  http-request /\\/index\\.html/i
  http /x/
  http-body [:100] /y/
  payload-size > 0
  same-ip
  tcp-state responder, established
  udp-state originator
  requires-reverse-signature my_ftp_client
  requires-signature ! other
  eval my_func
  enable "ftp"
  event "matched"
  event Mod::custom "with msg"
  event Mod::custom2
}
signature my_ftp_client { payload /x/ }
signature other { payload /x/ active false }`,
      'b.sig',
    );
    expect(r.errors).toEqual([]);
    const s = r.signatures[0];
    expect(s.patterns.map((p) => [p.type, p.source, p.depth])).toEqual([
      ['payload', '[\\n\\r ]*(120|220)[^0-9].*[\\n\\r] *(230|331)[^0-9]', 0],
      ['http-request', '(?i:\\/index\\.html)', 0],
      ['http-request', 'x', 0],
      ['http-reply-body', 'y', 100],
    ]);
    expect(s.conds).toEqual([
      { kind: 'payload-size', cmp: '>', value: 0 },
      { kind: 'same-ip' },
      { kind: 'tcp-state', stateless: false, established: true, originator: false, responder: true },
      { kind: 'udp-state', stateless: false, originator: true, responder: false },
      { kind: 'eval', name: 'my_func' },
    ]);
    expect(s.deps.map((d) => [d.sigId, d.reverse, d.negate])).toEqual([
      ['my_ftp_client', true, false],
      ['other', false, true],
    ]);
    expect(s.actions).toEqual([
      { kind: 'enable', analyzer: 'ftp' },
      { kind: 'event', msg: 'matched' },
      { kind: 'custom-event', name: 'Mod::custom', msg: 'with msg' },
      { kind: 'custom-event', name: 'Mod::custom2', msg: undefined },
    ]);
    expect(r.signatures[2].active).toBe(false);
    expect(r.signatures.map((x) => x.index)).toEqual([0, 1, 2]);
  });

  it('keeps \\" verbatim in strings and accepts = as ==', () => {
    const r = parseSignatures('signature s { dst-port = 80 event "say \\"hi\\"" }');
    expect(r.errors).toEqual([]);
    expect(r.signatures[0].headers[0]).toMatchObject({ cmp: '==' });
    expect(r.signatures[0].actions[0]).toEqual({ kind: 'event', msg: 'say \\"hi\\"' });
  });

  it('treats ip-proto == ip as a no-op', () => {
    const r = parseSignatures('signature s { ip-proto == ip event "x" }');
    expect(r.signatures[0].headers).toEqual([]);
  });

  it('resolves script identifiers (5.3)', () => {
    const consts: Record<string, ScriptConstant> = {
      udp_proto_number: { type: 'count', value: 17 },
      mynets: {
        type: 'set',
        elements: [
          { type: 'subnet', addr: '192.168.1.0', width: 24 },
          { type: 'subnet', addr: '10.0.0.0', width: 8 },
          { type: 'subnet', addr: '[fe80::]', width: 16 },
        ],
      },
      http_port: { type: 'port', value: 80 },
      pat: { type: 'string', value: 'GET' },
      my_event: { type: 'event', params: ['signature_state', 'string', 'string', 'count'] },
      f2: { type: 'function', params: ['signature_state', 'string'], yield: 'bool' },
      f1: { type: 'function', params: ['signature_state'], yield: 'bool' },
      flag: { type: 'bool', value: 0 },
    };
    const r = parseSignatures(
      `signature s {
  ip-proto == udp_proto_number
  dst-ip == mynets
  dst-port == http_port
  payload pat
  eval f2
  eval f1
  eval flag
  event my_event "m"
}`,
      's.sig',
      { resolve: (n) => consts[n] },
    );
    expect(r.errors).toEqual([]);
    const s = r.signatures[0];
    expect(s.headers[0]).toMatchObject({ kind: 'proto', values: [17] });
    expect((s.headers[1] as { prefixes: { width: number }[] }).prefixes.map((p) => p.width)).toEqual([24, 8, 16]);
    expect(s.headers[2]).toMatchObject({ kind: 'bytes', values: [{ value: 80, mask: 0xffffffff }] });
    expect(s.patterns[0].source).toBe('GET');
    expect(s.conds).toEqual([
      { kind: 'eval', name: 'f2' },
      { kind: 'eval', name: 'f1' },
      { kind: 'eval', name: 'flag', constant: false },
    ]);
  });

  it('joins several files into one rule set in file order', () => {
    const r = parseSignatureFiles([
      { file: 'a.sig', text: 'signature a { requires-signature b event "a" }' },
      { file: 'b.sig', text: 'signature b { event "b" }' },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.signatures.map((s) => `${s.id}@${s.index}:${s.pos.file}`)).toEqual(['a@0:a.sig', 'b@1:b.sig']);
  });
});

describe('parseSignatures: bad files (exact messages)', () => {
  const cases: [string, string, string[]][] = [
    [
      'udp-state established',
      'signature s {\n  ip-proto == udp\n  payload /.+/\n  event "x"\n  udp-state established\n}',
      ["u.sig:5:13: 'established' is not a valid 'udp-state'"],
    ],
    ['unknown keyword', 'signature s {\n  dst-prt == 80\n}', ["u.sig:2:3: unknown keyword 'dst-prt'"]],
    ['bad character', 'signature s {\n  dst-port == 80 ;\n}', ["u.sig:2:18: unrecognized character in input ';'"]],
    [
      'several errors in one run',
      'signature s {\n  dst-port == \n  tcp-state sideways\n}\nsignature t { foo }',
      [
        "u.sig:3:3: syntax error: expected a value, found 'tcp-state'",
        "u.sig:3:13: syntax error: expected a state, found 'sideways'",
        "u.sig:5:15: unknown keyword 'foo'",
      ],
    ],
    ['rule defined twice', 'signature s { event "a" }\nsignature s { event "b" }', ['u.sig:2:11: rule defined twice (s)']],
    ['unknown rule referenced', 'signature s {\n  requires-signature nope\n}', ['u.sig:2:22: unknown rule referenced (nope)']],
    ['header size', 'signature s { header ip[1:3] == 1 }', ['u.sig:1:27: length must be 1, 2 or 4 (3)']],
    ['unterminated regex', 'signature s {\n  payload /abc\n}', ['u.sig:2:11: unterminated regular expression']],
    ['bad regex', 'signature s {\n  payload /ab(c/\n}', ["u.sig:2:16: bad regular expression: missing ')'"]],
    ['bad regex class', 'signature s {\n  payload /[[:foo:]]/\n}', ["u.sig:2:13: bad regular expression: bad character class '[:foo:]'"]],
    ['identifier without resolver', 'signature s { ip-proto == udp_proto }', ['u.sig:1:27: unknown script-level identifier (udp_proto)']],
    ['address comparison', 'signature s { src-ip < 10.0.0.1 }', ['u.sig:1:22: addresses can only be compared with == or != (src-ip)']],
    ['missing brace', 'signature s {\n  event "a"\nsignature t { event "b" }', ["u.sig:3:1: syntax error: missing '}' of signature s"]],
    ['unterminated string', 'signature s {\n  event "abc\n}', ['u.sig:2:9: unterminated string']],
  ];
  it.each(cases)('%s', (_name, text, errors) => {
    expect(parseSignatures(text, 'u.sig').errors).toEqual(errors);
  });

  it('checks identifier kinds against the script layer', () => {
    const consts: Record<string, ScriptConstant> = {
      an_addr: { type: 'other', typeName: 'addr' },
      v6net: { type: 'subnet', addr: '[fe80::]', width: 16 },
      cat: { type: 'function', params: ['string'], yield: 'string' },
      wrong_signature2: { type: 'event', params: ['signature_state', 'string'] },
      wrong_signature4: { type: 'event', params: ['signature_state', 'count', 'string'] },
      mark_conn: { type: 'function', params: ['signature_state', 'count'], yield: 'bool' },
      num: { type: 'count', value: 3 },
    };
    const r = parseSignatures(
      [
        'signature a { dst-ip == an_addr }',
        'signature b { dst-port == v6net }',
        'signature c { event cat }',
        'signature d { event wrong_signature2 "msg" }',
        'signature e { event wrong_signature4 "msg" }',
        'signature f { eval mark_conn }',
        'signature g { payload num }',
        'signature h { event non_existing_event }',
      ].join('\n'),
      'id.sig',
      { resolve: (n) => consts[n] },
    );
    expect(r.errors).toEqual([
      'id.sig:1:25: Wrong type of identifier (an_addr)',
      'id.sig:2:27: IPv6 subnets not supported (v6net)',
      'id.sig:3:21: identifier is not an event (cat)',
      "id.sig:4:21: wrong event parameters for 'wrong_signature2'",
      "id.sig:5:21: wrong event parameters for 'wrong_signature4'",
      "id.sig:6:20: eval function parameters must be a 'signature_state' and a 'string' type (mark_conn)",
      'id.sig:7:23: Identifier must refer to string (num)',
      'id.sig:8:21: identifier is not an event (non_existing_event)',
    ]);
  });

  it('warns about unknown analyzers and pattern offsets', () => {
    const r = parseSignatures('signature s {\n  payload [10:20] /x/\n  enable "gopher"\n}', 'w.sig', {
      knownAnalyzers: new Set(['ftp', 'http']),
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'w.sig:2:11: Offsets are currently ignored for patterns',
      "w.sig:3:10: unknown analyzer 'gopher' specified in rule",
    ]);
    expect(r.signatures[0].patterns[0].depth).toBe(20);
  });

  it('loadSignatures throws with every error and returns nothing', () => {
    let err: unknown;
    try {
      loadSignatures([
        { file: 'a.sig', text: 'signature a { foo }' },
        { file: 'b.sig', text: 'signature b { udp-state established }' },
      ]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SignatureLoadError);
    expect((err as SignatureLoadError).errors).toEqual([
      "a.sig:1:15: unknown keyword 'foo'",
      "b.sig:1:25: 'established' is not a valid 'udp-state'",
    ]);
  });
});
