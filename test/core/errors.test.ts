// Each error kind a caller can switch on, with what it carries.
import { describe, expect, test, vi } from "vitest";
import { APIError, HookError } from "../../src/core/errors.js";
import { usersCreate } from "../../src/funcs/usersCreate.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { clerkError, fakeFetch, json, text } from "../helpers/fakeFetch.js";
import { testCore, userJson } from "../helpers/fixtures.js";

describe("api errors", () => {
  test("a 404 Clerk error document gives an api error with parsed errors[], trace id, headers and raw body", async () => {
    const reply = clerkError(
      404,
      [{ code: "resource_not_found", message: "not found", long_message: "User not found", meta: { param_name: "user_id" } }],
      { clerk_trace_id: "trace_abc123", headers: { "x-request-id": "req_1" } },
    );
    const fake = fakeFetch([reply]);
    const res = await usersGet(testCore(fake), { user_id: "user_missing" });
    expect(res.ok).toBe(false);
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    const e = res.error;
    expect(e).toBeInstanceOf(APIError);
    expect(e.status).toBe(404);
    expect(e.errors).toEqual([
      { code: "resource_not_found", message: "not found", long_message: "User not found", meta: { param_name: "user_id" } },
    ]);
    expect(e.clerk_trace_id).toBe("trace_abc123");
    expect(e.headers.get("x-request-id")).toBe("req_1");
    expect(e.body).toBe(JSON.stringify(reply.json));
    expect(e.data).toEqual(reply.json);
    expect(e.retryAfterMs).toBeUndefined();
    expect(e.message).toBe("API error 404: User not found (resource_not_found)");
    expect(fake.calls).toHaveLength(1); // 404 is not retried
  });

  test("a 422 on a POST carries every error of the document", async () => {
    const fake = fakeFetch([
      clerkError(422, [
        { code: "form_identifier_exists", message: "taken", meta: { param_name: "email_address" } },
        { code: "form_password_pwned", message: "pwned" },
      ]),
    ]);
    const res = await usersCreate(testCore(fake), { email_address: ["ada@example.com"], password: "password" });
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    expect(res.error.status).toBe(422);
    expect(res.error.errors.map((x) => x.code)).toEqual(["form_identifier_exists", "form_password_pwned"]);
    expect(res.error.message).toBe("API error 422: taken (form_identifier_exists)");
  });

  test("a Clerk error document sent as text/plain is still parsed", async () => {
    const fake = fakeFetch([text(JSON.stringify({ errors: [{ code: "unauthorized", message: "bad key" }] }), { status: 401 })]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    expect(res.error.errors[0]?.code).toBe("unauthorized");
  });

  test("an HTML 502 page gives an api error with the raw text and empty errors", async () => {
    const html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
    const fake = fakeFetch(() => text(html, { status: 502, headers: { "content-type": "text/html" } }));
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    expect(res.error.status).toBe(502);
    expect(res.error.body).toBe(html);
    expect(res.error.errors).toEqual([]);
    expect(res.error.data).toBeUndefined();
    expect(res.error.clerk_trace_id).toBeUndefined();
    expect(res.error.message).toBe("API error 502");
    expect(fake.calls).toHaveLength(3); // a GET is retried twice on 502 by default
  });

  test("an error with an empty body gives an api error with an empty body", async () => {
    const fake = fakeFetch([{ status: 401 }]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    expect(res.error).toMatchObject({ status: 401, body: "", errors: [] });
  });

  test("malformed JSON in an error body keeps the raw text and empty errors", async () => {
    const fake = fakeFetch([text('{"errors":[{"code":', { status: 400, headers: { "content-type": "application/json" } })]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    expect(res.error).toMatchObject({ status: 400, body: '{"errors":[{"code":', errors: [], data: undefined });
  });
});

describe("transport errors", () => {
  test("a fetch that rejects gives a connection error with the cause kept", async () => {
    const boom = new TypeError("fetch failed");
    const fake = fakeFetch(() => boom);
    const res = await usersGet(testCore(fake, { retry: false }), { user_id: "user_1" });
    if (res.ok || res.error.kind !== "connection") throw new Error("expected a connection error");
    expect(fake.calls).toHaveLength(1);
    // The cause is a copy (name, message, code; never the Request and its headers).
    const cause = res.error.cause as Error;
    expect(cause).toBeInstanceOf(Error);
    expect([cause.name, cause.message]).toEqual(["TypeError", "fetch failed"]);
    expect(res.error.message).toBe("GET api.clerk.com failed: TypeError: fetch failed");
  });

  test("a fetch that rejects with a non-network error gives a connection error and is not retried", async () => {
    const fake = fakeFetch(() => new Error("something odd"));
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(!res.ok && res.error.kind).toBe("connection");
    expect(fake.calls).toHaveLength(1);
  });

  test("no answer within timeoutMs gives a timeout error scoped to the attempt", async () => {
    const fake = fakeFetch(() => ({ hang: true }));
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { timeoutMs: 40, retry: false });
    const elapsed = performance.now() - started;
    if (res.ok || res.error.kind !== "timeout") throw new Error(`expected a timeout, got ${JSON.stringify(res)}`);
    expect(res.error.scope).toBe("attempt");
    expect(res.error.timeoutMs).toBe(40);
    expect(elapsed).toBeGreaterThanOrEqual(35);
    expect(elapsed).toBeLessThan(1000);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]?.signal.aborted).toBe(true); // the attempt was cancelled, not left running
  });

  test("a timed-out GET attempt is retried, then reported as a per-attempt timeout", async () => {
    const fake = fakeFetch(() => ({ hang: true }));
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { timeoutMs: 20, retry: { limit: 2, initialDelayMs: 1 } });
    expect(!res.ok && res.error.kind).toBe("timeout");
    expect(fake.calls).toHaveLength(3);
  });

  test("a timed-out attempt followed by a quick answer succeeds", async () => {
    const fake = fakeFetch([{ hang: true }, json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { timeoutMs: 20 });
    expect(res.ok).toBe(true);
    expect(fake.calls).toHaveLength(2);
  });

  test("the total budget bounds all attempts together", async () => {
    const fake = fakeFetch(() => ({ hang: true }));
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { timeoutMs: 5_000, totalTimeoutMs: 60 });
    const elapsed = performance.now() - started;
    if (res.ok || res.error.kind !== "timeout") throw new Error("expected a timeout");
    expect(res.error.scope).toBe("total");
    expect(res.error.timeoutMs).toBe(60);
    expect(elapsed).toBeLessThan(1000);
  });

  test("the total budget also bounds retries of 5xx answers and their waits", async () => {
    const fake = fakeFetch(() => ({ status: 503 }));
    const started = performance.now();
    const res = await usersGet(
      testCore(fake),
      { user_id: "user_1" },
      { totalTimeoutMs: 80, retry: { limit: 50, initialDelayMs: 20, maxDelayMs: 20 } },
    );
    const elapsed = performance.now() - started;
    if (res.ok || res.error.kind !== "timeout") throw new Error(`expected a timeout, got ${res.ok ? "ok" : res.error.kind}`);
    expect(res.error.scope).toBe("total");
    expect(elapsed).toBeLessThan(1000);
  });

  test("timeouts can be set on the core", async () => {
    const fake = fakeFetch(() => ({ hang: true }));
    const res = await usersGet(testCore(fake, { timeoutMs: 30, retry: false }), { user_id: "user_1" });
    expect(!res.ok && res.error.kind === "timeout" && res.error.timeoutMs).toBe(30);
  });

  test("a slow response body is bounded by the attempt timeout", async () => {
    // Headers arrive at once, the body never finishes: the call must still end.
    const fake = fakeFetch((request) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":'));
          request.signal.addEventListener("abort", () => controller.error(request.signal.reason));
        },
      });
      return new Response(stream, { status: 200, headers: { "content-type": "application/json" } });
    });
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { timeoutMs: 50, retry: false });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(!res.ok && res.error.kind).toBe("timeout");
  });

  test("a signal aborted before the call gives aborted and sends nothing", async () => {
    const fake = fakeFetch([json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { signal: AbortSignal.abort() });
    expect(!res.ok && res.error.kind).toBe("aborted");
    expect(fake.calls).toHaveLength(0);
  });

  test("aborting while the request is in flight gives aborted and cancels the fetch", async () => {
    const fake = fakeFetch(() => ({ hang: true }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user navigated away")), 20);
    const started = performance.now();
    const res = await usersGet(testCore(fake), { user_id: "user_1" }, { signal: controller.signal });
    expect(performance.now() - started).toBeLessThan(1000);
    if (res.ok || res.error.kind !== "aborted") throw new Error("expected aborted");
    expect((res.error.cause as Error).message).toBe("user navigated away");
    expect(fake.calls[0]?.signal.aborted).toBe(true);
    expect(fake.calls).toHaveLength(1); // an abort is never retried
  });
});

describe("hook errors", () => {
  test("a throwing beforeRequest hook gives a hook error and sends nothing", async () => {
    const thrown = new Error("hook bug");
    const fake = fakeFetch([json(userJson())]);
    const core = testCore(fake, {
      hooks: {
        beforeRequest: () => {
          throw thrown;
        },
      },
    });
    const res = await usersGet(core, { user_id: "user_1" });
    if (res.ok || res.error.kind !== "hook") throw new Error("expected a hook error");
    expect(res.error).toBeInstanceOf(HookError);
    expect(res.error.hook).toBe("beforeRequest");
    // A copy of what it threw (name, message), never the object itself: see the test below.
    expect(res.error.cause).toBeInstanceOf(Error);
    expect((res.error.cause as Error).message).toBe(thrown.message);
    expect(fake.calls).toHaveLength(0);
  });

  test("a throwing afterResponse hook gives a hook error", async () => {
    const fake = fakeFetch([json(userJson())]);
    const core = testCore(fake, {
      hooks: {
        afterResponse: async () => {
          throw "not even an Error";
        },
      },
    });
    const res = await usersGet(core, { user_id: "user_1" });
    if (res.ok || res.error.kind !== "hook") throw new Error("expected a hook error");
    expect(res.error.hook).toBe("afterResponse");
    expect(res.error.cause).toBe("not even an Error");
  });

  test("a throwing onError hook gives a hook error that keeps what it threw (as a copy)", async () => {
    const fake = fakeFetch([clerkError(404, [{ code: "resource_not_found", message: "nope" }])]);
    const thrown = new Error("logging backend down");
    const core = testCore(fake, {
      hooks: {
        onError: () => {
          throw thrown;
        },
      },
    });
    const res = await usersGet(core, { user_id: "user_1" });
    if (res.ok || res.error.kind !== "hook") throw new Error("expected a hook error");
    expect(res.error.hook).toBe("onError");
    expect((res.error.cause as Error).message).toBe("logging backend down");
    expect((res.error.cause as Error).name).toBe("Error");
  });

  test("onError sees every error returned, after retries, with the operation's context", async () => {
    const onError = vi.fn();
    const fake = fakeFetch(() => ({ status: 500 }));
    const res = await usersList(testCore(fake, { hooks: { onError } }), { limit: 1 });
    expect(!res.ok && res.error.kind).toBe("api");
    expect(fake.calls).toHaveLength(3);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(res.ok ? undefined : res.error, { operationId: "GetUserList", method: "GET", path: "/users" });
  });

  test("beforeRequest may replace the request and afterResponse may replace the response", async () => {
    const fake = fakeFetch([json({ nonsense: true })]);
    const core = testCore(fake, {
      hooks: {
        beforeRequest: (request) => {
          const headers = new Headers(request.headers);
          headers.set("x-tenant", "t1");
          return new Request(request, { headers });
        },
        afterResponse: () => new Response(JSON.stringify(userJson()), { headers: { "content-type": "application/json" } }),
      },
    });
    const res = await usersGet(core, { user_id: "user_1" });
    expect(res.ok && res.value.id).toBe("user_2abc");
    expect(fake.calls[0]?.headers["x-tenant"]).toBe("t1");
  });
});
