// The emulator's organizations, memberships and invitations, driven through the SDK's functions.
import { describe, expect, test } from "vitest";
import { invitationsBulkCreate } from "../../src/funcs/invitationsBulkCreate.js";
import { invitationsCreate } from "../../src/funcs/invitationsCreate.js";
import { invitationsList } from "../../src/funcs/invitationsList.js";
import { invitationsRevoke } from "../../src/funcs/invitationsRevoke.js";
import { organizationInvitationsCreate } from "../../src/funcs/organizationInvitationsCreate.js";
import { organizationInvitationsGet } from "../../src/funcs/organizationInvitationsGet.js";
import { organizationInvitationsGetAll } from "../../src/funcs/organizationInvitationsGetAll.js";
import { organizationInvitationsList } from "../../src/funcs/organizationInvitationsList.js";
import { organizationInvitationsListPending } from "../../src/funcs/organizationInvitationsListPending.js";
import { organizationInvitationsRevoke } from "../../src/funcs/organizationInvitationsRevoke.js";
import { organizationMembershipsCreate } from "../../src/funcs/organizationMembershipsCreate.js";
import { organizationMembershipsDelete } from "../../src/funcs/organizationMembershipsDelete.js";
import { organizationMembershipsList } from "../../src/funcs/organizationMembershipsList.js";
import { organizationMembershipsUpdate } from "../../src/funcs/organizationMembershipsUpdate.js";
import { organizationMembershipsUpdateMetadata } from "../../src/funcs/organizationMembershipsUpdateMetadata.js";
import { organizationsCreate } from "../../src/funcs/organizationsCreate.js";
import { organizationsDelete } from "../../src/funcs/organizationsDelete.js";
import { organizationsGet } from "../../src/funcs/organizationsGet.js";
import { organizationsList } from "../../src/funcs/organizationsList.js";
import { organizationsMergeMetadata } from "../../src/funcs/organizationsMergeMetadata.js";
import { organizationsUpdate } from "../../src/funcs/organizationsUpdate.js";
import { usersGetOrganizationInvitations } from "../../src/funcs/usersGetOrganizationInvitations.js";
import { usersGetOrganizationMemberships } from "../../src/funcs/usersGetOrganizationMemberships.js";
import { apiError, ok, setup, tickingClock } from "./helpers.js";

const seedUsers = [
  { id: "user_owner", email_address: ["owner@example.com"], first_name: "Olga" },
  { id: "user_member", email_address: ["member@example.com"], first_name: "Mia" },
  { id: "user_guest", email_address: ["guest@example.com"], first_name: "Gus" },
];

function withUsers(options: Parameters<typeof setup>[0] = {}) {
  return setup({ users: seedUsers, now: tickingClock(), ...options });
}

describe("organizations", () => {
  test("create derives a unique slug; the creator becomes an admin member", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Acme, Inc.", created_by: "user_owner", public_metadata: { tier: 1 } }));
    expect(org).toMatchObject({ object: "organization", name: "Acme, Inc.", slug: "acme-inc", created_by: "user_owner", public_metadata: { tier: 1 } });
    expect(org.id).toMatch(/^org_/);
    const twin = ok(await organizationsCreate(core, { name: "Acme Inc" }));
    expect(twin.slug).toMatch(/^acme-inc-[a-z0-9]+$/);
    const members = ok(await organizationMembershipsList(core, { organization_id: org.id }));
    expect(members.data.map((m) => [m.public_user_data?.user_id, m.role])).toEqual([["user_owner", "org:admin"]]);
  });

  test("a blank name is 422 form_param_missing; a bad or taken slug is refused", async () => {
    const { core } = withUsers();
    const missing = apiError(await organizationsCreate(core, { name: "  " }));
    expect(missing.status).toBe(422);
    expect(missing.errors[0]).toMatchObject({ code: "form_param_missing", meta: { param_name: "name" } });
    expect(apiError(await organizationsCreate(core, { name: "X", slug: "Not A Slug" })).errors[0]?.code).toBe("form_param_format_invalid");
    ok(await organizationsCreate(core, { name: "One", slug: "taken" }));
    expect(apiError(await organizationsCreate(core, { name: "Two", slug: "taken" })).errors[0]).toMatchObject({
      code: "form_identifier_exists",
      meta: { param_name: "slug" },
    });
    expect(apiError(await organizationsCreate(core, { name: "Three", created_by: "user_nobody" })).status).toBe(404);
  });

  test("get by id or by slug; members_count only when asked for", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Acme", slug: "acme", created_by: "user_owner" }));
    expect(ok(await organizationsGet(core, { organization_id: "acme" })).id).toBe(org.id);
    expect(ok(await organizationsGet(core, { organization_id: org.id })).members_count).toBeUndefined();
    expect(ok(await organizationsGet(core, { organization_id: org.id, include_members_count: true })).members_count).toBe(1);
    expect(apiError(await organizationsGet(core, { organization_id: "org_missing" })).errors[0]?.code).toBe("resource_not_found");
  });

  test("list is a { data, total_count } envelope: total_count counts every match, not the page", async () => {
    const { core } = withUsers();
    for (const name of ["Delta", "Alpha", "Charlie", "Bravo", "Echo"]) ok(await organizationsCreate(core, { name }));
    const first = ok(await organizationsList(core, { limit: 2 }));
    expect(first.total_count).toBe(5);
    expect(first.data.map((o) => o.name)).toEqual(["Echo", "Bravo"]);
    const byName = ok(await organizationsList(core, { order_by: "name", limit: 2, offset: 2 }));
    expect(byName.data.map((o) => o.name)).toEqual(["Charlie", "Delta"]);
    const search = ok(await organizationsList(core, { query: "ha" }));
    expect(search).toMatchObject({ total_count: 2 });
    expect(search.data.map((o) => o.name).sort()).toEqual(["Alpha", "Charlie"]);
  });

  test("list filters by member with user_id", async () => {
    const { core } = withUsers();
    const mine = ok(await organizationsCreate(core, { name: "Mine", created_by: "user_owner" }));
    ok(await organizationsCreate(core, { name: "Theirs", created_by: "user_member" }));
    expect(ok(await organizationsList(core, { user_id: ["user_owner"] })).data.map((o) => o.id)).toEqual([mine.id]);
    expect(ok(await organizationsList(core, { user_id: ["-user_owner"] })).data.map((o) => o.name)).toEqual(["Theirs"]);
  });

  test("update renames and re-slugs; metadata merges deeply with null removal", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Acme", private_metadata: { billing: { plan: "free", seats: 3 } } }));
    expect(ok(await organizationsUpdate(core, { organization_id: org.id, name: "Acme Corp", slug: "acme-corp" }))).toMatchObject({
      name: "Acme Corp",
      slug: "acme-corp",
    });
    const merged = ok(
      await organizationsMergeMetadata(core, {
        organization_id: org.id,
        public_metadata: { color: "red" },
        private_metadata: { billing: { plan: "pro", seats: null } },
      }),
    );
    expect(merged.public_metadata).toEqual({ color: "red" });
    expect(merged.private_metadata).toEqual({ billing: { plan: "pro" } });
  });

  test("delete answers a DeletedObject and takes memberships and invitations with it", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Doomed", created_by: "user_owner" }));
    ok(await organizationInvitationsCreate(core, { organization_id: org.id, email_address: "new@example.com", role: "org:member" }));
    expect(ok(await organizationsDelete(core, { organization_id: org.id }))).toEqual({
      object: "organization",
      id: org.id,
      slug: org.slug,
      deleted: true,
    });
    expect(apiError(await organizationsGet(core, { organization_id: org.id })).status).toBe(404);
    expect(ok(await usersGetOrganizationMemberships(core, { user_id: "user_owner" })).total_count).toBe(0);
    expect(ok(await organizationInvitationsGetAll(core)).total_count).toBe(0);
  });
});

describe("memberships", () => {
  test("create embeds the organization and the member; permissions follow the role", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Acme", created_by: "user_owner" }));
    const membership = ok(await organizationMembershipsCreate(core, { organization_id: org.id, user_id: "user_member", role: "org:member" }));
    expect(membership).toMatchObject({
      object: "organization_membership",
      role: "org:member",
      role_name: "Member",
      permissions: ["org:sys_memberships:read"],
      organization: { id: org.id, name: "Acme" },
      public_user_data: { user_id: "user_member", first_name: "Mia", identifier: "member@example.com" },
    });
  });

  test("an existing member is 400 already_a_member_in_organization; an unknown user 404", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Acme", created_by: "user_owner" }));
    const again = apiError(await organizationMembershipsCreate(core, { organization_id: org.id, user_id: "user_owner", role: "org:member" }));
    expect(again.status).toBe(400);
    expect(again.errors[0]?.code).toBe("already_a_member_in_organization");
    expect(apiError(await organizationMembershipsCreate(core, { organization_id: org.id, user_id: "user_x", role: "org:member" })).status).toBe(404);
    expect(apiError(await organizationMembershipsCreate(core, { organization_id: "org_x", user_id: "user_member", role: "org:member" })).status).toBe(404);
  });

  test("max_allowed_memberships is enforced with 403", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Tiny", created_by: "user_owner", max_allowed_memberships: 2 }));
    ok(await organizationMembershipsCreate(core, { organization_id: org.id, user_id: "user_member", role: "org:member" }));
    const full = apiError(await organizationMembershipsCreate(core, { organization_id: org.id, user_id: "user_guest", role: "org:member" }));
    expect(full.status).toBe(403);
    expect(full.errors[0]?.code).toBe("organization_membership_quota_exceeded");
  });

  test("list filters by role and user, pages with total_count; update, metadata, delete", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Acme", created_by: "user_owner" }));
    for (const user_id of ["user_member", "user_guest"]) ok(await organizationMembershipsCreate(core, { organization_id: org.id, user_id, role: "org:member" }));
    const members = ok(await organizationMembershipsList(core, { organization_id: org.id, role: ["org:member"], limit: 1 }));
    expect(members.total_count).toBe(2);
    expect(members.data).toHaveLength(1);

    const promoted = ok(await organizationMembershipsUpdate(core, { organization_id: org.id, user_id: "user_guest", role: "org:admin" }));
    expect(promoted).toMatchObject({ role: "org:admin", role_name: "Admin" });
    const meta = ok(
      await organizationMembershipsUpdateMetadata(core, { organization_id: org.id, user_id: "user_guest", public_metadata: { team: "red" } }),
    );
    expect(meta.public_metadata).toEqual({ team: "red" });
    expect(ok(await organizationMembershipsList(core, { organization_id: org.id, user_id: ["user_guest"] })).data[0]?.role).toBe("org:admin");

    const removed = ok(await organizationMembershipsDelete(core, { organization_id: org.id, user_id: "user_guest" }));
    expect(removed.public_user_data?.user_id).toBe("user_guest");
    expect(ok(await usersGetOrganizationMemberships(core, { user_id: "user_guest" })).total_count).toBe(0);
    expect(apiError(await organizationMembershipsDelete(core, { organization_id: org.id, user_id: "user_guest" })).status).toBe(404);
  });
});

describe("organization invitations", () => {
  test("create, get, list pending, revoke", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Acme", created_by: "user_owner" }));
    const invitation = ok(
      await organizationInvitationsCreate(core, {
        organization_id: org.id,
        email_address: "guest@example.com",
        role: "org:member",
        inviter_user_id: "user_owner",
        private_metadata: { source: "test" },
      }),
    );
    expect(invitation).toMatchObject({
      object: "organization_invitation",
      status: "pending",
      role_name: "Member",
      organization_id: org.id,
      inviter_id: "user_owner",
      public_inviter_data: { user_id: "user_owner", identifier: "owner@example.com" },
    });
    expect(ok(await organizationInvitationsGet(core, { organization_id: org.id, invitation_id: invitation.id }))).toEqual(invitation);
    expect(ok(await organizationInvitationsListPending(core, { organization_id: org.id })).total_count).toBe(1);
    const mine = ok(await usersGetOrganizationInvitations(core, { user_id: "user_guest" }));
    expect(mine.data[0]?.public_organization_data).toMatchObject({ id: org.id, name: "Acme" });

    expect(ok(await organizationInvitationsRevoke(core, { organization_id: org.id, invitation_id: invitation.id })).status).toBe("revoked");
    expect(ok(await organizationInvitationsListPending(core, { organization_id: org.id })).total_count).toBe(0);
    expect(ok(await organizationInvitationsList(core, { organization_id: org.id, status: "revoked" })).total_count).toBe(1);
  });

  test("a second pending invitation for the same email is 400; members cannot be invited", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Acme", created_by: "user_owner" }));
    ok(await organizationInvitationsCreate(core, { organization_id: org.id, email_address: "new@example.com", role: "org:member" }));
    expect(
      apiError(await organizationInvitationsCreate(core, { organization_id: org.id, email_address: "NEW@example.com", role: "org:member" })).errors[0]?.code,
    ).toBe("duplicate_record");
    expect(
      apiError(await organizationInvitationsCreate(core, { organization_id: org.id, email_address: "owner@example.com", role: "org:member" })).errors[0]
        ?.code,
    ).toBe("already_a_member_in_organization");
  });

  test("only an admin may be the inviter", async () => {
    const { core } = withUsers();
    const org = ok(await organizationsCreate(core, { name: "Acme", created_by: "user_owner" }));
    ok(await organizationMembershipsCreate(core, { organization_id: org.id, user_id: "user_member", role: "org:member" }));
    const error = apiError(
      await organizationInvitationsCreate(core, { organization_id: org.id, email_address: "x@example.com", role: "org:member", inviter_user_id: "user_member" }),
    );
    expect(error.status).toBe(403);
    expect(error.errors[0]?.code).toBe("not_an_admin_in_organization");
  });

  test("an invitation past expires_at reads as expired", async () => {
    let now = Date.UTC(2026, 0, 1);
    const { core } = setup({ users: seedUsers, now: () => now });
    const org = ok(await organizationsCreate(core, { name: "Acme", created_by: "user_owner" }));
    ok(await organizationInvitationsCreate(core, { organization_id: org.id, email_address: "late@example.com", role: "org:member", expires_in_days: 1 }));
    now += 2 * 86_400_000;
    expect(ok(await organizationInvitationsList(core, { organization_id: org.id })).data[0]?.status).toBe("expired");
  });
});

describe("invitations to the application", () => {
  test("create, list without revoked ones, revoke once", async () => {
    const { core } = withUsers();
    const invitation = ok(await invitationsCreate(core, { email_address: "new@example.com", public_metadata: { ref: "x" } }));
    expect(invitation).toMatchObject({ object: "invitation", status: "pending", revoked: false, public_metadata: { ref: "x" } });
    expect(invitation.url).toContain(invitation.id);
    const revoked = ok(await invitationsRevoke(core, { invitation_id: invitation.id }));
    expect(revoked).toMatchObject({ status: "revoked", revoked: true });
    expect(ok(await invitationsList(core))).toEqual([]);
    expect(ok(await invitationsList(core, { status: "revoked" })).map((i) => i.id)).toEqual([invitation.id]);
    expect(apiError(await invitationsRevoke(core, { invitation_id: invitation.id })).status).toBe(400);
    expect(apiError(await invitationsRevoke(core, { invitation_id: "inv_missing" })).status).toBe(404);
  });

  test("duplicates and existing users are refused unless ignore_existing; blank email is form_param_missing", async () => {
    const { core } = withUsers();
    ok(await invitationsCreate(core, { email_address: "new@example.com" }));
    expect(apiError(await invitationsCreate(core, { email_address: "new@example.com" })).errors[0]?.code).toBe("duplicate_record");
    expect(apiError(await invitationsCreate(core, { email_address: "owner@example.com" })).errors[0]?.code).toBe("form_identifier_exists");
    ok(await invitationsCreate(core, { email_address: "owner@example.com", ignore_existing: true }));
    expect(apiError(await invitationsCreate(core, { email_address: "" })).errors[0]).toMatchObject({
      code: "form_param_missing",
      meta: { param_name: "email_address" },
    });
  });

  test("bulk create is all or nothing", async () => {
    const { core } = withUsers();
    const created = ok(await invitationsBulkCreate(core, { body: [{ email_address: "a@example.com" }, { email_address: "b@example.com" }] }));
    expect(created.map((i) => i.email_address)).toEqual(["a@example.com", "b@example.com"]);
    apiError(await invitationsBulkCreate(core, { body: [{ email_address: "c@example.com" }, { email_address: "bad" }] }));
    expect(ok(await invitationsList(core, { query: "c@" }))).toEqual([]);
  });
});
