/**
 * FTP address helpers of Zeek's FTP analyzer BIFs: `parse_ftp_port`, `parse_eftp_port`, `parse_ftp_pasv`,
 * `parse_ftp_epsv`, and `fmt_ftp_port`'s inverse (test bifs.parse_ftp). Each gives an `ftp_port` record
 * (`h`, `p` as a TCP port, `valid`); unparsable text gives `0.0.0.0`/`::`, `0/tcp`, `F`.
 */
import { addrFromV4Uint32, parseAddr, type Addr } from '../addr';
import { makePort, PORT_TCP } from '../port';
import { recordType, T } from '../types';
import { builtin, type Builtin } from './builtin';

/** `ftp_port` (also declared in policy/init-bare.bro so scripts can name it). */
export const FTP_PORT = recordType(
  [
    { name: 'h', type: T.addr },
    { name: 'p', type: T.port },
    { name: 'valid', type: T.bool },
  ],
  'ftp_port',
);

const ftpPort = (h: Addr, port: number, valid: boolean) => ({ h, p: makePort(port, PORT_TCP), valid });

/**
 * `h1,h2,h3,h4,p1,p2` (as C `sscanf("%d,%d,%d,%d,%d,%d")` reads it; trailing text is ignored).
 *
 * ## Example
 * ```ts
 * parseFtpPort('192,168,0,2,1,1'); // { h: '192.168.0.2', p: 257/tcp, valid: true }
 * ```
 */
export function parseFtpPort(line: string | undefined): { h: Addr; p: number; valid: boolean } {
  const m = line === undefined ? null : /^\s*([+-]?\d+),\s*([+-]?\d+),\s*([+-]?\d+),\s*([+-]?\d+),\s*([+-]?\d+),\s*([+-]?\d+)/.exec(line);
  if (!m) return ftpPort('0.0.0.0', 0, false);
  const b = m.slice(1, 7).map(Number);
  let good = b.every((x) => x >= 0 && x <= 255);
  const addr = (((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0) & 0xffffffff;
  let port = ((b[4] << 8) | b[5]) >>> 0;
  if (port > 65535) {
    port = 0;
    good = false;
  }
  return ftpPort(addrFromV4Uint32(addr), port, good);
}

/**
 * RFC 2428 `<d>proto<d>addr<d>port<d>` with any delimiter `d` (the first character); an empty address is `::`.
 *
 * ## Example
 * ```ts
 * parseEftpPort('|2|fe80::12|1234|'); // { h: 'fe80::12', p: 1234/tcp, valid: true }
 * ```
 */
export function parseEftpPort(line: string | undefined): { h: Addr; p: number; valid: boolean } {
  let h: Addr = '::';
  if (line === undefined || line.length === 0) return ftpPort(h, 0, false);
  const d = line[0];
  let good = true;
  let i = 1;
  const num = (): number => {
    const m = /^\s*[+-]?\d*/.exec(line.slice(i))!;
    i += m[0].length;
    const v = parseInt(m[0], 10);
    return Number.isNaN(v) ? 0 : v;
  };
  num();
  if (line[i] !== d) good = false;
  i++;
  if (line[i] !== d) {
    const end = line.indexOf(d, i);
    if (end < 0) good = false;
    else {
      const a = parseAddr(line.slice(i, end));
      if (a === undefined) good = false;
      else h = a;
      i = end;
    }
  }
  i++;
  let port = num();
  if (line[i] !== d) good = false;
  if (port < 0 || port > 65535) {
    port = 0;
    good = false;
  }
  return ftpPort(h, port, good);
}

/**
 * FTP built-ins.
 *
 * ## Example
 * ```ts
 * FTP_BUILTINS.parse_ftp_pasv.impl(ctx, ['227 Entering Passive Mode (192,168,0,2,1,1)'], [T.string]);
 * ```
 */
export const FTP_BUILTINS: Record<string, Builtin> = {
  parse_ftp_port: builtin([['s', T.string]], FTP_PORT, (_c, [s]) => parseFtpPort(s as string)),
  parse_eftp_port: builtin([['s', T.string]], FTP_PORT, (_c, [s]) => parseEftpPort(s as string)),
  // The address list follows '(' , or "PORT ", or is the digits before the first comma.
  parse_ftp_pasv: builtin([['str', T.string]], FTP_PORT, (_c, [s]) => {
    const str = s as string;
    let at = str.indexOf('(');
    if (at >= 0) return parseFtpPort(str.slice(at + 1));
    at = str.indexOf('PORT');
    if (at >= 0) return parseFtpPort(str.slice(at + 5));
    at = str.indexOf(',');
    if (at < 0) return parseFtpPort(undefined);
    while (at > 0 && /\d/.test(str[at - 1])) at--;
    return parseFtpPort(str.slice(at));
  }),
  parse_ftp_epsv: builtin([['str', T.string]], FTP_PORT, (_c, [s]) => {
    const str = s as string;
    const at = str.indexOf('(');
    return parseEftpPort(at >= 0 ? str.slice(at + 1) : undefined);
  }),
};
