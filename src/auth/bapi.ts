import type { ClerkCore } from "../core/core.js";
import { readBody } from "../core/body.js";
import { apiHeaders } from "../core/headers.js";
import { MAX_RESPONSE_BYTES } from "../core/limits.js";

/** What a Backend API call of src/auth came back with. */
export type BapiAnswer =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      /** The HTTP status; absent when no answer came (timeout, connection). */
      readonly status?: number;
      readonly detail: string;
      /** The first `errors[].code` of a non-2xx answer that is a Clerk error document; nothing else of it is kept. */
      readonly code?: string | undefined;
      readonly cause?: unknown;
    };

// What the timer and the bounded read throw, and bapiFetch returns as they are: told apart by
// identity, so no error classes ship.
const TIMEOUT: BapiAnswer = { ok: false, detail: "timeout" };
/**
 * A 2xx body larger than `maxResponseBytes`. The only other failure with `status: 200` is a 2xx
 * body that is not JSON.
 */
export const TOO_LARGE: BapiAnswer = { ok: false, status: 200, detail: "the body is larger than maxResponseBytes" };

/**
 * One Backend API request straight through the core's `fetch`, server URL, API version and headers
 * (`apiHeaders`, the same rules as the pipeline), but not the retrying pipeline of
 * `src/core/call.ts`: that pipeline (ky and the response schemas included) would otherwise ride
 * along in every app that verifies tokens — measured: the authenticateRequest app went from 21.5
 * to under 12 KB gzip without it, and the handshake plug-in's app from 24.3 to 13.2 KB. The
 * answer is read as JSON and nothing else: callers pick the few fields they trust, so a field the
 * API adds or drops never breaks authentication. Callers: the JWKS fetch, the machine-token verify
 * calls, and the handshake plug-in's payload and refresh calls. The core's hooks do not run.
 *
 * `GET` is asked once more on a network error, 429 or 5xx unless the core says `retry: false`;
 * `POST` (machine-token verify, session refresh) is sent once. Any other status is final. Each
 * attempt — fetch and body — is raced against one timer (`timeoutMs`, within `totalTimeoutMs`), so
 * a custom `fetch` or a body stream that ignores its signal is still cut off; the body is read up
 * to `maxResponseBytes`, and redirects are not followed. A non-2xx body is read the same way for
 * its first error code only. `query` (`?a=1`, encoded by the caller, as path parameters are) is
 * sent but left out of the debug log: the handshake nonce is a credential.
 */
export async function bapiFetch(
  core: ClerkCore,
  method: "GET" | "POST",
  path: string,
  secretKey: string,
  body?: Readonly<Record<string, unknown>>,
  query = "",
): Promise<BapiAnswer> {
  const headers = apiHeaders(core, body && { "Content-Type": "application/json" }, "application/json", secretKey);
  const { timeoutMs, totalTimeoutMs, maxResponseBytes, retry, debugLogger } = core.options;
  // `false` and `Infinity` mean no limit (option values are checked by the core).
  const attemptMs = timeoutMs === false ? Infinity : (timeoutMs ?? 30_000);
  const end = Date.now() + (totalTimeoutMs === false ? Infinity : (totalTimeoutMs ?? 60_000));
  // Always set: the loop runs at least once and every pass returns or sets it.
  let answer!: BapiAnswer;
  for (let attempt = method === "POST" || retry === false ? 1 : 0; attempt < 2; attempt++) {
    const ms = Math.min(attemptMs, end - Date.now());
    if (ms <= 0) return TIMEOUT;
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      if (ms < Infinity) timer = setTimeout(() => (stop.abort(), reject(TIMEOUT)), ms);
    });
    // Marked handled: the timer may fire between two races, with nobody awaiting it.
    expired.catch(() => undefined);
    const race = <V>(wait: Promise<V>): Promise<V> => Promise.race([wait, expired]);
    try {
      const init: RequestInit = { method, headers, signal: stop.signal, redirect: "manual" };
      if (body) init.body = JSON.stringify(body);
      debugLogger?.debug(`clerk-fn → ${method} ${core.serverURL}${path}`, { attempt: attempt + 1 });
      // An async wrapper: a custom `fetch` that throws synchronously is a connection fault too.
      const response = await race((async () => core.fetch(core.serverURL + path + query, init))());
      const { ok, status } = response;
      let value: unknown;
      try {
        const body = await race(readBody(response, maxResponseBytes ?? MAX_RESPONSE_BYTES, (pending) => pending));
        if (!body.complete) throw TOO_LARGE;
        value = JSON.parse(body.text);
      } catch (cause) {
        // An error body that is not JSON, too large or too slow still leaves its status.
        if (ok) throw cause;
      }
      if (ok) return { ok, value };
      const code = (value as { errors?: { code?: unknown }[] } | undefined)?.errors?.[0]?.code;
      answer = { ok, status, detail: `api ${status}`, code: typeof code == "string" ? code : undefined };
      if (status < 500 && status !== 429) return answer;
    } catch (cause) {
      // A body that is not JSON, or too large, is an answer, not a network fault: no point asking again.
      if (cause === TOO_LARGE) return TOO_LARGE;
      if (cause instanceof SyntaxError) return { ok: false, status: 200, detail: "the body is not JSON" };
      answer = cause === TIMEOUT ? TIMEOUT : { ok: false, detail: "connection", cause };
    } finally {
      clearTimeout(timer);
    }
  }
  return answer;
}
