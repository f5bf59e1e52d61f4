import { tokenize } from './lexer';

const kinds = (s: string) => tokenize(s).map((t) => `${t.kind}:${t.value}`);

describe('tokenize', () => {
  test('operators, numbers and named constants', () => {
    expect(kinds('tcp[13] & 2 != 0')).toEqual(['kw:tcp', 'op:[', 'num:13', 'op:]', 'op:&', 'num:2', 'op:!=', 'num:0', 'eof:']);
    expect(tokenize('tcp[tcpflags] & tcp-syn').filter((t) => t.kind === 'num').map((t) => t.num)).toEqual([13, 2]);
    expect(tokenize('0x1fff 010 255').slice(0, 3).map((t) => t.num)).toEqual([0x1fff, 8, 255]);
  });

  test('&&, ||, ! and == are the keywords and, or, not and the operator =', () => {
    expect(kinds('!a && b || c == 1')).toEqual(['kw:not', 'id:a', 'kw:and', 'id:b', 'kw:or', 'id:c', 'op:=', 'num:1', 'eof:']);
  });

  test('the longest match wins: hyphenated words stay one token (len-1 is a name)', () => {
    expect(kinds('portrange 20-21')).toEqual(['kw:portrange', 'id:20-21', 'eof:']);
    expect(kinds('len-1')).toEqual(['id:len-1', 'eof:']);
    expect(kinds('len - 1')).toEqual(['kw:len', 'op:-', 'num:1', 'eof:']);
    expect(kinds('port ftp-data')).toEqual(['kw:port', 'id:ftp-data', 'eof:']);
  });

  test('addresses: dotted (partial) IPv4, IPv6, MAC; a colon inside brackets stays an operator', () => {
    expect(kinds('net 10.1')).toEqual(['kw:net', 'hid:10.1', 'eof:']);
    expect(kinds('host fe80::1')).toEqual(['kw:host', 'hid6:fe80::1', 'eof:']);
    expect(kinds('host ::ffff:1.2.3.4/96')).toEqual(['kw:host', 'hid6:::ffff:1.2.3.4', 'op:/', 'num:96', 'eof:']);
    expect(kinds('ether host 0:1:2:3:4:5')).toEqual(['kw:link', 'kw:host', 'eid:0:1:2:3:4:5', 'eof:']);
    expect(kinds('ip[6:2]')).toEqual(['kw:ip', 'op:[', 'num:6', 'op::', 'num:2', 'op:]', 'eof:']);
  });

  test('a backslash makes a keyword a name; a stray character is an error with its column', () => {
    expect(kinds('proto \\tcp')).toEqual(['kw:proto', 'id:tcp', 'eof:']);
    expect(() => tokenize('tcp $ 1')).toThrow("Bad pcap filter 'tcp $ 1': illegal character at '$' (column 5)");
  });
});
