// clerk-fn/node with a real Fastify 5 server on loopback: the plugin, the hook, the guard, the
// request conversion and a webhook route with a buffer body parser.
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { clerkHook, clerkPlugin, fastifyRequireAuth, getAuth, readRawBody, toFetchRequest, type ClerkAuth } from "../../src/node/index.js";
import { fixture, ORG_ID, ORIGIN, sessionCookies, signedUserCreated, webhookEndpoint, expectGuards, userOf } from "./helpers.js";

const f = fixture();
let app: FastifyInstance;
let base: string;
const { hook, handled, failNext } = webhookEndpoint(f);

beforeAll(async () => {
  app = Fastify();
  await app.register(clerkPlugin, { core: f.core, authorizedParties: [ORIGIN], acceptsToken: ["session_token", "api_key", "m2m_token"] });
  app.get("/whoami", async (request) => ({
    auth: getAuth(request),
    decorated: (request as unknown as { clerkAuth: ClerkAuth }).clerkAuth === getAuth(request),
  }));
  app.get("/private", { preHandler: fastifyRequireAuth() }, async (request) => ({ userId: userOf(getAuth(request)) }));
  app.get("/admin", { preHandler: fastifyRequireAuth({ authorize: (a) => a.tokenType === "session_token" && a.orgRole === "org:admin" }) }, async () => "admin");
  app.get("/page", { preHandler: fastifyRequireAuth({ redirectTo: "/sign-in" }) }, async () => "page");
  app.get("/url", async (request) => {
    const r = toFetchRequest(request, { trustProxy: (request.query as { trust?: string }).trust === "1" });
    return r.ok ? { url: r.value.url, method: r.value.method } : { error: r.error.reason };
  });
  // Webhooks: a scoped content-type parser that keeps the raw bytes, as the README shows.
  await app.register(async (scope) => {
    scope.addContentTypeParser("application/json", { parseAs: "buffer" }, (_req, body, done) => done(null, body));
    scope.post("/webhooks/clerk", async (request, reply) => {
      const converted = toFetchRequest(request);
      if (!converted.ok) return reply.code(500).send({ error: converted.error.reason });
      const response = await hook(converted.value);
      return reply.code(response.status).header("content-type", "application/json").send(await response.text());
    });
  });
  // The default JSON parser consumed the body: readRawBody says so.
  app.post("/parsed", async (request) => {
    const raw = await readRawBody(request);
    return raw.ok ? { length: raw.value.length } : { error: raw.error.reason };
  });
  base = await app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(() => app.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers, redirect: "manual" });

describe("clerkPlugin", () => {
  test("signed in with a Bearer session token; request.clerkAuth is the same frozen object", async () => {
    const body = await (await get("/whoami", { authorization: `Bearer ${await f.sessionToken()}` })).json();
    expect(body.auth).toMatchObject({ isAuthenticated: true, tokenType: "session_token", userId: "user_ada" });
    expect(body.decorated).toBe(true);
  });

  test("signed in with the __session cookie and an organization", async () => {
    const body = await (await get("/whoami", { cookie: sessionCookies(await f.sessionToken({ orgId: ORG_ID })) })).json();
    expect(body.auth).toMatchObject({ isAuthenticated: true, userId: "user_ada", orgId: ORG_ID, orgRole: "org:admin" });
  });

  test("signed out without a token, and with an expired-looking garbage one", async () => {
    expect((await (await get("/whoami")).json()).auth).toMatchObject({ isAuthenticated: false, reason: "session-token-missing" });
    expect((await (await get("/whoami", { authorization: "Bearer eyJ.eyJ.sig" })).json()).auth.isAuthenticated).toBe(false);
  });

  test("machine tokens: API key and M2M tokens (opaque and JWT)", async () => {
    const apiKey = await f.apiKey();
    expect((await (await get("/whoami", { authorization: `Bearer ${apiKey.secret}` })).json()).auth).toMatchObject({ isAuthenticated: true, tokenType: "api_key", id: apiKey.id, userId: "user_ada" });
    for (const format of ["opaque", "jwt"] as const) {
      expect((await (await get("/whoami", { authorization: `Bearer ${await f.m2mToken(format)}` })).json()).auth).toMatchObject({ isAuthenticated: true, tokenType: "m2m_token", machineId: f.emulator.machineId });
    }
  });

  test("a second plugin that wants request.clerkAuth cannot start: the collision is loud", async () => {
    const other = Fastify();
    other.decorateRequest("clerkAuth", null);
    await expect(other.register(clerkPlugin, { core: f.core }).ready()).rejects.toThrow(/clerkAuth/);
    await other.close();
  });

  test("clerkHook alone (no decoration) feeds getAuth", async () => {
    const bare = Fastify();
    bare.addHook("onRequest", clerkHook(f.core));
    bare.get("/", async (request) => ({ userId: userOf(getAuth(request)) ?? null }));
    const url = await bare.listen({ port: 0, host: "127.0.0.1" });
    expect(await (await fetch(url, { headers: { authorization: `Bearer ${await f.sessionToken()}` } })).json()).toEqual({ userId: "user_ada" });
    expect(await (await fetch(url)).json()).toEqual({ userId: null });
    await bare.close();
  });
});

describe("fastifyRequireAuth", () => {
  test("401 signed out, 200 signed in, 302 with redirectTo, 403 without the role", async () => {
    await expectGuards(f, get, "/sign-in");
  });
});

describe("toFetchRequest with a Fastify request", () => {
  test("the absolute URL; X-Forwarded-* only with trustProxy", async () => {
    const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "api.example.com" };
    expect(await (await get("/url?q=1", headers)).json()).toEqual({ url: `${base}/url?q=1`, method: "GET" });
    expect(await (await get("/url?q=1&trust=1", headers)).json()).toEqual({ url: "https://api.example.com/url?q=1&trust=1", method: "GET" });
  });

  test("readRawBody after Fastify's JSON parser: body-parsed", async () => {
    const res = await fetch(`${base}/parsed`, { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } });
    expect(await res.json()).toEqual({ error: "body-parsed" });
  });
});

describe("webhooks", () => {
  test("round trip: 200, duplicate, and a failing handler's 500 followed by a 200 retry", async () => {
    const first = await signedUserCreated(f.emulator, f.core);
    const post = (d: { payload: string; headers: Record<string, string> }) => fetch(`${base}/webhooks/clerk`, { method: "POST", body: d.payload, headers: d.headers });
    expect([(await post(first)).status, (await (await post(first)).json())]).toEqual([200, { received: true, duplicate: true }]);
    const second = await signedUserCreated(f.emulator, f.core);
    failNext(1);
    expect((await post(second)).status).toBe(500);
    expect((await post(second)).status).toBe(200); // the retry runs again
    expect(handled).toEqual([JSON.parse(first.payload).data.id, JSON.parse(second.payload).data.id]);
    const tampered = { ...second, payload: second.payload.replace('"New"', '"Old"') };
    expect((await post(tampered)).status).toBe(400);
  });
});
