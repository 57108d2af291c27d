// Every operation of the SDK against the emulator: each one is either modelled or answered from
// the generated operations table, and whatever the emulator answers decodes (a value, or a
// Clerk-shaped API error, never a response-validation error). Operations come from the table the
// generator writes (src/testing/operations.ts), so a newly generated operation is covered here.
import { describe, expect, test } from "vitest";
import type { ClerkCore, Result } from "../../src/core/index.js";
import * as funcs from "../../src/funcs/index.js";
import { jwtTemplatesCreate } from "../../src/funcs/jwtTemplatesCreate.js";
import { invitationsCreate } from "../../src/funcs/invitationsCreate.js";
import { organizationInvitationsCreate } from "../../src/funcs/organizationInvitationsCreate.js";
import { sessionsCreate } from "../../src/funcs/sessionsCreate.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { FALLBACKS } from "../../src/testing/fallbacks.js";
import { OPERATIONS, type OperationRow } from "../../src/testing/operations.js";
import { identifierRoutes } from "../../src/testing/identifiers.js";
import { invitationRoutes } from "../../src/testing/invitations.js";
import { machineTokenRoutes } from "../../src/testing/machineTokens.js";
import { organizationRoutes } from "../../src/testing/organizations.js";
import { sessionRoutes } from "../../src/testing/sessions.js";
import { handshakeRoutes } from "../../src/testing/handshake.js";
import { userRoutes } from "../../src/testing/users.js";
import { ok, setup } from "./helpers.js";

const SAMPLES: Record<string, unknown> = {
  email_address: "new@example.com",
  phone_number: "+15550009999",
  role: "org:member",
  name: "Coverage",
  user_id: "user_cov",
  password: "a long enough password",
  claims: {},
};

/** A value of a field's type code (see src/core/encoding.ts), realistic where the name says what it is. */
function sample(field: string, code: string): unknown {
  if (field in SAMPLES) return SAMPLES[field];
  switch (code.replace(/[!?]/g, "")) {
    case "i":
    case "n":
      return 1;
    case "b":
      return false;
    case "o":
      return {};
    case "a":
      return [];
    case "s[]":
    case "s[],":
      return ["x"];
    case "f":
      return new Blob(["x"], { type: "image/png" });
    default:
      return "x";
  }
}

/** A small world per operation (operations delete things), and the ids its paths need. */
async function world(): Promise<{ core: ClerkCore; ids: Record<string, string> }> {
  const { core } = setup({
    users: [{ id: "user_cov", email_address: ["cov@example.com"], phone_number: ["+15550001111"], password: "a long enough password" }],
    organizations: [{ id: "org_cov", name: "Coverage", created_by: "user_cov" }],
  });
  const user = ok(await usersGet(core, { user_id: "user_cov" }));
  const session = ok(await sessionsCreate(core, { user_id: "user_cov", active_organization_id: "org_cov" }));
  const invitation = ok(await invitationsCreate(core, { email_address: "invitee@example.com" }));
  const orgInvitation = ok(await organizationInvitationsCreate(core, { organization_id: "org_cov", email_address: "o@example.com", role: "org:member" }));
  const template = ok(await jwtTemplatesCreate(core, { name: "cov", claims: { a: 1 } }));
  return {
    core,
    ids: {
      user_id: "user_cov",
      organization_id: "org_cov",
      session_id: session.id,
      email_address_id: user.email_addresses[0]!.id!,
      phone_number_id: user.phone_numbers[0]!.id!,
      invitation_id: invitation.id,
      org_invitation_id: orgInvitation.id,
      template_id: template.id,
      template_name: template.name,
    },
  };
}

const machineRoutes = machineTokenRoutes({ machineId: "mch_cov", machineSecretKey: "ak_cov" });
const builtIn = Object.keys({ ...userRoutes, ...identifierRoutes, ...organizationRoutes, ...invitationRoutes, ...sessionRoutes, ...machineRoutes, ...handshakeRoutes });
const all = OPERATIONS;
const fieldsOf = (op: OperationRow): Record<string, string> => ({ ...op.query, ...op.body });

describe("coverage of the API by the emulator", () => {
  test("every operation is in the table once, and every one the emulator does not model has a placeholder", () => {
    const keys = all.map((op) => `${op.method} ${op.path}`);
    expect(all).toHaveLength(249);
    expect(new Set(keys).size).toBe(249);
    expect(new Set(Object.keys(FALLBACKS))).toEqual(new Set(keys));
    // Modelled routes answer operations the table knows, nothing else.
    expect(builtIn.filter((k) => !keys.includes(k))).toEqual([]);
  });

  test.each(all.map((op) => [op.name, op] as const))("%s decodes what the emulator answers", async (_, op) => {
    const { core, ids } = await world();
    const request: Record<string, unknown> = {};
    for (const [, param] of op.path.matchAll(/\{([^}]+)\}/g)) {
      const key = param === "invitation_id" && op.path.startsWith("/organizations/") ? "org_invitation_id" : param!;
      request[param!] = ids[key] ?? "x_unknown";
    }
    for (const [field, code] of Object.entries(fieldsOf(op))) if (code.includes("!")) request[field] = sample(field, code);
    if (op.bodyKind === "whole" && request.body === undefined) request.body = sample("body", op.body.body ?? "a");

    const fn = (funcs as Record<string, (core: ClerkCore, request: object) => Promise<Result<unknown, { kind: string }>>>)[op.name]!;
    const result = await fn(core, request);
    if (!result.ok) {
      // Refusals are fine (an id the world does not have, a sample the API rejects) as long
      // as they are the API's own error documents.
      expect(result.error.kind).toBe("api");
      const error = result.error as unknown as { status: number; errors: { code: string }[] };
      expect(error.status).toBeGreaterThanOrEqual(400);
      expect(error.status).toBeLessThan(500);
      expect(error.errors[0]?.code).toEqual(expect.any(String));
    }
    // Placeholder routes check only that their parent (user, organization, session) exists,
    // which the world provides: they must all succeed.
    if (!builtIn.includes(`${op.method} ${op.path}`)) expect(result.ok).toBe(true);
  });
});
