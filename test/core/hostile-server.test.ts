// A real node:http server on 127.0.0.1 that misbehaves on purpose. Every fault must come back as a
// typed error, within a bounded time, through Node's own fetch (no fake in between).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ClerkCore } from "../../src/core/core.js";
import type { ClerkCoreOptions } from "../../src/core/options.js";
import { request } from "../../src/core/request.js";
import { usersCreate } from "../../src/funcs/usersCreate.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersList } from "../../src/funcs/usersList.js";
import { SECRET_KEY, userJson } from "../helpers/fixtures.js";
import { gzipBomb, sendHuge } from "../helpers/hostile.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const hits = new Map<string, number>();
let other: { server: Server; url: string; bodies: string[] };
let base = "";
let server: Server;

const BIG = 4 * 1024 * 1024;
const bomb = gzipBomb;

const routes: Record<string, Handler> = {
  "/v1/users/ok": (_, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(userJson())),
  "/v1/users/reset": (req) => req.socket.destroy(),
  "/v1/users/stall-after-headers": (_, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.flushHeaders();
  },
  "/v1/users/headers-then-hang": (_, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write('{"id":"user_1","object":"us');
  },
  "/v1/users/drip": (_, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    const timer = setInterval(() => (res.writableEnded ? clearInterval(timer) : res.write(" ")), 20);
    res.on("close", () => clearInterval(timer));
  },
  "/v1/users/late-drip": (_, res) => {
    setTimeout(() => routes["/v1/users/drip"]!(_, res), 150);
  },
  "/v1/users/truncated": (req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "5000" });
    res.write(JSON.stringify(userJson()).slice(0, 100));
    setTimeout(() => req.socket.destroy(), 10);
  },
  "/v1/users/truncated-json": (_, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"id":"user_1","first_na'),
  "/v1/users/html-502": (_, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html><body><h1>502 Bad Gateway</h1></body></html>"),
  "/v1/users/huge": (_, res) => sendHuge(res),
  "/v1/users/gzip-bomb": (_, res) => res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(bomb),
  "/v1/users/redirect-elsewhere": (_, res) => res.writeHead(307, { location: `${other.url}/v1/users/ok` }).end(),
  "/v1/users/redirect-same-origin": (_, res) => res.writeHead(302, { location: "/v1/users/ok" }).end(),
  "/v1/users": (req, res) => {
    // POST /users (usersCreate) is redirected to the other origin with 307, which keeps the body.
    if (req.method === "POST") return void res.writeHead(307, { location: `${other.url}/v1/users` }).end();
    res.writeHead(200, { "content-type": "application/json" }).end("[]");
  },
  "/v1/users/429-soon": (_, res) => res.writeHead(429, { "retry-after": "soon", "content-type": "application/json" }).end('{"errors":[]}'),
  "/v1/users/429-day": (_, res) => res.writeHead(429, { "retry-after": "86400", "content-type": "application/json" }).end('{"errors":[]}'),
  "/v1/users/503-date": (_, res) => res.writeHead(503, { "retry-after": "Wed, 21 Oct 2099 07:28:00 GMT" }).end(),
};

function listen(handler: Handler): Promise<{ server: Server; url: string }> {
  const s = createServer(handler);
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve({ server: s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}` })));
}

beforeAll(async () => {
  const bodies: string[] = [];
  other = {
    ...(await listen((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        bodies.push(`${req.method} ${req.url} ${body}`);
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(userJson()));
      });
    })),
    bodies,
  };
  ({ server, url: base } = await listen((req, res) => {
    const path = (req.url ?? "").split("?")[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    (routes[path] ?? ((_, r) => r.writeHead(404).end()))(req, res);
  }));
});

afterAll(() => {
  server.closeAllConnections();
  other.server.closeAllConnections();
  server.close();
  other.server.close();
});

const core = (options: Omit<ClerkCoreOptions, "serverURL" | "secretKey"> = {}): ClerkCore =>
  new ClerkCore({ secretKey: SECRET_KEY, serverURL: `${base}/v1`, retry: { initialDelayMs: 1, maxDelayMs: 5 }, timeoutMs: 500, ...options });

/** Runs a call, asserting it settles within `ms`. */
async function within<T>(ms: number, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const out = await run();
  expect(performance.now() - started).toBeLessThan(ms);
  return out;
}

describe("a hostile loopback server", () => {
  test("the loopback server answers a well-behaved call (the baseline)", async () => {
    const res = await usersGet(core(), { user_id: "ok" });
    expect(res.ok && res.value.id).toBe("user_2abc");
  });

  test("a reset connection is a connection error naming method, host and code", async () => {
    const res = await within(3000, () => usersGet(core(), { user_id: "reset" }));
    if (res.ok || res.error.kind !== "connection") throw new Error(`expected connection, got ${JSON.stringify(res)}`);
    expect(res.error.message).toMatch(new RegExp(`^GET 127\\.0\\.0\\.1:\\d+ failed: (UND_ERR_SOCKET|ECONNRESET)`));
    expect(hits.get("/v1/users/reset")).toBe(3); // retried: a GET on a network error
    expect(String(res.error.cause)).not.toContain(SECRET_KEY);
  });

  test("headers, then nothing: an attempt timeout, not a hang", async () => {
    const res = await within(2000, () => usersGet(core({ timeoutMs: 150, retry: false }), { user_id: "stall-after-headers" }));
    expect(!res.ok && res.error.kind === "timeout" && res.error.scope).toBe("attempt");
  });

  test("headers and half a body, then nothing: an attempt timeout", async () => {
    const res = await within(2000, () => usersGet(core({ timeoutMs: 150, retry: false }), { user_id: "headers-then-hang" }));
    expect(!res.ok && res.error.kind === "timeout" && res.error.scope).toBe("attempt");
  });

  test("a slow drip of bytes is cut at timeoutMs for the whole attempt, not per chunk", async () => {
    const started = performance.now();
    const res = await usersGet(core({ timeoutMs: 200, retry: false }), { user_id: "drip" });
    const elapsed = performance.now() - started;
    expect(!res.ok && res.error.kind === "timeout" && res.error.scope).toBe("attempt");
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(390); // never 2 × timeoutMs
  });

  test("headers late, then a drip: one attempt never outlives timeoutMs (it does not restart at the headers)", async () => {
    const started = performance.now();
    const res = await usersGet(core({ timeoutMs: 200, retry: false }), { user_id: "late-drip" });
    expect(!res.ok && res.error.kind === "timeout" && res.error.scope).toBe("attempt");
    expect(performance.now() - started).toBeLessThan(300);
  });

  test("the total budget ends a dripping call too", async () => {
    const res = await within(2000, () => usersGet(core({ timeoutMs: false, totalTimeoutMs: 150 }), { user_id: "drip" }));
    expect(!res.ok && res.error.kind === "timeout" && res.error.scope).toBe("total");
  });

  test("a body cut short of its Content-Length is a connection error", async () => {
    const res = await within(3000, () => usersGet(core({ retry: false }), { user_id: "truncated" }));
    expect(!res.ok && res.error.kind).toBe("connection");
  });

  test("truncated JSON in a complete body is response-validation with the raw text", async () => {
    const res = await within(2000, () => usersGet(core(), { user_id: "truncated-json" }));
    if (res.ok || res.error.kind !== "response-validation") throw new Error("expected response-validation");
    expect(res.error.body).toBe('{"id":"user_1","first_na');
  });

  test("an HTML 502 page is an api error with the page kept, after the retries", async () => {
    const res = await within(3000, () => usersGet(core(), { user_id: "html-502" }));
    if (res.ok || res.error.kind !== "api") throw new Error("expected api");
    expect(res.error.status).toBe(502);
    expect(res.error.errors).toEqual([]);
    expect(res.error.body).toContain("502 Bad Gateway");
    expect(hits.get("/v1/users/html-502")).toBe(3);
  });

  test("a 64 MB body stops at maxResponseBytes, keeping only what was read up to it", async () => {
    const res = await within(8000, () => usersGet(core({ maxResponseBytes: BIG, timeoutMs: 8000 }), { user_id: "huge" }));
    if (res.ok || res.error.kind !== "response-too-large") throw new Error(`expected response-too-large, got ${res.ok || res.error.kind + " " + res.error.message}`);
    expect(res.error.limit).toBe(BIG);
    expect(res.error.body.length).toBe(BIG);
    expect(res.error.status).toBe(200);
  });

  test("a gzip bomb (64 KB → 64 MB) is counted after inflating and stopped the same way", async () => {
    expect(bomb.length).toBeLessThan(BIG);
    const res = await within(8000, () => usersGet(core({ maxResponseBytes: BIG, timeoutMs: 8000 }), { user_id: "gzip-bomb" }));
    if (res.ok || res.error.kind !== "response-too-large") throw new Error("expected response-too-large");
    expect(res.error.body.length).toBe(BIG);
  });

  test("the default maxResponseBytes (16 MiB) stops the 64 MB body", async () => {
    const res = await within(10000, () => usersGet(core({ timeoutMs: 10000 }), { user_id: "huge" }));
    expect(!res.ok && res.error.kind === "response-too-large" && res.error.limit).toBe(16 * 1024 * 1024);
  });

  test("a redirect to another origin is not followed: an api error with the Location", async () => {
    const res = await within(2000, () => usersGet(core(), { user_id: "redirect-elsewhere" }));
    if (res.ok || res.error.kind !== "api") throw new Error("expected api");
    expect(res.error.status).toBe(307);
    expect(res.error.message).toBe(`API error 307: redirect to ${other.url}/v1/users/ok not followed`);
    expect(other.bodies).toEqual([]);
  });

  test("a 307 on a POST never re-sends the body (a password) to the other origin", async () => {
    const res = await within(2000, () => usersCreate(core(), { first_name: "Ada", password: "correct horse battery staple" }));
    expect(!res.ok && res.error.kind === "api" && res.error.status).toBe(307);
    expect(other.bodies).toEqual([]);
  });

  test("a same-origin redirect is not followed either (the Backend API never redirects)", async () => {
    const res = await usersGet(core(), { user_id: "redirect-same-origin" });
    expect(!res.ok && res.error.kind === "api" && res.error.status).toBe(302);
  });

  test("429 with Retry-After: soon retries with the normal backoff, then returns the 429", async () => {
    const res = await within(2000, () => usersGet(core(), { user_id: "429-soon" }));
    expect(!res.ok && res.error.kind === "api" && res.error.status).toBe(429);
    expect(hits.get("/v1/users/429-soon")).toBe(3);
  });

  test("429 with Retry-After: 86400 comes back at once with retryAfterMs", async () => {
    const res = await within(1000, () => usersGet(core(), { user_id: "429-day" }));
    expect(!res.ok && res.error.kind === "api" && res.error.retryAfterMs).toBe(86_400_000);
    expect(hits.get("/v1/users/429-day")).toBe(1);
  });

  test("503 with a Retry-After date decades away comes back at once", async () => {
    const res = await within(1000, () => usersGet(core(), { user_id: "503-date" }));
    expect(!res.ok && res.error.kind === "api" && res.error.status).toBe(503);
    expect(hits.get("/v1/users/503-date")).toBe(1);
  });

  test("request() reaches an endpoint through the same pipeline, and refuses absolute URLs", async () => {
    const ok = await request(core(), { method: "GET", path: "/users", query: { limit: 5 } });
    expect(ok.ok && ok.value).toEqual([]);
    const text = await request(core(), { method: "GET", path: "/users/html-502", response: "text" }, { retry: false });
    expect(!text.ok && text.error.kind).toBe("api");
    for (const path of [`${other.url}/v1/users`, "//127.0.0.1/x", "/users/../admin", "users", "/users?x=1", "/users#x", "/users/ a"]) {
      const res = await request(core(), { method: "GET", path });
      expect(!res.ok && res.error.kind).toBe("invalid-request");
    }
    expect(other.bodies).toEqual([]);
  });

  test("usersList against the loopback server encodes and decodes a real page", async () => {
    const res = await usersList(core(), { limit: 10 });
    expect(res.ok && res.value).toEqual([]);
  });
});
