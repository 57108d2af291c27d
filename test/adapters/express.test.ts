// clerk-fn/node with a real Express 5 server on loopback, tokens from the emulator.
import { createServer, type Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { clerkMiddleware, getAuth, requireAuth, toFetchRequest, toNodeHandler } from "../../src/node/index.js";
import { close, fixture, listen, ORG_ID, ORIGIN, sessionCookies, signedUserCreated, webhookEndpoint, userOf } from "./helpers.js";

const f = fixture();
const { hook, handled, failNext } = webhookEndpoint(f);
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(clerkMiddleware(f.core, { authorizedParties: [ORIGIN], acceptsToken: ["session_token", "api_key", "m2m_token"] }));
  // A middleware of someone else's that writes the names auth libraries use.
  app.use((req, res, next) => {
    (req as unknown as { auth: unknown }).auth = { userId: "user_admin" };
    try {
      res.locals.clerkAuth = { isAuthenticated: true, userId: "user_admin" };
    } catch {
      // Read-only: the write fails in strict mode, which is the point.
    }
    next();
  });
  app.get("/whoami", (req, res) => {
    res.json({ auth: getAuth(req), sameOnLocals: res.locals.clerkAuth === getAuth(req), frozen: Object.isFrozen(getAuth(req)) });
  });
  app.get("/private", requireAuth(), (req, res) => res.json({ userId: userOf(getAuth(req)) }));
  app.get("/page", requireAuth({ redirectTo: (req) => `/sign-in?redirect_url=${encodeURIComponent(req.url ?? "")}` }), (_req, res) => res.send("page"));
  app.get("/admin", requireAuth({ authorize: (auth) => auth.tokenType === "session_token" && auth.orgRole === "org:admin" }), (_req, res) => res.send("admin"));
  app.get("/api/data", requireAuth({ acceptsToken: ["api_key", "m2m_token"] }), (req, res) => res.json({ tokenType: getAuth(req)?.tokenType }));
  app.get("/url", (req, res) => {
    const r = toFetchRequest(req, { trustProxy: req.query.trust === "1" });
    res.json(r.ok ? { url: r.value.url } : { error: r.error.reason });
  });
  app.post("/webhooks/clerk", toNodeHandler(hook));
  app.post("/webhooks/raw", express.raw({ type: "application/json" }), toNodeHandler(hook));
  app.post("/webhooks/parsed", express.json(), toNodeHandler(hook));
  server = createServer(app);
  base = await listen(server);
});
afterAll(() => close(server));

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers, redirect: "manual" });

describe("clerkMiddleware + getAuth", () => {
  test("a session token as Bearer: signed in, the user and session, frozen, also on res.locals", async () => {
    const token = await f.sessionToken();
    const body = await (await get("/whoami", { authorization: `Bearer ${token}` })).json();
    expect(body.auth).toMatchObject({ isAuthenticated: true, reason: null, tokenType: "session_token", userId: "user_ada", orgId: null });
    expect(body.auth.sessionId).toMatch(/^sess_/);
    expect(body.sameOnLocals).toBe(true);
    expect(body.frozen).toBe(true);
  });

  test("a session token as the __session cookie (with __client_uat), with its organization", async () => {
    const token = await f.sessionToken({ orgId: ORG_ID });
    const body = await (await get("/whoami", { cookie: sessionCookies(token) })).json();
    expect(body.auth).toMatchObject({ isAuthenticated: true, userId: "user_ada", orgId: ORG_ID, orgRole: "org:admin" });
  });

  test("no token: signed out with the reason; a middleware writing req.auth / res.locals.clerkAuth changes nothing", async () => {
    const body = await (await get("/whoami")).json();
    expect(body.auth).toMatchObject({ isAuthenticated: false, reason: "session-token-missing", userId: null });
    expect(body.sameOnLocals).toBe(true);
  });

  test("a token from another origin (azp) and a garbage token are signed out", async () => {
    const other = await f.emulator.createSessionToken({ userId: "user_ada", azp: "https://evil.example.com" });
    expect((await (await get("/whoami", { authorization: `Bearer ${other}` })).json()).auth).toMatchObject({
      isAuthenticated: false,
      reason: "token-invalid-authorized-parties",
    });
    expect((await (await get("/whoami", { authorization: "Bearer not.a.jwt" })).json()).auth.isAuthenticated).toBe(false);
  });

  test("machine tokens: an opaque API key verified through the API, and M2M tokens (opaque through the API, JWT locally)", async () => {
    const apiKey = await f.apiKey();
    const key = (await (await get("/whoami", { authorization: `Bearer ${apiKey.secret}` })).json()).auth;
    expect(key).toMatchObject({ isAuthenticated: true, tokenType: "api_key", id: apiKey.id, subject: "user_ada", userId: "user_ada", scopes: ["read"] });
    const unknown = (await (await get("/whoami", { authorization: "Bearer ak_unknown_key" })).json()).auth;
    expect(unknown).toMatchObject({ isAuthenticated: false, tokenType: "api_key", reason: "token-invalid" });
    const machineId = f.emulator.machineId;
    for (const format of ["opaque", "jwt"] as const) {
      const m2m = (await (await get("/whoami", { authorization: `Bearer ${await f.m2mToken(format)}` })).json()).auth;
      expect(m2m).toMatchObject({ isAuthenticated: true, tokenType: "m2m_token", subject: machineId, machineId, claims: { job: "nightly" } });
    }
    const forged = (await (await get("/whoami", { authorization: "Bearer mt_0123456789abcdef0123456789abcdef" })).json()).auth;
    expect(forged).toMatchObject({ isAuthenticated: false, tokenType: "m2m_token", reason: "token-invalid" });
  });
});

describe("requireAuth", () => {
  test("signed in passes; signed out is 401 JSON with the reason and WWW-Authenticate", async () => {
    const ok = await get("/private", { authorization: `Bearer ${await f.sessionToken()}` });
    expect([ok.status, await ok.json()]).toEqual([200, { userId: "user_ada" }]);
    const denied = await get("/private");
    expect(denied.status).toBe(401);
    expect(denied.headers.get("www-authenticate")).toBe("Bearer");
    expect(await denied.json()).toEqual({ error: "unauthenticated", reason: "session-token-missing" });
  });

  test("redirectTo: a signed-out request is sent to the sign-in page (302)", async () => {
    const res = await get("/page?x=1");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/sign-in?redirect_url=%2Fpage%3Fx%3D1");
    expect((await get("/page", { authorization: `Bearer ${await f.sessionToken()}` })).status).toBe(200);
  });

  test("authorize: signed in without the role is 403; with it, 200", async () => {
    const member = await f.emulator.createSessionToken({ userId: "user_bob", azp: ORIGIN, orgId: ORG_ID });
    const admin = await f.sessionToken({ orgId: ORG_ID });
    expect((await get("/admin", { authorization: `Bearer ${member}` })).status).toBe(403);
    expect((await get("/admin", { authorization: `Bearer ${admin}` })).status).toBe(200);
    expect((await get("/admin")).status).toBe(401);
  });

  test("acceptsToken narrows what a route takes: a session on a machine-only route is 401 token-type-mismatch", async () => {
    const session = await get("/api/data", { authorization: `Bearer ${await f.sessionToken()}` });
    expect([session.status, await session.json()]).toEqual([401, { error: "unauthenticated", reason: "token-type-mismatch" }]);
    const key = await get("/api/data", { authorization: `Bearer ${(await f.apiKey()).secret}` });
    expect([key.status, await key.json()]).toEqual([200, { tokenType: "api_key" }]);
    const m2m = await get("/api/data", { authorization: `Bearer ${await f.m2mToken()}` });
    expect([m2m.status, await m2m.json()]).toEqual([200, { tokenType: "m2m_token" }]);
  });

  test("without clerkMiddleware in front, requireAuth fails closed (500), even if req.auth is set", async () => {
    const app = express();
    app.use((req, _res, next) => ((req as unknown as { auth: unknown }).auth = { userId: "user_admin", isAuthenticated: true }, next()));
    app.get("/private", requireAuth(), (_req, res) => res.send("leaked"));
    const s = createServer(app);
    const url = await listen(s);
    const res = await fetch(`${url}/private`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: "clerk_middleware_missing" });
    await close(s);
  });
});

describe("the request URL", () => {
  test("without trustProxy X-Forwarded-* are ignored; with it they set scheme and host", async () => {
    const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "app.example.com" };
    const plain = await (await get("/url?a=1", headers)).json();
    expect(plain.url).toBe(`${base}/url?a=1`);
    const trusted = await (await get("/url?a=1&trust=1", headers)).json();
    expect(trusted.url).toBe("https://app.example.com/url?a=1&trust=1");
    const chain = await (await get("/url?trust=1", { "x-forwarded-proto": "https, http", "x-forwarded-host": "app.example.com, proxy.internal" })).json();
    expect(chain.url).toBe("https://app.example.com/url?trust=1");
  });
});

describe("webhooks through toNodeHandler", () => {
  test("a signed user.created reaches the typed handler; the redelivery is a duplicate", async () => {
    const { payload, headers } = await signedUserCreated(f.emulator, f.core);
    const before = handled.length;
    const res = await fetch(`${base}/webhooks/clerk`, { method: "POST", body: payload, headers });
    expect([res.status, await res.json()]).toEqual([200, { received: true }]);
    expect(handled.slice(before)).toEqual([JSON.parse(payload).data.id]);
    const again = await fetch(`${base}/webhooks/clerk`, { method: "POST", body: payload, headers });
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(handled.length).toBe(before + 1);
  });

  test("a failing handler is 500, then Svix's retry of the same message is 200", async () => {
    const { payload, headers } = await signedUserCreated(f.emulator, f.core);
    failNext(1);
    const first = await fetch(`${base}/webhooks/clerk`, { method: "POST", body: payload, headers });
    expect(first.status).toBe(500);
    const retry = await fetch(`${base}/webhooks/clerk`, { method: "POST", body: payload, headers });
    expect(retry.status).toBe(200);
    expect(handled.at(-1)).toBe(JSON.parse(payload).data.id);
  });

  test("behind express.raw() the Buffer it left is verified", async () => {
    const { payload, headers } = await signedUserCreated(f.emulator, f.core);
    const res = await fetch(`${base}/webhooks/raw`, { method: "POST", body: payload, headers });
    expect(res.status).toBe(200);
  });

  test("behind express.json() the answer says the raw body is gone and how to mount the route", async () => {
    const { payload, headers } = await signedUserCreated(f.emulator, f.core);
    const res = await fetch(`${base}/webhooks/parsed`, { method: "POST", body: payload, headers });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error).toBe("body-parsed");
    expect(body.message).toContain("express.raw");
  });

  test("a tampered body is 400", async () => {
    const { payload, headers } = await signedUserCreated(f.emulator, f.core);
    const res = await fetch(`${base}/webhooks/clerk`, { method: "POST", body: payload.replace("New", "Evil"), headers });
    expect([res.status, await res.json()]).toEqual([400, { error: "no-matching-signature" }]);
  });
});
