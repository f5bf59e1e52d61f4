import { bufferLikeStdio } from './stdoutBuffering';

/** A stand-in for process.stdout that records what reaches the "OS". */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; out: string[] } {
  const out: string[] = [];
  const stream = { isTTY, write: (c: unknown) => (out.push(Buffer.isBuffer(c) ? c.toString('latin1') : String(c)), true) };
  return { stream: stream as unknown as NodeJS.WriteStream, out };
}

describe('bufferLikeStdio', () => {
  test('holds output until a whole block is full, then writes whole blocks only', () => {
    const { stream, out } = fakeStream(false);
    const flush = bufferLikeStdio(stream, 8);
    stream.write('abc');
    expect(out).toEqual([]);
    stream.write(Buffer.from('defghijklmnopqrs', 'latin1'));
    expect(out).toEqual(['abcdefghijklmnop']);
    flush();
    expect(out).toEqual(['abcdefghijklmnop', 'qrs']);
  });

  test('leaves a terminal alone', () => {
    const { stream, out } = fakeStream(true);
    bufferLikeStdio(stream, 8);
    stream.write('x');
    expect(out).toEqual(['x']);
  });

  test('calls a write callback', (done) => {
    const { stream } = fakeStream(false);
    bufferLikeStdio(stream, 8);
    stream.write('x', () => done());
  });
});
