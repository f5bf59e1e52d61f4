/**
 * A `Buffer` view over a chunk, built the way Node builds its own buffers
 * (`FastBuffer` is a `Uint8Array` subclass whose prototype is
 * `Buffer.prototype`). Constructing one costs about half of
 * `buffer.subarray()`, which goes through the species lookup and argument
 * checks; on the reader's hot path that is a third of the per-record cost.
 * The result is a real Buffer: `Buffer.isBuffer`, `toString('hex')`,
 * `readUInt16BE`, `subarray`, `equals` all work.
 */
class RecordViewImpl extends Uint8Array {}
Object.setPrototypeOf(RecordViewImpl.prototype, Buffer.prototype);

/**
 * A Buffer over `ab[offset, offset + length)` without copying.
 *
 * ## Example
 * ```ts
 * const data = bufferView(chunk.buffer, chunk.byteOffset + 40, 60);
 * ```
 */
export function bufferView(ab: ArrayBufferLike, offset: number, length: number): Buffer {
  return new RecordViewImpl(ab as ArrayBuffer, offset, length) as unknown as Buffer;
}
