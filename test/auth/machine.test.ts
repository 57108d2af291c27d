import { beforeAll, describe, expect, it } from "vitest";
import { ClerkCore } from "../../src/core/index.js";
import { authenticateRequest, type AcceptsToken, type AuthenticateRequestOptions, type RequestState } from "../../src/auth/index.js";
import {
  coreFor,
  fakeApi,
  jwksRoute,
  MACHINE_SECRET_KEY,
  makeKey,
  NOW,
  NOW_S,
  now,
  requestWith,
  SECRET_KEY,
  sessionClaims,
  sign,
  type Answer,
  type FakeApi,
  type Route,
  type TestKey,
} from "./helpers.js";

const API_KEY = "ak_3beecc9c60adb5f9b850e91a8ee1e992";
const M2M = "mt_f7f0ba8c3b4843ce7d85fcdd5e71853e";
const OAUTH = "oat_0ef5a7a33d87ed87ee7954c845d80450";

// Answers shaped as the spec documents them (every required field present).
function apiKeyRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    object: "api_key",
    id: API_KEY,
    type: "api_key",
    subject: "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
    name: "MY_SERVICE_API_KEY",
    description: null,
    claims: { team: "billing" },
    scopes: ["read", "write"],
    revoked: false,
    revocation_reason: null,
    expired: false,
    expiration: null,
    created_by: null,
    last_used_at: null,
    created_at: NOW - 1000,
    updated_at: NOW - 1000,
    ...overrides,
  };
}

function m2mRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    object: "machine_to_machine_token",
    id: M2M,
    subject: "mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
    claims: null,
    scopes: ["mch_2yGkLpQ7Y3rXSwtU24CzTk9I7Em"],
    revoked: false,
    revocation_reason: null,
    expired: false,
    expiration: NOW + 3_600_000,
    last_used_at: null,
    created_at: NOW - 1000,
    updated_at: NOW - 1000,
    ...overrides,
  };
}

function oauthRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    object: "clerk_idp_oauth_access_token",
    id: OAUTH,
    client_id: "client_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
    subject: "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
    scopes: ["profile", "email"],
    revoked: false,
    revocation_reason: null,
    expired: false,
    expiration: null,
    created_at: NOW_S - 10,
    updated_at: NOW_S - 10,
    ...overrides,
  };
}

const reply = (json: unknown, status = 200): Route => () => ({ status, json }) as Answer;

let key: TestKey;

beforeAll(async () => {
  key = await makeKey("ins_key_1");
});

async function run(
  token: string,
  routes: Record<string, Route>,
  options: AuthenticateRequestOptions = {},
  headers?: Record<string, string>,
  coreOptions: { machineSecretKey?: string } = {},
): Promise<{ state: RequestState<AcceptsToken>; api: FakeApi }> {
  const api = fakeApi({ "GET /jwks": jwksRoute(() => [key]), ...routes });
  const state = await authenticateRequest(coreFor(api, coreOptions), requestWith(headers ?? { authorization: `Bearer ${token}` }), {
    now,
    acceptsToken: "any",
    ...options,
  });
  return { state, api };
}

describe("machine tokens: opaque, verified by the API", () => {
  it("verifies an ak_ API key through POST /api_keys/verify with { secret }", async () => {
    const { state, api } = await run(API_KEY, { "POST /api_keys/verify": reply(apiKeyRecord()) });
    expect(state.status).toBe("signed-in");
    expect(state.tokenType).toBe("api_key");
    expect(api.seen).toEqual([{ method: "POST", path: "/api_keys/verify", authorization: `Bearer ${SECRET_KEY}`, body: { secret: API_KEY } }]);
    const { has, ...fields } = state.toAuth() as { has: (p: object) => boolean };
    expect(fields).toEqual({
      tokenType: "api_key",
      isAuthenticated: true,
      id: API_KEY,
      subject: "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
      name: "MY_SERVICE_API_KEY",
      scopes: ["read", "write"],
      claims: { team: "billing" },
      userId: "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
      orgId: null,
    });
    expect(has({ role: "org:admin" })).toBe(false);
    expect(state.payload?.object).toBe("api_key");
  });

  it("maps an organization's API key to orgId", async () => {
    const { state } = await run(API_KEY, { "POST /api_keys/verify": reply(apiKeyRecord({ subject: "org_2abc" })) });
    expect(state.toAuth()).toMatchObject({ orgId: "org_2abc", userId: null });
  });

  it("verifies an mt_ token through POST /m2m_tokens/verify with { token } and the core's key", async () => {
    const { state, api } = await run(M2M, { "POST /m2m_tokens/verify": reply(m2mRecord()) });
    expect(state.status).toBe("signed-in");
    expect(state.tokenType).toBe("m2m_token");
    expect(api.seen[0]).toMatchObject({ path: "/m2m_tokens/verify", authorization: `Bearer ${SECRET_KEY}`, body: { token: M2M } });
    expect(state.toAuth()).toMatchObject({ tokenType: "m2m_token", id: M2M, machineId: "mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk" });
  });

  it("authenticates the M2M verify call with the core's machineSecretKey when it has one", async () => {
    const { state, api } = await run(M2M, { "POST /m2m_tokens/verify": reply(m2mRecord()) }, {}, undefined, { machineSecretKey: MACHINE_SECRET_KEY });
    expect(state.status).toBe("signed-in");
    expect(api.seen[0]?.authorization).toBe(`Bearer ${MACHINE_SECRET_KEY}`);
  });

  it("verifies machine tokens with only machineSecretKey (no core secret key) for M2M", async () => {
    const api = fakeApi({ "POST /m2m_tokens/verify": reply(m2mRecord()) });
    const core = new ClerkCore({ machineSecretKey: MACHINE_SECRET_KEY, fetch: api.fetch, retry: false });
    const state = await authenticateRequest(core, requestWith({ authorization: `Bearer ${M2M}` }), { now, acceptsToken: "m2m_token" });
    expect(state.status).toBe("signed-in");
    expect(api.seen[0]?.authorization).toBe(`Bearer ${MACHINE_SECRET_KEY}`);
    // API keys and OAuth tokens are still verified with the instance secret key only.
    const apiKey = await authenticateRequest(core, requestWith({ authorization: `Bearer ${API_KEY}` }), { now, acceptsToken: "api_key" });
    expect(apiKey.reason).toBe("secret-key-missing");
  });

  it("verifies an oat_ token through POST /oauth_applications/access_tokens/verify with { access_token }", async () => {
    const { state, api } = await run(OAUTH, { "POST /oauth_applications/access_tokens/verify": reply(oauthRecord()) });
    expect(state.status).toBe("signed-in");
    expect(state.tokenType).toBe("oauth_token");
    expect(api.seen[0]).toMatchObject({ authorization: `Bearer ${SECRET_KEY}`, body: { access_token: OAUTH } });
    expect(state.toAuth()).toMatchObject({
      tokenType: "oauth_token",
      userId: "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
      clientId: "client_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
      scopes: ["profile", "email"],
    });
  });
});

describe("machine tokens: revoked or expired even on a 200", () => {
  it("refuses a revoked token", async () => {
    for (const [token, route, record] of [
      [API_KEY, "POST /api_keys/verify", apiKeyRecord({ revoked: true, revocation_reason: "leaked" })],
      [M2M, "POST /m2m_tokens/verify", m2mRecord({ revoked: true })],
      [OAUTH, "POST /oauth_applications/access_tokens/verify", oauthRecord({ revoked: true })],
    ] as const) {
      const { state } = await run(token, { [route]: reply(record) });
      expect(state).toMatchObject({ status: "signed-out", reason: "token-revoked", payload: null });
      expect(state.toAuth()).toMatchObject({ id: null, subject: null });
    }
  });

  it("refuses a token the API flags expired", async () => {
    const { state } = await run(API_KEY, { "POST /api_keys/verify": reply(apiKeyRecord({ expired: true })) });
    expect(state.reason).toBe("token-expired");
  });

  it("refuses a token whose expiration has passed (milliseconds or seconds)", async () => {
    const ms = await run(M2M, { "POST /m2m_tokens/verify": reply(m2mRecord({ expiration: NOW - 60_000 })) });
    expect(ms.state.reason).toBe("token-expired");
    const s = await run(API_KEY, { "POST /api_keys/verify": reply(apiKeyRecord({ expiration: NOW_S - 60 })) });
    expect(s.state.reason).toBe("token-expired");
    const future = await run(API_KEY, { "POST /api_keys/verify": reply(apiKeyRecord({ expiration: NOW_S + 60 })) });
    expect(future.state.status).toBe("signed-in");
  });

  it("refuses an OAuth token the API reports inactive ({ active: false })", async () => {
    const { state } = await run(OAUTH, { "POST /oauth_applications/access_tokens/verify": reply({ active: false }) });
    expect(state.reason).toBe("token-expired");
  });
});

describe("machine tokens: API failures", () => {
  it("maps 404 to token-invalid, 401 to secret-key-invalid (one request), 500 to token-verification-failed", async () => {
    const notFound = await run(API_KEY, { "POST /api_keys/verify": reply({ errors: [{ code: "not_found", message: "API key not found" }] }, 404) });
    expect(notFound.state.reason).toBe("token-invalid");
    const unauthorized = await run(M2M, { "POST /m2m_tokens/verify": reply({ errors: [{ code: "authentication_invalid", message: "bad key" }] }, 401) });
    expect(unauthorized.state.reason).toBe("secret-key-invalid");
    expect(unauthorized.api.seen).toHaveLength(1);
    const broken = await run(OAUTH, { "POST /oauth_applications/access_tokens/verify": reply({ errors: [] }, 500) });
    expect(broken.state.reason).toBe("token-verification-failed");
  });

  it("maps a network failure and a body of the wrong shape to token-verification-failed", async () => {
    const down = await run(API_KEY, { "POST /api_keys/verify": () => new TypeError("fetch failed") });
    expect(down.state.reason).toBe("token-verification-failed");
    const odd = await run(API_KEY, { "POST /api_keys/verify": reply({ id: 42 }) });
    expect(odd.state.reason).toBe("token-verification-failed");
  });

  it("reports secret-key-missing without a secret key, sending nothing", async () => {
    const api = fakeApi();
    const core = new ClerkCore({ fetch: api.fetch });
    for (const token of [API_KEY, M2M, OAUTH]) {
      const state = await authenticateRequest(core, requestWith({ authorization: `Bearer ${token}` }), { now, acceptsToken: "any" });
      expect(state.reason).toBe("secret-key-missing");
    }
    expect(api.seen).toHaveLength(0);
  });
});

describe("machine tokens: JWT forms, verified locally", () => {
  it("verifies an M2M JWT (sub mch_) with the instance key, sending nothing", async () => {
    const token = await sign(key, { sub: "mch_2abc", jti: "mt_jwt_1", scopes: "mch_a mch_b", iat: NOW_S - 5, exp: NOW_S + 60 }, { cat: "cl_B7d4PD333AAA" });
    const { state, api } = await run(token, {}, { jwtKey: key.pem, acceptsToken: "m2m_token" });
    expect(state.status).toBe("signed-in");
    expect(state.tokenType).toBe("m2m_token");
    expect(state.toAuth()).toMatchObject({ id: "mt_jwt_1", machineId: "mch_2abc", scopes: ["mch_a", "mch_b"] });
    expect(api.seen).toHaveLength(0);
  });

  it("verifies an OAuth JWT (typ at+jwt) through the cached JWKS, without calling the verify endpoint", async () => {
    const token = await sign(
      key,
      { sub: "user_2abc", jti: "oat_jwt_1", client_id: "client_1", scope: "profile email", iat: NOW_S - 5, exp: NOW_S + 60 },
      { typ: "at+jwt" },
    );
    const { state, api } = await run(token, {}, { acceptsToken: "oauth_token" });
    expect(state.status).toBe("signed-in");
    expect(state.tokenType).toBe("oauth_token");
    expect(state.toAuth()).toMatchObject({ id: "oat_jwt_1", userId: "user_2abc", clientId: "client_1", scopes: ["profile", "email"] });
    expect(api.seen.map((r) => r.path)).toEqual(["/jwks"]);
  });

  it("applies the JWT checks to machine JWTs (expiry, signature)", async () => {
    const expired = await sign(key, { sub: "mch_2abc", iat: NOW_S - 600, exp: NOW_S - 300 });
    expect((await run(expired, {}, { jwtKey: key.pem })).state.reason).toBe("token-expired");
    const forged = await sign({ ...key, privateKey: (await makeKey("x")).privateKey }, { sub: "mch_2abc", exp: NOW_S + 60 });
    expect((await run(forged, {}, { jwtKey: key.pem })).state.reason).toBe("token-invalid-signature");
  });
});

describe("acceptsToken", () => {
  it("defaults to session tokens: an opaque machine token fails as not a JWT, a machine JWT as token-type-mismatch, without any request", async () => {
    for (const token of [API_KEY, M2M, OAUTH]) {
      const { state, api } = await run(token, {}, { acceptsToken: undefined });
      expect(state).toMatchObject({ status: "signed-out", reason: "token-invalid", tokenType: "session_token" });
      expect(api.seen).toHaveLength(0);
    }
    const m2mJwt = await sign(key, { sub: "mch_2abc", iat: NOW_S - 5, exp: NOW_S + 60 });
    const { state, api } = await run(m2mJwt, {}, { acceptsToken: undefined });
    expect(state).toMatchObject({ status: "signed-out", reason: "token-type-mismatch", tokenType: "session_token" });
    expect(api.seen).toHaveLength(0);
  });

  it("refuses kinds the route does not list, for opaque tokens and JWTs alike", async () => {
    const session = await sign(key, sessionClaims());
    expect((await run(session, {}, { acceptsToken: "api_key" })).state).toMatchObject({ reason: "token-type-mismatch", tokenType: "api_key" });
    // A list that does not name the kind: refused before anything is verified, nothing known (tokenType null).
    const listed = await run(API_KEY, {}, { acceptsToken: ["m2m_token", "oauth_token"] });
    expect(listed.state).toMatchObject({ reason: "token-type-mismatch", tokenType: null });
    expect(listed.state.toAuth()).toMatchObject({ tokenType: null, isAuthenticated: false });
    expect(listed.api.seen).toHaveLength(0);
    const oauthJwt = await sign(key, { sub: "user_2abc", exp: NOW_S + 60 }, { typ: "at+jwt" });
    expect((await run(oauthJwt, {}, { acceptsToken: "session_token", jwtKey: key.pem })).state).toMatchObject({
      reason: "token-type-mismatch",
      tokenType: "session_token",
    });
  });

  it("accepts listed kinds from an array", async () => {
    const { state } = await run(API_KEY, { "POST /api_keys/verify": reply(apiKeyRecord()) }, { acceptsToken: ["session_token", "api_key"] });
    expect(state.status).toBe("signed-in");
  });

  it("never takes machine tokens from cookies", async () => {
    for (const token of [API_KEY, M2M, OAUTH]) {
      const { state, api } = await run(token, {}, { acceptsToken: "any" }, { cookie: `__session=${token}; __client_uat=${NOW_S}` });
      expect(state.status).toBe("signed-out");
      expect(state.tokenType).toBe("session_token");
      expect(api.count("POST /api_keys/verify") + api.count("POST /m2m_tokens/verify")).toBe(0);
    }
    const m2mJwt = await sign(key, { sub: "mch_2abc", iat: NOW_S - 5, exp: NOW_S + 60 });
    const { state } = await run(m2mJwt, {}, { acceptsToken: "any", jwtKey: key.pem }, { cookie: `__session=${m2mJwt}; __client_uat=${NOW_S - 60}` });
    expect(state.reason).toBe("token-type-mismatch");
  });

  it("reports machine-token-missing on a single-kind machine route without a token in the header", async () => {
    const session = await sign(key, sessionClaims());
    for (const acceptsToken of ["api_key", "m2m_token", "oauth_token"] as const) {
      const { state, api } = await run(session, {}, { acceptsToken }, { cookie: `__session=${session}; __client_uat=${NOW_S - 60}` });
      expect(state).toMatchObject({ reason: "machine-token-missing", tokenType: acceptsToken });
      expect(api.seen).toHaveLength(0);
    }
    // A list without session_token: the missing header token counts as a session, which it does not list.
    const { state } = await run(session, {}, { acceptsToken: ["api_key"] }, { cookie: `__session=${session}; __client_uat=${NOW_S - 60}` });
    expect(state).toMatchObject({ reason: "token-type-mismatch", tokenType: null });
  });
});
