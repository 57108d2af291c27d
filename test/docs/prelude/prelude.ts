// The names a documentation snippet may take for granted. A snippet says which ones it uses with
// `<!-- snippet: uses=core,usersList -->` above its fence (see CONTRIBUTING in the README); the
// snippet check copies this file into a scratch project that installed the packed clerk-fn and
// imports those names from it. So this file is compiled against the published package under every
// configuration the snippets are, and it is excluded from the repo's own tsconfig.
//
// The values are real, so a snippet marked `run` really runs: everything goes to an in-memory
// emulator, including a `ClerkCore` a snippet builds without `fetch` (the global fetch is the
// emulator's): nothing leaves the machine, and no Clerk account or key is needed.
import * as fs from "node:fs/promises";
import { ClerkCore } from "clerk-fn/core";
import { createClerkEmulator } from "clerk-fn/testing";
import { verifyWebhook } from "clerk-fn/webhooks";
import { usersCreate } from "clerk-fn/funcs/usersCreate";

export { ClerkCore, createClerkEmulator, fs, usersCreate };
export { paginate, paginateItems, unwrap } from "clerk-fn/core";
export { authenticateRequest, verifyToken } from "clerk-fn/auth";
export { invitationsCreate } from "clerk-fn/funcs/invitationsCreate";
export { organizationsList } from "clerk-fn/funcs/organizationsList";
export { usersGet } from "clerk-fn/funcs/usersGet";
export { usersList } from "clerk-fn/funcs/usersList";

const ORIGIN = "https://app.example.com";

export const emulator = createClerkEmulator({
  seed: 1,
  users: [{ id: "user_123", email_address: ["seeded@example.com"], first_name: "Ada", public_metadata: { plan: "free" } }],
  organizations: [{ id: "org_acme", name: "Acme", members: [{ user_id: "user_123", role: "org:admin" }] }],
});
globalThis.fetch = emulator.fetch;
process.env.CLERK_SECRET_KEY = emulator.secretKey;

export const secretKey: string = emulator.secretKey;
export const core: ClerkCore = new ClerkCore({ secretKey, fetch: emulator.fetch });
export const user_id = "user_123";
export const userId = "user_123";

/** What an app reads from its environment (Workers' `env`, or `process.env`). */
export const env = {
  CLERK_SECRET_KEY: emulator.secretKey,
  CLERK_JWT_KEY: await emulator.publicKeyPem(),
  // A publishable key encodes the instance's Frontend API host, here the emulator's issuer.
  CLERK_PUBLISHABLE_KEY: `pk_test_${btoa(`${new URL(emulator.issuer).host}$`)}`,
  CLERK_WEBHOOK_SIGNING_SECRET: emulator.webhookSigningSecret,
  CLERK_MACHINE_SECRET_KEY: emulator.machineSecretKey,
};

/** A session token of user_123 for ORIGIN, and a request that carries it. */
export const token: string = await emulator.createSessionToken({ userId, orgId: "org_acme", azp: ORIGIN });
export const request: Request = new Request(`${ORIGIN}/api/me`, { headers: { authorization: `Bearer ${token}` } });

/** A signed webhook delivery of the user.created event the emulator records, as a Request (`req`) and as raw body + headers. */
const created = await usersCreate(core, { email_address: ["grace@example.com"], first_name: "Grace" });
if (!created.ok) throw created.error;
const event = emulator.events.find((e) => e.type === "user.created");
if (!event) throw new Error("the emulator recorded no user.created event");
const signed = await emulator.signWebhook(event);
export const rawBody: string = signed.payload;
export const webhookHeaders: Record<string, string> = { ...signed.headers };
export const req: Request = new Request(`${ORIGIN}/webhooks/clerk`, { method: "POST", body: rawBody, headers: webhookHeaders });
export const signingSecret: string = emulator.webhookSigningSecret;

/** Stand-ins for an app's own observability. */
export const metrics = { count(name: string, status: number): void { void name; void status; } };
export const log = { warn(...args: unknown[]): void { void args; } };
export const myInstrumentedFetch: typeof fetch = (input, init) => emulator.fetch(input, init);
export function notFound(): void {}

/** The app's webhook endpoint, as docs/TESTING.md drives it: 204 when the signature verifies. */
export async function myWebhookHandler(request: Request): Promise<Response> {
  const verified = await verifyWebhook(await request.text(), request.headers, { signingSecret: emulator.webhookSigningSecret });
  return new Response(null, { status: verified.ok ? 204 : 400 });
}
/** Some JSON an app wants a route of the emulator to answer. */
export const mySettings = { enabled: true, max_allowed_memberships: 5 };
