// Shared setup for the adapter tests: an emulator with a user and an organization, a core on it,
// tokens it signs, a machine token it verifies, servers on loopback, signed webhooks.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { expect } from "vitest";
import { ClerkCore } from "../../src/core/index.js";
import { m2mCreateToken } from "../../src/funcs/m2mCreateToken.js";
import { createWebhookHandler } from "../../src/webhooks/index.js";
import { createClerkEmulator, type ClerkEmulator } from "../../src/testing/index.js";
import type { ClerkAuth } from "../../src/node/index.js";

export interface Fixture {
  readonly emulator: ClerkEmulator;
  readonly core: ClerkCore;
  /** A session token of user_ada, as a Bearer token or cookie. */
  sessionToken(options?: { orgId?: string }): Promise<string>;
  /** A JWT M2M token: `sub` is a machine (`mch_…`), signed by the emulator's instance key. */
  m2mToken(): Promise<string>;
}

/** The origin the app runs on (`azp` of its session tokens), the organization, and an API key the emulator verifies. */
export const ORIGIN = "https://app.example.com";
export const ORG_ID = "org_acme";
export const API_KEY = "ak_live_test_adapters_0123456789";

/**
 * The emulator's verify route for API keys is overridden with Clerk's answer shape for one fixed
 * key (so tests can name it) and Clerk's 404 for any other: the adapters then verify opaque
 * machine tokens through the real BAPI call, as in production. M2M tokens are the emulator's own.
 */
export function fixture(): Fixture {
  const emulator = createClerkEmulator({
    users: [
      { id: "user_ada", email_address: ["ada@example.com"], first_name: "Ada" },
      { id: "user_bob", email_address: ["bob@example.com"], first_name: "Bob" },
    ],
    organizations: [{ id: ORG_ID, name: "Acme", created_by: "user_ada", members: [{ user_id: "user_bob", role: "org:member" }] }],
    webhookSigningSecret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  });
  installApiKey(emulator);
  const core = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch, retry: false });
  return {
    emulator,
    core,
    sessionToken: (options) => emulator.createSessionToken({ userId: "user_ada", azp: ORIGIN, ...(options?.orgId ? { orgId: options.orgId } : {}) }),
    // A JWT-format M2M token minted by the emulator's machine, as a real machine gets one.
    m2mToken: async () => {
      const machine = new ClerkCore({ secretKey: emulator.secretKey, machineSecretKey: emulator.machineSecretKey, fetch: emulator.fetch, retry: false });
      const minted = await m2mCreateToken(machine, { token_format: "jwt" });
      if (!minted.ok || !minted.value.token) throw new Error("the emulator minted no M2M token");
      return minted.value.token;
    },
  };
}

/** Installs the API key verify route (again after a `reset()`). */
export function installApiKey(emulator: ClerkEmulator): void {
  emulator.override("POST /api_keys/verify", ({ body }) => {
    const secret = (body as { secret?: unknown } | undefined)?.secret;
    if (secret !== API_KEY) {
      return Response.json({ errors: [{ code: "resource_not_found", message: "not found", long_message: "API key not found" }] }, { status: 404 });
    }
    const t = Date.now();
    return {
      object: "api_key",
      id: "ak_2adapters",
      type: "api_key",
      subject: "user_ada",
      name: "ci",
      claims: null,
      scopes: ["read"],
      revoked: false,
      revocation_reason: null,
      expired: false,
      expiration: null,
      created_by: "user_ada",
      last_used_at: null,
      created_at: t,
      updated_at: t,
    };
  });
}

/** Listens on 127.0.0.1, a free port; resolves with the base URL. */
export function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/** Closes a server and every connection it still holds. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** The cookies a signed-in browser sends: the session token and a `__client_uat` not newer than it. */
export function sessionCookies(token: string): string {
  const iat = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).iat as number;
  return `theme=dark; __client_uat=${iat - 5}; __session=${token}`;
}

/** A real `user.created` event: made by creating a user in the emulator, signed as Clerk does. */
export async function signedUserCreated(emulator: ClerkEmulator, core: ClerkCore): Promise<{ payload: string; headers: Record<string, string> }> {
  const { usersCreate } = await import("../../src/funcs/usersCreate.js");
  const created = await usersCreate(core, { email_address: [`new${Math.random().toString(36).slice(2, 8)}@example.com`], first_name: "New" });
  if (!created.ok) throw created.error;
  const event = emulator.events.findLast((e) => e.type === "user.created");
  if (!event) throw new Error("the emulator recorded no user.created event");
  const signed = await emulator.signWebhook(event);
  return { payload: signed.payload, headers: { ...signed.headers, "content-type": "application/json" } };
}

/**
 * A webhook endpoint as the framework tests mount it: `createWebhookHandler` with dedupe and a
 * `user.created` handler that records the user id, and fails the next `n` deliveries on demand.
 */
export function webhookEndpoint(f: Fixture): { hook: (request: Request) => Promise<Response>; handled: string[]; failNext(n: number): void } {
  const handled: string[] = [];
  let failures = 0;
  const hook = createWebhookHandler({
    signingSecret: f.emulator.webhookSigningSecret,
    dedupe: true,
    on: {
      "user.created": (event) => {
        if (failures > 0) {
          failures -= 1;
          throw new Error("downstream unavailable");
        }
        handled.push(event.data.id);
      },
    },
  });
  return { hook, handled, failNext: (n) => void (failures = n) };
}

/** What every framework's guard must do: 401 signed out, 200 signed in, 302 to `redirectTo`, 403 without the role. */
export async function expectGuards(f: Fixture, get: (path: string, headers?: Record<string, string>) => Promise<Response>, location: string): Promise<void> {
  const denied = await get("/private");
  expect([denied.status, await denied.json(), denied.headers.get("www-authenticate")]).toEqual([401, { error: "unauthenticated", reason: "session-token-missing" }, "Bearer"]);
  expect(await (await get("/private", { authorization: `Bearer ${await f.sessionToken()}` })).json()).toEqual({ userId: "user_ada" });
  const redirect = await get("/page");
  expect([redirect.status, redirect.headers.get("location")]).toEqual([302, location]);
  const member = await f.emulator.createSessionToken({ userId: "user_bob", azp: ORIGIN, orgId: ORG_ID });
  expect((await get("/admin", { authorization: `Bearer ${member}` })).status).toBe(403);
  expect((await get("/admin", { authorization: `Bearer ${await f.sessionToken({ orgId: ORG_ID })}` })).status).toBe(200);
  expect((await get("/admin")).status).toBe(401);
}

/** The user behind an adapter's auth object: sessions, and API keys or OAuth tokens of a user. */
export function userOf(auth: ClerkAuth | undefined): string | null | undefined {
  return auth && "userId" in auth ? auth.userId : undefined;
}
