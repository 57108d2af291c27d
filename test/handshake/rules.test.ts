// One test per rule of the browser flow, on clerk-fn alone (the differential suite checks that the
// rules agree with @clerk/backend; these name each case and what a user would see).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authenticateRequest, handshake, type RequestState } from "../../src/auth/index.js";
import { ClerkCore } from "../../src/core/index.js";
import { API_URL, fakeBackend, instances, makeKey, NOW, NOW_S, signWith, type ApiScript, type Instance, type Seen, type TestKey } from "./harness.js";

let key: TestKey;
let other: TestKey;
let dev: Instance;
let prod: Instance;
let valid: { dev: string; prod: string };
let expired: { dev: string; prod: string };

const claims = (inst: Instance, over: Record<string, unknown> = {}): Record<string, unknown> => ({
  sub: "user_rule",
  sid: "sess_rule",
  iss: `https://${inst.fapi}`,
  iat: NOW_S - 20,
  nbf: NOW_S - 30,
  exp: NOW_S + 40,
  ...over,
});

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  key = await makeKey("ins_rules");
  other = await makeKey("ins_rules");
  ({ dev, prod } = await instances());
  valid = { dev: await signWith(key, claims(dev)), prod: await signWith(key, claims(prod)) };
  const old = { iat: NOW_S - 120, nbf: NOW_S - 130, exp: NOW_S - 60 };
  expired = { dev: await signWith(key, claims(dev, old)), prod: await signWith(key, claims(prod, old)) };
});
afterAll(() => {
  vi.useRealTimers();
});

interface Run {
  state: RequestState;
  seen: Seen[];
  location: URL | null;
  setCookie: string[];
}

async function run(
  inst: Instance,
  url: string,
  headers: Record<string, string>,
  options: Record<string, unknown> = {},
  script: Partial<ApiScript> = {},
  method = "GET",
): Promise<Run> {
  const backend = fakeBackend(() => [key], { nonces: new Map(), refresh: "ok", refreshCookies: [], ...script });
  const core = new ClerkCore({ secretKey: inst.secretKey, serverURL: `${API_URL}/v1`, fetch: backend.fetch, retry: false });
  const state = await authenticateRequest(core, new Request(url, { method, headers }), { publishableKey: inst.publishableKey, jwtKey: key.pem, handshake, ...options });
  const location = state.headers?.get("location");
  return { state, seen: backend.seen, location: location ? new URL(location) : null, setCookie: state.headers?.getSetCookie() ?? [] };
}

const page = { "sec-fetch-dest": "document", accept: "text/html" };
const uat = String(NOW_S - 1000);
const signedInCookies = (inst: Instance, token: string): string =>
  `__session_${inst.suffix}=${token}; __client_uat_${inst.suffix}=${uat}${inst === dev ? `; __clerk_db_jwt_${inst.suffix}=dvb_1` : ""}`;

describe("which requests are redirected", () => {
  it("page loads (Sec-Fetch-Dest document or iframe, or Accept text/html without Sec-Fetch-*) get the handshake", async () => {
    for (const headers of [{ "sec-fetch-dest": "document" }, { "sec-fetch-dest": "iframe" }, { accept: "text/html,*/*" }]) {
      const { state } = await run(prod, "https://app.example.com/", { ...headers, cookie: `__client_uat=${uat}` });
      expect(state.status, JSON.stringify(headers)).toBe("handshake");
    }
  });

  it("fetch/XHR requests and POST navigations are not redirected and keep authenticateRequest's own verdict", async () => {
    for (const [headers, method] of [[{ "sec-fetch-dest": "empty", accept: "text/html" }, "GET"], [page, "POST"]] as const) {
      const withPlugin = await run(prod, "https://app.example.com/", { ...headers, cookie: `__client_uat=${uat}` }, {}, {}, method);
      const core = new ClerkCore({ secretKey: prod.secretKey, serverURL: `${API_URL}/v1`, fetch: fakeBackend(() => [key], { nonces: new Map(), refresh: "ok", refreshCookies: [] }).fetch });
      const without = await authenticateRequest(core, new Request("https://app.example.com/", { method, headers: { ...headers, cookie: `__client_uat=${uat}` } }), { publishableKey: prod.publishableKey, jwtKey: key.pem });
      expect(withPlugin.state.status).toBe("signed-out");
      expect(withPlugin.state.reason).toBe(without.reason);
      expect(withPlugin.location).toBeNull();
    }
  });

  it("never touches Authorization: Bearer requests, even page loads with an expired token", async () => {
    const { state, seen } = await run(prod, "https://app.example.com/", { ...page, authorization: `Bearer ${expired.prod}`, cookie: `__refresh_${prod.suffix}=rt` });
    expect(state.status).toBe("signed-out");
    expect(state.reason).toBe("token-expired");
    expect(seen).toEqual([]);
  });

  it("does nothing without the plug-in: a stale page load is signed out, with no headers", async () => {
    const core = new ClerkCore({ secretKey: prod.secretKey, fetch: fakeBackend(() => [key], { nonces: new Map(), refresh: "ok", refreshCookies: [] }).fetch });
    const state = await authenticateRequest(core, new Request("https://app.example.com/", { headers: { ...page, cookie: `__session=${expired.prod}; __client_uat=${uat}; __refresh_${prod.suffix}=rt` } }), { publishableKey: prod.publishableKey, jwtKey: key.pem });
    expect(state.status).toBe("signed-out");
    expect(state.headers).toBeUndefined();
  });
});

describe("the handshake redirect", () => {
  it("goes to the Frontend API with the page to come back to, the reason, the token and format=nonce", async () => {
    const { state, location, setCookie } = await run(prod, "https://app.example.com/p?tab=1", { ...page, cookie: `__session_${prod.suffix}=${valid.prod}; __client_uat_${prod.suffix}=${NOW_S}` });
    expect(state.status).toBe("handshake");
    expect(state.reason).toBe("session-token-iat-before-client-uat");
    expect(`${location!.origin}${location!.pathname}`).toBe("https://clerk.example.com/v1/client/handshake");
    expect(Object.fromEntries(location!.searchParams)).toEqual({
      redirect_url: "https://app.example.com/p?tab=1",
      __clerk_api_version: "2026-05-12",
      suffixed_cookies: "true",
      __clerk_hs_reason: "session-token-iat-before-client-uat",
      format: "nonce",
      __session: valid.prod,
    });
    expect(state.headers?.get("cache-control")).toBe("no-store");
    expect(setCookie).toEqual(["__clerk_redirect_count=1; SameSite=Lax; HttpOnly; Max-Age=2"]);
    expect(state.toAuth()).toMatchObject({ tokenType: "session_token", userId: null });
  });

  it("uses proxyUrl (a relative one against the forwarded public origin) and strips dev-browser parameters from redirect_url", async () => {
    const { location } = await run(
      dev,
      "http://10.0.0.1:3000/a?__clerk_db_jwt=dvb_q&__dev_session=old&keep=1",
      { ...page, "x-forwarded-host": "app.example.com", "x-forwarded-proto": "https" },
      { proxyUrl: "/__clerk/" },
    );
    expect(`${location!.origin}${location!.pathname}`).toBe("https://app.example.com/__clerk/v1/client/handshake");
    expect(location!.searchParams.get("redirect_url")).toBe("https://app.example.com/a?keep=1");
    expect(location!.searchParams.get("__clerk_hs_reason")).toBe("dev-browser-sync");
    expect(location!.searchParams.get("__clerk_db_jwt")).toBe("dvb_q");
  });

  it("stops after three redirects in a row: signed out with the same reason, no Location", async () => {
    const looping = await run(prod, "https://app.example.com/", { ...page, cookie: `__client_uat=${uat}; __clerk_redirect_count=3` });
    expect(looping.state.status).toBe("signed-out");
    expect(looping.state.reason).toBe("client-uat-but-no-session-token");
    expect(looping.location).toBeNull();
    const second = await run(prod, "https://app.example.com/", { ...page, cookie: `__client_uat=${uat}; __clerk_redirect_count=1` });
    expect(second.setCookie).toEqual(["__clerk_redirect_count=2; SameSite=Lax; HttpOnly; Max-Age=2"]);
  });
});

describe("a returning handshake", () => {
  const directives = (token: string, inst: Instance): string[] => [`__session_${inst.suffix}=${token}; Path=/`, `__client_uat_${inst.suffix}=${NOW_S}; Path=/`];

  it("production, nonce cookie: signed in from GET /clients/handshake_payload, cookies and CORS headers to forward", async () => {
    const { state, seen, setCookie, location } = await run(prod, "https://app.example.com/", { ...page, cookie: "__clerk_handshake_nonce=n1" }, {}, { nonces: new Map([["n1", directives(valid.prod, prod)]]) });
    expect(state.status).toBe("signed-in");
    expect(state.token).toBe(valid.prod);
    expect(seen.map((s) => `${s.method} ${s.path}${s.query}`)).toEqual(["GET /clients/handshake_payload?nonce=n1"]);
    expect(setCookie).toEqual(directives(valid.prod, prod));
    expect(state.headers?.get("access-control-allow-origin")).toBe("null");
    expect(state.headers?.get("access-control-allow-credentials")).toBe("true");
    expect(location).toBeNull();
  });

  it("development, nonce in the URL: signed in and redirected once more to the URL without handshake parameters", async () => {
    const { state, location } = await run(
      dev,
      "https://app.example.com/x?__clerk_handshake_nonce=n1&__clerk_help=1&__clerk_db_jwt=dvb&a=b",
      { "sec-fetch-dest": "empty" },
      {},
      { nonces: new Map([["n1", directives(valid.dev, dev)]]) },
    );
    expect(state.status).toBe("signed-in");
    expect(location!.toString()).toBe("https://app.example.com/x?a=b");
    expect(state.headers?.get("cache-control")).toBe("no-store");
  });

  it("an unknown nonce leaves no session cookie: signed out", async () => {
    const { state } = await run(prod, "https://app.example.com/", { ...page, cookie: "__clerk_handshake_nonce=nobody" });
    expect(state.status).toBe("signed-out");
    expect(state.reason).toBe("session-token-missing");
  });

  it("the signed __clerk_handshake JWT form: verified with the instance key; a forged one is ignored in production, refused in development", async () => {
    const good = await signWith(key, { handshake: directives(valid.prod, prod) });
    expect((await run(prod, "https://app.example.com/", { ...page, cookie: `__clerk_handshake=${good}` })).state.status).toBe("signed-in");
    const forged = await signWith(other, { handshake: directives(valid.prod, prod) });
    // Production: possibly another app's cookie on the same site; the flow goes on (here: no cookies → signed out).
    const ignored = await run(prod, "https://app.example.com/", { ...page, cookie: `__clerk_handshake=${forged}` });
    expect(ignored.state.reason).toBe("session-token-missing");
    const refused = await run(dev, `https://app.example.com/?__clerk_handshake=${await signWith(other, { handshake: directives(valid.dev, dev) })}`, page);
    expect(refused.state.status).toBe("signed-out");
    expect(refused.state.reason).toBe("token-invalid-signature");
  });

  it("refuses a JWT-template token as a handshake (its claims would become Set-Cookie lines)", async () => {
    const template = await signWith(key, { handshake: ["__session=evil; Path=/"] }, { cat: "cl_B7d4PD222AAA" });
    const { state, setCookie } = await run(dev, `https://app.example.com/?__clerk_handshake=${template}`, page);
    expect(state.status).toBe("signed-out");
    expect(state.reason).toBe("token-invalid");
    expect(setCookie).toEqual([]);
  });

  it("development tolerates a clock that is off (a one-day skew for the handshake's own token)", async () => {
    const late = await signWith(key, claims(dev, { iat: NOW_S - 4000, nbf: NOW_S - 4000, exp: NOW_S - 3600 }));
    const { state } = await run(dev, "https://app.example.com/?__clerk_handshake_nonce=n1", page, {}, { nonces: new Map([["n1", directives(late, dev)]]) });
    expect(state.status).toBe("signed-in");
  });
});

describe("refresh of an expired cookie token", () => {
  const fresh = (inst: Instance): string[] => [`__session_${inst.suffix}=${valid.prod}; Path=/`];

  it("signs in without a redirect through POST /sessions/{sid}/refresh, for page loads and fetches alike", async () => {
    for (const dest of ["document", "empty"]) {
      const { state, seen, setCookie, location } = await run(prod, "https://app.example.com/", { "sec-fetch-dest": dest, cookie: `${signedInCookies(prod, expired.prod)}; __refresh_${prod.suffix}=rt_1` }, {}, { refreshCookies: fresh(prod) });
      expect(state.status).toBe("signed-in");
      expect(setCookie).toEqual(fresh(prod));
      expect(location).toBeNull();
      const call = seen.find((s) => s.method === "POST")!;
      expect(`${call.path}${call.query}`).toBe("/sessions/sess_rule/refresh?suffixed_cookies=true");
      expect(call.body).toMatchObject({ format: "cookie", expired_token: expired.prod, refresh_token: "rt_1", request_origin: "https://app.example.com" });
    }
  });

  it("falls back to the handshake naming why the refresh did not happen", async () => {
    const cookie = signedInCookies(prod, expired.prod);
    expect((await run(prod, "https://app.example.com/", { ...page, cookie })).state.reason).toBe("session-token-expired-refresh-non-eligible-no-refresh-cookie");
    const refused = await run(prod, "https://app.example.com/", { ...page, cookie: `${cookie}; __refresh_${prod.suffix}=rt` }, {}, { refresh: "token_invalid" });
    expect(refused.state.reason).toBe("session-token-expired-refresh-token_invalid");
    const broken = await run(prod, "https://app.example.com/", { ...page, cookie: `${cookie}; __refresh_${prod.suffix}=rt` }, {}, { refresh: "unexpected_error" });
    expect(broken.state.reason).toBe("session-token-expired-refresh-fetch-error");
  });

  it("does not refresh POST requests", async () => {
    const { state, seen } = await run(prod, "https://app.example.com/", { ...page, cookie: `${signedInCookies(prod, expired.prod)}; __refresh_${prod.suffix}=rt` }, {}, {}, "POST");
    expect(state.status).toBe("signed-out");
    expect(seen.filter((s) => s.method === "POST")).toEqual([]);
  });
});

describe("development instances and the dev browser", () => {
  it("a page load without the dev-browser cookie goes to the Frontend API for one", async () => {
    const { state } = await run(dev, "https://app.example.com/", { ...page, cookie: `__session=${valid.dev}; __client_uat=${uat}` });
    expect(state.reason).toBe("dev-browser-missing");
  });

  it("a fetch without it is signed out (dev-browser-missing) and not redirected, as @clerk/backend decides", async () => {
    const { state, location } = await run(dev, "https://app.example.com/", { "sec-fetch-dest": "empty", cookie: `__session=${valid.dev}; __client_uat=${uat}` });
    expect([state.status, state.reason]).toEqual(["signed-out", "dev-browser-missing"]);
    expect(location).toBeNull();
  });

  it("a primary answering a satellite's sync sends the browser back with its dev-browser token and __clerk_synced=true", async () => {
    const back = encodeURIComponent("https://sat.example.net/page?__clerk_synced=false");
    const { state, location } = await run(dev, `https://app.example.com/?__clerk_redirect_url=${back}`, { ...page, cookie: signedInCookies(dev, valid.dev) });
    expect(state.reason).toBe("primary-responds-to-syncing");
    expect(location!.toString()).toBe("https://sat.example.net/page?__clerk_synced=true&__clerk_db_jwt=dvb_1");
  });
});

describe("satellites", () => {
  const sat = { isSatellite: true, domain: "sat.example.net", signInUrl: "https://app.example.com/sign-in" };

  it("production: no cookies and no sync requested is signed out at once (satelliteAutoSync off), without a request", async () => {
    const { state, seen } = await run(prod, "https://sat.example.net/", page, sat);
    expect(state.status).toBe("signed-out");
    expect(seen).toEqual([]);
  });

  it("production: with satelliteAutoSync, or after sign-in (__clerk_synced=false), syncs through the satellite's Frontend API", async () => {
    const auto = await run(prod, "https://sat.example.net/", page, { ...sat, satelliteAutoSync: true });
    expect(auto.state.reason).toBe("satellite-needs-syncing");
    expect(auto.location!.host).toBe("clerk.sat.example.net");
    const after = await run(prod, "https://sat.example.net/?__clerk_synced=false", page, sat);
    expect(after.state.reason).toBe("satellite-needs-syncing");
    const done = await run(prod, "https://sat.example.net/?__clerk_synced=true", page, { ...sat, satelliteAutoSync: true });
    expect(done.state.status).toBe("signed-out");
  });

  it("development: syncs through the primary's sign-in page with __clerk_redirect_url", async () => {
    const { state, location } = await run(dev, "https://sat.example.net/p?__clerk_synced=false", page, sat);
    expect(state.reason).toBe("satellite-needs-syncing");
    expect(location!.toString()).toBe(`https://app.example.com/sign-in?__clerk_redirect_url=${encodeURIComponent("https://sat.example.net/p?__clerk_synced=false")}`);
  });

  it("a signed-in page load on the primary reached from another site re-syncs, unless it came from Clerk or is already redirecting", async () => {
    const cookie = signedInCookies(prod, valid.prod);
    expect((await run(prod, "https://app.example.com/", { ...page, cookie, referer: "https://sat.example.net/x" })).state.reason).toBe("primary-domain-cross-origin-sync");
    expect((await run(prod, "https://app.example.com/", { ...page, cookie, referer: "https://accounts.example.com/sign-in" })).state.status).toBe("signed-in");
    expect((await run(prod, "https://app.example.com/", { ...page, cookie: `${cookie}; __clerk_redirect_count=1`, referer: "https://sat.example.net/x" })).state.status).toBe("signed-in");
  });

  it("options that cannot work are a signed-out state saying what to fix (where @clerk/backend throws)", async () => {
    const noDomain = await run(prod, "https://sat.example.net/", page, { isSatellite: true, signInUrl: "https://app.example.com/sign-in" });
    expect(noDomain.state.reason).toBe("handshake-options-invalid");
    expect(noDomain.state.message).toContain("domain or proxyUrl");
    const sameOrigin = await run(dev, "https://sat.example.net/", page, { ...sat, signInUrl: "https://sat.example.net/sign-in" });
    expect(sameOrigin.state.reason).toBe("handshake-options-invalid");
    const noKey = await run(prod, "https://app.example.com/", page, { publishableKey: undefined });
    expect(noKey.state.reason).toBe("handshake-options-invalid");
  });
});
