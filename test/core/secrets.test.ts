// The secret key never leaves through logs, errors or the core object itself.
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import type { ClerkFnError } from "../../src/core/errors.js";
import type { Logger } from "../../src/core/options.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { clerkError, fakeFetch, json, type FakeFetch } from "../helpers/fakeFetch.js";
import { SECRET_KEY, testCore, userJson } from "../helpers/fixtures.js";

/** Every way a secret could be spelled in output: the key, or any long prefix of it. */
function expectNoSecret(output: string): void {
  expect(output).not.toContain(SECRET_KEY);
  expect(output).not.toContain(SECRET_KEY.slice(0, 16));
  expect(output).not.toMatch(/Bearer\s+sk_/);
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (message, details) => lines.push(message + " " + inspect(details, { depth: 10 }) + " " + JSON.stringify(details)),
    warn: (message, details) => lines.push(message + " " + inspect(details, { depth: 10 }) + " " + JSON.stringify(details)),
  };
}

/** Everything a user might print of an error. */
function renderings(error: unknown): string[] {
  const e = error as Error;
  return [e.message, String(e), JSON.stringify(e), e.stack ?? "", inspect(e, { depth: 10 })];
}

describe("debug logger", () => {
  test("logs requests, retries and responses without the secret key", async () => {
    const logger = recordingLogger();
    const fake = fakeFetch([{ status: 503 }, json(userJson())]);
    const core = testCore(fake, { debugLogger: logger, headers: { "x-api-key": "also-secret-value" } });
    const res = await usersGet(core, { user_id: "user_1" });
    expect(res.ok).toBe(true);
    const output = logger.lines.join("\n");
    expect(output).toMatch(/→ GET https:\/\/api\.clerk\.com\/v1\/users\/user_1/);
    expect(output).toMatch(/↻ retry 1/);
    expect(output).toMatch(/← 200/);
    expect(output).toContain("[redacted]");
    expect(output).toContain("clerk-api-version");
    expectNoSecret(output);
    expect(output).not.toContain("also-secret-value");
    // …while the request really carried it.
    expect(fake.calls[0]?.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
  });

  test("the drift warning (tolerant policy) does not contain the secret key", async () => {
    const logger = recordingLogger();
    const fake = fakeFetch([json(userJson({ banned: "no" }))]);
    await usersGet(testCore(fake, { debugLogger: logger, responseValidation: "tolerant" }), { user_id: "user_1" });
    expect(logger.lines.some((l) => l.includes("tolerant"))).toBe(true);
    expectNoSecret(logger.lines.join("\n"));
  });

  test("a request replaced by a beforeRequest hook is logged redacted too", async () => {
    const logger = recordingLogger();
    const fake = fakeFetch([json(userJson())]);
    const core = testCore(fake, {
      debugLogger: logger,
      hooks: { beforeRequest: (r) => new Request(r, { headers: { ...Object.fromEntries(r.headers), cookie: "__session=abc" } }) },
    });
    await usersGet(core, { user_id: "user_1" });
    const output = logger.lines.join("\n");
    expectNoSecret(output);
    expect(output).not.toContain("__session=abc");
  });
});

describe("errors", () => {
  async function errorOf(fake: FakeFetch, options: Parameters<typeof usersGet>[2] = {}, core = testCore(fake)): Promise<ClerkFnError> {
    const res = await usersGet(core, { user_id: "user_1" }, options);
    if (res.ok) throw new Error("expected an error");
    return res.error;
  }

  const cases: [string, () => Promise<ClerkFnError>][] = [
    ["api", () => errorOf(fakeFetch([clerkError(401, [{ code: "authentication_invalid", message: "bad key" }])]))],
    ["connection", () => errorOf(fakeFetch(() => new TypeError("fetch failed")), { retry: false })],
    ["timeout", () => errorOf(fakeFetch(() => ({ hang: true })), { timeoutMs: 10, retry: false })],
    ["aborted", () => errorOf(fakeFetch(() => ({ hang: true })), { signal: AbortSignal.timeout(10) })],
    ["response-validation", () => errorOf(fakeFetch([json([{ id: 1 }])]))],
    ["invalid-request", () => usersGet(testCore(fakeFetch()), { user_id: "" }).then((r) => (r as { error: ClerkFnError }).error)],
    [
      "hook",
      () => {
        const fake = fakeFetch([json(userJson())]);
        const core = testCore(fake, {
          hooks: {
            beforeRequest: () => {
              throw new Error("hook failed");
            },
          },
        });
        return errorOf(fake, {}, core);
      },
    ],
  ];

  test.each(cases)("a %s error does not show the secret key however it is printed", async (kind, make) => {
    const error = await make();
    expect(error.kind).toBe(kind);
    for (const text of renderings(error)) expectNoSecret(text);
  });
});

describe("the core", () => {
  test("JSON.stringify, inspect and String of a core do not show the secret key", () => {
    const core = testCore(fakeFetch());
    for (const text of [JSON.stringify(core), inspect(core, { depth: 10, showHidden: true }), String(core), JSON.stringify(core.options)]) {
      expectNoSecret(text);
    }
    expect(Object.keys(core)).not.toContain("secretKey");
    expect(core.secretKey).toBe(SECRET_KEY); // still usable by the modules that authenticate
  });
});
