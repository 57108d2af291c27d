import type { ClerkCore } from "../core/core.js";
import { apiHeaders } from "../core/headers.js";

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
 * `POST` (the machine-token verify calls) is sent once. Any other status is final.
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
  const timeoutMs = core.options.timeoutMs === false ? undefined : (core.options.timeoutMs ?? 30_000);
  let answer: BapiAnswer = { ok: false, status: undefined, detail: "not sent" };
  for (let attempt = method === "POST" || core.options.retry === false ? 1 : 0; attempt < 2; attempt++) {
    try {
      const init: RequestInit = { method, headers };
      if (body) init.body = JSON.stringify(body);
      if (timeoutMs !== undefined) init.signal = AbortSignal.timeout(timeoutMs);
      core.options.debugLogger?.debug(`clerk-fn → ${method} ${core.serverURL}${path}`, { attempt: attempt + 1 });
      const response = await core.fetch(core.serverURL + path, init);
      if (response.ok) return { ok: true, value: await response.json() };
      await response.body?.cancel();
      answer = { ok: false, status: response.status, detail: `api ${response.status}` };
      if (response.status < 500 && response.status !== 429) return answer;
    } catch (cause) {
      // A body that is not JSON is an answer, not a network fault: no point asking again.
      if (cause instanceof SyntaxError) return { ok: false, status: 200, detail: "the body is not JSON", cause };
      answer = { ok: false, status: undefined, detail: "connection", cause };
    }
  }
  return answer;
}
