// Every operation of the SDK against the emulator: each one is either modelled or has a
// placeholder, and whatever the emulator answers decodes (a value, or a Clerk-shaped API error,
// never a response-validation error). Operations are read from src/funcs, so a newly generated
// operation without an answer fails here.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { ClerkCore, Result } from "../../src/core/index.js";
import * as funcs from "../../src/funcs/index.js";
import { jwtTemplatesCreate } from "../../src/funcs/jwtTemplatesCreate.js";
import { invitationsCreate } from "../../src/funcs/invitationsCreate.js";
import { organizationInvitationsCreate } from "../../src/funcs/organizationInvitationsCreate.js";
import { sessionsCreate } from "../../src/funcs/sessionsCreate.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { FALLBACKS } from "../../src/testing/fallbacks.js";
import { identifierRoutes } from "../../src/testing/identifiers.js";
import { invitationRoutes } from "../../src/testing/invitations.js";
import { organizationRoutes } from "../../src/testing/organizations.js";
import { sessionRoutes } from "../../src/testing/sessions.js";
import { handshakeRoutes } from "../../src/testing/handshake.js";
import { userRoutes } from "../../src/testing/users.js";
import { ok, setup } from "./helpers.js";

interface Op {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  /** Query and body fields with their type codes (path params come from `path`). */
  readonly fields: Record<string, string>;
  readonly whole: boolean;
}

const FUNCS_DIR = new URL("../../src/funcs/", import.meta.url);

/** The declarations of every generated operation, read from its module. */
function operations(): Op[] {
  return readdirSync(FUNCS_DIR)
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((file) => {
      const src = readFileSync(new URL(file, FUNCS_DIR), "utf8");
      const spec = (key: string): Record<string, string> => {
        const text = new RegExp(`^\\s*${key}: (\\{[^\\n]*\\}),$`, "m").exec(src)?.[1];
        return text ? (JSON.parse(text.replace(/(\w+):/g, '"$1":')) as Record<string, string>) : {};
      };
      return {
        name: file.replace(/\.ts$/, ""),
        method: /^\s*method: "([A-Z]+)"/m.exec(src)![1]!,
        path: /^\s*path: "([^"]+)"/m.exec(src)![1]!,
        fields: { ...spec("query"), ...spec("body") },
        whole: /bodyKind: "whole"/.test(src),
      };
    });
}

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

const builtIn = Object.keys({ ...userRoutes, ...identifierRoutes, ...organizationRoutes, ...invitationRoutes, ...sessionRoutes, ...handshakeRoutes });
const all = operations();

describe("coverage of the API by the emulator", () => {
  test("every operation is modelled or has a placeholder, and nothing else is", () => {
    const keys = all.map((op) => `${op.method} ${op.path}`);
    expect(all).toHaveLength(249);
    expect(new Set([...builtIn, ...Object.keys(FALLBACKS)])).toEqual(new Set(keys));
    expect(builtIn.filter((k) => k in FALLBACKS)).toEqual([]);
  });

  test.each(all.map((op) => [op.name, op] as const))("%s decodes what the emulator answers", async (_, op) => {
    const { core, ids } = await world();
    const request: Record<string, unknown> = {};
    for (const [, param] of op.path.matchAll(/\{([^}]+)\}/g)) {
      const key = param === "invitation_id" && op.path.startsWith("/organizations/") ? "org_invitation_id" : param!;
      request[param!] = ids[key] ?? "x_unknown";
    }
    for (const [field, code] of Object.entries(op.fields)) if (code.includes("!")) request[field] = sample(field, code);
    if (op.whole && request.body === undefined) request.body = sample("body", op.fields.body ?? "a");

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
    if (`${op.method} ${op.path}` in FALLBACKS) expect(result.ok).toBe(true);
  });
});
