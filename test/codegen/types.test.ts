// What the generated types promise, checked by the type checker (`npm run typecheck` compiles
// this file; vitest runs the few run-time assertions): `paginated` overloads, typed `order_by`,
// typed metadata, webhook events that narrow on `type`, and the flags of the operations table.
import { describe, expect, expectTypeOf, test } from "vitest";
import type { ClerkCore, Result, UserPublicMetadata } from "../../src/core/index.js";
import type { CallError } from "../../src/core/errors.js";
import { paginate } from "../../src/core/paginate.js";
import { invitationsList } from "../../src/funcs/invitationsList.js";
import { organizationsList } from "../../src/funcs/organizationsList.js";
import { usersGetOAuthAccessToken } from "../../src/funcs/usersGetOAuthAccessToken.js";
import { usersList } from "../../src/funcs/usersList.js";
import type { Invitation } from "../../src/models/invitation.js";
import type { OAuthAccessToken } from "../../src/models/oAuthAccessToken.js";
import type { User } from "../../src/models/user.js";
import { OPERATIONS } from "../../src/testing/operations.js";
import type { WebhookEvent } from "../../src/webhooks/events.js";

// Calls below are only type-checked: they sit in functions that are never run (the checker is the test).
const core = undefined as unknown as ClerkCore;
const typeLevel = (check: () => void): void => expect(typeof check).toBe("function");
type Envelope<T> = { data: T[]; total_count: number };

describe("paginated overloads", () => {
  test("paginated: true answers the envelope; without it, the bare array", () =>
    typeLevel(() => {
      expectTypeOf(invitationsList(core, { paginated: true })).resolves.toEqualTypeOf<Result<Envelope<Invitation>, CallError<never>>>();
      expectTypeOf(invitationsList(core)).resolves.toEqualTypeOf<Result<Invitation[], CallError<never>>>();
      expectTypeOf(invitationsList(core, { status: "pending" })).resolves.toEqualTypeOf<Result<Invitation[], CallError<never>>>();
      expectTypeOf(invitationsList(core, { paginated: false })).resolves.toEqualTypeOf<Result<Invitation[], CallError<never>>>();
      // A flag known only at run time: either shape.
      const flag = Math.random() > 0.5;
      expectTypeOf(invitationsList(core, { paginated: flag })).resolves.toEqualTypeOf<Result<Invitation[] | Envelope<Invitation>, CallError<never>>>();
      // With a required path key, both overloads still want it.
      type OAuth = Awaited<ReturnType<typeof usersGetOAuthAccessToken>>;
      expectTypeOf(usersGetOAuthAccessToken(core, { user_id: "u", provider: "p", paginated: true })).resolves.toEqualTypeOf<Result<Envelope<OAuthAccessToken[number]>, Extract<OAuth, { ok: false }>["error"]>>();
      // @ts-expect-error user_id and provider are required with or without paginated
      void usersGetOAuthAccessToken(core, { paginated: true });
      // @ts-expect-error an unknown key is still refused by the overloads
      void invitationsList(core, { paginated: true, bogus: 1 });
    }));

  test("paginate still accepts a paginated list function and a request with literal fields", () =>
    typeLevel(() => {
      expectTypeOf(paginate(core, invitationsList, { limit: 5, order_by: "-created_at" })).toExtend<AsyncIterable<Result<Invitation[] | Envelope<Invitation>, CallError<never>>>>();
      expectTypeOf(paginate(core, usersList, { limit: 5, order_by: "-created_at" })).toExtend<AsyncIterable<Result<User[], unknown>>>();
    }));

  test("the 13 operations that take the flag carry paginated: true in the table and nothing else does", () => {
    const flagged = OPERATIONS.filter((o) => o.paginated).map((o) => o.name);
    expect(flagged).toHaveLength(13);
    for (const o of OPERATIONS) expect(!!o.paginated, o.name).toBe("paginated" in o.query);
    expect(flagged).toEqual(expect.arrayContaining(["invitationsList", "sessionsList", "clientsList", "jwtTemplatesList", "usersGetOAuthAccessToken"]));
  });

  test("the M2M token operations (and only they) authenticate with the machine secret key", () => {
    expect(OPERATIONS.filter((o) => o.machineAuth).map((o) => o.name)).toEqual(["m2mCreateToken", "m2mListTokens", "m2mRevokeToken", "m2mVerifyToken"]);
  });
});

describe("order_by", () => {
  test("takes the documented fields with an optional direction, and nothing else", () =>
    typeLevel(() => {
      type OrderBy = NonNullable<NonNullable<Parameters<typeof usersList>[1]>["order_by"]>;
      expectTypeOf<"-created_at">().toExtend<OrderBy>();
      expectTypeOf<"+last_sign_in_at">().toExtend<OrderBy>();
      expectTypeOf<"username">().toExtend<OrderBy>();
      expectTypeOf<"-createdAt">().not.toExtend<OrderBy>();
      // @ts-expect-error camelCase is not a wire name
      void usersList(core, { order_by: "-createdAt" });
      // @ts-expect-error organizations are not ordered by username
      void organizationsList(core, { order_by: "username" });
      void organizationsList(core, { order_by: "-members_count" });
    }));
});

describe("typed metadata", () => {
  test("models type metadata with the augmentable interfaces (open by default)", () => {
    expectTypeOf<User["public_metadata"]>().toEqualTypeOf<UserPublicMetadata>();
    expectTypeOf<Record<string, unknown>>().toExtend<User["public_metadata"]>();
    expectTypeOf<User["public_metadata"]>().toExtend<Record<string, unknown>>();
  });
});

describe("webhook events", () => {
  test("comparing `type` narrows `data`; unknown types still fall through", () => {
    const narrow = (evt: WebhookEvent): string => {
      if (evt.type === "user.created") {
        expectTypeOf(evt.data.id).toEqualTypeOf<string>();
        return evt.data.id;
      }
      switch (evt.type) {
        case "organization.created":
          expectTypeOf(evt.data.slug).toEqualTypeOf<string>();
          return evt.data.slug;
        case "session.created":
          return evt.data.user_id;
        default:
          // An event of a type Clerk added later: its type is a string, its data opaque.
          expectTypeOf(evt.type).toExtend<string>();
          return evt.type;
      }
    };
    expect(typeof narrow).toBe("function");
    // Without a check, data is the union of every documented event's data (not `unknown`).
    expectTypeOf<WebhookEvent["data"]>().not.toBeUnknown();
  });
});
