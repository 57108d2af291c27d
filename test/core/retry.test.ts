// Retries: which methods and statuses, Retry-After, backoff caps, and aborts during waits.
import { describe, expect, test, vi } from "vitest";
import { instanceSettingsUpdate } from "../../src/funcs/instanceSettingsUpdate.js";
import { usersCreate } from "../../src/funcs/usersCreate.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { clerkError, fakeFetch, json, type FakeFetch } from "../helpers/fakeFetch.js";
import { testCore, userJson } from "../helpers/fixtures.js";

/** The call came back with the first 429 itself (one request), carrying its Retry-After. */
function expectFirst429(res: Awaited<ReturnType<typeof usersGet>>, fake: FakeFetch, retryAfterMs: number): void {
  if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
  expect(fake.calls).toHaveLength(1);
  expect(res.error.status).toBe(429);
  expect(res.error.retryAfterMs).toBe(retryAfterMs);
}

const rateLimited = (retryAfter: string) =>
  clerkError(429, [{ code: "too_many_requests", message: "Too many requests" }], { headers: { "Retry-After": retryAfter } });

describe("429 Too Many Requests", () => {
  test("a GET answered 429 with Retry-After is retried after the wait it asks for", async () => {
    const fake = fakeFetch([rateLimited("1"), json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(res.ok).toBe(true);
    expect(fake.calls).toHaveLength(2);
    const waited = fake.calls[1]!.at - fake.calls[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(950); // Retry-After: 1 second, not the 1 ms backoff
    expect(waited).toBeLessThan(3000);
  });

  test("a Retry-After longer than maxRetryAfterMs returns the 429 at once, with retryAfterMs", async () => {
    const fake = fakeFetch([rateLimited("120"), json(userJson())]);
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { retry: { initialDelayMs: 1, maxRetryAfterMs: 40 } });
    expect(performance.now() - started).toBeLessThan(500);
    expectFirst429(res, fake, 120_000);
  });

  test("Retry-After: 86400 (a day) is not waited out: the 429 comes back at once", async () => {
    const fake = fakeFetch([rateLimited("86400"), json(userJson())]);
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(performance.now() - started).toBeLessThan(500);
    expectFirst429(res, fake, 86_400_000);
  });

  test("a Retry-After longer than the time left of totalTimeoutMs returns the 429 at once", async () => {
    const fake = fakeFetch([rateLimited("5"), json(userJson())]);
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { totalTimeoutMs: 2000 });
    expect(performance.now() - started).toBeLessThan(500);
    expect(!res.ok && res.error.kind === "api" && res.error.status).toBe(429);
  });

  test.each(["soon", "-5", "1e3", "", "Thu, 99 Foo 2026"])("an unparseable Retry-After (%j) means the normal backoff, not the cap", async (value) => {
    const fake = fakeFetch([rateLimited(value), rateLimited(value), json(userJson())]);
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(res.ok).toBe(true);
    expect(fake.calls).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(1000); // backoff here is 1–5 ms, the cap 30 s
  });

  test("when GET retries are exhausted the 429 surfaces with retryAfterMs", async () => {
    const fake = fakeFetch(() => rateLimited("0.002"));
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { retry: { limit: 2, maxRetryAfterMs: 5 } });
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    expect(fake.calls).toHaveLength(3);
    expect(res.error.status).toBe(429);
    expect(res.error.retryAfterMs).toBe(2);
    expect(res.error.errors[0]?.code).toBe("too_many_requests");
  });

  test("Retry-After as an HTTP date is surfaced in milliseconds", async () => {
    const date = new Date(Date.now() + 60_000).toUTCString();
    const fake = fakeFetch([rateLimited(date)]);
    const res = await usersCreate(testCore(fake), { first_name: "Ada" });
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    expect(res.error.retryAfterMs).toBeGreaterThan(55_000);
    expect(res.error.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  test("a POST answered 429 is not retried by default and surfaces retryAfterMs", async () => {
    const fake = fakeFetch([rateLimited("30"), json(userJson())]);
    expectFirst429(await usersCreate(testCore(fake), { first_name: "Ada" }), fake, 30_000);
  });

  test("a POST is retried when retry.methods includes it, with the same body", async () => {
    const fake = fakeFetch([rateLimited("0"), json(userJson())]);
    const res = await usersCreate(
      testCore(fake),
      { first_name: "Ada", email_address: ["ada@example.com"] },
      { retry: { methods: ["POST"], initialDelayMs: 1, maxRetryAfterMs: 5 } },
    );
    expect(res.ok).toBe(true);
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1]?.method).toBe("POST");
    expect(fake.calls[1]?.body).toBe(fake.calls[0]?.body);
    expect(fake.calls[1]?.json).toEqual({ first_name: "Ada", email_address: ["ada@example.com"] });
  });

  test("retry.methods set on the core applies to every call", async () => {
    const fake = fakeFetch([{ status: 503 }, json(userJson())]);
    const core = testCore(fake, { retry: { methods: ["GET", "POST"], initialDelayMs: 1 } });
    const res = await usersCreate(core, { first_name: "Ada" });
    expect(res.ok).toBe(true);
    expect(fake.calls).toHaveLength(2);
  });
});

describe("5xx and other retryable failures", () => {
  test("a GET answered 500 then 503 then 200 succeeds on the third attempt", async () => {
    const fake = fakeFetch([{ status: 500 }, { status: 503 }, json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(res.ok).toBe(true);
    expect(fake.calls).toHaveLength(3);
    expect(new Set(fake.calls.map((c) => c.url)).size).toBe(1);
  });

  test.each([408, 500, 502, 503, 504])("a GET answered %i is retried", async (status) => {
    const fake = fakeFetch([{ status }, json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(res.ok).toBe(true);
    expect(fake.calls).toHaveLength(2);
  });

  test.each([400, 401, 403, 404, 409, 422])("a GET answered %i is not retried", async (status) => {
    const fake = fakeFetch([{ status, json: { errors: [] } }, json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(!res.ok && res.error.kind === "api" && res.error.status).toBe(status);
    expect(fake.calls).toHaveLength(1);
  });

  test("a PATCH answered 503 is not retried by default", async () => {
    const fake = fakeFetch([{ status: 503 }, { status: 204 }]);
    const res = await instanceSettingsUpdate(testCore(fake), { test_mode: true });
    expect(!res.ok && res.error.kind === "api" && res.error.status).toBe(503);
    expect(fake.calls).toHaveLength(1);
  });

  test("a GET whose fetch fails with a network error is retried", async () => {
    const fake = fakeFetch([new TypeError("fetch failed"), json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(res.ok).toBe(true);
    expect(fake.calls).toHaveLength(2);
  });

  test("a POST whose fetch fails with a network error is not retried", async () => {
    const fake = fakeFetch([new TypeError("fetch failed"), json(userJson())]);
    const res = await usersCreate(testCore(fake), { first_name: "Ada" });
    expect(!res.ok && res.error.kind).toBe("connection");
    expect(fake.calls).toHaveLength(1);
  });

  test("retry.limit bounds the number of attempts", async () => {
    const fake = fakeFetch(() => ({ status: 500 }));
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { retry: { limit: 4, initialDelayMs: 1 } });
    expect(!res.ok && res.error.kind).toBe("api");
    expect(fake.calls).toHaveLength(5);
  });

  test("retry: false sends exactly once", async () => {
    const fake = fakeFetch(() => ({ status: 503 }));
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { retry: false });
    expect(!res.ok && res.error.kind).toBe("api");
    expect(fake.calls).toHaveLength(1);
  });

  test("retry.statusCodes replaces the retried statuses", async () => {
    const fake = fakeFetch([{ status: 418 }, json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { retry: { statusCodes: [418], initialDelayMs: 1 } });
    expect(res.ok).toBe(true);
    expect(fake.calls).toHaveLength(2);
  });

  test("maxDelayMs caps each backoff wait", async () => {
    const fake = fakeFetch([{ status: 500 }, { status: 500 }, json(userJson())]);
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { retry: { initialDelayMs: 60_000, maxDelayMs: 10 } });
    expect(res.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("afterResponse runs on every attempt, retried ones included", async () => {
    const afterResponse = vi.fn();
    const fake = fakeFetch([{ status: 502 }, { status: 502 }, json(userJson())]);
    const res = await usersGet(testCore(fake, { hooks: { afterResponse } }), { user_id: "user_1" });
    expect(res.ok).toBe(true);
    expect(afterResponse.mock.calls.map(([r]) => (r as Response).status)).toEqual([502, 502, 200]);
  });
});

describe("aborting", () => {
  test("an abort during a Retry-After wait returns promptly as aborted", async () => {
    const fake = fakeFetch([{ status: 503, headers: { "Retry-After": "10" } }, json(userJson())]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { signal: controller.signal });
    const elapsed = performance.now() - started;
    expect(!res.ok && res.error.kind).toBe("aborted");
    expect(elapsed).toBeLessThan(500); // the wait would have lasted 10 s
    expect(fake.calls).toHaveLength(1);
  });

  test("an abort during an exponential backoff wait returns promptly as aborted", async () => {
    // Jitter picks a wait in [0, initialDelayMs); answer 500 every time so any attempt leads to a wait.
    const fake = fakeFetch(() => ({ status: 500 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    const res = await usersGet(
      testCore(fake),
      { user_id: "user_1" },
      { signal: controller.signal, retry: { limit: 1000, initialDelayMs: 20_000, maxDelayMs: 20_000 } },
    );
    expect(!res.ok && res.error.kind).toBe("aborted");
    expect(performance.now() - started).toBeLessThan(500);
  });

  test("an abort while the response body is being read gives aborted", async () => {
    const controller = new AbortController();
    const fake = fakeFetch((request) => {
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode("["));
          request.signal.addEventListener("abort", () => c.error(request.signal.reason));
        },
      });
      setTimeout(() => controller.abort(), 20);
      return new Response(stream, { headers: { "content-type": "application/json" } });
    });
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { signal: controller.signal });
    expect(!res.ok && res.error.kind).toBe("aborted");
  });
});
