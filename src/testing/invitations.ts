// Invitations to the application (`/invitations`) and to an organization
// (`/organizations/{id}/invitations`): create (one or in bulk), list, get, revoke, expiry.
import type { Invitation } from "../models/invitation.js";
import type { Organization } from "../models/organization.js";
import type { OrganizationInvitation } from "../models/organizationInvitation.js";
import { Body, contains, envelope, failure, formatInvalid, identifierExists, listPage, notFound, orderBy, page, type Query } from "./http.js";
import { isEmail, takenEmail } from "./identifiers.js";
import { isObject } from "./merge.js";
import type { Routes } from "./router.js";
import {
  DEFAULT_IMAGE_URL,
  membershipOf,
  membershipsOf,
  primaryEmail,
  requireOrganization,
  requireUser,
  roleName,
  type Env,
} from "./store.js";

/** Clerk's default lifetime of an invitation. */
const DEFAULT_EXPIRY_DAYS = 30;
const DAY_MS = 86_400_000;

type StoredOrgInvitation = OrganizationInvitation & { organization_id: string };

/** A pending invitation past `expires_at` reads as `expired`, as the API reports it. */
function expire<T extends { status?: string; expires_at?: number | null; updated_at: number }>(env: Env, invitation: T): T {
  if (invitation.status === "pending" && invitation.expires_at != null && invitation.expires_at <= env.now()) {
    invitation.status = "expired";
    invitation.updated_at = invitation.expires_at;
  }
  return invitation;
}

function expiresAt(env: Env, body: Body): number {
  const days = body.int("expires_in_days") ?? DEFAULT_EXPIRY_DAYS;
  if (days < 1 || days > 365) throw formatInvalid("expires_in_days", "expires_in_days must be between 1 and 365.");
  return env.now() + days * DAY_MS;
}

function ticketUrl(id: string, redirectUrl: string | null | undefined): string {
  const url = `https://accounts.emulated.clerk.test/v1/tickets/accept?ticket=${id}`;
  return redirectUrl ? `${url}&redirect_url=${encodeURIComponent(redirectUrl)}` : url;
}

function checkedEmail(body: Body): string {
  const email = body.required("email_address");
  if (!isEmail(email)) throw formatInvalid("email_address", "email_address must be a valid email address.");
  return email;
}

/** The checks of `POST /invitations`, done for a whole bulk request before anything is created. */
function prepareInvitation(env: Env, body: Body, seen: Set<string>): () => Invitation {
  const email = checkedEmail(body);
  const key = email.toLowerCase();
  if (!body.bool("ignore_existing")) {
    if (takenEmail(env, email)) throw identifierExists("email_address", "That email address is taken. Please try another.");
    const pending = [...env.state.invitations.values()].some((i) => expire(env, i).status === "pending" && i.email_address.toLowerCase() === key);
    if (pending || seen.has(key)) {
      throw failure(400, "duplicate_record", "duplicate invitation", `There is already a pending invitation for ${email}.`, { param_name: "email_address" });
    }
  }
  seen.add(key);
  const expires = expiresAt(env, body);
  const publicMetadata = body.obj("public_metadata") ?? {};
  const redirectUrl = body.str("redirect_url");
  return () => {
    const now = env.now();
    const id = env.newId("inv");
    const invitation: Invitation = {
      object: "invitation",
      id,
      email_address: email,
      public_metadata: publicMetadata,
      revoked: false,
      status: "pending",
      url: ticketUrl(id, redirectUrl),
      expires_at: expires,
      created_at: now,
      updated_at: now,
    };
    env.state.invitations.set(id, invitation);
    return invitation;
  };
}

function bodies(raw: unknown): Body[] {
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every(isObject)) throw formatInvalid("body", "The body must be a non-empty list of invitations.");
  return raw.map((item) => new Body(item));
}

function listInvitations(env: Env, q: Query): Invitation[] | { data: Invitation[]; total_count: number } {
  const status = q.str("status");
  const text = q.str("query");
  const matches = [...env.state.invitations.values()]
    .map((i) => expire(env, i))
    // Without a status filter the list leaves revoked invitations out (spec: ListInvitations).
    .filter((i) => (status === undefined ? i.status !== "revoked" : i.status === status))
    .filter((i) => text === undefined || i.id === text || contains(i.email_address, text));
  const sorted = orderBy(matches, q.str("order_by")?.trim(), "-created_at", {
    created_at: (i) => i.created_at,
    email_address: (i) => i.email_address,
    expires_at: (i) => i.expires_at ?? null,
  });
  return listPage(sorted, q);
}

function requireAdmin(env: Env, org: Organization, userId: string): void {
  requireUser(env, userId);
  const membership = membershipOf(env, org.id, userId);
  if (!membership) throw failure(403, "not_a_member_in_organization", "not a member", `User ${userId} is not a member of the organization.`);
  if (membership.role !== "org:admin") {
    throw failure(403, "not_an_admin_in_organization", "not an admin", `User ${userId} is not an administrator of the organization.`);
  }
}

/** The checks of `POST /organizations/{id}/invitations`, before anything is created. */
function prepareOrgInvitation(env: Env, org: Organization, body: Body, seen: Set<string>): () => StoredOrgInvitation {
  const email = checkedEmail(body);
  const role = body.required("role");
  const key = email.toLowerCase();
  const inviterId = body.str("inviter_user_id") ?? null;
  if (inviterId !== null) requireAdmin(env, org, inviterId);
  const member = membershipsOf(env, { organizationId: org.id }).some((m) =>
    env.state.users.get(m.user_id)?.user.email_addresses.some((e) => e.email_address.toLowerCase() === key),
  );
  if (member) throw failure(400, "already_a_member_in_organization", "already a member", `${email} is already a member of the organization.`);
  const pending = orgInvitations(env, org.id).filter((i) => i.status === "pending");
  if (pending.some((i) => i.email_address.toLowerCase() === key) || seen.has(key)) {
    throw failure(400, "duplicate_record", "duplicate invitation", `There is already a pending invitation for ${email} in this organization.`, {
      param_name: "email_address",
    });
  }
  // Pending invitations count against the organization's membership limit, as at Clerk.
  const used = membershipsOf(env, { organizationId: org.id }).length + pending.length + seen.size;
  if (org.max_allowed_memberships > 0 && used >= org.max_allowed_memberships) {
    throw failure(403, "organization_membership_quota_exceeded", "membership quota exceeded", "You have reached the limit of memberships for this organization, including outstanding invitations.");
  }
  seen.add(key);
  const expires = expiresAt(env, body);
  const publicMetadata = body.obj("public_metadata") ?? {};
  const privateMetadata = body.obj("private_metadata") ?? {};
  const redirectUrl = body.str("redirect_url");
  return () => {
    const now = env.now();
    const id = env.newId("orginv");
    const inviter = inviterId === null ? undefined : env.state.users.get(inviterId)?.user;
    const invitation: StoredOrgInvitation = {
      object: "organization_invitation",
      id,
      email_address: email,
      role,
      role_name: roleName(role),
      organization_id: org.id,
      inviter_id: inviterId,
      public_inviter_data: inviter
        ? {
            user_id: inviter.id,
            first_name: inviter.first_name,
            last_name: inviter.last_name,
            image_url: inviter.image_url ?? DEFAULT_IMAGE_URL,
            has_image: inviter.has_image,
            identifier: primaryEmail(inviter) ?? inviter.id,
          }
        : null,
      status: "pending",
      public_metadata: publicMetadata,
      private_metadata: privateMetadata,
      url: ticketUrl(id, redirectUrl),
      expires_at: expires,
      created_at: now,
      updated_at: now,
    };
    env.state.organizationInvitations.set(id, invitation);
    env.emit("organizationInvitation.created", invitation);
    return invitation;
  };
}

function orgInvitations(env: Env, orgId?: string): StoredOrgInvitation[] {
  return [...env.state.organizationInvitations.values()]
    .filter((i) => orgId === undefined || i.organization_id === orgId)
    .map((i) => expire(env, i));
}

function requireOrgInvitation(env: Env, orgIdOrSlug: string, invitationId: string): StoredOrgInvitation {
  const org = requireOrganization(env, orgIdOrSlug);
  const invitation = env.state.organizationInvitations.get(invitationId);
  if (!invitation || invitation.organization_id !== org.id) throw notFound(`No organization invitation was found with id ${invitationId}`);
  return expire(env, invitation);
}

/** Instance-wide and per-user lists embed the organization's public data. */
function withOrganization(env: Env, invitation: StoredOrgInvitation): StoredOrgInvitation & { public_organization_data?: object } {
  const org = env.state.organizations.get(invitation.organization_id);
  if (!org) return invitation;
  return {
    ...invitation,
    public_organization_data: { id: org.id, name: org.name, slug: org.slug, image_url: org.image_url ?? DEFAULT_IMAGE_URL, has_image: org.has_image },
  };
}

function sortOrgInvitations(list: StoredOrgInvitation[], q: Query): StoredOrgInvitation[] {
  return orderBy(list, q.str("order_by")?.trim(), "-created_at", {
    created_at: (i) => i.created_at,
    email_address: (i) => i.email_address,
  });
}

function revoke<T extends { status?: string; updated_at: number }>(env: Env, invitation: T): T {
  // Only pending invitations can be revoked (spec: RevokeInvitation); the code is the emulator's.
  if (invitation.status !== "pending") {
    throw failure(400, "invitation_not_pending", "not pending", `Only pending invitations can be revoked; this one is ${invitation.status}.`);
  }
  invitation.status = "revoked";
  invitation.updated_at = env.now();
  return invitation;
}

/** `/invitations`, `/organizations/{id}/invitations` and the instance- and user-wide lists. */
export const invitationRoutes: Routes = {
  "POST /invitations": ({ env, body }) => prepareInvitation(env, body, new Set())(),
  "POST /invitations/bulk": ({ env, raw }) => {
    const seen = new Set<string>();
    const creates = bodies(raw).map((b) => prepareInvitation(env, b, seen));
    return creates.map((create) => create());
  },
  "GET /invitations": ({ env, query }) => listInvitations(env, query),
  "POST /invitations/{invitation_id}/revoke": ({ env, param }) => {
    const invitation = env.state.invitations.get(param("invitation_id"));
    if (!invitation) throw notFound(`No invitation was found with id ${param("invitation_id")}`);
    revoke(env, expire(env, invitation));
    invitation.revoked = true;
    return invitation;
  },

  "POST /organizations/{organization_id}/invitations": ({ env, param, body }) => {
    const org = requireOrganization(env, param("organization_id"));
    return prepareOrgInvitation(env, org, body, new Set())();
  },
  "POST /organizations/{organization_id}/invitations/bulk": ({ env, param, raw }) => {
    const org = requireOrganization(env, param("organization_id"));
    const seen = new Set<string>();
    const creates = bodies(raw).map((b) => prepareOrgInvitation(env, org, b, seen));
    const data = creates.map((create) => create());
    return { data, total_count: data.length };
  },
  "GET /organizations/{organization_id}/invitations": ({ env, param, query }) => {
    const org = requireOrganization(env, param("organization_id"));
    const status = query.str("status");
    const email = query.str("email_address");
    const list = orgInvitations(env, org.id).filter(
      (i) => (status === undefined || i.status === status) && (email === undefined || i.email_address.toLowerCase() === email.toLowerCase()),
    );
    return envelope(sortOrgInvitations(list, query), query);
  },
  "GET /organizations/{organization_id}/invitations/pending": ({ env, param, query }) => {
    const org = requireOrganization(env, param("organization_id"));
    return envelope(sortOrgInvitations(orgInvitations(env, org.id).filter((i) => i.status === "pending"), query), query);
  },
  "GET /organizations/{organization_id}/invitations/{invitation_id}": ({ env, param }) =>
    requireOrgInvitation(env, param("organization_id"), param("invitation_id")),
  "POST /organizations/{organization_id}/invitations/{invitation_id}/revoke": ({ env, param, body }) => {
    const invitation = requireOrgInvitation(env, param("organization_id"), param("invitation_id"));
    const requester = body.str("requesting_user_id");
    if (requester != null) requireAdmin(env, requireOrganization(env, param("organization_id")), requester);
    revoke(env, invitation);
    env.emit("organizationInvitation.revoked", invitation);
    return invitation;
  },
  "GET /organization_invitations": ({ env, query }) => {
    const status = query.str("status");
    const text = query.str("query");
    const list = orgInvitations(env).filter(
      (i) => (status === undefined || i.status === status) && (text === undefined || i.id === text || contains(i.email_address, text)),
    );
    const { data, total_count } = envelope(sortOrgInvitations(list, query), query);
    return { data: data.map((i) => withOrganization(env, i)), total_count };
  },
  "GET /users/{user_id}/organization_invitations": ({ env, param, query }) => {
    const { user } = requireUser(env, param("user_id"));
    const emails = new Set(user.email_addresses.map((e) => e.email_address.toLowerCase()));
    const status = query.str("status");
    const list = orgInvitations(env).filter(
      (i) => emails.has(i.email_address.toLowerCase()) && (status === undefined || i.status === status),
    );
    const { data, total_count } = envelope(sortOrgInvitations(list, query), query);
    return { data: data.map((i) => withOrganization(env, i)), total_count };
  },
};
