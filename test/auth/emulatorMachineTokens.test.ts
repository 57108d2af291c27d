// The emulator's machine credentials, end to end through clerk-fn's own functions and
// authenticateRequest: API keys, M2M tokens (opaque and JWT) and OAuth access tokens are created,
// verified, revoked and expire; a token the emulator did not issue is never signed in.
import { describe, expect, it } from "vitest";
import { authenticateRequest } from "../../src/auth/index.js";
import { ClerkCore } from "../../src/core/index.js";
import { apiKeysCreate } from "../../src/funcs/apiKeysCreate.js";
import { apiKeysList } from "../../src/funcs/apiKeysList.js";
import { apiKeysRevoke } from "../../src/funcs/apiKeysRevoke.js";
import { m2mCreateToken } from "../../src/funcs/m2mCreateToken.js";
import { m2mListTokens } from "../../src/funcs/m2mListTokens.js";
import { m2mRevokeToken } from "../../src/funcs/m2mRevokeToken.js";
import { createClerkEmulator } from "../../src/testing/index.js";

function setup(start = Date.UTC(2026, 0, 15, 12)) {
  let clock = start;
  const emulator = createClerkEmulator({ now: () => clock, users: [{ id: "user_2ada", email_address: ["ada@example.com"] }] });
  const core = new ClerkCore({ secretKey: emulator.secretKey, machineSecretKey: emulator.machineSecretKey, fetch: emulator.fetch });
  const machineCore = new ClerkCore({ secretKey: emulator.machineSecretKey, fetch: emulator.fetch });
  const ask = (token: string, acceptsToken: "api_key" | "m2m_token" | "oauth_token" | "any") =>
    authenticateRequest(core, new Request("https://app.example.com/api", { headers: { authorization: `Bearer ${token}` } }), { acceptsToken, now: () => clock });
  return { emulator, core, machineCore, ask, advance: (ms: number) => (clock += ms) };
}

const ok = <T,>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r.error)}`);
  return r.value;
};

describe("emulator: API keys", () => {
  it("creates a key whose secret signs in with its subject, scopes and claims; revoking signs it out", async () => {
    const { core, ask } = setup();
    const created = ok(await apiKeysCreate(core, { name: "CI", subject: "user_2ada", scopes: ["read"], claims: { team: "core" } }));
    expect(created.secret.startsWith("ak_")).toBe(true);
    const state = await ask(created.secret, "api_key");
    expect(state.status).toBe("signed-in");
    expect(state.toAuth()).toMatchObject({ tokenType: "api_key", id: created.id, subject: "user_2ada", userId: "user_2ada", name: "CI", scopes: ["read"], claims: { team: "core" } });
    const listed = ok(await apiKeysList(core, { subject: "user_2ada" }));
    expect(JSON.stringify(listed)).toContain(created.id);
    ok(await apiKeysRevoke(core, { apiKeyID: created.id, revocation_reason: "rotated" }));
    expect(await ask(created.secret, "api_key")).toMatchObject({ status: "signed-out", reason: "token-invalid" });
  });

  it("never signs in a random ak_ string, nor a key after it expired", async () => {
    const { core, ask, advance } = setup();
    expect(await ask("ak_0123456789abcdef0123456789abcdef", "api_key")).toMatchObject({ status: "signed-out", reason: "token-invalid" });
    const created = ok(await apiKeysCreate(core, { name: "short", subject: "org_2acme", seconds_until_expiration: 60 }));
    expect((await ask(created.secret, "api_key")).toAuth()).toMatchObject({ orgId: "org_2acme", userId: null });
    advance(61_000);
    expect(await ask(created.secret, "api_key")).toMatchObject({ status: "signed-out", reason: "token-invalid" });
  });
});

describe("emulator: M2M tokens", () => {
  it("issues opaque tokens for its machine (machine secret key), verified with the core's machineSecretKey", async () => {
    const { emulator, machineCore, ask, advance } = setup();
    const created = ok(await m2mCreateToken(machineCore, { seconds_until_expiration: 120, claims: { region: "eu" } }));
    expect(created.subject).toBe(emulator.machineId);
    const state = await ask(created.token, "m2m_token");
    expect(state.toAuth()).toMatchObject({ tokenType: "m2m_token", machineId: emulator.machineId, claims: { region: "eu" } });
    expect(emulator.requests.at(-1)).toMatchObject({ path: "/m2m_tokens/verify", status: 200 });
    const listed = ok(await m2mListTokens(machineCore, { subject: emulator.machineId }));
    expect(JSON.stringify(listed)).toContain(created.id);
    advance(121_000);
    expect(await ask(created.token, "m2m_token")).toMatchObject({ status: "signed-out", reason: "token-invalid" });
  });

  it("revokes, refuses creation with the instance key, and signs JWT-format tokens verified locally", async () => {
    const { core, machineCore, ask, emulator } = setup();
    const created = ok(await m2mCreateToken(machineCore, {}));
    ok(await m2mRevokeToken(machineCore, { m2m_token_id: created.id }));
    expect(await ask(created.token, "m2m_token")).toMatchObject({ status: "signed-out", reason: "token-invalid" });
    // Like @clerk/backend's m2m.createToken, a core with a machine secret key creates with it; one that
    // holds only the instance secret key sends that, and Clerk refuses creation with it.
    const instanceOnly = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch });
    const refused = await m2mCreateToken(instanceOnly, {});
    expect(!refused.ok && refused.error.kind).toBe("api");
    const jwt = ok(await m2mCreateToken(machineCore, { token_format: "jwt", claims: { job: "nightly" } }));
    expect(jwt.token.split(".")).toHaveLength(3);
    const before = emulator.requests.length;
    const state = await ask(jwt.token, "m2m_token");
    expect(state.toAuth()).toMatchObject({ tokenType: "m2m_token", id: jwt.id, machineId: emulator.machineId, claims: { job: "nightly" } });
    expect(emulator.requests.slice(before).map((r) => r.path)).toEqual(["/jwks"]);
  });
});

describe("emulator: OAuth access tokens", () => {
  it("verifies an issued token with its user, client and scopes, until revoked or expired", async () => {
    const { emulator, ask, advance } = setup();
    const { token } = emulator.createOAuthAccessToken({ userId: "user_2ada", clientId: "client_2app", scopes: ["profile"], expiresInSeconds: 300 });
    expect((await ask(token, "oauth_token")).toAuth()).toMatchObject({ tokenType: "oauth_token", userId: "user_2ada", clientId: "client_2app", scopes: ["profile"] });
    const second = emulator.createOAuthAccessToken({ userId: "user_2ada" });
    expect(emulator.revokeOAuthAccessToken(second.id)).toBe(true);
    expect(await ask(second.token, "oauth_token")).toMatchObject({ status: "signed-out", reason: "token-invalid" });
    expect(emulator.revokeOAuthAccessToken("oat_unknown")).toBe(false);
    advance(301_000);
    expect(await ask(token, "oauth_token")).toMatchObject({ status: "signed-out", reason: "token-invalid" });
    expect(() => emulator.createOAuthAccessToken({ userId: "user_missing" })).toThrow(TypeError);
  });

  it("forgets every machine credential on reset()", async () => {
    const { emulator, core, ask } = setup();
    const created = ok(await apiKeysCreate(core, { name: "CI", subject: "user_2ada" }));
    const { token } = emulator.createOAuthAccessToken({ userId: "user_2ada" });
    emulator.reset();
    expect((await ask(created.secret, "api_key")).status).toBe("signed-out");
    expect((await ask(token, "oauth_token")).status).toBe("signed-out");
  });
});
