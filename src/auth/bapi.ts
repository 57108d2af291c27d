import type { ClerkCore } from "../core/core.js";
import { apiHeaders } from "../core/headers.js";
import { MAX_RESPONSE_BYTES } from "../core/limits.js";

/** What a Backend API call of src/auth came back with. */
export type BapiAnswer =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly status: number | undefined; readonly detail: string; readonly cause?: unknown };

/**
 * One Backend API request straight through the core's `fetch`, server URL, API version and headers
 * (`apiHeaders`, the same rules as the pipeline), but not the retrying pipeline of
 * `src/core/call.ts`: that pipeline (ky and the response schemas included) would otherwise ride
 * along in every app that verifies tokens — measured: the authenticateRequest app went from 21.5
 * to under 12 KB gzip without it. The answer is read as JSON and nothing else: callers pick the
 * few fields they trust, so a field the API adds or drops never breaks authentication.
 *
 * `GET` is asked once more on a network error, 429 or 5xx unless the core says `retry: false`;
 * `POST` (the machine-token verify calls) is sent once. Any other status is final. Each attempt —
 * fetch and body — is raced against one timer (`timeoutMs`, within `totalTimeoutMs`), so a custom
 * `fetch` or a body stream that ignores its signal is still cut off; the body is read up to
 * `maxResponseBytes`, and redirects are not followed.
 */
export async function bapiFetch(
  core: ClerkCore,
  method: "GET" | "POST",
  path: string,
  secretKey: string,
  body?: Readonly<Record<string, string>>,
): Promise<BapiAnswer> {
  const headers = apiHeaders(core, undefined, "application/json", secretKey);
  if (body) headers.set("Content-Type", "application/json");
  const { timeoutMs, totalTimeoutMs, maxResponseBytes, retry, debugLogger } = core.options;
  const attemptMs = limitOf(timeoutMs, 30_000);
  const end = Date.now() + limitOf(totalTimeoutMs, 60_000);
  let answer: BapiAnswer = { ok: false, status: undefined, detail: "not sent" };
  for (let attempt = method === "POST" || retry === false ? 1 : 0; attempt < 2; attempt++) {
    const ms = Math.min(attemptMs, end - Date.now());
    if (ms <= 0) return { ok: false, status: undefined, detail: "timeout" };
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      if (ms < Infinity) timer = setTimeout(() => (stop.abort(), reject(new Expired())), ms);
    });
    // Marked handled: the timer may fire between two races, with nobody awaiting it.
    expired.catch(() => undefined);
    const race = <V>(wait: Promise<V>): Promise<V> => Promise.race([wait, expired]);
    try {
      const init: RequestInit = { method, headers, signal: stop.signal, redirect: "manual" };
      if (body) init.body = JSON.stringify(body);
      debugLogger?.debug(`clerk-fn → ${method} ${core.serverURL}${path}`, { attempt: attempt + 1 });
      const response = await race(Promise.resolve().then(() => core.fetch(core.serverURL + path, init)));
      if (response.ok) return { ok: true, value: JSON.parse(await race(readText(response, maxResponseBytes ?? MAX_RESPONSE_BYTES))) };
      response.body?.cancel().catch(() => undefined);
      answer = { ok: false, status: response.status, detail: `api ${response.status}` };
      if (response.status < 500 && response.status !== 429) return answer;
    } catch (cause) {
      // A body that is not JSON, or too large, is an answer, not a network fault: no point asking again.
      if (cause instanceof SyntaxError) return { ok: false, status: 200, detail: "the body is not JSON" };
      if (cause instanceof TooLarge) return { ok: false, status: 200, detail: "the body is larger than maxResponseBytes" };
      answer = cause instanceof Expired ? { ok: false, status: undefined, detail: "timeout" } : { ok: false, status: undefined, detail: "connection", cause };
    } finally {
      clearTimeout(timer);
    }
  }
  return answer;
}

class Expired extends Error {}
class TooLarge extends Error {}

/** A time limit in ms; `false` and `Infinity` mean none (option values are checked by the core). */
function limitOf(value: number | false | undefined, fallback: number): number {
  return value === false ? Infinity : (value ?? fallback);
}

/** The body as text, at most `max` bytes (counted after any decompression). */
async function readText(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
    if (done || !value) return text + decoder.decode();
    if ((size += value.length) > max) {
      reader!.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}
