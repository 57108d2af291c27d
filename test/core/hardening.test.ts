// The pipeline against careless callers and hostile inputs: every bad option, key or request is an
// `invalid-request` that says what to fix (and nothing is sent); no value of a key or header ever
// reaches an error, its causes or a log; a fetch that ignores its signal is still cut off.
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { verifyToken } from "../../src/auth/verifyToken.js";
import { call, type Operation } from "../../src/core/call.js";
import { ClerkCore } from "../../src/core/core.js";
import type { ClerkFnError, InvalidRequestError } from "../../src/core/errors.js";
import type { CallOptions, ClerkCoreOptions } from "../../src/core/options.js";
import { organizationMembershipsUpdate } from "../../src/funcs/organizationMembershipsUpdate.js";
import { usersCreate } from "../../src/funcs/usersCreate.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { fakeFetch, json } from "../helpers/fakeFetch.js";
import { SECRET_KEY, testCore, userJson } from "../helpers/fixtures.js";

const loose = <R>(r: unknown): R => r as R;

/** Everything a user might print of an error, causes included. */
function rendered(error: unknown): string {
  const e = error as Error;
  return [e.message, String(e), JSON.stringify(e), e.stack ?? "", inspect(e, { depth: 10 })].join("\n");
}

function invalid(res: { ok: boolean; error?: unknown }): InvalidRequestError {
  if (res.ok || (res.error as ClerkFnError).kind !== "invalid-request") throw new Error(`expected invalid-request, got ${inspect(res, { depth: 3 })}`);
  return res.error as InvalidRequestError;
}

const paths = (e: InvalidRequestError): string[] => e.issues.map((i) => i.path.join("."));

// Node prints TimeoutOverflowWarning / TimeoutNegativeWarning when setTimeout gets a bad delay.
const warnings: string[] = [];
const onWarning = (w: Error): void => void warnings.push(w.name);
beforeEach(() => {
  warnings.length = 0;
  process.on("warning", onWarning);
});
afterEach(() => void process.off("warning", onWarning));

describe("secret keys are checked before any header is built", () => {
  test.each([
    ["a line feed inside", `${SECRET_KEY.slice(0, 10)}\n${SECRET_KEY.slice(10)}`],
    ["a trailing newline (a secrets file)", `${SECRET_KEY}\n`],
    ["a carriage return", `${SECRET_KEY}\r\n`],
    ["a NUL", `${SECRET_KEY}\0`],
    ["a non-Latin-1 character", `${SECRET_KEY}€`],
  ])("a key with %s is invalid-request naming secretKey, never echoing it", async (_, key) => {
    const fake = fakeFetch([json(userJson())]);
    const res = await usersGet(new ClerkCore({ secretKey: key, fetch: fake.fetch }), { user_id: "user_1" });
    const error = invalid(res);
    expect(paths(error)).toEqual(["secretKey"]);
    expect(error.message).toMatch(/secretKey: contains a line break, NUL or a character a header cannot carry/);
    expect(rendered(error)).not.toContain(SECRET_KEY.slice(10, 26));
    expect(fake.calls).toHaveLength(0);
  });

  test("a publishable key given as secretKey is refused with the fix", async () => {
    const fake = fakeFetch([json(userJson())]);
    const error = invalid(await usersGet(new ClerkCore({ secretKey: "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k", fetch: fake.fetch }), { user_id: "u" }));
    expect(error.message).toContain("secretKey: is a publishable key (pk_…); use the secret key (sk_…)");
    expect(fake.calls).toHaveLength(0);
  });

  test("a missing key says which option and where it usually comes from", async () => {
    const error = invalid(await usersGet(new ClerkCore({ fetch: fakeFetch([]).fetch }), { user_id: "u" }));
    expect(error.message).toContain("secretKey: is missing: pass the `secretKey` option of ClerkCore (e.g. from CLERK_SECRET_KEY)");
  });

  test("verifyToken's JWKS fetch with a key holding a line break fails without printing the key", async () => {
    const key = `${SECRET_KEY}\nX`;
    const fake = fakeFetch([json({ keys: [] })]);
    const header = Buffer.from(JSON.stringify({ alg: "RS256", kid: "ins_1", typ: "JWT" })).toString("base64url");
    const payload = Buffer.from(JSON.stringify({ sub: "user_1", exp: Date.now() / 1000 + 60, iat: Date.now() / 1000 })).toString("base64url");
    const res = await verifyToken(new ClerkCore({ secretKey: key, fetch: fake.fetch }), `${header}.${payload}.c2ln`);
    expect(res.ok).toBe(false);
    expect(rendered(!res.ok && res.error)).not.toContain(SECRET_KEY.slice(8, 24));
    expect(fake.calls).toHaveLength(0);
  });

  test("a connection error's message and causes never carry the key, even when fetch's error quotes it", async () => {
    const fake = fakeFetch(() => new TypeError(`Headers: "Bearer ${SECRET_KEY}" is an invalid header value`, { cause: new Error(`x ${SECRET_KEY}`) }));
    const res = await usersGet(testCore(fake, { retry: false }), { user_id: "u" });
    if (res.ok) throw new Error("expected an error");
    expect(res.error.kind).toBe("connection");
    expect(rendered(res.error)).not.toContain(SECRET_KEY);
    expect(rendered(res.error)).not.toMatch(/Bearer sk_/);
  });
});

describe("connection errors say what failed, where and why", () => {
  test("GET api.clerk.com failed: ENOTFOUND (the code from the cause chain)", async () => {
    const dns = Object.assign(new Error("getaddrinfo ENOTFOUND api.clerk.com"), { code: "ENOTFOUND" });
    const fake = fakeFetch(() => new TypeError("fetch failed", { cause: dns }));
    const res = await usersGet(testCore(fake, { retry: false }), { user_id: "u" });
    expect(!res.ok && res.error.message).toBe("GET api.clerk.com failed: ENOTFOUND");
    const cause = !res.ok && (res.error.cause as Error & { cause: Error & { code: string } });
    expect(cause && cause.cause.code).toBe("ENOTFOUND");
  });

  test("a custom fetch throwing a string still gives a readable connection error", async () => {
    const res = await usersGet(new ClerkCore({ secretKey: SECRET_KEY, retry: false, fetch: () => Promise.reject(`nope ${SECRET_KEY}`) }), { user_id: "u" });
    expect(!res.ok && res.error.message).toBe("GET api.clerk.com failed: nope [redacted]");
  });
});

describe("a fetch that ignores its signal is still cut off", () => {
  const never = (): typeof fetch => () => new Promise<Response>(() => undefined);

  test("by totalTimeoutMs, even with timeoutMs: false", async () => {
    const started = performance.now();
    const res = await usersGet(new ClerkCore({ secretKey: SECRET_KEY, fetch: never(), timeoutMs: false, totalTimeoutMs: 80 }), { user_id: "u" });
    expect(!res.ok && res.error.kind === "timeout" && res.error.scope).toBe("total");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("by the attempt timeout, once per attempt", async () => {
    let calls = 0;
    const fetch: typeof globalThis.fetch = () => (calls++, new Promise<Response>(() => undefined));
    const res = await usersGet(new ClerkCore({ secretKey: SECRET_KEY, fetch, timeoutMs: 30, retry: { limit: 1, initialDelayMs: 1 } }), { user_id: "u" });
    expect(!res.ok && res.error.kind === "timeout" && res.error.scope).toBe("attempt");
    expect(calls).toBe(2);
  });

  test("by the caller's abort", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 30);
    const started = performance.now();
    const res = await usersGet(new ClerkCore({ secretKey: SECRET_KEY, fetch: never(), timeoutMs: false }), { user_id: "u" }, { signal: controller.signal });
    expect(!res.ok && res.error.kind).toBe("aborted");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("and a body stream that never ends (ignoring cancel) is cut by the attempt timeout", async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"id":')) });
    const fetch: typeof globalThis.fetch = async () => new Response(stalled, { headers: { "content-type": "application/json" } });
    const started = performance.now();
    const res = await usersGet(new ClerkCore({ secretKey: SECRET_KEY, fetch, timeoutMs: 60, retry: false }), { user_id: "u" });
    expect(!res.ok && res.error.kind === "timeout" && res.error.scope).toBe("attempt");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("the attempt timeout covers headers and body together, not twice timeoutMs", async () => {
    // Headers after 60 ms, then a body that takes another 60 ms: 120 ms > timeoutMs 100.
    const fetch: typeof globalThis.fetch = async () => {
      await new Promise((r) => setTimeout(r, 60));
      const body = new ReadableStream<Uint8Array>({
        start: async (c) => {
          await new Promise((r) => setTimeout(r, 60));
          c.enqueue(new TextEncoder().encode(JSON.stringify(userJson())));
          c.close();
        },
      });
      return new Response(body, { headers: { "content-type": "application/json" } });
    };
    const res = await usersGet(new ClerkCore({ secretKey: SECRET_KEY, fetch, timeoutMs: 100, retry: false }), { user_id: "u" });
    expect(!res.ok && res.error.kind === "timeout" && res.error.scope).toBe("attempt");
  });
});

describe("unusable options are invalid-request saying what is wrong, nothing sent", () => {
  const cases: [string, ClerkCoreOptions | undefined, CallOptions | undefined, string, RegExp][] = [
    ["timeoutMs NaN", { timeoutMs: NaN }, undefined, "timeoutMs", /from 1 to 2147483647/],
    ["timeoutMs negative", { timeoutMs: -5 }, undefined, "timeoutMs", /false \/ Infinity for no limit/],
    ["timeoutMs 0", undefined, { timeoutMs: 0 }, "options.timeoutMs", /from 1/],
    ["timeoutMs 2^31", { timeoutMs: 2 ** 31 }, undefined, "timeoutMs", /2147483647/],
    ["totalTimeoutMs -Infinity", undefined, { totalTimeoutMs: -Infinity }, "options.totalTimeoutMs", /no limit/],
    ["totalTimeoutMs a string", { totalTimeoutMs: loose("100") }, undefined, "totalTimeoutMs", /number of ms/],
    ["a header value with a line break", { headers: { "x-team": "a\r\nInjected: 1" } }, undefined, "headers", /x-team contains a line break/],
    ["a per-call header value with a line break", undefined, { headers: { "x-team": "a\nb" } }, "options.headers", /x-team contains a line break/],
    ["a header name with a space", undefined, { headers: { "x team": "a" } }, "options.headers", /invalid header name/],
    ["apiVersion with a line break", { apiVersion: "2026-05-12\n" }, undefined, "apiVersion", /line break/],
    ["a signal that is not an AbortSignal", undefined, { signal: loose({}) }, "options.signal", /must be an AbortSignal/],
    ["retry.methods as a string", { retry: { methods: loose("GET") } }, undefined, "retry.methods", /array such as/],
    ["retry.limit negative", undefined, { retry: { limit: -1 } }, "options.retry.limit", /whole number/],
    ["a relative serverURL", { serverURL: "/v1" }, undefined, "serverURL", /absolute http\(s\) URL such as https:\/\/api.clerk.com\/v1/],
    ["a serverURL without a scheme", { serverURL: "api.clerk.com/v1" }, undefined, "serverURL", /absolute/],
    ["a serverURL of another scheme", { serverURL: "ftp://api.clerk.com" }, undefined, "serverURL", /absolute http/],
    ["debugLogger: {}", { debugLogger: loose({}) }, undefined, "debugLogger", /debug\(message, details\)/],
    ["a fetch that is not a function", { fetch: loose("fetch") }, undefined, "fetch", /function/],
    ["a hook that is not a function", { hooks: loose({ beforeRequest: "x" }) }, undefined, "hooks.beforeRequest", /function/],
    ["maxResponseBytes 0", { maxResponseBytes: 0 }, undefined, "maxResponseBytes", /bytes > 0/],
    ["maxResponseBytes fractional", undefined, { maxResponseBytes: 1.5 }, "options.maxResponseBytes", /whole number/],
    ["extra.query not an object", undefined, { extra: loose({ query: "a=1" }) }, "options.extra.query", /object/],
  ];
  test.each(cases)("%s", async (_, coreOptions, callOptions, path, message) => {
    const fake = fakeFetch([json(userJson())]);
    const core = new ClerkCore({ secretKey: SECRET_KEY, ...coreOptions, fetch: coreOptions?.fetch ?? fake.fetch });
    const error = invalid(await usersGet(core, { user_id: "u" }, callOptions));
    expect(paths(error)).toContain(path);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/Injected/);
    expect(fake.calls).toHaveLength(0);
    expect(warnings).toEqual([]);
  });

  test("Infinity means no limit for timeoutMs and totalTimeoutMs, without Node warnings", async () => {
    const fake = fakeFetch([json(userJson())]);
    const res = await usersGet(testCore(fake, { timeoutMs: Infinity, totalTimeoutMs: Infinity }), { user_id: "u" });
    expect(res.ok).toBe(true);
    expect(warnings).toEqual([]);
  });

  test("the ClerkCore constructor never throws on untyped options; the call says what is wrong", async () => {
    const core = new ClerkCore(loose({ secretKey: SECRET_KEY, serverURL: 42, fetch: fakeFetch([]).fetch }));
    expect(paths(invalid(await usersGet(core, { user_id: "u" })))).toContain("serverURL");
    expect(() => new ClerkCore(loose(null))).not.toThrow();
  });

  test("options that are not an object are refused", async () => {
    const error = invalid(await usersGet(testCore(fakeFetch([])), { user_id: "u" }, loose(42)));
    expect(paths(error)).toContain("options");
  });
});

describe("hostile request objects", () => {
  const listUsers = (core: ClerkCore, r: unknown) => usersList(core, loose(r));
  const createUser = (core: ClerkCore, r: unknown) => usersCreate(core, loose(r));
  const updateMembership = (core: ClerkCore, r: unknown) => organizationMembershipsUpdate(core, loose(r));
  test.each([
    ["constructor (query operation)", listUsers, { limit: 1, constructor: "x" }],
    ["toString (body operation)", createUser, { first_name: "Ada", toString: "x" }],
    ["an own __proto__ key", createUser, JSON.parse('{"first_name":"Ada","__proto__":{"admin":true}}')],
    ["hasOwnProperty", listUsers, { hasOwnProperty: 1 }],
    [
      "a key shaped like a slice of the path template",
      updateMembership,
      { organization_id: "org_1", user_id: "user_1", role: "admin", "organization_id}/memberships/{user_id": "y" },
    ],
  ] as const)("%s is not a parameter of the operation", async (_, fn, request) => {
    const fake = fakeFetch([json(userJson())]);
    const error = invalid(await fn(testCore(fake), request));
    expect(error.issues.some((i) => i.message === "is not a parameter of this operation")).toBe(true);
    expect(fake.calls).toHaveLength(0);
  });

  test("a getter that throws is invalid-request, not a rejection", async () => {
    const request = { get user_id(): string { throw new Error("gotcha"); } };
    const error = invalid(await usersGet(testCore(fakeFetch([])), request));
    expect(error.message).toMatch(/could not be read/);
  });

  test("a proxy whose traps throw is invalid-request", async () => {
    const request = new Proxy({}, { ownKeys: () => { throw new Error("trap"); }, getPrototypeOf: () => Object.prototype });
    invalid(await usersGet(testCore(fakeFetch([])), loose(request)));
  });

  test("a getter is read once: what was checked is what is sent", async () => {
    let reads = 0;
    const fake = fakeFetch([json(userJson())]);
    const request = { get user_id(): string { return reads++ === 0 ? "user_1" : "../admin"; } };
    await usersGet(testCore(fake), request);
    expect(fake.calls[0]?.url).toBe("https://api.clerk.com/v1/users/user_1");
  });

  test("a lone surrogate in a query value is refused like in a path param", async () => {
    const fake = fakeFetch([json([])]);
    const error = invalid(await usersList(testCore(fake), { email_address: ["a\uD800@example.com"] }));
    expect(paths(error)).toEqual(["email_address"]);
    expect(error.message).toMatch(/well-formed Unicode/);
    invalid(await usersList(testCore(fake), { query: "\uDC00" }));
    expect(fake.calls).toHaveLength(0);
  });
});

describe("hooks returning garbage are hook errors, with or without a logger", () => {
  test.each([
    ["beforeRequest", 42],
    ["beforeRequest", { url: "https://evil.example" }],
    ["afterResponse", "ok"],
    ["afterResponse", {}],
  ] as const)("%s returning %j", async (hook, value) => {
    for (const debugLogger of [undefined, { debug: () => undefined }]) {
      const fake = fakeFetch([json(userJson())]);
      const core = testCore(fake, { ...(debugLogger ? { debugLogger } : {}), hooks: { [hook]: () => value } });
      const res = await usersGet(core, { user_id: "u" });
      if (res.ok || res.error.kind !== "hook") throw new Error(`expected a hook error, got ${inspect(res)}`);
      expect(res.error.hook).toBe(hook);
      expect((res.error.cause as Error).message).toMatch(/must return a (Request|Response) or nothing/);
    }
  });
});

describe("fields and endpoints the pinned spec does not know", () => {
  test("extra.query is encoded like the other query values", async () => {
    const fake = fakeFetch([json([])]);
    const res = await usersList(testCore(fake), { limit: 1 }, { extra: { query: { new_filter: "a b", ids: ["x", "y"], flag: true, skip: undefined } } });
    expect(res.ok).toBe(true);
    expect(fake.calls[0]?.url).toBe("https://api.clerk.com/v1/users?limit=1&new_filter=a+b&ids=x&ids=y&flag=true");
  });

  test("extra.body is merged into the JSON body", async () => {
    const fake = fakeFetch([json(userJson())]);
    await usersCreate(testCore(fake), { first_name: "Ada" }, { extra: { body: { skip_restriction_checks: true } } });
    expect(fake.calls[0]?.json).toEqual({ first_name: "Ada", skip_restriction_checks: true });
  });

  test("extra values that cannot be sent are invalid-request", async () => {
    const fake = fakeFetch([]);
    expect(paths(invalid(await usersGet(testCore(fake), { user_id: "u" }, { extra: { body: { a: 1 } } })))).toEqual(["options.extra.body"]);
    expect(paths(invalid(await usersList(testCore(fake), {}, { extra: { query: loose({ nested: { a: 1 } }) } })))).toEqual(["options.extra.query.nested"]);
    expect(paths(invalid(await usersList(testCore(fake), {}, { extra: { query: { q: "\uD800" } } })))).toEqual(["options.extra.query.q"]);
    expect(fake.calls).toHaveLength(0);
  });

  test("machineAuth operations send machineSecretKey when the core has one, else secretKey", async () => {
    const op: Operation<unknown> = { id: "CreateM2MToken", method: "POST", path: "/m2m_tokens", machineAuth: true, body: { seconds_until_expiration: "n" } };
    const fake = fakeFetch(() => json({ token: "mt_1" }));
    await call(new ClerkCore({ secretKey: SECRET_KEY, machineSecretKey: "ak_machine_0123", fetch: fake.fetch }), op, {});
    await call(new ClerkCore({ secretKey: SECRET_KEY, fetch: fake.fetch }), op, {});
    expect(fake.calls.map((c) => c.headers.authorization)).toEqual(["Bearer ak_machine_0123", `Bearer ${SECRET_KEY}`]);
    // A machine key with a line break is refused under its own name.
    const error = invalid(await call(new ClerkCore({ secretKey: SECRET_KEY, machineSecretKey: "ak_x\ny", fetch: fake.fetch }), op, {}));
    expect(paths(error)).toEqual(["machineSecretKey"]);
  });
});
