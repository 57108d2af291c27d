// clerk-fn/hono with a real Hono app, served on loopback by @hono/node-server (and once through
// app.fetch directly), tokens from the emulator.
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { clerkMiddleware, getAuth, requireAuth, type ClerkEnv } from "../../src/hono/index.js";
import { fixture, ORG_ID, ORIGIN, sessionCookies, signedUserCreated, webhookEndpoint, expectGuards, userOf } from "./helpers.js";

const f = fixture();
let server: ServerType;
let base: string;
const { hook, handled, failNext } = webhookEndpoint(f);

const app = new Hono<ClerkEnv>();
app.use(clerkMiddleware(f.core, { authorizedParties: [ORIGIN], acceptsToken: ["session_token", "api_key", "m2m_token"] }));
// Someone else's middleware that overwrites the variable: getAuth and requireAuth are not fooled.
app.use("/spoofed/*", async (c, next) => {
  c.set("clerkAuth", { ...c.get("clerkAuth"), isAuthenticated: true, userId: "user_admin" } as never);
  await next();
});
app.get("/whoami", (c) => c.json({ auth: c.get("clerkAuth"), same: c.get("clerkAuth") === getAuth(c), frozen: Object.isFrozen(c.get("clerkAuth")) }));
app.get("/private", requireAuth(), (c) => c.json({ userId: userOf(c.get("clerkAuth")) }));
app.get("/spoofed/private", requireAuth(), (c) => c.json({ userId: userOf(getAuth(c)) }));
app.get("/page", requireAuth({ redirectTo: (c) => `/sign-in?redirect_url=${encodeURIComponent(new URL(c.req.url).pathname)}` }), (c) => c.text("page"));
app.get("/admin", requireAuth({ authorize: (a) => a.tokenType === "session_token" && a.orgRole === "org:admin" }), (c) => c.text("admin"));
app.post("/webhooks/clerk", (c) => hook(c.req.raw));

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers, redirect: "manual" });

describe("clerkMiddleware", () => {
  test("Bearer session token: c.get('clerkAuth') is the frozen auth object getAuth returns", async () => {
    const body = await (await get("/whoami", { authorization: `Bearer ${await f.sessionToken()}` })).json();
    expect(body.auth).toMatchObject({ isAuthenticated: true, tokenType: "session_token", userId: "user_ada" });
    expect([body.same, body.frozen]).toEqual([true, true]);
  });

  test("__session cookie with an organization", async () => {
    const body = await (await get("/whoami", { cookie: sessionCookies(await f.sessionToken({ orgId: ORG_ID })) })).json();
    expect(body.auth).toMatchObject({ isAuthenticated: true, orgId: ORG_ID, orgRole: "org:admin" });
  });

  test("signed out: no token, and a stale cookie (__client_uat newer than the token)", async () => {
    expect((await (await get("/whoami")).json()).auth).toMatchObject({ isAuthenticated: false, reason: "session-token-missing" });
    const token = await f.sessionToken();
    const stale = `__client_uat=${Math.floor(Date.now() / 1000) + 100}; __session=${token}`;
    expect((await (await get("/whoami", { cookie: stale })).json()).auth).toMatchObject({ isAuthenticated: false, reason: "session-token-iat-before-client-uat" });
  });

  test("machine tokens: API key and M2M tokens (opaque and JWT); an API key is never read from a cookie", async () => {
    const apiKey = await f.apiKey();
    expect((await (await get("/whoami", { authorization: `Bearer ${apiKey.secret}` })).json()).auth).toMatchObject({ isAuthenticated: true, tokenType: "api_key", id: apiKey.id });
    for (const format of ["opaque", "jwt"] as const) {
      expect((await (await get("/whoami", { authorization: `Bearer ${await f.m2mToken(format)}` })).json()).auth).toMatchObject({ isAuthenticated: true, tokenType: "m2m_token", machineId: f.emulator.machineId });
    }
    expect((await (await get("/whoami", { cookie: `__client_uat=1; __session=${apiKey.secret}` })).json()).auth.isAuthenticated).toBe(false);
  });

  test("works through app.fetch without a server (edge runtimes)", async () => {
    const res = await app.fetch(new Request("https://app.example.com/private", { headers: { authorization: `Bearer ${await f.sessionToken()}` } }));
    expect(await res.json()).toEqual({ userId: "user_ada" });
  });
});

describe("requireAuth", () => {
  test("401 with the reason, 200 signed in, 302 with redirectTo, 403 without the role", async () => {
    await expectGuards(f, get, "/sign-in?redirect_url=%2Fpage");
  });

  test("a middleware that c.set()s a signed-in clerkAuth does not get a signed-out request through", async () => {
    const res = await get("/spoofed/private");
    expect(res.status).toBe(401);
  });

  test("getAuth of something that is not a context is undefined, not a throw", () => {
    for (const bad of [undefined, null, {}, { req: null }] as unknown[]) expect(getAuth(bad as never)).toBeUndefined();
  });

  test("without clerkMiddleware: 500, fail closed", async () => {
    const bare = new Hono<ClerkEnv>();
    bare.get("/", requireAuth(), (c) => c.text("leaked"));
    const res = await bare.fetch(new Request("http://localhost/"));
    expect(res.status).toBe(500);
  });
});

describe("webhooks", () => {
  test("round trip through c.req.raw: 200, duplicate, 500 then the retry 200", async () => {
    const post = (d: { payload: string; headers: Record<string, string> }) => fetch(`${base}/webhooks/clerk`, { method: "POST", body: d.payload, headers: d.headers });
    const one = await signedUserCreated(f.emulator, f.core);
    expect(await (await post(one)).json()).toEqual({ received: true });
    expect(await (await post(one)).json()).toEqual({ received: true, duplicate: true });
    const two = await signedUserCreated(f.emulator, f.core);
    failNext(1);
    expect((await post(two)).status).toBe(500);
    expect((await post(two)).status).toBe(200);
    expect(handled).toEqual([JSON.parse(one.payload).data.id, JSON.parse(two.payload).data.id]);
  });
});
