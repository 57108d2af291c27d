// `npm start`: clerk-fn end to end. Without CLERK_SECRET_KEY it runs on the in-memory emulator
// (no account, no network); with one it runs against your Clerk instance and deletes what it
// created before exiting. Every call returns a Result: nothing here needs try/catch.
import { authenticateRequest } from "../src/auth/index.js";
import { ClerkCore, paginate, type Result } from "../src/core/index.js";
import { organizationMembershipsCreate } from "../src/funcs/organizationMembershipsCreate.js";
import { organizationMembershipsList } from "../src/funcs/organizationMembershipsList.js";
import { organizationsCreate } from "../src/funcs/organizationsCreate.js";
import { organizationsDelete } from "../src/funcs/organizationsDelete.js";
import { usersCreate } from "../src/funcs/usersCreate.js";
import { usersDelete } from "../src/funcs/usersDelete.js";
import { usersGet } from "../src/funcs/usersGet.js";
import { usersList } from "../src/funcs/usersList.js";
import { usersUpdateMetadata } from "../src/funcs/usersUpdateMetadata.js";
import type { User } from "../src/models/user.js";
import { createClerkEmulator, type ClerkEmulator } from "../src/testing/index.js";
import { createWebhookHeaders, verifyWebhook } from "../src/webhooks/index.js";
import { demoTarget, type DemoTarget } from "./target.js";

const APP_ORIGIN = "http://localhost:3000";

const target = demoTarget(process.env, process.argv.slice(2));
if (target.kind === "refused") {
  console.error(`✗ ${target.message}`);
  process.exit(2);
}
const { core, emulator } = connect(target);

/** The real API with a secret key; otherwise a fresh emulator, plugged in as the core's fetch. */
function connect(target: Exclude<DemoTarget, { kind: "refused" }>): { core: ClerkCore; emulator: ClerkEmulator | undefined } {
  if (target.kind === "instance") return { core: new ClerkCore({ secretKey: target.secretKey }), emulator: undefined };
  const emulator = createClerkEmulator();
  return { core: new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch }), emulator };
}

const step = (title: string): void => console.log(`\n▸ ${title}`);
const line = (text: string): void => console.log(`  ${text}`);

/** The value of a Result, or a printed error and a failed exit: the demo stops at the first surprise. */
function expectOk<T>(result: Result<T, { kind: string; message: string }>, what: string): T {
  if (result.ok) return result.value;
  const e = result.error;
  console.error(`\n✗ ${what} failed: ${e.kind} — ${e.message}`);
  throw new DemoFailure();
}
class DemoFailure extends Error {}

const created = { users: [] as User[], organizationId: undefined as string | undefined };

async function main(): Promise<void> {
  console.log(
    emulator
      ? "clerk-fn demo — on the in-memory emulator (set CLERK_SECRET_KEY to run against your instance)"
      : `clerk-fn demo — against your ${target.kind === "instance" && target.live ? "PRODUCTION" : "development"} Clerk instance (everything it creates is deleted at the end)`,
  );

  // A run id keeps this run's users apart from anything else on a real instance.
  const run = Math.random().toString(36).slice(2, 8);
  step("Create three users");
  for (const [first, last] of [["Ada", "Lovelace"], ["Grace", "Hopper"], ["Alan", "Turing"]] as const) {
    const user = expectOk(
      await usersCreate(core, {
        email_address: [`${first.toLowerCase()}-${run}+clerk_test@example.com`],
        first_name: first,
        last_name: last,
        skip_password_requirement: true,
        public_metadata: { demo: run },
      }),
      `usersCreate ${first}`,
    );
    created.users.push(user);
    line(`${user.id}  ${first} ${last}  <${user.email_addresses[0]?.email_address}>`);
  }
  const [ada, grace] = created.users as [User, User, User];

  step("Merge metadata (PATCH: deep merge, null removes a key)");
  const merged = expectOk(
    await usersUpdateMetadata(core, { user_id: ada.id, public_metadata: { plan: "pro", demo: null } }),
    "usersUpdateMetadata",
  );
  line(`public_metadata is now ${JSON.stringify(merged.public_metadata)}`);

  step("Page through them with paginate (2 per page)");
  const emails = created.users.map((u) => u.email_addresses[0]!.email_address);
  let pageNumber = 0;
  for await (const page of paginate(core, usersList, { email_address: emails, limit: 2, order_by: "+created_at" })) {
    const users = expectOk(page, "usersList");
    line(`page ${++pageNumber}: ${users.map((u) => u.first_name).join(", ")}`);
  }

  step("Create an organization and add a member");
  const org = expectOk(await organizationsCreate(core, { name: `Analytical Engines ${run}`, created_by: ada.id }), "organizationsCreate");
  created.organizationId = org.id;
  line(`${org.id}  "${org.name}" (slug ${org.slug}), created by Ada, who becomes its admin`);
  expectOk(await organizationMembershipsCreate(core, { organization_id: org.id, user_id: grace.id, role: "org:member" }), "organizationMembershipsCreate");
  const members = expectOk(await organizationMembershipsList(core, { organization_id: org.id }), "organizationMembershipsList");
  for (const m of members.data) line(`member: ${m.public_user_data?.first_name} as ${m.role}`);
  line(`total_count: ${members.total_count}`);

  step("Authenticate a request with a session token");
  if (emulator) {
    const token = await emulator.createSessionToken({ userId: ada.id, orgId: org.id, azp: APP_ORIGIN });
    const request = new Request(`${APP_ORIGIN}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    const state = await authenticateRequest(core, request, { authorizedParties: [APP_ORIGIN] });
    if (state.status !== "signed-in") {
      console.error(`\n✗ authenticateRequest: ${state.reason} — ${state.message}`);
      throw new DemoFailure();
    }
    const auth = state.toAuth();
    if (auth.tokenType === "session_token") {
      line(`signed in: user ${auth.userId}, session ${auth.sessionId}`);
      line(`active organization ${auth.orgId} as ${auth.orgRole} (RS256 verified against GET /jwks)`);
    }
  } else {
    line("skipped: session tokens come from your frontend (Clerk's JS SDKs), not from the Backend API.");
  }

  step("Sign and verify a webhook");
  // On the emulator, the event it recorded when Ada was created, signed with its secret; on a real
  // instance, the same shape signed locally (Clerk signs real deliveries with your endpoint's secret).
  const event = emulator?.events.find((e) => e.type === "user.created") ?? {
    object: "event",
    type: "user.created",
    data: ada,
    timestamp: Date.now(),
    instance_id: "ins_local",
  };
  const signingSecret = emulator?.webhookSigningSecret ?? `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24))))}`;
  const payload = JSON.stringify(event);
  const headers = expectOk(await createWebhookHeaders(payload, { signingSecret }), "createWebhookHeaders");
  const verified = await verifyWebhook(payload, headers, { signingSecret });
  line(verified.ok ? `verified: ${verified.value.type} (svix-id ${headers["svix-id"]})` : `✗ ${verified.error.message}`);
  const forged = await verifyWebhook(payload.replace("Ada", "Eve"), headers, { signingSecret });
  line(forged.ok ? "✗ a tampered payload verified" : `a tampered payload is refused: ${forged.error.reason}`);
  if (!verified.ok || forged.ok) throw new DemoFailure();

  step("Handle an error as a value");
  const missing = await usersGet(core, { user_id: "user_does_not_exist" });
  if (missing.ok) throw new DemoFailure();
  const e = missing.error;
  if (e.kind === "api") line(`usersGet → ${e.status} ${e.errors[0]?.code}: ${e.errors[0]?.long_message}`);
  else line(`usersGet → ${e.kind}: ${e.message}`);
}

async function cleanUp(): Promise<void> {
  if (!created.organizationId && created.users.length === 0) return;
  step(emulator ? "Clean up (the emulator forgets everything on exit anyway)" : "Clean up");
  if (created.organizationId) {
    const res = await organizationsDelete(core, { organization_id: created.organizationId });
    line(res.ok ? `deleted organization ${created.organizationId}` : `could not delete ${created.organizationId}: ${res.error.message}`);
  }
  for (const user of created.users) {
    const res = await usersDelete(core, { user_id: user.id });
    line(res.ok ? `deleted user ${user.id}` : `could not delete ${user.id}: ${res.error.message}`);
  }
}

let failed = false;
try {
  await main();
} catch (thrown) {
  failed = true;
  if (!(thrown instanceof DemoFailure)) console.error(thrown);
} finally {
  await cleanUp();
}
if (emulator) console.log(`\n${emulator.requests.length} requests served by the emulator, none over the network.`);
console.log(failed ? "\n✗ demo failed" : "\n✓ done");
process.exitCode = failed ? 1 : 0;
