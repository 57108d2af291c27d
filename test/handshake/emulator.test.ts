// The emulator's part of the browser flow: handshake payloads behind single-use nonces, the session
// refresh (only with a refresh token it issued, for that session), and the signed handshake form.
import { describe, expect, it } from "vitest";
import { authenticateRequest, handshake } from "../../src/auth/index.js";
import { issuerFromPublishableKey } from "../../src/auth/cookies.js";
import { ClerkCore } from "../../src/core/index.js";
import { sessionsRefresh } from "../../src/funcs/sessionsRefresh.js";
import { createClerkEmulator } from "../../src/testing/index.js";

function setup() {
  const emulator = createClerkEmulator({ users: [{ id: "user_em", email_address: ["em@example.com"] }] });
  const core = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch, retry: false });
  return { emulator, core };
}

const get = (core: ClerkCore, path: string): Promise<Response> => core.fetch(`${core.serverURL}${path}`, { headers: { authorization: `Bearer ${core.secretKey}` } });

describe("emulator: handshake payloads and refresh", () => {
  it("publishableKey names the issuer's host, so the emulator's tokens belong to that key", () => {
    const { emulator } = setup();
    expect(issuerFromPublishableKey(emulator.publishableKey)).toBe(emulator.issuer);
  });

  it("a nonce resolves once to the directives of the browser session", async () => {
    const { emulator, core } = setup();
    const browser = await emulator.startBrowserSession({ userId: "user_em", publishableKey: emulator.publishableKey });
    const first = await get(core, `/clients/handshake_payload?nonce=${browser.nonce}`);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { directives: string[] }).directives).toEqual(browser.directives);
    expect((await get(core, `/clients/handshake_payload?nonce=${browser.nonce}`)).status).toBe(404);
    expect(browser.directives.some((d) => d.startsWith("__clerk_db_jwt="))).toBe(true);
  });

  it("refreshes only with its own refresh token, for its own session, while the session is active", async () => {
    const { emulator, core } = setup();
    const a = await emulator.startBrowserSession({ userId: "user_em", publishableKey: emulator.publishableKey });
    const b = await emulator.startBrowserSession({ userId: "user_em", publishableKey: emulator.publishableKey });
    const expired = await emulator.createSessionToken({ userId: "user_em", sessionId: a.sessionId });
    const base = { session_id: a.sessionId, expired_token: expired, request_origin: "https://app.example.com" };
    const okRefresh = await sessionsRefresh(core, { ...base, refresh_token: a.refreshToken, format: "token" });
    expect(okRefresh.ok && "jwt" in okRefresh.value).toBe(true);
    const wrong = await sessionsRefresh(core, { ...base, refresh_token: b.refreshToken });
    expect(!wrong.ok && wrong.error.kind === "api" && wrong.error.status).toBe(401);
    const unknown = await sessionsRefresh(core, { ...base, refresh_token: "rt_nobody" });
    expect(!unknown.ok && unknown.error.kind === "api" && unknown.error.status).toBe(401);
  });

  it("the signed __clerk_handshake form verifies with the emulator's keys (production key: in a cookie)", async () => {
    const { emulator, core } = setup();
    const live = `pk_live_${btoa(`${new URL(emulator.issuer).host}$`)}`;
    const browser = await emulator.startBrowserSession({ userId: "user_em", publishableKey: live, azp: "https://app.example.com" });
    const state = await authenticateRequest(core, new Request("https://app.example.com/", { headers: { cookie: `__clerk_handshake=${browser.token}`, "sec-fetch-dest": "document" } }), {
      publishableKey: live,
      handshake,
    });
    expect(state.status).toBe("signed-in");
    expect(state.toAuth()).toMatchObject({ userId: "user_em", sessionId: browser.sessionId });
    expect(browser.directives.some((d) => d.startsWith("__clerk_db_jwt"))).toBe(false);
  });

  it("reset() forgets nonces and refresh tokens with the rest of the state", async () => {
    const { emulator, core } = setup();
    const browser = await emulator.startBrowserSession({ userId: "user_em", publishableKey: emulator.publishableKey });
    emulator.reset();
    expect((await get(core, `/clients/handshake_payload?nonce=${browser.nonce}`)).status).toBe(404);
  });

  it("refuses to start a session for an unknown session id or without a publishable key", async () => {
    const { emulator } = setup();
    await expect(emulator.startBrowserSession({ userId: "user_em", publishableKey: emulator.publishableKey, sessionId: "sess_nope" })).rejects.toThrow(TypeError);
    await expect(emulator.startBrowserSession({ userId: "user_em", publishableKey: "nope" })).rejects.toThrow(TypeError);
  });
});
