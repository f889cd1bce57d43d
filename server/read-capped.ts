/** A body passed `max` bytes: reading stopped there (and the connection with it). */
export class BodyTooLarge extends Error {
  constructor() {
    super('body too large');
    this.name = 'BodyTooLarge';
  }
}

/**
 * Reads the body of an answer (or a request), but stops, and drops the connection, once it
 * passes `max` bytes: a declared Content-Length over it is refused before reading anything.
 */
export async function readCapped(
  message: { headers: Headers; body: ReadableStream<Uint8Array> | null },
  max: number,
): Promise<Uint8Array> {
  const declared = Number(message.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await message.body?.cancel();
    throw new BodyTooLarge();
  }
  if (!message.body) return new Uint8Array();
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
