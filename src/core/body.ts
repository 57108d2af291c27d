// Reading an answer's body with a size limit: the one reader of the function pipeline
// (src/core/call.ts) and of the auth calls (src/auth/bapi.ts).

/** What {@link readBody} read: the text, and whether it is the whole body. */
export interface BodyText {
  readonly text: string;
  /** `false`: the body was longer than the limit; `text` is its first `max` bytes. */
  readonly complete: boolean;
}

/**
 * The body as UTF-8 text, at most `max` bytes (counted as read, after any decompression), each
 * chunk awaited through `wait` (which races it against the caller's timers). Bytes are kept and
 * decoded once (a character cut by the limit is dropped): decoding chunk by chunk in stream
 * mode cost ~3 ms more on a 1 MB page read from a socket (bench:speed). A longer body is cut at
 * the limit and its stream cancelled.
 */
export async function readBody(response: Response, max: number, wait: <V>(pending: Promise<V>) => Promise<V>): Promise<BodyText> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = reader ? await wait(reader.read()) : { done: true, value: undefined };
      if (done || !value) return { text: utf8(chunks, size, false), complete: true };
      if (size + value.length > max) {
        chunks.push(value.subarray(0, max - size));
        reader!.cancel().catch(() => undefined);
        return { text: utf8(chunks, max, true), complete: false };
      }
      chunks.push(value);
      size += value.length;
    }
  } catch (thrown) {
    reader?.cancel().catch(() => undefined);
    throw thrown;
  }
}

/** UTF-8 text of `chunks` (`size` bytes in all); with `cut`, a character cut at the end is dropped. */
function utf8(chunks: readonly Uint8Array[], size: number, cut: boolean): string {
  let bytes = chunks[0] ?? new Uint8Array();
  if (chunks.length > 1) {
    bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) bytes.set(chunk, (at += chunk.length) - chunk.length);
  }
  return new TextDecoder().decode(bytes, { stream: cut });
}
