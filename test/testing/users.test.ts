// The emulator's users, email addresses and phone numbers, driven through the SDK's functions.
import { describe, expect, test } from "vitest";
import { emailAddressesCreate } from "../../src/funcs/emailAddressesCreate.js";
import { emailAddressesDelete } from "../../src/funcs/emailAddressesDelete.js";
import { emailAddressesGet } from "../../src/funcs/emailAddressesGet.js";
import { emailAddressesUpdate } from "../../src/funcs/emailAddressesUpdate.js";
import { organizationMembershipsCreate } from "../../src/funcs/organizationMembershipsCreate.js";
import { organizationsCreate } from "../../src/funcs/organizationsCreate.js";
import { phoneNumbersCreate } from "../../src/funcs/phoneNumbersCreate.js";
import { phoneNumbersReplaceForUser } from "../../src/funcs/phoneNumbersReplaceForUser.js";
import { sessionsCreate } from "../../src/funcs/sessionsCreate.js";
import { sessionsGet } from "../../src/funcs/sessionsGet.js";
import { usersBan } from "../../src/funcs/usersBan.js";
import { usersBulkBan } from "../../src/funcs/usersBulkBan.js";
import { usersCount } from "../../src/funcs/usersCount.js";
import { usersCreate } from "../../src/funcs/usersCreate.js";
import { usersDelete } from "../../src/funcs/usersDelete.js";
import { usersDisableMfa } from "../../src/funcs/usersDisableMfa.js";
import { usersGet } from "../../src/funcs/usersGet.js";
import { usersGetOrganizationMemberships } from "../../src/funcs/usersGetOrganizationMemberships.js";
import { usersList } from "../../src/funcs/usersList.js";
import { usersLock } from "../../src/funcs/usersLock.js";
import { usersReplaceMetadata } from "../../src/funcs/usersReplaceMetadata.js";
import { usersUnban } from "../../src/funcs/usersUnban.js";
import { usersUnlock } from "../../src/funcs/usersUnlock.js";
import { usersUpdate } from "../../src/funcs/usersUpdate.js";
import { usersUpdateMetadata } from "../../src/funcs/usersUpdateMetadata.js";
import { usersVerifyPassword } from "../../src/funcs/usersVerifyPassword.js";
import { apiError, ok, setup, tickingClock } from "./helpers.js";

const people = [
  { email_address: ["ada@example.com"], first_name: "Ada", last_name: "Lovelace", username: "ada", external_id: "ext-1" },
  { email_address: ["grace@example.com"], first_name: "Grace", last_name: "Hopper", username: "grace", phone_number: ["+15550000001"] },
  { email_address: ["alan@example.org"], first_name: "Alan", last_name: "Turing", username: "alan", external_id: "ext-3" },
  { email_address: ["edsger@example.org"], first_name: "Edsger", last_name: "Dijkstra", username: "edsger" },
];

/** Four users created in this order, one second apart. */
function withPeople() {
  const env = setup({ users: people.map((p, i) => ({ ...p, id: `user_${i + 1}` })), now: tickingClock() });
  return env;
}

describe("create and get", () => {
  test("a created user has the API's shape: verified identifications, primaries, metadata", async () => {
    const { core } = setup();
    const user = ok(
      await usersCreate(core, {
        email_address: ["ada@example.com", "ada@work.example.com"],
        phone_number: ["+15550000001"],
        username: "ada",
        password: "correct horse battery",
        public_metadata: { plan: "pro" },
        private_metadata: { stripe: "cus_1" },
      }),
    );
    expect(user).toMatchObject({
      object: "user",
      username: "ada",
      password_enabled: true,
      banned: false,
      locked: false,
      public_metadata: { plan: "pro" },
      private_metadata: { stripe: "cus_1" },
      unsafe_metadata: {},
    });
    expect(user.id).toMatch(/^user_[0-9A-Za-z]{27}$/);
    expect(user.email_addresses.map((e) => e.email_address)).toEqual(["ada@example.com", "ada@work.example.com"]);
    expect(user.primary_email_address_id).toBe(user.email_addresses[0]?.id);
    expect(user.email_addresses[0]?.verification).toMatchObject({ status: "verified", strategy: "admin" });
    expect(user.primary_phone_number_id).toBe(user.phone_numbers[0]?.id);
    expect(ok(await usersGet(core, { user_id: user.id }))).toEqual(user);
  });

  test("a missing user is a 404 resource_not_found, with a trace id", async () => {
    const { core } = setup();
    const error = apiError(await usersGet(core, { user_id: "user_missing" }));
    expect(error.status).toBe(404);
    expect(error.errors[0]).toMatchObject({ code: "resource_not_found", long_message: "No user was found with id user_missing" });
    expect(error.clerk_trace_id).toMatch(/^[0-9a-f]{32}$/);
  });

  test("an email address another user has is 422 form_identifier_exists, whatever its case", async () => {
    const { core } = withPeople();
    const error = apiError(await usersCreate(core, { email_address: ["ADA@example.com"] }));
    expect(error.status).toBe(422);
    expect(error.errors[0]).toMatchObject({ code: "form_identifier_exists", meta: { param_name: "email_address" } });
  });

  test("usernames and phone numbers are unique too", async () => {
    const { core } = withPeople();
    expect(apiError(await usersCreate(core, { username: "Grace" })).errors[0]?.meta).toEqual({ param_name: "username" });
    expect(apiError(await usersCreate(core, { phone_number: ["+15550000001"] })).errors[0]?.code).toBe("form_identifier_exists");
  });

  test("malformed input is 422 form_param_format_invalid, a short password its own code", async () => {
    const { core } = setup();
    const email = apiError(await usersCreate(core, { email_address: ["not-an-email"] }));
    expect(email.errors[0]).toMatchObject({ code: "form_param_format_invalid", meta: { param_name: "email_address" } });
    expect(apiError(await usersCreate(core, { phone_number: ["555-1234"] })).errors[0]?.code).toBe("form_param_format_invalid");
    expect(apiError(await usersCreate(core, { created_at: "yesterday" })).errors[0]?.meta).toEqual({ param_name: "created_at" });
    expect(apiError(await usersCreate(core, { password: "short" })).errors[0]?.code).toBe("form_password_length_too_short");
    ok(await usersCreate(core, { password: "short", skip_password_checks: true }));
  });

  test("nothing is stored when a create is refused", async () => {
    const { core } = withPeople();
    apiError(await usersCreate(core, { email_address: ["new@example.com", "ada@example.com"] }));
    expect(ok(await usersList(core, { email_address: ["new@example.com"] }))).toEqual([]);
  });
});

describe("list: filters, ordering, paging", () => {
  const ids = (users: { id: string }[]) => users.map((u) => u.id);

  test("newest first by default; order_by with + and - and by name", async () => {
    const { core } = withPeople();
    expect(ids(ok(await usersList(core)))).toEqual(["user_4", "user_3", "user_2", "user_1"]);
    expect(ids(ok(await usersList(core, { order_by: "+created_at" })))).toEqual(["user_1", "user_2", "user_3", "user_4"]);
    expect(ids(ok(await usersList(core, { order_by: "created_at" })))).toEqual(["user_1", "user_2", "user_3", "user_4"]);
    expect(ids(ok(await usersList(core, { order_by: "first_name" })))).toEqual(["user_1", "user_3", "user_4", "user_2"]);
    expect(ids(ok(await usersList(core, { order_by: "-username" })))).toEqual(["user_2", "user_4", "user_3", "user_1"]);
  });

  test("an order_by the API does not know is 422", async () => {
    const { core } = withPeople();
    // @ts-expect-error order_by is typed with the fields the API documents; untyped callers still get the 422.
    const error = apiError(await usersList(core, { order_by: "-shoe_size" }));
    expect(error.errors[0]).toMatchObject({ code: "form_param_format_invalid", meta: { param_name: "order_by" } });
  });

  test("exact filters: email_address, username, phone_number, external_id", async () => {
    const { core } = withPeople();
    expect(ids(ok(await usersList(core, { email_address: ["grace@example.com", "ALAN@example.org", "nobody@example.com"] })))).toEqual([
      "user_3",
      "user_2",
    ]);
    expect(ids(ok(await usersList(core, { username: ["edsger"] })))).toEqual(["user_4"]);
    expect(ids(ok(await usersList(core, { phone_number: ["+15550000001"] })))).toEqual(["user_2"]);
    expect(ids(ok(await usersList(core, { external_id: ["ext-1", "ext-3"] })))).toEqual(["user_3", "user_1"]);
  });

  test("user_id and external_id take +/- to include or exclude", async () => {
    const { core } = withPeople();
    expect(ids(ok(await usersList(core, { user_id: ["+user_1", "user_2"] })))).toEqual(["user_2", "user_1"]);
    expect(ids(ok(await usersList(core, { user_id: ["-user_1", "-user_4"] })))).toEqual(["user_3", "user_2"]);
    expect(ids(ok(await usersList(core, { external_id: ["-ext-1"] })))).toEqual(["user_4", "user_3", "user_2"]);
  });

  test("query matches parts of emails, names, usernames and ids; the *_query filters their own field", async () => {
    const { core } = withPeople();
    expect(ids(ok(await usersList(core, { query: "example.org" })))).toEqual(["user_4", "user_3"]);
    expect(ids(ok(await usersList(core, { query: "HOPP" })))).toEqual(["user_2"]);
    expect(ids(ok(await usersList(core, { query: "user_1" })))).toEqual(["user_1"]);
    expect(ids(ok(await usersList(core, { name_query: "ada love" })))).toEqual(["user_1"]);
    expect(ids(ok(await usersList(core, { email_address_query: "ACE@" })))).toEqual(["user_2"]);
    expect(ids(ok(await usersList(core, { username_query: "al" })))).toEqual(["user_3"]);
  });

  test("organization_id filters by membership, with +/-", async () => {
    const { core } = withPeople();
    const org = ok(await organizationsCreate(core, { name: "Analytical Engines", created_by: "user_1" }));
    ok(await organizationMembershipsCreate(core, { organization_id: org.id, user_id: "user_3", role: "org:member" }));
    expect(ids(ok(await usersList(core, { organization_id: [org.id] })))).toEqual(["user_3", "user_1"]);
    expect(ids(ok(await usersList(core, { organization_id: [`-${org.id}`] })))).toEqual(["user_4", "user_2"]);
  });

  test("banned and created_at ranges", async () => {
    const { core } = withPeople();
    ok(await usersBan(core, { user_id: "user_2" }));
    expect(ids(ok(await usersList(core, { banned: true })))).toEqual(["user_2"]);
    expect(ids(ok(await usersList(core, { banned: false })))).toHaveLength(3);
    const second = ok(await usersGet(core, { user_id: "user_2" })).created_at;
    expect(ids(ok(await usersList(core, { created_at_after: second })))).toEqual(["user_4", "user_3"]);
    expect(ids(ok(await usersList(core, { created_at_before: second })))).toEqual(["user_1"]);
  });

  test("limit and offset page the ordered list; out-of-range values are 422", async () => {
    const { core } = withPeople();
    expect(ids(ok(await usersList(core, { limit: 2 })))).toEqual(["user_4", "user_3"]);
    expect(ids(ok(await usersList(core, { limit: 2, offset: 2 })))).toEqual(["user_2", "user_1"]);
    expect(ids(ok(await usersList(core, { limit: 2, offset: 4 })))).toEqual([]);
    expect(apiError(await usersList(core, { limit: 0 })).errors[0]?.meta).toEqual({ param_name: "limit" });
    expect(apiError(await usersList(core, { limit: 501 })).status).toBe(422);
    expect(apiError(await usersList(core, { offset: -1 })).errors[0]?.meta).toEqual({ param_name: "offset" });
  });

  test("starting_after pages by cursor and refuses other orderings and a non-zero offset", async () => {
    const { core } = withPeople();
    expect(ids(ok(await usersList(core, { starting_after: "user_3", limit: 10 })))).toEqual(["user_2", "user_1"]);
    expect(ids(ok(await usersList(core, { starting_after: "user_2", order_by: "+created_at" })))).toEqual(["user_3", "user_4"]);
    expect(apiError(await usersList(core, { starting_after: "user_3", order_by: "username" })).status).toBe(422);
    expect(apiError(await usersList(core, { starting_after: "user_3", offset: 1 })).status).toBe(422);
  });

  test("usersCount counts with the same filters", async () => {
    const { core } = withPeople();
    expect(ok(await usersCount(core))).toEqual({ object: "total_count", total_count: 4 });
    expect(ok(await usersCount(core, { query: "example.org" })).total_count).toBe(2);
  });
});

describe("update", () => {
  test("changes the fields given, leaves the others, moves updated_at", async () => {
    const { core } = withPeople();
    const before = ok(await usersGet(core, { user_id: "user_1" }));
    const after = ok(await usersUpdate(core, { user_id: "user_1", first_name: "Augusta Ada", external_id: null }));
    expect(after).toMatchObject({ first_name: "Augusta Ada", last_name: "Lovelace", external_id: null, username: "ada" });
    expect(after.updated_at).toBeGreaterThan(before.updated_at);
  });

  test("a taken username is 422 and an unknown primary id is refused", async () => {
    const { core } = withPeople();
    expect(apiError(await usersUpdate(core, { user_id: "user_1", username: "grace" })).errors[0]?.code).toBe("form_identifier_exists");
    expect(apiError(await usersUpdate(core, { user_id: "user_1", primary_email_address_id: "idn_other" })).status).toBe(422);
    expect(apiError(await usersUpdate(core, { user_id: "user_9", first_name: "Nobody" })).status).toBe(404);
  });

  test("setting a password lets verify_password succeed; a wrong one is 422", async () => {
    const { core } = withPeople();
    ok(await usersUpdate(core, { user_id: "user_1", password: "a long passphrase" }));
    expect(ok(await usersVerifyPassword(core, { user_id: "user_1", password: "a long passphrase" }))).toEqual({ verified: true });
    expect(apiError(await usersVerifyPassword(core, { user_id: "user_1", password: "nope" })).errors[0]?.code).toBe("form_password_incorrect");
  });
});

describe("metadata", () => {
  test("PATCH merges deeply: nested objects merge, null removes, arrays are replaced", async () => {
    const { core } = setup({
      users: [{ id: "user_1", public_metadata: { plan: "free", prefs: { theme: "dark", lang: "en" }, tags: ["a", "b"] } }],
    });
    const user = ok(
      await usersUpdateMetadata(core, {
        user_id: "user_1",
        public_metadata: { plan: "pro", prefs: { lang: null, beta: true }, tags: ["c"] },
        private_metadata: { stripe: { customer: "cus_1" } },
      }),
    );
    expect(user.public_metadata).toEqual({ plan: "pro", prefs: { theme: "dark", beta: true }, tags: ["c"] });
    expect(user.private_metadata).toEqual({ stripe: { customer: "cus_1" } });
    expect(user.unsafe_metadata).toEqual({});
    const again = ok(await usersUpdateMetadata(core, { user_id: "user_1", private_metadata: { stripe: null } }));
    expect(again.private_metadata).toEqual({});
    expect(again.public_metadata).toEqual(user.public_metadata);
  });

  test("PUT replaces each given field wholesale and leaves omitted ones", async () => {
    const { core } = setup({ users: [{ id: "user_1", public_metadata: { a: 1, b: 2 }, unsafe_metadata: { keep: true } }] });
    const user = ok(await usersReplaceMetadata(core, { user_id: "user_1", public_metadata: { c: 3 } }));
    expect(user.public_metadata).toEqual({ c: 3 });
    expect(user.unsafe_metadata).toEqual({ keep: true });
  });

  test("a metadata update of a missing user is 404", async () => {
    const { core } = setup();
    expect(apiError(await usersUpdateMetadata(core, { user_id: "user_x", public_metadata: {} })).errors[0]?.code).toBe("resource_not_found");
  });
});

describe("ban, lock, MFA, delete", () => {
  test("banning revokes the user's sessions; unbanning lifts the flag", async () => {
    const { core } = withPeople();
    const session = ok(await sessionsCreate(core, { user_id: "user_1" }));
    expect(ok(await usersBan(core, { user_id: "user_1" })).banned).toBe(true);
    expect(ok(await sessionsGet(core, { session_id: session.id })).status).toBe("revoked");
    expect(ok(await usersUnban(core, { user_id: "user_1" })).banned).toBe(false);
  });

  test("bulk ban answers the users it banned and skips unknown ids", async () => {
    const { core } = withPeople();
    const banned = ok(await usersBulkBan(core, { user_ids: ["user_1", "user_3", "user_404"] }));
    expect(banned.map((u) => [u.id, u.banned])).toEqual([
      ["user_1", true],
      ["user_3", true],
    ]);
  });

  test("lock sets a lockout; unlock clears it", async () => {
    const { core } = withPeople();
    expect(ok(await usersLock(core, { user_id: "user_2" }))).toMatchObject({ locked: true, lockout_expires_in_seconds: 3600 });
    expect(ok(await usersUnlock(core, { user_id: "user_2" }))).toMatchObject({ locked: false, lockout_expires_in_seconds: null });
  });

  test("disabling MFA turns every second factor off", async () => {
    const { core } = setup({ users: [{ id: "user_1", totp_secret: "JBSWY3DPEHPK3PXP", backup_codes: ["123456"] }] });
    expect(ok(await usersGet(core, { user_id: "user_1" }))).toMatchObject({ two_factor_enabled: true, totp_enabled: true });
    expect(ok(await usersDisableMfa(core, { user_id: "user_1" }))).toEqual({ user_id: "user_1" });
    expect(ok(await usersGet(core, { user_id: "user_1" }))).toMatchObject({ two_factor_enabled: false, totp_enabled: false, backup_code_enabled: false });
  });

  test("delete answers a DeletedObject, then the user and its memberships are gone", async () => {
    const { core } = withPeople();
    const org = ok(await organizationsCreate(core, { name: "Acme", created_by: "user_1" }));
    expect(ok(await usersDelete(core, { user_id: "user_1" }))).toEqual({ object: "user", id: "user_1", deleted: true });
    expect(apiError(await usersGet(core, { user_id: "user_1" })).status).toBe(404);
    expect(apiError(await usersDelete(core, { user_id: "user_1" })).status).toBe(404);
    expect(apiError(await usersGetOrganizationMemberships(core, { user_id: "user_1" })).status).toBe(404);
    expect(ok(await usersList(core, { organization_id: [org.id] }))).toEqual([]);
  });
});

describe("email addresses and phone numbers", () => {
  test("added addresses show up in the user; primary moves; delete answers a DeletedObject", async () => {
    const { core } = withPeople();
    const email = ok(await emailAddressesCreate(core, { user_id: "user_1", email_address: "countess@example.com", primary: true }));
    expect(email).toMatchObject({ object: "email_address", email_address: "countess@example.com" });
    let user = ok(await usersGet(core, { user_id: "user_1" }));
    expect(user.email_addresses.map((e) => e.email_address)).toEqual(["ada@example.com", "countess@example.com"]);
    expect(user.primary_email_address_id).toBe(email.id);
    expect(ok(await emailAddressesGet(core, { email_address_id: email.id! }))).toEqual(email);

    expect(ok(await emailAddressesUpdate(core, { email_address_id: email.id!, verified: false })).verification).toBeNull();
    expect(ok(await emailAddressesDelete(core, { email_address_id: email.id! }))).toEqual({ object: "email_address", id: email.id, deleted: true });
    user = ok(await usersGet(core, { user_id: "user_1" }));
    expect(user.email_addresses.map((e) => e.email_address)).toEqual(["ada@example.com"]);
    expect(user.primary_email_address_id).toBe(user.email_addresses[0]?.id);
    expect(apiError(await emailAddressesGet(core, { email_address_id: email.id! })).status).toBe(404);
  });

  test("an address another user has is refused; an unknown user is 404", async () => {
    const { core } = withPeople();
    expect(apiError(await emailAddressesCreate(core, { user_id: "user_1", email_address: "grace@example.com" })).errors[0]?.code).toBe(
      "form_identifier_exists",
    );
    expect(apiError(await emailAddressesCreate(core, { user_id: "user_9", email_address: "x@example.com" })).status).toBe(404);
  });

  test("phone numbers: create, and replace all of a user's numbers with one", async () => {
    const { core } = withPeople();
    const phone = ok(await phoneNumbersCreate(core, { user_id: "user_1", phone_number: "+15550000002" }));
    expect(ok(await usersGet(core, { user_id: "user_1" })).primary_phone_number_id).toBe(phone.id);
    const replaced = ok(await phoneNumbersReplaceForUser(core, { user_id: "user_1", phone_number: "+15550000003" }));
    const user = ok(await usersGet(core, { user_id: "user_1" }));
    expect(user.phone_numbers.map((p) => p.phone_number)).toEqual(["+15550000003"]);
    expect(user.primary_phone_number_id).toBe(replaced.id);
  });
});
