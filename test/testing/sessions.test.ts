// Sessions, the session tokens the emulator signs, JWT templates and the JWKS: tokens minted by
// the emulator are verified end to end by authenticateRequest / verifyToken and by plain jose.
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, test } from "vitest";
import { authenticateRequest, verifyToken } from "../../src/auth/index.js";
import { jwksGetJWKS } from "../../src/funcs/jwksGetJWKS.js";
import { jwtTemplatesCreate } from "../../src/funcs/jwtTemplatesCreate.js";
import { jwtTemplatesDelete } from "../../src/funcs/jwtTemplatesDelete.js";
import { jwtTemplatesGet } from "../../src/funcs/jwtTemplatesGet.js";
import { jwtTemplatesList } from "../../src/funcs/jwtTemplatesList.js";
import { jwtTemplatesUpdate } from "../../src/funcs/jwtTemplatesUpdate.js";
import { organizationsCreate } from "../../src/funcs/organizationsCreate.js";
import { sessionsCreate } from "../../src/funcs/sessionsCreate.js";
import { sessionsCreateToken } from "../../src/funcs/sessionsCreateToken.js";
import { sessionsCreateTokenFromTemplate } from "../../src/funcs/sessionsCreateTokenFromTemplate.js";
import { sessionsGet } from "../../src/funcs/sessionsGet.js";
import { sessionsList } from "../../src/funcs/sessionsList.js";
import { sessionsRevoke } from "../../src/funcs/sessionsRevoke.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { apiError, ok, setup } from "./helpers.js";

const ORIGIN = "https://app.example.com";
const users = [{ id: "user_ada", email_address: ["ada@example.com"], first_name: "Ada", last_name: "Lovelace" }];

const bearer = (token: string) => new Request(`${ORIGIN}/api/me`, { headers: { authorization: `Bearer ${token}` } });

describe("session tokens from createSessionToken", () => {
  test("authenticateRequest accepts them, loading the JWKS through the core", async () => {
    const { emulator, core } = setup({ users });
    const token = await emulator.createSessionToken({ userId: "user_ada", azp: ORIGIN });
    const state = await authenticateRequest(core, bearer(token), { authorizedParties: [ORIGIN] });
    if (state.status !== "signed-in") throw new Error(`signed out: ${state.reason}`);
    const auth = state.toAuth();
    expect(auth).toMatchObject({ tokenType: "session_token", userId: "user_ada", orgId: null });
    expect(emulator.requests.map((r) => r.route)).toEqual(["GET /jwks"]);
    // The session the token names exists, and signing in moved the user's activity.
    const sessionId = auth.tokenType === "session_token" ? auth.sessionId : null;
    expect(ok(await sessionsGet(core, { session_id: sessionId! }))).toMatchObject({ user_id: "user_ada", status: "active" });
    expect(ok(await usersGet(core, { user_id: "user_ada" })).last_sign_in_at).toEqual(expect.any(Number));
  });

  test("claims are Clerk's v2 session claims, signed RS256 under the JWKS kid", async () => {
    const { emulator } = setup({ users });
    const token = await emulator.createSessionToken({ userId: "user_ada", azp: ORIGIN });
    const header = decodeProtectedHeader(token);
    expect(header).toMatchObject({ alg: "RS256", typ: "JWT", kid: emulator.instanceId });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: "user_ada", azp: ORIGIN, iss: emulator.issuer, v: 2, sts: "active" });
    expect(claims.sid).toMatch(/^sess_/);
    expect(claims.exp! - claims.iat!).toBe(60);
    expect(claims.nbf).toBeLessThan(claims.iat!);
  });

  test("networkless verification with the emulator's PEM sends no request", async () => {
    const { emulator, core } = setup({ users });
    const token = await emulator.createSessionToken({ userId: "user_ada" });
    const result = await verifyToken(core, token, { jwtKey: await emulator.publicKeyPem() });
    expect(result.ok && result.value.sub).toBe("user_ada");
    expect(emulator.requests).toHaveLength(0);
  });

  test("plain jose verifies them against the JWKS that jwksGetJWKS returns", async () => {
    const { emulator, core } = setup({ users });
    const token = await emulator.createSessionToken({ userId: "user_ada" });
    const jwks = ok(await jwksGetJWKS(core));
    expect(jwks.keys?.[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", kid: emulator.instanceId });
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]), {
      issuer: emulator.issuer,
      algorithms: ["RS256"],
    });
    expect(payload.sub).toBe("user_ada");
  });

  test("the active organization is in the o claim; custom role permissions come through", async () => {
    const { emulator, core } = setup({
      users,
      roles: { "org:billing": ["org:sys_memberships:read", "org:invoices:read", "org:invoices:manage", "org:reports:read"] },
      organizations: [{ id: "org_acme", name: "Acme", slug: "acme", members: [{ user_id: "user_ada", role: "org:billing" }] }],
    });
    const token = await emulator.createSessionToken({ userId: "user_ada", orgId: "org_acme" });
    expect(decodeJwt(token).o).toMatchObject({ id: "org_acme", rol: "billing", slg: "acme" });
    const state = await authenticateRequest(core, bearer(token));
    if (state.status !== "signed-in") throw new Error(`signed out: ${state.reason}`);
    expect(state.toAuth()).toMatchObject({
      orgId: "org_acme",
      orgRole: "org:billing",
      orgSlug: "acme",
      orgPermissions: ["org:invoices:read", "org:invoices:manage", "org:reports:read"],
    });
  });

  test("expired tokens and foreign origins are refused", async () => {
    const { emulator, core } = setup({ users });
    const token = await emulator.createSessionToken({ userId: "user_ada", azp: "https://evil.example.com", expiresInSeconds: 30 });
    const later = await authenticateRequest(core, bearer(token), { now: () => Date.now() + 120_000 });
    expect(later).toMatchObject({ status: "signed-out", reason: "token-expired" });
    const foreign = await authenticateRequest(core, bearer(token), { authorizedParties: [ORIGIN] });
    expect(foreign).toMatchObject({ status: "signed-out", reason: "token-invalid-authorized-parties" });
  });

  test("another emulator's token does not verify", async () => {
    const a = setup({ users });
    const b = setup({ users });
    const token = await a.emulator.createSessionToken({ userId: "user_ada" });
    const state = await authenticateRequest(b.core, bearer(token));
    expect(state.status).toBe("signed-out");
  });

  test("minting for an unknown user, or an org the user is not in, throws", async () => {
    const { emulator } = setup({ users, organizations: [{ id: "org_x", name: "X" }] });
    await expect(emulator.createSessionToken({ userId: "user_nobody" })).rejects.toThrow(/resource_not_found/);
    await expect(emulator.createSessionToken({ userId: "user_ada", orgId: "org_x" })).rejects.toThrow(/not a member/);
  });
});

describe("sessions through the API", () => {
  test("create, list by user, get, revoke; a revoked session gets no token", async () => {
    const { core } = setup({ users });
    const session = ok(await sessionsCreate(core, { user_id: "user_ada" }));
    expect(session).toMatchObject({ object: "session", status: "active", user_id: "user_ada" });
    expect(session.expire_at).toBeGreaterThan(session.created_at);
    expect(ok(await sessionsList(core, { user_id: "user_ada" })).map((s) => s.id)).toEqual([session.id]);
    expect(ok(await sessionsList(core, { user_id: "user_ada", status: "revoked" }))).toEqual([]);

    const { jwt } = ok(await sessionsCreateToken(core, { session_id: session.id }));
    expect(decodeJwt(jwt!)).toMatchObject({ sid: session.id, sub: "user_ada" });

    expect(ok(await sessionsRevoke(core, { session_id: session.id })).status).toBe("revoked");
    expect(apiError(await sessionsCreateToken(core, { session_id: session.id })).status).toBe(404);
    expect(apiError(await sessionsGet(core, { session_id: "sess_missing" })).errors[0]?.code).toBe("resource_not_found");
  });

  test("a session with an active organization signs it into its tokens", async () => {
    const { core } = setup({ users });
    const org = ok(await organizationsCreate(core, { name: "Acme", created_by: "user_ada" }));
    const session = ok(await sessionsCreate(core, { user_id: "user_ada", active_organization_id: org.id }));
    const { jwt } = ok(await sessionsCreateToken(core, { session_id: session.id, expires_in_seconds: 300 }));
    const state = await authenticateRequest(core, bearer(jwt!));
    expect(state.status === "signed-in" && state.toAuth()).toMatchObject({ orgId: org.id, orgRole: "org:admin" });
    expect(decodeJwt(jwt!).exp! - decodeJwt(jwt!).iat!).toBe(300);
  });
});

describe("JWT templates", () => {
  test("CRUD, unique names, and tokens whose shortcodes are filled from the user", async () => {
    const { core } = setup({ users });
    const template = ok(
      await jwtTemplatesCreate(core, {
        name: "supabase",
        claims: { email: "{{user.primary_email_address}}", name: "{{user.first_name}} {{user.last_name}}", role: "authenticated", meta: "{{user.public_metadata}}" },
        lifetime: 120,
      }),
    );
    expect(template).toMatchObject({ object: "jwt_template", name: "supabase", lifetime: 120, allowed_clock_skew: 5, signing_algorithm: "RS256" });
    expect(apiError(await jwtTemplatesCreate(core, { name: "supabase", claims: {} })).errors[0]?.code).toBe("form_identifier_exists");
    expect(ok(await jwtTemplatesList(core)).map((t) => t.id)).toEqual([template.id]);

    const session = ok(await sessionsCreate(core, { user_id: "user_ada" }));
    const { jwt } = ok(await sessionsCreateTokenFromTemplate(core, { session_id: session.id, template_name: "supabase" }));
    const claims = decodeJwt(jwt!);
    expect(claims).toMatchObject({ sub: "user_ada", email: "ada@example.com", name: "Ada Lovelace", role: "authenticated", meta: {} });
    expect(claims.exp! - claims.iat!).toBe(120);
    // A template token is not a session token: verifiers must refuse it as one.
    const state = await authenticateRequest(core, bearer(jwt!));
    expect(state).toMatchObject({ status: "signed-out", reason: "token-type-mismatch" });

    const renamed = ok(await jwtTemplatesUpdate(core, { template_id: template.id, name: "hasura", claims: { a: 1 } }));
    expect(renamed).toMatchObject({ name: "hasura", lifetime: 120 });
    expect(ok(await jwtTemplatesGet(core, { template_id: template.id })).name).toBe("hasura");
    expect(ok(await jwtTemplatesDelete(core, { template_id: template.id }))).toMatchObject({ deleted: true, id: template.id });
    expect(apiError(await jwtTemplatesGet(core, { template_id: template.id })).status).toBe(404);
    expect(apiError(await sessionsCreateTokenFromTemplate(core, { session_id: session.id, template_name: "hasura" })).status).toBe(404);
  });
});
