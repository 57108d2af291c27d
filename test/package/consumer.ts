// The app check.ts type-checks against the packed package in a scratch project. Kept as a string:
// as a .ts file of this repo it would be type-checked by `npm run typecheck`, where `clerk-fn`
// resolves to dist/, which a clean clone does not have yet.
//
// It imports every entry point (root, ./core, ./funcs, ./funcs/*, ./models/*, ./auth, ./webhooks,
// ./testing), uses the types the way the README does, and asserts with @ts-expect-error that the
// types are real (a wrong key, a missing path param or a wrong field type must not compile).
export const CONSUMER_APP = `
import { ClerkCore, paginate, unwrap, type CallError, type Result } from "clerk-fn/core";
import { usersList } from "clerk-fn/funcs/usersList";
import { usersCreate } from "clerk-fn/funcs/usersCreate";
import { usersSetProfileImage } from "clerk-fn/funcs/usersSetProfileImage";
import { usersDelete } from "clerk-fn/funcs/usersDelete";
import { organizationsList, usersGet } from "clerk-fn/funcs";
import { APIError, invitationsCreate } from "clerk-fn";
import type { User } from "clerk-fn/models/user";
import { authenticateRequest, verifyToken, type RequestState } from "clerk-fn/auth";
import { isEventType, verifyWebhook, type WebhookEvent } from "clerk-fn/webhooks";
import { createClerkEmulator, type ClerkEmulator } from "clerk-fn/testing";

export async function app(request: Request, body: string): Promise<string[]> {
  const emulator: ClerkEmulator = createClerkEmulator();
  const core = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch, timeoutMs: 5_000, retry: { limit: 1 } });
  const out: string[] = [];

  const created = await usersCreate(core, { email_address: ["ada@example.com"], first_name: "Ada", public_metadata: { plan: "pro" } });
  if (!created.ok) return [created.error.kind];
  const user: User = created.value;
  const id: string = user.id;

  const list: Result<User[], CallError<400 | 401 | 422>> = await usersList(core, { limit: 10, order_by: "-created_at" });
  if (!list.ok) {
    switch (list.error.kind) {
      case "api":
        return [String(list.error.status), String(list.error.retryAfterMs), list.error.errors[0]?.code ?? ""];
      case "timeout":
      case "connection":
      case "aborted":
        return [list.error.message];
      default:
        return [list.error.kind];
    }
  }
  for (const u of list.value) out.push(u.id, u.email_addresses[0]?.email_address ?? "");

  const image = await usersSetProfileImage(core, { user_id: id, file: new Blob(["png"], { type: "image/png" }) });
  if (image.ok) out.push(String(image.value.has_image));
  const fetched = unwrap(await usersGet(core, { user_id: id }));
  out.push(fetched.first_name ?? "");
  const deleted = await usersDelete(core, { user_id: id });
  if (deleted.ok) out.push(String(deleted.value.deleted));
  if (!deleted.ok && deleted.error instanceof APIError) out.push(deleted.error.clerk_trace_id ?? "");

  for await (const page of paginate(core, organizationsList, { limit: 100 })) {
    if (!page.ok) break;
    for (const org of page.value.data) out.push(org.slug);
  }
  await invitationsCreate(core, { email_address: "grace@example.com" });

  const state: RequestState = await authenticateRequest(core, request, { authorizedParties: ["https://example.com"] });
  if (state.status === "signed-in") out.push(state.toAuth().userId ?? "");
  else out.push(state.reason);
  const claims = await verifyToken(core, "token", { jwtKey: "-----BEGIN PUBLIC KEY-----" });
  if (claims.ok) out.push(claims.value.sub);
  else out.push(claims.error.reason);

  const event = await verifyWebhook(body, request.headers, { signingSecret: "whsec_x" });
  if (event.ok) {
    const e: WebhookEvent = event.value;
    if (isEventType(e, "user.created")) out.push(e.data.id);
  } else out.push(event.error.reason);

  // @ts-expect-error an unknown request key is a type error
  await usersList(core, { not_a_parameter: 1 });
  // @ts-expect-error a path parameter is required
  await usersDelete(core, {});
  // @ts-expect-error id is a string
  const wrong: number = user.id;
  // @ts-expect-error error exists only on failed results
  list.error;
  return out.concat(String(wrong));
}
`;
