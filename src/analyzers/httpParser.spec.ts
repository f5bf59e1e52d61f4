import { gzipSync } from 'node:zlib';
import type { PatternType } from '../signatures';
import { createHttpParser, feedHttp, finishHttp, type HttpParser } from './httpParser';

/** Records every piece as `dir type 'data' [flags]`. */
function recorder(): { parser: HttpParser; out: string[] } {
  const out: string[] = [];
  const parser = createHttpParser({
    data(isOrig: boolean, type: PatternType, bytes: Uint8Array, bol: boolean, eol: boolean, clear: boolean) {
      const flags = [bol && 'bol', eol && 'eol', clear && 'clear'].filter(Boolean).join(',');
      out.push(`${isOrig ? '>' : '<'} ${type} '${Buffer.from(bytes).toString('latin1')}' ${flags}`);
    },
  });
  return { parser, out };
}

const feed = (p: HttpParser, isOrig: boolean, ...chunks: string[]): void => {
  for (const c of chunks) feedHttp(p, isOrig, Buffer.from(c, 'latin1'));
};

describe('createHttpParser / feedHttp', () => {
  it('request line (URI unescaped), header lines and a Content-Length body split across chunks', () => {
    const { parser, out } = recorder();
    feed(parser, true, 'POST /a%20b?x=%41 HTTP/1.1\r\nHo', 'st: x\r\nContent-Length: 4\r\n\r\nA', 'BCD');
    expect(out).toEqual([
      "> http-request '/a b?x=A' bol,eol,clear",
      "> http-request-header 'Host: x' bol,eol,clear",
      "> http-request-header 'Content-Length: 4' bol,eol,clear",
      "> http-request-body 'A' bol,clear",
      "> http-request-body 'BCD' ",
      "> http-request-body '' eol",
    ]);
  });

  it('chunked bodies, keep-alive, and no body for the reply to HEAD nor for a 100 Continue', () => {
    const { parser, out } = recorder();
    feed(parser, true, 'HEAD / HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n');
    feed(parser, false, 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n');
    feed(parser, false, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nCD\r\n3;ext=1\r\nEFG\r\n0\r\n\r\n');
    expect(out.filter((l) => l.includes('body'))).toEqual([
      "< http-reply-body 'CD' bol,clear",
      "< http-reply-body 'EFG' ",
      "< http-reply-body '' eol",
    ]);
  });

  it('a reply without length runs to the end of the connection', () => {
    const { parser, out } = recorder();
    feed(parser, true, 'GET / HTTP/1.0\r\n\r\n');
    feed(parser, false, 'HTTP/1.0 200 OK\r\n\r\nxy', 'z');
    finishHttp(parser);
    expect(out.filter((l) => l.includes('body'))).toEqual(["< http-reply-body 'xy' bol,clear", "< http-reply-body 'z' ", "< http-reply-body '' eol"]);
  });

  it('gzip content is decoded before matching, as it arrives', () => {
    const z = gzipSync(Buffer.from('hello world')).toString('latin1');
    const { parser, out } = recorder();
    feed(parser, true, `POST / HTTP/1.1\r\nContent-Encoding: gzip\r\nContent-Length: ${z.length}\r\n\r\n`, z.slice(0, 12), z.slice(12));
    // The first 12 bytes hold the 10-byte gzip header and the first deflate bytes: 'h' is decodable already.
    expect(out.filter((l) => l.includes('body'))).toEqual([
      "> http-request-body 'h' bol,clear",
      "> http-request-body 'ello world' ",
      "> http-request-body '' eol",
    ]);
  });

  it('multipart parts are bodies of their own, without part headers or delimiters', () => {
    const { parser, out } = recorder();
    const body = '--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nAB\r\n--B\r\nX: y\r\n\r\nline1\r\nline2\r\n--B--\r\n';
    feed(parser, true, `POST / HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: ${body.length}\r\n\r\n`, body);
    expect(out.filter((l) => l.includes('body'))).toEqual([
      "> http-request-body 'AB' bol,clear",
      "> http-request-body '' eol",
      "> http-request-body 'line1' bol,clear",
      "> http-request-body '\r\nline2' ",
      "> http-request-body '' eol",
    ]);
  });
});
