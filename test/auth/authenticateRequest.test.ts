import { beforeAll, describe, expect, it } from "vitest";
import { ClerkCore } from "../../src/core/index.js";
import { authenticateRequest, cookieSuffix, verifyToken, type AcceptsToken, type AuthenticateRequestOptions, type RequestState } from "../../src/auth/index.js";
import {
  coreFor,
  fakeApi,
  jwksRoute,
  makeKey,
  NOW_S,
  now,
  ORIGIN,
  requestWith,
  sessionClaims,
  sign,
  type FakeApi,
  type TestKey,
} from "./helpers.js";

const PK = `pk_live_${Buffer.from("clerk.example.com$").toString("base64")}`;
const FOREIGN_PK = `pk_live_${Buffer.from("clerk.other-app.dev$").toString("base64")}`;

let key: TestKey;
let suffix: string;
let foreignSuffix: string;
let token: string;
let uat: string;

beforeAll(async () => {
  key = await makeKey("ins_key_1");
  suffix = await cookieSuffix(PK);
  foreignSuffix = await cookieSuffix(FOREIGN_PK);
  token = await sign(key, sessionClaims());
  uat = String(NOW_S - 100); // the browser signed in before the token was issued
});

/** Runs authenticateRequest on the fake API (JWKS mode) and returns the state and the API. */
async function run(headers: Record<string, string>, options: AuthenticateRequestOptions = {}): Promise<{ state: RequestState<AcceptsToken>; api: FakeApi }> {
  const api = fakeApi({ "GET /jwks": jwksRoute(() => [key]) });
  const state = await authenticateRequest(coreFor(api), requestWith(headers), { now, ...options });
  return { state, api };
}

describe("authenticateRequest: Authorization header", () => {
  it("signs in with a Bearer session token and exposes the auth object", async () => {
    const { state } = await run({ authorization: `Bearer ${token}` });
    expect(state.status).toBe("signed-in");
    expect(state.reason).toBeNull();
    expect(state.message).toBeNull();
    expect(state.token).toBe(token);
    expect(state.tokenType).toBe("session_token");
    expect(state.payload?.sub).toBe("user_2abc");
    expect(state.toAuth()).toMatchObject({ tokenType: "session_token", userId: "user_2abc", sessionId: "sess_2abc", orgId: null });
  });

  it("uses the header and not the cookie when both are present, even when the header token is bad", async () => {
    const { state } = await run({ authorization: "Bearer not-a-jwt", cookie: `__session=${token}; __client_uat=${uat}` });
    expect(state.status).toBe("signed-out");
    expect(state.reason).toBe("token-invalid");
    expect(state.token).toBe("not-a-jwt");
  });

  it("ignores a non-Bearer scheme and falls back to the cookie; a bare token is the token (as Clerk reads it)", async () => {
    const withCookie = await run({ authorization: "Basic dXNlcjpwYXNz", cookie: `__session=${token}; __client_uat=${uat}` });
    expect(withCookie.state.status).toBe("signed-in");
    const lowercase = await run({ authorization: `bearer ${token}` });
    expect(lowercase.state.reason).toBe("session-token-missing");
    expect(lowercase.api.seen).toHaveLength(0);
    const bare = await run({ authorization: token });
    expect(bare.state.status).toBe("signed-in");
    const extra = await run({ authorization: `Bearer ${token} trailing words` });
    expect(extra.state.status).toBe("signed-in");
    const twoSpaces = await run({ authorization: `Bearer  ${token}` });
    expect(twoSpaces.state).toMatchObject({ status: "signed-out", reason: "token-invalid", token: "Bearer" });
  });

  it("does not apply the __client_uat rule to header tokens", async () => {
    const { state } = await run({ authorization: `Bearer ${token}`, cookie: "__client_uat=0" });
    expect(state.status).toBe("signed-in");
  });
});

describe("authenticateRequest: the __session cookie", () => {
  it("signs in with __session and __client_uat", async () => {
    const { state } = await run({ cookie: `__session=${token}; __client_uat=${uat}` });
    expect(state.status).toBe("signed-in");
    expect(state.tokenType).toBe("session_token");
  });

  it("reports session-token-missing without a token, sending nothing", async () => {
    const { state, api } = await run({ cookie: "theme=dark" });
    expect(state).toMatchObject({ status: "signed-out", reason: "session-token-missing", token: null, tokenType: "session_token", payload: null });
    expect(api.seen).toHaveLength(0);
  });

  it("finds the session behind a malformed cookie, and keeps the first duplicate", async () => {
    const ok = await run({ cookie: `broken; =x; __session=${token}; __session=garbage; __client_uat=${uat}` });
    expect(ok.state.status).toBe("signed-in");
    const first = await run({ cookie: `__session=garbage; __session=${token}; __client_uat=${uat}` });
    expect(first.state.reason).toBe("token-invalid");
  });
});

describe("authenticateRequest: suffixed cookies of this instance", () => {
  it("uses __session_<suffix> and __client_uat_<suffix> when a publishable key is given", async () => {
    const stale = await sign(key, sessionClaims({ iat: NOW_S - 50, sid: "sess_old" }));
    const { state } = await run({ cookie: `__session=${stale}; __client_uat=0; __session_${suffix}=${token}; __client_uat_${suffix}=${uat}` }, { publishableKey: PK });
    expect(state.status).toBe("signed-in");
    expect(state.toAuth()).toMatchObject({ sessionId: "sess_2abc" });
    // A malformed plain cookie makes Clerk read the plain cookies (and refuse), so does clerk-fn.
    const malformed = await run({ cookie: `__session=garbage; __client_uat=0; __session_${suffix}=${token}; __client_uat_${suffix}=${uat}` }, { publishableKey: PK });
    expect(malformed.state.reason).toBe("client-uat-missing");
  });

  it("ignores a foreign app's suffixed cookie (attack), even when its token would verify", async () => {
    const { state, api } = await run({ cookie: `__session_${foreignSuffix}=${token}; __client_uat_${foreignSuffix}=${uat}` }, { publishableKey: PK });
    expect(state.reason).toBe("session-token-missing");
    expect(api.seen).toHaveLength(0);
  });

  it("uses the plain __session only when its issuer is this instance's Frontend API", async () => {
    const mine = await run({ cookie: `__session=${token}; __client_uat=${uat}` }, { publishableKey: PK });
    expect(mine.state.status).toBe("signed-in");
    const foreignToken = await sign(key, sessionClaims({ iss: "https://clerk.other-app.dev" }));
    const foreign = await run({ cookie: `__session=${foreignToken}; __client_uat=${uat}` }, { publishableKey: PK });
    expect(foreign.state.reason).toBe("session-token-missing");
  });

  it("does not fall back to the plain cookie when this instance's suffixed cookies say signed out", async () => {
    const { state } = await run({ cookie: `__session=${token}; __client_uat=0; __client_uat_${suffix}=0` }, { publishableKey: PK });
    expect(state.reason).toBe("session-token-missing");
  });
});

describe("authenticateRequest: the __client_uat rule", () => {
  it("refuses a stale cookie after sign-out (__client_uat=0, attack) without any request", async () => {
    const { state, api } = await run({ cookie: `__session=${token}; __client_uat=0` });
    expect(state).toMatchObject({ status: "signed-out", reason: "client-uat-missing", tokenType: "session_token" });
    expect(api.seen).toHaveLength(0);
  });

  it("refuses a cookie session without __client_uat, or with a non-numeric one", async () => {
    expect((await run({ cookie: `__session=${token}` })).state.reason).toBe("client-uat-missing");
    expect((await run({ cookie: `__session=${token}; __client_uat=abc` })).state.reason).toBe("client-uat-missing");
    expect((await run({ cookie: `__session=${token}; __client_uat=` })).state.reason).toBe("client-uat-missing");
  });

  it("refuses a token issued before the last client update, accepts one issued at the same second", async () => {
    const iat = NOW_S - 10;
    const newer = await run({ cookie: `__session=${token}; __client_uat=${iat + 1}` });
    expect(newer.state.reason).toBe("session-token-iat-before-client-uat");
    const same = await run({ cookie: `__session=${token}; __client_uat=${iat}` });
    expect(same.state.status).toBe("signed-in");
  });

  it("still verifies the token first when __client_uat is fine", async () => {
    const forged = await sign({ ...key, privateKey: (await makeKey("ins_key_1")).privateKey }, sessionClaims());
    const { state } = await run({ cookie: `__session=${forged}; __client_uat=${uat}` });
    expect(state.reason).toBe("token-invalid-signature");
  });
});

describe("authenticateRequest: options reach verification", () => {
  it("applies authorizedParties to cookie sessions", async () => {
    const evil = await sign(key, sessionClaims({ azp: "https://evil.example.net" }));
    const { state } = await run({ cookie: `__session=${evil}; __client_uat=${uat}` }, { authorizedParties: [ORIGIN] });
    expect(state.reason).toBe("token-invalid-authorized-parties");
  });

  it("is networkless with jwtKey", async () => {
    const { state, api } = await run({ cookie: `__session=${token}; __client_uat=${uat}` }, { jwtKey: key.pem });
    expect(state.status).toBe("signed-in");
    expect(api.seen).toHaveLength(0);
  });

  it("reports secret-key-missing without jwtKey and without a secret key", async () => {
    const api = fakeApi();
    const state = await authenticateRequest(new ClerkCore({ fetch: api.fetch }), requestWith({ authorization: `Bearer ${token}` }), { now });
    expect(state.reason).toBe("secret-key-missing");
    expect(api.seen).toHaveLength(0);
  });
});

describe("authenticateRequest: toAuth", () => {
  it("reads v1 organization claims", async () => {
    const t = await sign(key, sessionClaims({ org_id: "org_1", org_role: "org:admin", org_slug: "acme", org_permissions: ["org:sys_profile:manage"], fva: [3, -1] }));
    const { state } = await run({ authorization: `Bearer ${t}` });
    const { has, ...fields } = state.toAuth();
    expect(fields).toEqual({
      tokenType: "session_token",
      isAuthenticated: true,
      userId: "user_2abc",
      sessionId: "sess_2abc",
      sessionStatus: null,
      actor: null,
      orgId: "org_1",
      orgRole: "org:admin",
      orgSlug: "acme",
      orgPermissions: ["org:sys_profile:manage"],
      factorVerificationAge: [3, -1],
      sessionClaims: state.payload,
    });
    expect(has({ role: "admin" })).toBe(true);
    expect(has({ permission: "org:sys_profile:manage" })).toBe(true);
    expect(has({ permission: "org:sys_profile:delete" })).toBe(false);
  });

  it("reads v2 organization claims and expands the permission bitmasks", async () => {
    const t = await sign(
      key,
      sessionClaims({ v: 2, o: { id: "org_2", rol: "admin", slg: "acme", per: "read,manage", fpm: "3,1" }, fea: "o:invoices,u:chat,o:reports" }),
    );
    const { state } = await run({ authorization: `Bearer ${t}` });
    expect(state.toAuth()).toMatchObject({
      orgId: "org_2",
      orgRole: "org:admin",
      orgSlug: "acme",
      orgPermissions: ["org:invoices:read", "org:invoices:manage", "org:reports:read"],
      factorVerificationAge: null,
    });
  });

  it("is all null when signed out, and a fresh plain object each call", async () => {
    const { state } = await run({});
    const auth = state.toAuth();
    const { has, ...fields } = auth;
    expect(fields).toEqual({
      tokenType: "session_token",
      isAuthenticated: false,
      userId: null,
      sessionId: null,
      sessionStatus: null,
      actor: null,
      orgId: null,
      orgRole: null,
      orgSlug: null,
      orgPermissions: null,
      factorVerificationAge: null,
      sessionClaims: null,
    });
    expect(has({ role: "org:admin" })).toBe(false);
    expect(state.toAuth()).not.toBe(auth);
  });

  it("signs a pending session out in toAuth() by default, and keeps it with treatPendingAsSignedOut: false", async () => {
    const t = await sign(key, sessionClaims({ sts: "pending" }));
    const { state } = await run({ authorization: `Bearer ${t}` });
    expect(state.status).toBe("signed-in");
    if (state.status !== "signed-in") return;
    expect(state.toAuth()).toMatchObject({ isAuthenticated: false, userId: null, sessionStatus: "pending" });
    expect(state.toAuth({ treatPendingAsSignedOut: false })).toMatchObject({ isAuthenticated: true, userId: "user_2abc", sessionStatus: "pending" });
    const kept = await run({ authorization: `Bearer ${t}` }, { treatPendingAsSignedOut: false });
    expect(kept.state.toAuth()).toMatchObject({ userId: "user_2abc", sessionStatus: "pending" });
    const active = await run({ authorization: `Bearer ${await sign(key, sessionClaims({ sts: "active" }))}` });
    expect(active.state.toAuth()).toMatchObject({ userId: "user_2abc", sessionStatus: "active" });
  });
});

describe("authenticateRequest never throws", () => {
  it("answers unexpected-error for things that are not requests", async () => {
    const core = coreFor(fakeApi());
    for (const bad of [undefined, null, {}, "https://x", { headers: 42 }]) {
      const state = await authenticateRequest(core, bad as unknown as Request);
      expect(state).toMatchObject({ status: "signed-out", reason: "unexpected-error" });
    }
  });

  it("answers with a Result or a state, never a throw, for a missing or bogus core", async () => {
    for (const bad of [undefined, null, "core", {}, { cache: null, options: null }]) {
      const core = bad as unknown as ClerkCore;
      const viaHeader = await authenticateRequest(core, requestWith({ authorization: `Bearer ${token}` }), { now });
      const viaMachine = await authenticateRequest(core, requestWith({ authorization: "Bearer ak_1234" }), { now, acceptsToken: "any" });
      const viaKey = await authenticateRequest(core, requestWith({ authorization: `Bearer ${token}` }), { now, jwtKey: key.pem });
      for (const state of [viaHeader, viaMachine, viaKey]) expect(state.status).toBe("signed-out");
      const result = await verifyToken(core, token, { now });
      expect(result.ok).toBe(false);
    }
  });

  it("survives garbage options and garbage headers", async () => {
    const core = coreFor(fakeApi({ "GET /jwks": jwksRoute(() => [key]) }));
    const garbage = {
      acceptsToken: 42,
      authorizedParties: "https://x",
      publishableKey: 7,
      jwtKey: {},
      clockSkewInMs: "soon",
    } as unknown as AuthenticateRequestOptions;
    const states = await Promise.all([
      authenticateRequest(core, requestWith({ authorization: `Bearer ${token}` }), garbage),
      authenticateRequest(core, requestWith({ cookie: `__session=${token}; __client_uat=${uat}` }), garbage),
      authenticateRequest(core, requestWith({ authorization: "Bearer \u00e9\u00e9.\u00e9.\u00e9" }), { now }),
      authenticateRequest(core, requestWith({ cookie: "__session=%%%; __client_uat=1" }), { now }),
    ]);
    for (const state of states) expect(state.status).toBe("signed-out");
  });
});
