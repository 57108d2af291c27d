// One shape for API answers and webhook payloads (DESIGN.md): where the webhooks spec describes
// an object the same way as the Backend API spec, the payload type IS the src/models type; where
// they differ, the difference is named (a comment on the declaration in events.ts, listed here).
import { describe, expect, expectTypeOf, test } from "vitest";
import { loadApiModels } from "../../codegen/generate.ts";
import { loadSpec, WEBHOOKS } from "../../codegen/spec.ts";
import { compareWithModels } from "../../codegen/webhooks.ts";
import type { UserPublicMetadata } from "../../src/core/augment.js";
import { EmailAddress as ApiEmailAddress } from "../../src/models/emailAddress.js";
import type { Organization } from "../../src/models/organization.js";
import type { User } from "../../src/models/user.js";
import { EmailAddress, type WebhookEventOfType } from "../../src/webhooks/events.js";

describe("webhook payloads and API models", async () => {
  const { reused, differing } = compareWithModels(await loadSpec(WEBHOOKS), await loadApiModels());

  test("the everyday objects are the API's own models", () => {
    expect(reused).toEqual(expect.arrayContaining(["User", "Organization", "OrganizationMembership", "EmailAddress", "PhoneNumber", "Permission", "SessionActivityResponse"]));
    // The very same schema object at run time, not a copy.
    expect(EmailAddress).toBe(ApiEmailAddress);
    expectTypeOf<WebhookEventOfType<"user.created">["data"]>().toEqualTypeOf<User>();
    expectTypeOf<WebhookEventOfType<"organization.updated">["data"]>().toEqualTypeOf<Organization>();
    // So payloads get the typed metadata too.
    expectTypeOf<WebhookEventOfType<"user.updated">["data"]["public_metadata"]>().toEqualTypeOf<UserPublicMetadata>();
  });

  test("the differences are named, one by one", () => {
    expect(Object.fromEntries(differing.map((d) => [d.name, d.differences]))).toEqual({
      DeletedObject: ["typed differently: slug"],
      OrganizationDomainVerification: ["required only in the API: verified_at"],
      OrganizationDomain: [
        "required only in the API: affiliation_verification, ownership_verification",
        "of payload types that differ: affiliation_verification, ownership_verification, verification",
      ],
      Role: ["required only in the API: is_creator_eligible"],
      Invitation: ["required only in the API: public_metadata"],
      WaitlistEntry: ["of payload types that differ: invitation"],
    });
    for (const d of differing) expect(d.module).toMatch(/^src\/models\/\w+\.ts$/);
  });

  test("a payload component is either reused or declared, never both", () => {
    const names = new Set(differing.map((d) => d.name));
    expect(reused.filter((r) => names.has(r))).toEqual([]);
  });
});
