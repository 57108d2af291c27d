// The Backend API transport of src/auth (bapiFetch): the query string, JSON bodies of any values,
// and the error code of a non-2xx answer, the parts the handshake plug-in's calls rely on.
import { describe, expect, it } from "vitest";
import { bapiFetch, TOO_LARGE } from "../../src/auth/bapi.js";
import { ClerkCore } from "../../src/core/index.js";
import type { ClerkCoreOptions } from "../../src/core/options.js";
import { SECRET_KEY } from "./helpers.js";

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly contentType: string | null;
  readonly body: string | undefined;
}

/** A core whose fetch answers every request with `answer()` and records what was sent. */
function coreAnswering(answer: () => Response, options: Partial<ClerkCoreOptions> = {}): { core: ClerkCore; sent: Sent[]; logged: string[] } {
  const sent: Sent[] = [];
  const logged: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    sent.push({ url: String(input), method: init?.method ?? "GET", contentType: headers.get("content-type"), body: init?.body as string | undefined });
    return answer();
  }) as typeof globalThis.fetch;
  const debugLogger = { debug: (message: string) => void logged.push(message), warn: (message: string) => void logged.push(message) };
  const core = new ClerkCore({ secretKey: SECRET_KEY, serverURL: "https://api.clerk.test/v1", fetch, debugLogger, ...options });
  return { core, sent, logged };
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("bapiFetch: query string and body", () => {
  it("sends the query string after the path, encoded as the caller built it, and leaves it out of the debug log", async () => {
    const { core, sent, logged } = coreAnswering(() => json(200, { directives: [] }));
    const query = `?${new URLSearchParams({ nonce: "n 1&x=y/é" })}`;
    const answer = await bapiFetch(core, "GET", "/clients/handshake_payload", SECRET_KEY, undefined, query);
    expect(answer).toEqual({ ok: true, value: { directives: [] } });
    expect(sent[0]!.url).toBe("https://api.clerk.test/v1/clients/handshake_payload?nonce=n+1%26x%3Dy%2F%C3%A9");
    expect(new URL(sent[0]!.url).searchParams.get("nonce")).toBe("n 1&x=y/é");
    expect(logged.join("\n")).toContain("GET https://api.clerk.test/v1/clients/handshake_payload");
    expect(logged.join("\n")).not.toContain("nonce");
  });

  it("sends a body of any JSON values as JSON, with its Content-Type; a GET without a body has none", async () => {
    const { core, sent } = coreAnswering(() => json(200, {}));
    const body = { format: "cookie", flag: true, count: 2, request_headers: { accept: ["text/html"] }, none: null };
    await bapiFetch(core, "POST", "/sessions/sess_1/refresh", SECRET_KEY, body, "?suffixed_cookies=true");
    expect(sent[0]!.method).toBe("POST");
    expect(sent[0]!.contentType).toBe("application/json");
    expect(JSON.parse(sent[0]!.body!)).toEqual(body);
    await bapiFetch(core, "GET", "/jwks", SECRET_KEY);
    expect(sent[1]).toMatchObject({ url: "https://api.clerk.test/v1/jwks", method: "GET", contentType: null, body: undefined });
  });
});

describe("bapiFetch: the error code of a non-2xx answer", () => {
  it("is the first errors[].code of a Clerk error document, and nothing else of the body is kept", async () => {
    const doc = { errors: [{ code: "form_param_invalid", message: "refresh_token rt_SecretValue is invalid", meta: { param_name: "rt_SecretValue" } }, { code: "second" }] };
    const { core, sent } = coreAnswering(() => json(422, doc));
    const answer = await bapiFetch(core, "POST", "/sessions/s/refresh", SECRET_KEY, { refresh_token: "rt_SecretValue" });
    expect(answer).toEqual({ ok: false, status: 422, detail: "api 422", code: "form_param_invalid" });
    expect(JSON.stringify(answer)).not.toContain("rt_SecretValue");
    expect(sent).toHaveLength(1);
  });

  it.each([
    ["an HTML error page", () => new Response("<html>bad gateway</html>", { status: 400, headers: { "content-type": "text/html" } })],
    ["an empty body", () => new Response(null, { status: 400 })],
    ["errors that is not an array of objects", () => json(400, { errors: "token_invalid" })],
    ["an empty errors list", () => json(400, { errors: [] })],
    ["a code that is not a string", () => json(400, { errors: [{ code: { nested: "x" } }] })],
    ["a JSON array", () => json(400, [{ code: "x" }])],
  ])("is absent for %s, and the status is kept", async (_, answer) => {
    const { core } = coreAnswering(answer);
    expect(await bapiFetch(core, "GET", "/jwks", SECRET_KEY)).toEqual({ ok: false, status: 400, detail: "api 400", code: undefined });
  });

  it("is read within maxResponseBytes: a larger error body leaves the status without a code", async () => {
    const big = { errors: [{ code: "too_big", message: "x".repeat(4096) }] };
    const { core } = coreAnswering(() => json(403, big), { maxResponseBytes: 1024 });
    expect(await bapiFetch(core, "GET", "/jwks", SECRET_KEY)).toEqual({ ok: false, status: 403, detail: "api 403", code: undefined });
  });

  it("a GET answered 5xx is asked once more and reports the last code; a POST is sent once", async () => {
    let n = 0;
    const { core, sent } = coreAnswering(() => json(503, { errors: [{ code: `unavailable_${++n}` }] }));
    expect(await bapiFetch(core, "GET", "/clients/handshake_payload", SECRET_KEY, undefined, "?nonce=n")).toMatchObject({ status: 503, code: "unavailable_2" });
    expect(sent).toHaveLength(2);
    expect(await bapiFetch(core, "POST", "/sessions/s/refresh", SECRET_KEY, {})).toMatchObject({ status: 503, code: "unavailable_3" });
    expect(sent).toHaveLength(3);
  });

  it("a 2xx body over maxResponseBytes or not JSON is still refused as before", async () => {
    const { core } = coreAnswering(() => json(200, { directives: ["x".repeat(4096)] }), { maxResponseBytes: 1024 });
    expect(await bapiFetch(core, "GET", "/jwks", SECRET_KEY)).toBe(TOO_LARGE);
    const { core: other } = coreAnswering(() => new Response("{not json", { status: 200 }));
    expect(await bapiFetch(other, "GET", "/jwks", SECRET_KEY)).toEqual({ ok: false, status: 200, detail: "the body is not JSON" });
  });
});
