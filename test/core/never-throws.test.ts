// No public function throws or rejects: garbage requests, garbage options, hostile fetches and
// hooks all come back as a Result with a typed error.
import { describe, expect, test } from "vitest";
import { ClerkCore } from "../../src/core/core.js";
import { ClerkFnError, type ErrorKind } from "../../src/core/errors.js";
import { invitationsBulkCreate } from "../../src/funcs/invitationsBulkCreate.js";
import { miscellaneousGetPublicInterstitial } from "../../src/funcs/miscellaneousGetPublicInterstitial.js";
import { organizationsUploadLogo } from "../../src/funcs/organizationsUploadLogo.js";
import { usersCreate } from "../../src/funcs/usersCreate.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { usersSetProfileImage } from "../../src/funcs/usersSetProfileImage.js";
import { webhooksDeleteSvixApp } from "../../src/funcs/webhooksDeleteSvixApp.js";
import { fakeFetch, json } from "../helpers/fakeFetch.js";
import { SECRET_KEY, testCore, userJson } from "../helpers/fixtures.js";

const KINDS: readonly ErrorKind[] = ["api", "connection", "timeout", "aborted", "response-validation", "invalid-request", "hook", "response-too-large"];

// Loosely typed handles: the point is to call them as untyped JavaScript would.
type AnyFn = (core: unknown, request?: unknown, options?: unknown) => Promise<unknown>;
const functions: [string, AnyFn][] = [
  ["usersGet", usersGet as AnyFn],
  ["usersList", usersList as AnyFn],
  ["usersCreate", usersCreate as AnyFn],
  ["invitationsBulkCreate", invitationsBulkCreate as AnyFn],
  ["organizationsUploadLogo", organizationsUploadLogo as AnyFn],
  ["webhooksDeleteSvixApp", webhooksDeleteSvixApp as AnyFn],
  ["miscellaneousGetPublicInterstitial", miscellaneousGetPublicInterstitial as AnyFn],
];

/** Resolves (never rejects, never throws synchronously) to `{ ok: true, value }` or a typed error. */
async function expectResult(invoke: () => Promise<unknown>): Promise<{ ok: boolean; error?: ClerkFnError }> {
  let promise: Promise<unknown>;
  try {
    promise = invoke();
  } catch (thrown) {
    throw new Error(`threw synchronously: ${String(thrown)}`);
  }
  const settled = await promise.then(
    (value) => ({ value }),
    (reason: unknown) => ({ reason }),
  );
  if ("reason" in settled) throw new Error(`rejected: ${String(settled.reason)}`);
  const res = settled.value as { ok: unknown; value?: unknown; error?: unknown };
  expect(typeof res).toBe("object");
  expect(typeof res.ok).toBe("boolean");
  if (!res.ok) {
    expect(res.error).toBeInstanceOf(ClerkFnError);
    expect(KINDS).toContain((res.error as ClerkFnError).kind);
  }
  return res as { ok: boolean; error?: ClerkFnError };
}

const huge = "x".repeat(2_000_000);
const withSymbol = { [Symbol("s")]: 1, user_id: "user_1" };
const throwingGetter = Object.defineProperty({}, "user_id", {
  enumerable: true,
  get() {
    throw new Error("getter exploded");
  },
});
const hostileProxy = new Proxy(
  {},
  {
    get() {
      throw new Error("proxy get");
    },
    ownKeys() {
      throw new Error("proxy ownKeys");
    },
  },
);
const cyclic: Record<string, unknown> = { first_name: "Ada" };
cyclic.public_metadata = { self: cyclic };

const garbageRequests: [string, unknown][] = [
  ["null", null],
  ["a number", 42],
  ["NaN", Number.NaN],
  ["a string", "user_1"],
  ["a huge string", huge],
  ["an array", [1, "two", { three: 3 }]],
  ["an empty object", {}],
  ["an object with a symbol key", withSymbol],
  ["an object with a throwing getter", throwingGetter],
  ["a hostile Proxy", hostileProxy],
  ["a function", () => "user_1"],
  ["a Date", new Date()],
  ["an object with a null prototype", Object.assign(Object.create(null) as object, { user_id: "user_1" })],
  ["a huge path param", { user_id: huge }],
  ["a lone surrogate path param", { user_id: "user_\ud800" }],
  ["a NUL path param", { user_id: "user\u00001" }],
  ["bigint values", { user_id: 1n, limit: 10n, first_name: 1n }],
  ["a cyclic body", cyclic],
  ["a body array of garbage", { body: [null, 1, "x", [], Symbol.iterator] }],
  ["a file that is not a Blob", { organization_id: "org_1", file: { name: "a.png" } }],
  ["every key at once", { user_id: [], limit: {}, body: 5, file: null, email_address: [Symbol("s")] }],
];

describe("garbage requests resolve to a Result", () => {
  for (const [fnName, fn] of functions) {
    test.each(garbageRequests)(`${fnName} with %s`, async (_, request) => {
      const fake = fakeFetch(() => json(userJson()));
      await expectResult(() => fn(testCore(fake), request));
    });
  }

  test("a lone surrogate in a path param is refused before sending", async () => {
    const fake = fakeFetch(() => json(userJson()));
    const res = await expectResult(() => usersGet(testCore(fake), { user_id: "user_\ud800" }));
    expect(res.error?.kind).toBe("invalid-request");
    expect(fake.calls).toHaveLength(0);
  });
});

const garbageOptions: [string, unknown][] = [
  ["null", null],
  ["a number", 7],
  ["a bad signal", { signal: "nope" }],
  ["a negative timeout", { timeoutMs: -5 }],
  ["an infinite timeout", { timeoutMs: Infinity, totalTimeoutMs: Infinity }],
  ["NaN timeouts", { timeoutMs: Number.NaN, totalTimeoutMs: Number.NaN }],
  ["a retry string", { retry: "always" }],
  ["a negative retry limit", { retry: { limit: -1 } }],
  ["a fractional retry limit", { retry: { limit: 1.5 } }],
  ["retry methods not an array", { retry: { methods: "GET" } }],
  ["headers not an object", { headers: 5 }],
  ["a header with an invalid name", { headers: { "bad header": "x" } }],
  ["a header with a newline", { headers: { "x-evil": "a\r\nInjected: 1" } }],
  ["a non-ASCII header value", { headers: { "x-name": "Ada ✓" } }],
  ["fetchOptions null", { fetchOptions: null }],
  ["fetchOptions overriding method and body", { fetchOptions: { method: "DELETE", body: "x", headers: { a: "b" } } }],
];

describe("garbage options resolve to a Result", () => {
  test.each(garbageOptions)("usersGet with %s", async (_, options) => {
    const fake = fakeFetch(() => json(userJson()));
    await expectResult(() => (usersGet as AnyFn)(testCore(fake), { user_id: "user_1" }, options));
  });

  test("fetchOptions cannot change the method or the body", async () => {
    const fake = fakeFetch(() => json(userJson()));
    await (usersGet as AnyFn)(testCore(fake), { user_id: "user_1" }, { fetchOptions: { method: "DELETE", body: "x" } });
    expect(fake.calls.every((c) => c.method === "GET" && c.body === undefined)).toBe(true);
  });
});

const garbageCores: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["a string", SECRET_KEY],
  ["an empty object", {}],
  ["an object with null options", { options: null, secretKey: SECRET_KEY, serverURL: "https://api.clerk.com/v1" }],
];

describe("a missing or bogus core resolves to a Result", () => {
  test.each(garbageCores)("usersGet with a core that is %s gives invalid-request", async (_, core) => {
    const res = await expectResult(() => (usersGet as AnyFn)(core, { user_id: "user_1" }));
    expect(res.error?.kind).toBe("invalid-request");
  });

  test.each([
    ["a serverURL that is not a URL", { serverURL: "not a url" }],
    ["a serverURL with another scheme", { serverURL: "ftp://example.com" }],
    ["an empty secretKey", { secretKey: "" }],
    ["a secretKey with a newline", { secretKey: "sk_test_x\nInjected: 1" }],
    ["an apiVersion with a newline", { apiVersion: "2026\n05" }],
    ["core headers that are not an object", { headers: 5 }],
    ["hooks that are not functions", { hooks: { beforeRequest: 5, afterResponse: "x", onError: {} } }],
    ["a debugLogger without methods", { debugLogger: {} }],
    ["a throwing debugLogger", { debugLogger: { debug: () => { throw new Error("log"); }, warn: () => { throw new Error("warn"); } } }],
  ])("usersGet on a core with %s", async (_, options) => {
    const fake = fakeFetch(() => json(userJson()));
    const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: fake.fetch, retry: false, ...(options as object) });
    await expectResult(() => usersGet(core, { user_id: "user_1" }));
  });
});

const hostileFetches: [string, unknown][] = [
  ["throws synchronously", () => { throw new Error("sync boom"); }],
  ["throws a non-Error", () => { throw "a string"; }],
  ["rejects with undefined", () => Promise.reject(undefined)],
  ["returns undefined", () => undefined],
  ["returns null", () => null],
  ["returns a number", () => 42],
  ["returns a plain object", () => ({ status: 200, ok: true })],
  ["returns a Response-looking object", () => ({ ok: false, status: 500, headers: {}, text: () => "x" })],
  ["resolves to a string", async () => "<html>"],
  ["is not a function", "fetch"],
  ["returns a Response whose body errors", () =>
    new Response(
      new ReadableStream({
        start(c) {
          c.error(new Error("stream broke"));
        },
      }),
      { status: 200, headers: { "content-type": "application/json" } },
    )],
  ["returns a 200 with a binary body", () => new Response(new Uint8Array([0xff, 0xfe, 0x00, 0x01]), { status: 200 })],
  ["returns a 500 with a binary body", () => new Response(new Uint8Array([0xff, 0xfe, 0x00, 0x01]), { status: 500 })],
  ["returns status 599 with an odd error document", () => new Response('{"errors":"nope","clerk_trace_id":5}', { status: 599, headers: { "content-type": "application/json" } })],
  ["returns a redirect", () => new Response(null, { status: 302, headers: { location: "https://evil.example.com" } })],
];

describe("a hostile fetch resolves to a Result", () => {
  for (const [fnName, fn] of functions) {
    test.each(hostileFetches)(`${fnName} when fetch %s`, async (_, hostile) => {
      const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: hostile as typeof fetch, retry: { initialDelayMs: 1, limit: 1 } });
      const request = fnName === "organizationsUploadLogo" ? { organization_id: "org_1", file: new Blob(["x"]) } : fnName === "usersGet" ? { user_id: "user_1" } : {};
      const res = await expectResult(() => fn(core, request));
      if (fnName !== "webhooksDeleteSvixApp" && fnName !== "miscellaneousGetPublicInterstitial") expect(res.ok).toBe(false);
    });
  }

  test("an odd error document still gives an api error with safe fields", async () => {
    const fake = fakeFetch(() => new Response('{"errors":"nope","clerk_trace_id":5}', { status: 400, headers: { "content-type": "application/json" } }));
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    expect(res.error.errors).toEqual([]);
    expect(res.error.clerk_trace_id).toBeUndefined();
  });
});

describe("hostile hooks resolve to a Result", () => {
  test.each([
    ["beforeRequest rejects with undefined", { beforeRequest: () => Promise.reject(undefined) }],
    ["beforeRequest returns garbage", { beforeRequest: () => 42 }],
    ["afterResponse returns garbage", { afterResponse: () => "not a response" }],
    ["afterResponse reads the body", { afterResponse: async (r: Response) => void (await r.text()) }],
    ["onError throws a non-Error", { onError: () => { throw 5; } }],
  ])("%s", async (_, hooks) => {
    const fake = fakeFetch(() => json(userJson()));
    const core = testCore(fake, { hooks: hooks as never });
    await expectResult(() => usersGet(core, { user_id: "user_1" }));
  });
});

describe("nothing escapes as an unhandled rejection", () => {
  async function unhandledDuring(run: () => Promise<unknown>): Promise<unknown[]> {
    const seen: unknown[] = [];
    const listener = (reason: unknown): void => {
      seen.push(reason);
    };
    process.on("unhandledRejection", listener);
    try {
      await run();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off("unhandledRejection", listener);
    }
    return seen;
  }

  const file = (): File => new File(["PNG"], "a.png", { type: "image/png" });

  test("an upload whose beforeRequest hook throws", async () => {
    const fake = fakeFetch(() => json(userJson()));
    const core = testCore(fake, {
      hooks: {
        beforeRequest: () => {
          throw new Error("hook");
        },
      },
    });
    const seen = await unhandledDuring(async () => {
      const res = await usersSetProfileImage(core, { user_id: "user_1", file: file() });
      expect(!res.ok && res.error.kind).toBe("hook");
    });
    expect(seen).toEqual([]);
  });

  test("an upload whose fetch fails without reading the body", async () => {
    const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: (() => Promise.reject(new TypeError("fetch failed"))) as typeof fetch, retry: false });
    const seen = await unhandledDuring(async () => {
      const res = await usersSetProfileImage(core, { user_id: "user_1", file: file() });
      expect(!res.ok && res.error.kind).toBe("connection");
    });
    expect(seen).toEqual([]);
  });

  test("an upload aborted before sending", async () => {
    const fake = fakeFetch(() => ({ hang: true }));
    const seen = await unhandledDuring(async () => {
      const res = await usersSetProfileImage(testCore(fake), { user_id: "user_1", file: file() }, { signal: AbortSignal.timeout(5) });
      expect(!res.ok && res.error.kind).toBe("aborted");
    });
    expect(seen).toEqual([]);
  });
});
