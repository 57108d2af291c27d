// The plug-in's two Backend API calls on bapiFetch: what is sent, how an answer of the wrong form
// or a Clerk error code becomes Clerk's reason, and a fetch that never settles.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authenticateRequest, handshake } from "../../src/auth/index.js";
import { getHandshakePayload, refreshSessionCookies, type RefreshRequest } from "../../src/auth/handshake/api.js";
import { ClerkCore } from "../../src/core/index.js";
import type { ClerkCoreOptions } from "../../src/core/options.js";
import { API_URL, instances, makeKey, NOW, NOW_S, signWith, type Instance, type TestKey } from "./harness.js";

let key: TestKey;
let prod: Instance;
let fresh: string;
let expired: string;

const claims = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  sub: "user_api",
  sid: "sess_api",
  iss: `https://${prod.fapi}`,
  iat: NOW_S - 20,
  nbf: NOW_S - 30,
  exp: NOW_S + 40,
  ...over,
});

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  key = await makeKey("ins_api");
  ({ prod } = await instances());
  fresh = await signWith(key, claims());
  expired = await signWith(key, claims({ iat: NOW_S - 120, nbf: NOW_S - 130, exp: NOW_S - 60 }));
});
afterAll(() => {
  vi.useRealTimers();
});

interface Sent {
  readonly method: string;
  readonly url: URL;
  readonly body: unknown;
}

/** A core whose fetch answers with `answer(request)`; what it was sent, and what was warned. */
function backend(answer: (sent: Sent) => Response | Promise<Response>, options: Partial<ClerkCoreOptions> = {}): { core: ClerkCore; sent: Sent[]; warned: string[] } {
  const sent: Sent[] = [];
  const warned: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = { method: init?.method ?? "GET", url: new URL(String(input)), body: init?.body ? JSON.parse(init.body as string) : undefined };
    sent.push(request);
    return answer(request);
  }) as typeof globalThis.fetch;
  const debugLogger = { debug: () => undefined, warn: (message: string) => void warned.push(message) };
  const core = new ClerkCore({ secretKey: prod.secretKey, serverURL: `${API_URL}/v1`, fetch, retry: false, debugLogger, ...options });
  return { core, sent, warned };
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const page = { "sec-fetch-dest": "document", accept: "text/html" };
const uat = String(NOW_S - 1000);

const refreshRequest = (over: Partial<RefreshRequest> = {}): RefreshRequest => ({
  session_id: "sess_api",
  suffixed_cookies: true,
  expired_token: "expired",
  refresh_token: "rt_1",
  request_origin: "https://app.example.com",
  request_headers: { accept: ["text/html"] },
  ...over,
});

describe("GET /clients/handshake_payload", () => {
  it("sends the nonce URL-encoded in the query, with the secret key", async () => {
    const { core, sent } = backend(() => json(200, { directives: ["a=1"] }));
    expect(await getHandshakePayload(core, "n/1 +&=é")).toEqual({ ok: true, value: { directives: ["a=1"] } });
    expect(sent[0]!.url.pathname).toBe("/v1/clients/handshake_payload");
    expect(sent[0]!.url.search).toBe("?nonce=n%2F1+%2B%26%3D%C3%A9");
    expect(sent[0]!.url.searchParams.get("nonce")).toBe("n/1 +&=é");
  });

  it.each([
    ["directives missing", {}],
    ["directives not an array", { directives: "__session=x" }],
    ["a directive that is not a string", { directives: ["a=1", 2] }],
    ["null", null],
  ])("an answer with %s is refused as of the wrong form", async (_, body) => {
    const { core } = backend(() => json(200, body));
    expect(await getHandshakePayload(core, "n1")).toEqual({ ok: false, error: { kind: "response-validation" } });
  });

  it("a malformed payload signs the browser out, with a debug warning naming only the kind", async () => {
    const { core, warned } = backend(() => json(200, { directives: [`__session_${prod.suffix}=${fresh}`, 7] }));
    const state = await authenticateRequest(core, new Request("https://app.example.com/", { headers: { ...page, cookie: "__clerk_handshake_nonce=n1" } }), {
      publishableKey: prod.publishableKey,
      jwtKey: key.pem,
      handshake,
    });
    expect(state.status).toBe("signed-out");
    expect(state.reason).toBe("session-token-missing");
    expect(state.headers?.getSetCookie()).toEqual([]);
    expect(warned).toEqual(["clerk-fn: the handshake payload could not be loaded"]);
  });

  it("a 404 for an unknown nonce is the API's code", async () => {
    const { core } = backend(() => json(404, { errors: [{ code: "resource_not_found", message: "not found" }] }));
    expect(await getHandshakePayload(core, "nobody")).toEqual({ ok: false, error: { kind: "api", status: 404, code: "resource_not_found" } });
  });

  it("without a usable secret key nothing is sent", async () => {
    const { core, sent } = backend(() => json(200, { directives: [] }));
    for (const secretKey of [undefined, "", "pk_live_notASecretKey"]) {
      const other = new ClerkCore({ ...(secretKey === undefined ? {} : { secretKey }), serverURL: core.serverURL, fetch: core.fetch });
      expect(await getHandshakePayload(other, "n1")).toEqual({ ok: false, error: { kind: "invalid-request" } });
    }
    expect(sent).toEqual([]);
  });
});

describe("POST /sessions/{session_id}/refresh", () => {
  it("sends the encoded session id, suffixed_cookies in the query and the body in Clerk's form", async () => {
    const { core, sent } = backend(() => json(200, { object: "cookies", cookies: ["__session=x"] }));
    expect(await refreshSessionCookies(core, refreshRequest({ session_id: "sess/1?a#b" }))).toEqual({ ok: true, value: { cookies: ["__session=x"] } });
    expect(sent[0]!.method).toBe("POST");
    expect(sent[0]!.url.pathname).toBe("/v1/sessions/sess%2F1%3Fa%23b/refresh");
    expect(sent[0]!.url.search).toBe("?suffixed_cookies=true");
    expect(sent[0]!.body).toEqual({
      format: "cookie",
      expired_token: "expired",
      refresh_token: "rt_1",
      request_origin: "https://app.example.com",
      request_headers: { accept: ["text/html"] },
    });
    await refreshSessionCookies(core, refreshRequest({ suffixed_cookies: false }));
    expect(sent[1]!.url.search).toBe("?suffixed_cookies=false");
  });

  it.each(["", " ", ".", "..", "\ud800"])("refuses the session id %j without sending anything", async (id) => {
    const { core, sent } = backend(() => json(200, { cookies: [] }));
    expect(await refreshSessionCookies(core, refreshRequest({ session_id: id }))).toEqual({ ok: false, error: { kind: "invalid-request" } });
    expect(sent).toEqual([]);
  });

  it("a 422 with a Clerk error code is that code; cookies of the wrong form are refused", async () => {
    const refused = backend(() => json(422, { errors: [{ code: "form_param_invalid", message: "rt_1 is not valid", meta: { param_name: "refresh_token" } }] }));
    expect(await refreshSessionCookies(refused.core, refreshRequest())).toEqual({ ok: false, error: { kind: "api", status: 422, code: "form_param_invalid" } });
    const malformed = backend(() => json(200, { object: "cookies", cookies: "__session=x" }));
    expect(await refreshSessionCookies(malformed.core, refreshRequest())).toEqual({ ok: false, error: { kind: "response-validation" } });
  });

  const stale = (): Request =>
    new Request("https://app.example.com/", { headers: { ...page, cookie: `__session_${prod.suffix}=${expired}; __client_uat_${prod.suffix}=${uat}; __refresh_${prod.suffix}=rt_1` } });
  const reasonWith = async (answer: () => Response): Promise<string | null> => {
    const { core } = backend((sent) => (sent.method === "POST" ? answer() : json(404, {})));
    const state = await authenticateRequest(core, stale(), { publishableKey: prod.publishableKey, jwtKey: key.pem, handshake });
    expect(state.status).toBe("handshake");
    return state.reason;
  };

  it.each([
    ["a 422 with a Clerk error code: that code", () => json(422, { errors: [{ code: "form_param_invalid" }] }), "session-token-expired-refresh-form_param_invalid"],
    ["a 500 with unexpected_error: fetch-error", () => json(500, { errors: [{ code: "unexpected_error" }] }), "session-token-expired-refresh-fetch-error"],
    ["cookies that are not strings: unexpected-sdk-error", () => json(200, { object: "cookies", cookies: [1] }), "session-token-expired-refresh-unexpected-sdk-error"],
    ["a 200 that is not JSON: unexpected-sdk-error", () => new Response("<html>", { status: 200 }), "session-token-expired-refresh-unexpected-sdk-error"],
    ["no cookies: unexpected-sdk-error", () => json(200, { object: "cookies", cookies: [] }), "session-token-expired-refresh-unexpected-sdk-error"],
    ["a 502 without a Clerk error document: unexpected-bapi-error", () => new Response("<html>502</html>", { status: 502 }), "session-token-expired-refresh-unexpected-bapi-error"],
  ])("a refresh answered with %s, then the handshake", async (_, answer, reason) => {
    expect(await reasonWith(answer)).toBe(reason);
  });

  it("a refresh answered with fresh cookies signs in", async () => {
    const cookies = [`__session_${prod.suffix}=${fresh}; Path=/`];
    const { core } = backend(() => json(200, { object: "cookies", cookies }));
    const state = await authenticateRequest(core, stale(), { publishableKey: prod.publishableKey, jwtKey: key.pem, handshake });
    expect(state.status).toBe("signed-in");
    expect(state.headers?.getSetCookie()).toEqual(cookies);
  });
});

describe("a fetch that never settles", () => {
  it("during the nonce payload call: signed out within timeoutMs, the request's signal aborted", async () => {
    const signals: AbortSignal[] = [];
    const fetch = ((_: unknown, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise<Response>(() => undefined);
    }) as typeof globalThis.fetch;
    const core = new ClerkCore({ secretKey: prod.secretKey, serverURL: `${API_URL}/v1`, fetch, retry: false, timeoutMs: 200 });
    const request = new Request("https://app.example.com/", { headers: { ...page, cookie: "__clerk_handshake_nonce=n1" } });
    const started = performance.now();
    const state = await Promise.race([
      authenticateRequest(core, request, { publishableKey: prod.publishableKey, jwtKey: key.pem, handshake }),
      new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 2_000)),
    ]);
    const ms = performance.now() - started;
    expect(state).not.toBe("hung");
    expect(ms).toBeLessThan(1_000);
    expect(state !== "hung" && [state.status, state.reason]).toEqual(["signed-out", "session-token-missing"]);
    expect(signals.map((s) => s.aborted)).toEqual([true]);
  });

  it("with the GET asked twice, the two attempts end within totalTimeoutMs", async () => {
    let attempts = 0;
    const fetch = (() => (attempts++, new Promise<Response>(() => undefined))) as typeof globalThis.fetch;
    const core = new ClerkCore({ secretKey: prod.secretKey, serverURL: `${API_URL}/v1`, fetch, timeoutMs: 150, totalTimeoutMs: 400 });
    const started = performance.now();
    const result = await getHandshakePayload(core, "n1");
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result).toEqual({ ok: false, error: { kind: "transport", detail: "timeout" } });
    expect(attempts).toBe(2);
  });
});
