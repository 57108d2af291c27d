// The transport's two paths: a call answered on its first attempt is one plain fetch; retries
// and request hooks go through ky's loop. Both must look the same to a custom fetch and a caller.
import { describe, expect, test } from "vitest";
import { ClerkCore } from "../../src/core/core.js";
import type { Issue } from "../../src/core/errors.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { clerkError, fakeFetch, json } from "../helpers/fakeFetch.js";
import { SECRET_KEY, testCore, userJson } from "../helpers/fixtures.js";

/** A fetch that records the input form and init of every attempt, then answers from `answers`. */
function recordingFetch(answers: (() => Response)[]) {
  const seen: { input: "url" | "request"; url: string; method: string; redirect: unknown; signal: unknown; auth: string | null }[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const isRequest = input instanceof Request;
    const headers = new Headers(isRequest ? input.headers : init?.headers);
    seen.push({
      input: isRequest ? "request" : "url",
      url: isRequest ? input.url : String(input),
      method: (isRequest ? input.method : init?.method) ?? "GET",
      redirect: init?.redirect,
      signal: init?.signal,
      auth: headers.get("authorization"),
    });
    return answers[Math.min(seen.length - 1, answers.length - 1)]!();
  }) as typeof fetch;
  return { fetchFn, seen };
}

const ok = (): Response => Response.json([userJson()]);
const unavailable = (): Response => Response.json({ errors: [{ code: "unavailable", message: "down" }] }, { status: 503 });

describe("the first attempt", () => {
  test("is one fetch of the URL with method, headers, clerk-fn's signal and redirect: manual", async () => {
    const { fetchFn, seen } = recordingFetch([ok]);
    const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: fetchFn });
    const res = await usersList(core, { limit: 3 });
    expect(res.ok).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ input: "url", url: "https://api.clerk.com/v1/users?limit=3", method: "GET", redirect: "manual", auth: `Bearer ${SECRET_KEY}` });
    expect(seen[0]!.signal).toBeInstanceOf(AbortSignal);
  });

  test("a retried call goes on through ky with the same URL, headers, signal and redirect policy", async () => {
    const { fetchFn, seen } = recordingFetch([unavailable, unavailable, ok]);
    const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: fetchFn, retry: { initialDelayMs: 1, maxDelayMs: 2 } });
    const res = await usersList(core, { limit: 3 });
    expect(res.ok).toBe(true);
    expect(seen.map((s) => s.input)).toEqual(["url", "request", "request"]);
    for (const attempt of seen) expect(attempt).toMatchObject({ url: "https://api.clerk.com/v1/users?limit=3", method: "GET", redirect: "manual", auth: `Bearer ${SECRET_KEY}` });
  });

  test("the retry limit counts the first attempt: limit 2 means 3 attempts in all, then the last answer", async () => {
    const fake = fakeFetch([clerkError(503, [{ code: "x", message: "down" }]), clerkError(503, [{ code: "x", message: "down" }]), clerkError(503, [{ code: "x", message: "down" }]), json(userJson())]);
    const res = await usersGet(testCore(fake), { user_id: "user_1" });
    expect(fake.calls).toHaveLength(3);
    expect(!res.ok && res.error.kind === "api" && res.error.status).toBe(503);
  });

  test("limit 1: one retry, and the backoff of the retry after the first attempt grows from initialDelayMs", async () => {
    const fake = fakeFetch([clerkError(503, [{ code: "x", message: "down" }]), clerkError(503, [{ code: "x", message: "down" }]), json(userJson())]);
    const res = await usersGet(testCore(fake, { retry: { limit: 1, initialDelayMs: 1, maxDelayMs: 2 } }), { user_id: "user_1" });
    expect(fake.calls).toHaveLength(2);
    expect(res.ok).toBe(false);
  });

  test("a beforeRequest hook sees a Request on the first attempt too, and its Request is what is sent", async () => {
    const { fetchFn, seen } = recordingFetch([ok]);
    const core = new ClerkCore({
      secretKey: SECRET_KEY,
      fetch: fetchFn,
      hooks: { beforeRequest: (request) => (request.headers.set("x-trace", "t1"), request) },
    });
    const res = await usersList(core);
    expect(res.ok).toBe(true);
    expect(seen[0]!.input).toBe("request");
    expect(seen[0]!.redirect).toBe("manual");
  });

  test("a POST answered 503 is not retried (not idempotent): one attempt, the 503 returned", async () => {
    const { fetchFn, seen } = recordingFetch([unavailable, ok]);
    const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: fetchFn, retry: { initialDelayMs: 1 } });
    const { usersCreate } = await import("../../src/funcs/usersCreate.js");
    const res = await usersCreate(core, { email_address: ["a@b.co"] });
    expect(seen).toHaveLength(1);
    expect(!res.ok && res.error.kind === "api" && res.error.status).toBe(503);
  });
});

describe("tolerant decoding with nobody told of drift", () => {
  const drifted = (): Response => Response.json([{ ...userJson(), first_name: 42 }]);

  test("returns the answer as sent, as when drift is told", async () => {
    const told: Issue[][] = [];
    const quiet = new ClerkCore({ secretKey: SECRET_KEY, fetch: (async () => drifted()) as typeof fetch });
    const observed = new ClerkCore({ secretKey: SECRET_KEY, fetch: (async () => drifted()) as typeof fetch, hooks: { onDrift: (issues) => void told.push([...issues]) } });
    const a = await usersList(quiet);
    const b = await usersList(observed);
    expect(a.ok && b.ok && a.value).toEqual(b.ok && b.value);
    expect(told.flat().map((i) => i.path.join("."))).toEqual(["0.first_name"]);
  });

  test("still fails a call whose answer is not even the documented kind at the top", async () => {
    const quiet = new ClerkCore({ secretKey: SECRET_KEY, fetch: (async () => Response.json({ not: "a list" })) as typeof fetch });
    const res = await usersList(quiet);
    expect(!res.ok && res.error.kind).toBe("response-validation");
    expect(!res.ok && res.error.message).toContain("expected array, received object");
  });
});

describe("a redirect answer", () => {
  test("names where it pointed without the query, fragment or credentials; the headers keep the whole Location", async () => {
    const location = "https://user:pw@elsewhere.example/login?token=abc123&email=a%40b.co#frag";
    const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: (async () => new Response(null, { status: 302, headers: { location } })) as typeof fetch });
    const res = await usersGet(core, { user_id: "user_1" });
    if (res.ok || res.error.kind !== "api") throw new Error("expected an api error");
    expect(res.error.message).toBe("API error 302: redirect to https://elsewhere.example/login not followed");
    expect(res.error.message).not.toMatch(/abc123|a%40b|pw|frag/);
    expect(res.error.headers.get("location")).toBe(location);
  });
});

describe("a hook that throws what it was given", () => {
  test("a beforeRequest hook throwing the Request, or a message quoting its Authorization, leaks no key", async () => {
    const { inspect } = await import("node:util");
    const throwers: ((request: Request) => never)[] = [
      (request) => {
        throw request;
      },
      (request) => {
        throw new Error(`refused: ${request.headers.get("authorization")}`);
      },
      (request) => {
        throw new Error("wrapped", { cause: new Error(`key ${SECRET_KEY}`) });
      },
    ];
    for (const beforeRequest of throwers) {
      const core = new ClerkCore({ secretKey: SECRET_KEY, fetch: (async () => ok()) as typeof fetch, hooks: { beforeRequest } });
      const res = await usersList(core);
      if (res.ok || res.error.kind !== "hook") throw new Error("expected a hook error");
      const printed = inspect(res.error, { depth: 10 }) + JSON.stringify(res.error) + String(res.error.cause);
      expect(printed).not.toContain(SECRET_KEY.slice(8));
    }
  });
});
