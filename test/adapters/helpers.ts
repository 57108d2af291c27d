// Shared setup for the adapter tests: an emulator with a user and an organization, a core on it,
// tokens it signs, API keys and M2M tokens it issues, servers on loopback, signed webhooks.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { expect } from "vitest";
import { ClerkCore } from "../../src/core/index.js";
import { apiKeysCreate } from "../../src/funcs/apiKeysCreate.js";
import { m2mCreateToken } from "../../src/funcs/m2mCreateToken.js";
import { createWebhookHandler } from "../../src/webhooks/index.js";
import { createClerkEmulator, type ClerkEmulator } from "../../src/testing/index.js";
import type { ClerkAuth } from "../../src/node/index.js";

export interface Fixture {
  readonly emulator: ClerkEmulator;
  /** The app's core: the instance secret key, plus the machine secret key that verifies M2M tokens. */
  readonly core: ClerkCore;
  /** A session token of user_ada, as a Bearer token or cookie. */
  sessionToken(options?: { orgId?: string }): Promise<string>;
  /** An API key of user_ada (scope `read`), created through the API on first use. */
  apiKey(): Promise<{ readonly id: string; readonly secret: string }>;
  /** An M2M token of the emulator's machine, created through the API with the machine secret key. */
  m2mToken(format?: "opaque" | "jwt"): Promise<string>;
}

/** The origin the app runs on (`azp` of its session tokens) and the organization. */
export const ORIGIN = "https://app.example.com";
export const ORG_ID = "org_acme";

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * Machine credentials are the emulator's own: created with the SDK's functions as a user would,
 * and verified by the adapters through the real calls (opaque) or the instance JWKS (JWT M2M).
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
  const core = new ClerkCore({ secretKey: emulator.secretKey, machineSecretKey: emulator.machineSecretKey, fetch: emulator.fetch, retry: false });
  const machine = new ClerkCore({ secretKey: emulator.machineSecretKey, fetch: emulator.fetch, retry: false });
  let key: Promise<{ id: string; secret: string }> | undefined;
  return {
    emulator,
    core,
    sessionToken: (options) => emulator.createSessionToken({ userId: "user_ada", azp: ORIGIN, ...(options?.orgId ? { orgId: options.orgId } : {}) }),
    apiKey: () =>
      (key ??= apiKeysCreate(core, { name: "ci", subject: "user_ada", scopes: ["read"] }).then((r) => {
        const { id, secret } = value(r, "apiKeysCreate");
        return { id, secret };
      })),
    m2mToken: async (format = "jwt") => value(await m2mCreateToken(machine, { token_format: format, claims: { job: "nightly" } }), "m2mCreateToken").token,
  };
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
