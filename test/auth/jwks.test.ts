import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ClerkCore } from "../../src/core/index.js";
import { jwksWebCache, verifyToken, type JwksStore } from "../../src/auth/index.js";
import { JWKS_FAILURE_COOLDOWN_MS, JWKS_REFETCH_COOLDOWN_MS, JWKS_TTL_MS } from "../../src/auth/jwks.js";
import {
  coreFor,
  fakeApi,
  jwksRoute,
  makeKey,
  NOW,
  now,
  SECRET_KEY,
  sessionClaims,
  sign,
  type Route,
  type TestKey,
} from "./helpers.js";

let k1: TestKey;
let k2: TestKey;
let k1Rekeyed: TestKey;

beforeAll(async () => {
  k1 = await makeKey("ins_k1");
  k2 = await makeKey("ins_k2");
  k1Rekeyed = await makeKey("ins_k1"); // a new key published under the same kid
});

afterEach(() => {
  vi.restoreAllMocks();
});

const at = (ms: number) => () => ms;

describe("JWKS from GET /jwks", () => {
  it("loads the keys with the core's secret key, then serves from the cache", async () => {
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1]) });
    const core = coreFor(api);
    const token = await sign(k1, sessionClaims());
    for (let i = 0; i < 5; i++) expect((await verifyToken(core, token, { now })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(1);
    expect(api.seen[0]?.authorization).toBe(`Bearer ${SECRET_KEY}`);
  });

  it("retries a 503 once with the core's default policy, then verifies", async () => {
    let calls = 0;
    const ok = jwksRoute(() => [k1]);
    const api = fakeApi({ "GET /jwks": (r) => (++calls === 1 ? { status: 503, json: { errors: [] } } : ok(r)) });
    const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: api.fetch, apiVersion: "2099-01-01" });
    expect((await verifyToken(core, await sign(k1, sessionClaims()), { now })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(2);
  });

  it("sends the same headers as every other Backend API request (version, extra headers, key)", async () => {
    const sent: Headers[] = [];
    const core = new ClerkCore({
      secretKey: SECRET_KEY,
      apiVersion: "2099-01-01",
      headers: { "X-Source": "billing", Authorization: "Bearer not-this-one" },
      fetch: async (input, init) => {
        sent.push(new Headers(init?.headers ?? (input as Request).headers));
        return Response.json({ keys: [] });
      },
    });
    await verifyToken(core, await sign(k1, sessionClaims()), { now });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.get("clerk-api-version")).toBe("2099-01-01");
    expect(sent[0]!.get("x-source")).toBe("billing");
    expect(sent[0]!.get("authorization")).toBe(`Bearer ${SECRET_KEY}`);
    expect(sent[0]!.get("user-agent")).toMatch(/^clerk-fn\//);
  });

  it("sends nothing in networkless mode (jwtKey), whatever the load", async () => {
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1]) });
    const core = coreFor(api);
    const tokens = await Promise.all([sign(k1, sessionClaims()), sign(k2, sessionClaims())]);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => verifyToken(core, tokens[i % 2]!, { jwtKey: k1.pem, now })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(25);
    expect(api.seen).toHaveLength(0);
  });

  it("makes one JWKS request for 100 concurrent verifications on a cold cache", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = fakeApi({
      "GET /jwks": async () => {
        await gate; // hold the request in flight while the others arrive
        return { json: { keys: [k1.jwk] } };
      },
    });
    const core = coreFor(api);
    const token = await sign(k1, sessionClaims());
    const pending = Array.from({ length: 100 }, () => verifyToken(core, token, { now }));
    await new Promise((r) => setTimeout(r, 20));
    release();
    const results = await Promise.all(pending);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(api.count("GET /jwks")).toBe(1);
  });

  it("shares one cache per instance: cores built per request make one JWKS request", async () => {
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1]) });
    const token = await sign(k1, sessionClaims());
    // The Workers pattern: a new core for every request, same secret key, same API.
    for (let i = 0; i < 20; i++) expect((await verifyToken(coreFor(api), token, { now })).ok).toBe(true);
    const concurrent = await Promise.all(Array.from({ length: 20 }, () => verifyToken(coreFor(api), token, { now })));
    expect(concurrent.every((r) => r.ok)).toBe(true);
    expect(api.count("GET /jwks")).toBe(1);
  });

  it("never shares keys between two instances (another secret key or server URL)", async () => {
    const api = fakeApi({ "GET /jwks": (request) => ({ json: { keys: [(request.authorization === `Bearer ${SECRET_KEY}` ? k1 : k2).jwk] } }) });
    const tokenA = await sign(k1, sessionClaims());
    expect((await verifyToken(coreFor(api), tokenA, { now })).ok).toBe(true);
    // Same kid, other instance: its own fetch, and the first instance's key is not used for it.
    const other = coreFor(api, { secretKey: "sk_test_AnotherInstanceSecret000000000000" });
    const onOther = await verifyToken(other, tokenA, { now });
    expect(!onOther.ok && onOther.error.reason).toBe("jwk-kid-mismatch");
    const otherUrl = coreFor(api, { serverURL: "https://api.other.example/v1" });
    const onUrl = await verifyToken(otherUrl, tokenA, { now });
    expect(onUrl.ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(3);
    // And two fake backends (their own fetch) with the same test key never mix their keys.
    const apiB = fakeApi({ "GET /jwks": jwksRoute(() => [k2]) });
    const onB = await verifyToken(coreFor(apiB), tokenA, { now });
    expect(!onB.ok && onB.error.reason).toBe("jwk-kid-mismatch");
  });

  it("keeps no secret in the cache key", async () => {
    const store = memoryStore();
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1]) });
    expect((await verifyToken(coreFor(api), await sign(k1, sessionClaims()), { now, jwksCache: store })).ok).toBe(true);
    expect([...store.map.keys()].join()).not.toContain(SECRET_KEY.slice(8));
    expect([...store.map.values()].join()).not.toContain(SECRET_KEY.slice(8));
  });

  it("imports each CryptoKey once and reuses it (JWKS and jwtKey)", async () => {
    const importKey = vi.spyOn(crypto.subtle, "importKey");
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1, k2]) });
    const core = coreFor(api);
    const t1 = await sign(k1, sessionClaims());
    const t2 = await sign(k2, sessionClaims());
    for (let i = 0; i < 10; i++) {
      expect((await verifyToken(core, t1, { now })).ok).toBe(true);
      expect((await verifyToken(core, t2, { now })).ok).toBe(true);
    }
    expect(importKey).toHaveBeenCalledTimes(2);

    importKey.mockClear();
    const local = coreFor(api);
    for (let i = 0; i < 10; i++) expect((await verifyToken(local, t1, { jwtKey: k1.pem, now })).ok).toBe(true);
    expect(importKey).toHaveBeenCalledTimes(1);
  });

  it("ignores keys that cannot verify RS256 (other kty, alg or use)", async () => {
    const api = fakeApi({
      "GET /jwks": () => ({
        json: {
          keys: [
            { ...k1.jwk, alg: "RS512" },
            { ...k2.jwk, use: "enc" },
            { kid: "ins_ec", kty: "EC", crv: "P-256", x: "AA", y: "AA" },
          ],
        },
      }),
    });
    const core = coreFor(api);
    const r1 = await verifyToken(core, await sign(k1, sessionClaims()), { now });
    const r2 = await verifyToken(core, await sign(k2, sessionClaims()), { now: at(NOW + JWKS_REFETCH_COOLDOWN_MS) });
    expect(!r1.ok && r1.error.reason).toBe("jwk-kid-mismatch");
    expect(!r2.ok && r2.error.reason).toBe("jwk-kid-mismatch");
  });
});

describe("JWKS: unknown kid and rotation", () => {
  it("refetches at most once per cool-down for unknown kids: a flood is not a request flood", async () => {
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1]) });
    const core = coreFor(api);
    expect((await verifyToken(core, await sign(k1, sessionClaims()), { now })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(1);

    // 200 tokens with made-up kids, concurrently and one after another, within one cool-down.
    const forged = await Promise.all(Array.from({ length: 100 }, (_, i) => sign({ ...k2, kid: `forged_${i}` }, sessionClaims())));
    const later = at(NOW + JWKS_REFETCH_COOLDOWN_MS);
    const burst = await Promise.all(forged.map((t) => verifyToken(core, t, { now: later })));
    for (const t of forged) burst.push(await verifyToken(core, t, { now: later }));
    expect(burst.every((r) => !r.ok && r.error.reason === "jwk-kid-mismatch")).toBe(true);
    expect(api.count("GET /jwks")).toBe(2);

    // Within the cool-down right after the initial load: no refetch at all.
    const fresh = coreFor(api);
    await verifyToken(fresh, await sign(k1, sessionClaims()), { now });
    await verifyToken(fresh, forged[0]!, { now: at(NOW + JWKS_REFETCH_COOLDOWN_MS - 1) });
    expect(api.count("GET /jwks")).toBe(3);
  });

  it("picks up a new kid after a key rotation on the next allowed refetch", async () => {
    let published = [k1];
    const api = fakeApi({ "GET /jwks": jwksRoute(() => published) });
    const core = coreFor(api);
    expect((await verifyToken(core, await sign(k1, sessionClaims()), { now })).ok).toBe(true);
    published = [k1, k2];
    const rotated = await sign(k2, sessionClaims());
    const result = await verifyToken(core, rotated, { now: at(NOW + JWKS_REFETCH_COOLDOWN_MS) });
    expect(result.ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(2);
  });

  it("recovers from a signature failure after the key under the same kid was replaced", async () => {
    let published = [k1];
    const api = fakeApi({ "GET /jwks": jwksRoute(() => published) });
    const core = coreFor(api);
    expect((await verifyToken(core, await sign(k1, sessionClaims()), { now })).ok).toBe(true);
    published = [k1Rekeyed];
    const token = await sign(k1Rekeyed, sessionClaims());

    // Inside the cool-down the cached key is used and the signature fails, without a request.
    const early = await verifyToken(core, token, { now: at(NOW + 1000) });
    expect(!early.ok && early.error.reason).toBe("token-invalid-signature");
    expect(api.count("GET /jwks")).toBe(1);

    // The next allowed refetch brings the new key; later verifications use it from the cache.
    expect((await verifyToken(core, token, { now: at(NOW + JWKS_REFETCH_COOLDOWN_MS) })).ok).toBe(true);
    expect((await verifyToken(core, token, { now: at(NOW + JWKS_REFETCH_COOLDOWN_MS + 1) })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(2);
  });

  it("refetches after the cache's TTL and keeps serving the old keys if that fetch fails", async () => {
    let route: Route = jwksRoute(() => [k1]);
    const api = fakeApi({ "GET /jwks": (r) => route(r) });
    const core = coreFor(api);
    const token = await sign(k1, sessionClaims({ exp: (NOW + 2 * JWKS_TTL_MS) / 1000 }));
    expect((await verifyToken(core, token, { now })).ok).toBe(true);
    route = () => ({ status: 503, json: { errors: [] } });
    const stale = await verifyToken(core, token, { now: at(NOW + JWKS_TTL_MS) });
    expect(stale.ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(2);
  });
});

describe("JWKS: failures", () => {
  const unauthorized: Route = () => ({
    status: 401,
    json: { errors: [{ code: "authentication_invalid", message: "The provided Clerk Secret Key is invalid." }] },
  });

  it("reports secret-key-invalid and does not retry a 401 (default retry policy)", async () => {
    const api = fakeApi({ "GET /jwks": unauthorized });
    const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: api.fetch }); // the core's default retries
    const result = await verifyToken(core, await sign(k1, sessionClaims()), { now });
    expect(!result.ok && result.error.reason).toBe("secret-key-invalid");
    expect(api.count("GET /jwks")).toBe(1);
  });

  it("does not hammer a failing JWKS: one request per failure cool-down", async () => {
    const api = fakeApi({ "GET /jwks": unauthorized });
    const core = coreFor(api);
    const token = await sign(k1, sessionClaims());
    const results = await Promise.all(Array.from({ length: 20 }, () => verifyToken(core, token, { now })));
    for (let i = 0; i < 20; i++) results.push(await verifyToken(core, token, { now: at(NOW + JWKS_FAILURE_COOLDOWN_MS - 1) }));
    expect(results.every((r) => !r.ok && r.error.reason === "secret-key-invalid")).toBe(true);
    expect(api.count("GET /jwks")).toBe(1);

    // After the cool-down it tries again, and a working JWKS clears the failure.
    api.routes.set("GET /jwks", jwksRoute(() => [k1]));
    expect((await verifyToken(core, token, { now: at(NOW + JWKS_FAILURE_COOLDOWN_MS) })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(2);
  });

  it("reports network failures, server errors and bodies without keys as jwk-failed-to-load", async () => {
    const token = await sign(k1, sessionClaims());
    for (const route of [
      () => new TypeError("fetch failed: ECONNRESET"),
      () => ({ status: 500, json: { errors: [] } }),
      () => ({ json: { nothing: true } }),
      () => ({ json: { keys: "nope" } }),
    ] as Route[]) {
      const api = fakeApi({ "GET /jwks": route });
      const result = await verifyToken(coreFor(api), token, { now });
      expect(!result.ok && result.error.reason).toBe("jwk-failed-to-load");
      expect(api.count("GET /jwks")).toBe(1);
    }
  });
});

/** A JwksStore over a Map, recording what it was asked. */
function memoryStore(): JwksStore & { map: Map<string, string>; gets: number; ttls: number[] } {
  const map = new Map<string, string>();
  const store = {
    map,
    gets: 0,
    ttls: [] as number[],
    get(key: string) {
      store.gets++;
      return map.get(key);
    },
    set(key: string, value: string, ttlMs: number) {
      store.ttls.push(ttlMs);
      map.set(key, value);
    },
  };
  return store;
}

/** The two methods of the Web Cache API the adapter uses, over a Map of URL → body. */
function fakeWebCache(): { match(r: Request): Promise<Response | undefined>; put(r: Request, res: Response): Promise<void>; entries: Map<string, { body: string; cacheControl: string | null }> } {
  const entries = new Map<string, { body: string; cacheControl: string | null }>();
  return {
    entries,
    async match(request) {
      const e = entries.get(request.url);
      return e ? new Response(e.body) : undefined;
    },
    async put(request, response) {
      entries.set(request.url, { body: await response.text(), cacheControl: response.headers.get("cache-control") });
    },
  };
}

describe("JWKS: a pluggable second-level store (jwksCache)", () => {
  it("fills the store after a fetch, and a cold process (another fetch identity) reads it instead of the API", async () => {
    const store = memoryStore();
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1]) });
    const token = await sign(k1, sessionClaims());
    expect((await verifyToken(coreFor(api), token, { now, jwksCache: store })).ok).toBe(true);
    expect(store.map.size).toBe(1);
    expect(store.ttls).toEqual([JWKS_TTL_MS]);
    // A fresh isolate: nothing in memory (clearJwksCache stands in for a new process).
    const { clearJwksCache } = await import("../../src/auth/jwks.js");
    clearJwksCache();
    expect((await verifyToken(coreFor(api), token, { now: at(NOW + 1000), jwksCache: store })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(1);
  });

  it("ignores an entry older than the TTL, a broken entry, and a store that throws", async () => {
    const { clearJwksCache } = await import("../../src/auth/jwks.js");
    const store = memoryStore();
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1]) });
    const token = await sign(k1, sessionClaims({ exp: NOW / 1000 + 3 * 3600 }));
    expect((await verifyToken(coreFor(api), token, { now, jwksCache: store })).ok).toBe(true);
    clearJwksCache();
    expect((await verifyToken(coreFor(api), token, { now: at(NOW + JWKS_TTL_MS), jwksCache: store })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(2);
    for (const key of store.map.keys()) store.map.set(key, "{not json");
    clearJwksCache();
    expect((await verifyToken(coreFor(api), token, { now, jwksCache: store })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(3);
    const throwing: JwksStore = {
      get: () => Promise.reject(new Error("store down")),
      set: () => Promise.reject(new Error("store down")),
    };
    clearJwksCache();
    expect((await verifyToken(coreFor(api), token, { now, jwksCache: throwing })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(4);
  });

  it("does not consult the store for an unknown kid of a fresh cache (it would hand back the same set)", async () => {
    const store = memoryStore();
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1]) });
    const core = coreFor(api);
    expect((await verifyToken(core, await sign(k1, sessionClaims()), { now, jwksCache: store })).ok).toBe(true);
    const gets = store.gets;
    api.routes.set("GET /jwks", jwksRoute(() => [k1, k2]));
    const later = at(NOW + JWKS_REFETCH_COOLDOWN_MS);
    expect((await verifyToken(core, await sign(k2, sessionClaims()), { now: later, jwksCache: store })).ok).toBe(true);
    expect(store.gets).toBe(gets);
    expect(api.count("GET /jwks")).toBe(2);
  });

  it("jwksWebCache keeps the JWKS in a Web Cache with max-age = TTL under a synthetic URL", async () => {
    const { clearJwksCache } = await import("../../src/auth/jwks.js");
    const cache = fakeWebCache();
    const api = fakeApi({ "GET /jwks": jwksRoute(() => [k1]) });
    const token = await sign(k1, sessionClaims());
    expect((await verifyToken(coreFor(api), token, { now, jwksCache: jwksWebCache(Promise.resolve(cache)) })).ok).toBe(true);
    const [url, entry] = [...cache.entries][0]!;
    expect(url!.startsWith("https://jwks.clerk-fn.invalid/")).toBe(true);
    expect(url).not.toContain(SECRET_KEY.slice(8));
    expect(entry!.cacheControl).toBe(`max-age=${JWKS_TTL_MS / 1000}`);
    clearJwksCache();
    expect((await verifyToken(coreFor(api), token, { now, jwksCache: jwksWebCache(cache) })).ok).toBe(true);
    expect(api.count("GET /jwks")).toBe(1);
  });
});
