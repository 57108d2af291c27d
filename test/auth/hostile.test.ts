// The Backend API calls of src/auth (JWKS, machine-token verification) against a real loopback
// server that misbehaves on purpose, and against fetches that ignore their signal: every fault is
// a typed verdict within the core's time limits, never a hang, a throw or a secret in a message.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authenticateRequest, verifyToken } from "../../src/auth/index.js";
import { ClerkCore } from "../../src/core/index.js";
import type { ClerkCoreOptions } from "../../src/core/options.js";
import { gzipBomb, sendHuge } from "../helpers/hostile.js";
import { makeKey, now, requestWith, SECRET_KEY, sessionClaims, sign, type TestKey } from "./helpers.js";

const API_KEY = "ak_3beecc9c60adb5f9b850e91a8ee1e992";
const bomb = gzipBomb;

let server: Server;
let other: Server;
let base = "";
let otherHits = 0;
let mode = "ok";
let key: TestKey;

const answers: Record<string, (res: ServerResponse) => void> = {
  "stall-after-headers": (res) => (res.writeHead(200, { "content-type": "application/json" }), res.flushHeaders()),
  "headers-then-hang": (res) => (res.writeHead(200, { "content-type": "application/json" }), res.write('{"keys":[')),
  "never": () => undefined,
  "huge": (res) => sendHuge(res),
  "gzip-bomb": (res) => res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(bomb),
  "redirect-elsewhere": (res) => res.writeHead(307, { location: `${otherURL()}/v1/jwks` }).end(),
  "html-502": (res) => res.writeHead(502, { "content-type": "text/html" }).end("<html>502</html>"),
  "not-json": (res) => res.writeHead(200, { "content-type": "application/json" }).end("{\"keys\": [ sk_test_SuperSecret"),
};
const otherURL = (): string => `http://127.0.0.1:${(other.address() as AddressInfo).port}`;

beforeAll(async () => {
  key = await makeKey("ins_hostile");
  server = createServer((req, res) => {
    req.resume();
    answers[mode]!(res);
  });
  other = createServer((req, res) => {
    otherHits++;
    res.writeHead(200, { "content-type": "application/json" }).end('{"keys":[]}');
  });
  await Promise.all([new Promise<void>((r) => server.listen(0, "127.0.0.1", r)), new Promise<void>((r) => other.listen(0, "127.0.0.1", r))]);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => {
  server.closeAllConnections();
  other.closeAllConnections();
  server.close();
  other.close();
});

const core = (options: Partial<ClerkCoreOptions> = {}): ClerkCore =>
  new ClerkCore({ secretKey: SECRET_KEY, serverURL: base, timeoutMs: 300, totalTimeoutMs: 1_000, retry: false, ...options });

/** Resolves with the call's outcome, or fails the test when it outlives `ms`. */
async function within<T>(ms: number, run: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const started = performance.now();
  const outcome = await Promise.race([run(), new Promise<"hung">((r) => (timer = setTimeout(() => r("hung"), ms)))]);
  clearTimeout(timer);
  expect(outcome, `still pending after ${Math.round(performance.now() - started)} ms`).not.toBe("hung");
  return outcome as T;
}

describe("the JWKS fetch of verifyToken", () => {
  test.each(["stall-after-headers", "headers-then-hang", "never", "huge", "gzip-bomb", "html-502", "not-json", "redirect-elsewhere"])(
    "%s: jwk-failed-to-load within the time limits, no secret in the message",
    async (name) => {
      mode = name;
      const token = await sign(key, sessionClaims());
      const result = await within(3_000, () => verifyToken(core({ maxResponseBytes: 1024 * 1024 }), token, { now }));
      expect(!result.ok && result.error.reason).toBe("jwk-failed-to-load");
      expect(JSON.stringify({ message: !result.ok && result.error.message, cause: String(!result.ok && result.error.cause) })).not.toContain(SECRET_KEY);
    },
  );

  test("a redirect is not followed: the other host is never asked", async () => {
    mode = "redirect-elsewhere";
    otherHits = 0;
    const token = await sign(key, sessionClaims());
    await within(3_000, () => verifyToken(core(), token, { now }));
    expect(otherHits).toBe(0);
  });
});

describe("fetches that ignore their signal", () => {
  const ignoring = (() => new Promise<Response>(() => undefined)) as typeof fetch;
  const stalledBody = (async () =>
    new Response(new ReadableStream({ pull: () => new Promise(() => undefined) }), { headers: { "content-type": "application/json" } })) as typeof fetch;

  test.each([
    ["a fetch that never settles", ignoring],
    ["a body stream that never ends", stalledBody],
  ])("%s: the JWKS fetch still ends at timeoutMs", async (_, fetchFn) => {
    const token = await sign(key, sessionClaims());
    const started = performance.now();
    const result = await within(3_000, () => verifyToken(core({ fetch: fetchFn, timeoutMs: 200 }), token, { now }));
    expect(!result.ok && result.error.reason).toBe("jwk-failed-to-load");
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  test("totalTimeoutMs bounds both GET attempts together", async () => {
    const token = await sign(key, sessionClaims());
    const started = performance.now();
    const result = await within(3_000, () => verifyToken(core({ fetch: ignoring, timeoutMs: 400, totalTimeoutMs: 500, retry: {} }), token, { now }));
    expect(!result.ok && result.error.reason).toBe("jwk-failed-to-load");
    expect(performance.now() - started).toBeLessThan(1_200);
  });

  test("an API key verification (POST) with a fetch that never settles ends at timeoutMs", async () => {
    const started = performance.now();
    const state = await within(3_000, () =>
      authenticateRequest(core({ fetch: ignoring, timeoutMs: 200 }), requestWith({ authorization: `Bearer ${API_KEY}` }), { acceptsToken: "api_key" }),
    );
    expect(state.status).toBe("signed-out");
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  test("a fetch that throws synchronously is a failed load, not a throw", async () => {
    const throwing = (() => {
      throw new TypeError("boom");
    }) as unknown as typeof fetch;
    const token = await sign(key, sessionClaims());
    const result = await within(3_000, () => verifyToken(core({ fetch: throwing }), token, { now }));
    expect(!result.ok && result.error.reason).toBe("jwk-failed-to-load");
  });
});
