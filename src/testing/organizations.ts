// Organizations and their memberships: CRUD, slugs, metadata merge/replace, logos, the
// `{ data, total_count }` lists with their filters, and the cascade a delete implies.
import type { DeletedObject } from "../models/deletedObject.js";
import type { Organization } from "../models/organization.js";
import type { OrganizationMembership } from "../models/organizationMembership.js";
import type { User } from "../models/user.js";
import {
  contains,
  envelope,
  failure,
  formatInvalid,
  identifierExists,
  includeExclude,
  notFound,
  orderBy,
  type Body,
  type Query,
} from "./http.js";
import { deepMerge } from "./merge.js";
import type { Routes } from "./router.js";
import {
  DEFAULT_IMAGE_URL,
  membershipOf,
  membershipsOf,
  primaryEmail,
  renderMembership,
  renderOrganization,
  requireOrganization,
  requireUser,
  type Env,
  type MembershipRecord,
} from "./store.js";

/** The role `created_by` gets, Clerk's default "creator role". */
const CREATOR_ROLE = "org:admin";
const SLUG = /^[a-z0-9-]+$/;

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "organization";
}

function slugTaken(env: Env, slug: string, exceptId?: string): boolean {
  return [...env.state.organizations.values()].some((o) => o.slug === slug && o.id !== exceptId);
}

function checkedSlug(env: Env, slug: string, exceptId?: string): string {
  if (!SLUG.test(slug)) throw formatInvalid("slug", "slug can contain only lowercase alphanumeric characters and the dash \"-\".");
  if (slugTaken(env, slug, exceptId)) throw identifierExists("slug", "This organization slug is already taken. Please try another.");
  return slug;
}

/** Creates an organization from a `POST /organizations` body (also how seeds are loaded). */
export function createOrganization(env: Env, body: Body, id?: string): Organization {
  const name = body.required("name");
  const given = body.str("slug");
  let slug: string;
  if (given != null) slug = checkedSlug(env, given);
  else {
    // Without a slug Clerk derives one from the name, made unique when another org has it.
    slug = slugify(name);
    while (slugTaken(env, slug)) slug = `${slugify(name)}-${env.newId("x").slice(2, 8).toLowerCase()}`;
  }
  const createdBy = body.str("created_by") ?? undefined;
  if (createdBy !== undefined) requireUser(env, createdBy);
  const orgId = id ?? env.newId("org");
  if (env.state.organizations.has(orgId)) throw identifierExists("id", `An organization with id ${orgId} already exists.`);
  const now = env.now();
  const org: Organization = {
    object: "organization",
    id: orgId,
    name,
    slug,
    image_url: DEFAULT_IMAGE_URL,
    has_image: false,
    max_allowed_memberships: body.int("max_allowed_memberships") ?? 0,
    admin_delete_enabled: true,
    public_metadata: body.obj("public_metadata") ?? {},
    private_metadata: body.obj("private_metadata") ?? {},
    created_at: body.date("created_at") ?? now,
    updated_at: now,
    role_set_key: body.str("role_set_key") ?? null,
  };
  if (createdBy !== undefined) org.created_by = createdBy;
  env.state.organizations.set(orgId, org);
  env.emit("organization.created", renderOrganization(env, org));
  if (createdBy !== undefined) addMember(env, org, createdBy, CREATOR_ROLE, {}, {});
  return org;
}

/** Adds a member; the checks of `POST /organizations/{id}/memberships`. */
export function addMember(
  env: Env,
  org: Organization,
  userId: string,
  role: string,
  publicMetadata: Record<string, unknown>,
  privateMetadata: Record<string, unknown>,
): MembershipRecord {
  requireUser(env, userId);
  if (membershipOf(env, org.id, userId)) {
    throw failure(400, "already_a_member_in_organization", "already a member", `User ${userId} is already a member of the organization.`);
  }
  const count = membershipsOf(env, { organizationId: org.id }).length;
  if (org.max_allowed_memberships > 0 && count >= org.max_allowed_memberships) {
    throw failure(403, "organization_membership_quota_exceeded", "membership quota exceeded", "You have reached the limit of memberships for this organization.");
  }
  const now = env.now();
  const record: MembershipRecord = {
    id: env.newId("orgmem"),
    organization_id: org.id,
    user_id: userId,
    role,
    public_metadata: publicMetadata,
    private_metadata: privateMetadata,
    created_at: now,
    updated_at: now,
  };
  env.state.memberships.set(record.id, record);
  env.emit("organizationMembership.created", renderMembership(env, record));
  return record;
}

function requireMembership(env: Env, orgId: string, userId: string): MembershipRecord {
  const org = requireOrganization(env, orgId);
  const membership = membershipOf(env, org.id, userId);
  if (!membership) throw notFound(`No membership was found for user ${userId} in organization ${org.id}`);
  return membership;
}

function changeMembership(env: Env, m: MembershipRecord, change: () => void): OrganizationMembership {
  change();
  m.updated_at = env.now();
  const out = renderMembership(env, m);
  env.emit("organizationMembership.updated", out);
  return out;
}

function updateOrganization(env: Env, idOrSlug: string, change: (org: Organization) => void): Organization {
  const org = requireOrganization(env, idOrSlug);
  change(org);
  org.updated_at = env.now();
  const out = renderOrganization(env, org);
  env.emit("organization.updated", out);
  return out;
}

function listOrganizations(env: Env, q: Query): { data: Organization[]; total_count: number } {
  const text = q.str("query");
  const byUser = includeExclude(q.list("user_id"));
  const byId = includeExclude(q.list("organization_id"));
  const withCounts = q.bool("include_members_count") ?? false;
  const members = (o: Organization): number => membershipsOf(env, { organizationId: o.id }).length;
  const matches = [...env.state.organizations.values()].filter(
    (o) =>
      (text === undefined || o.id === text || contains(o.name, text) || contains(o.slug, text)) &&
      (!byUser || byUser(membershipsOf(env, { organizationId: o.id }).map((m) => m.user_id))) &&
      (!byId || byId([o.id])),
  );
  const sorted = orderBy(matches, q.str("order_by")?.trim(), "-created_at", {
    name: (o) => o.name,
    created_at: (o) => o.created_at,
    members_count: members,
  });
  const { data, total_count } = envelope(sorted, q);
  return { data: data.map((o) => renderOrganization(env, o, withCounts)), total_count };
}

function listMemberships(env: Env, q: Query, records: MembershipRecord[]): { data: OrganizationMembership[]; total_count: number } {
  const userIds = new Set(q.list("user_id"));
  const roles = new Set(q.list("role"));
  const emails = new Set(q.list("email_address").map((e) => e.toLowerCase()));
  const text = q.str("query");
  const matches = records.filter((m) => {
    const user = env.state.users.get(m.user_id)?.user;
    if (userIds.size && !userIds.has(m.user_id)) return false;
    if (roles.size && !roles.has(m.role)) return false;
    if (emails.size && !user?.email_addresses.some((e) => emails.has(e.email_address.toLowerCase()))) return false;
    if (text !== undefined && user) {
      const fields = [user.id, user.username, user.first_name, user.last_name, ...user.email_addresses.map((e) => e.email_address)];
      if (!fields.some((f) => contains(f, text))) return false;
    }
    return true;
  });
  // Fields of the member (`first_name`, `email_address`, …) are ordered through the user.
  const userField =
    (pick: (u: User) => string | null) =>
    (m: MembershipRecord): string | null => {
      const user = env.state.users.get(m.user_id)?.user;
      return user ? pick(user) : null;
    };
  const sorted = orderBy(matches, q.str("order_by")?.trim(), "-created_at", {
    created_at: (m) => m.created_at,
    role: (m) => m.role,
    first_name: userField((u) => u.first_name),
    last_name: userField((u) => u.last_name),
    email_address: userField(primaryEmail),
    username: userField((u) => u.username),
  });
  const { data, total_count } = envelope(sorted, q);
  return { data: data.map((m) => renderMembership(env, m)), total_count };
}

function metadataPatch(body: Body): { public?: Record<string, unknown>; private?: Record<string, unknown> } {
  const out: { public?: Record<string, unknown>; private?: Record<string, unknown> } = {};
  const pub = body.obj("public_metadata");
  const priv = body.obj("private_metadata");
  if (pub) out.public = pub;
  if (priv) out.private = priv;
  return out;
}

/** `/organizations`, their metadata, logos and memberships, and the membership lists. */
export const organizationRoutes: Routes = {
  "POST /organizations": ({ env, body }) => renderOrganization(env, createOrganization(env, body)),
  "GET /organizations": ({ env, query }) => listOrganizations(env, query),
  "GET /organizations/{organization_id}": ({ env, param, query }) =>
    renderOrganization(env, requireOrganization(env, param("organization_id")), query.bool("include_members_count") ?? false),
  "PATCH /organizations/{organization_id}": ({ env, param, body }) => {
    const org = requireOrganization(env, param("organization_id"));
    const slug = body.str("slug");
    if (slug != null) checkedSlug(env, slug, org.id);
    const name = body.str("name");
    if (name !== undefined && (name === null || name.trim() === "")) throw formatInvalid("name", "name must not be empty.");
    return updateOrganization(env, org.id, (o) => {
      if (name) o.name = name;
      if (slug != null) o.slug = slug;
      const max = body.int("max_allowed_memberships");
      if (max != null) o.max_allowed_memberships = max;
      const adminDelete = body.bool("admin_delete_enabled");
      if (adminDelete != null) o.admin_delete_enabled = adminDelete;
      const createdAt = body.date("created_at");
      if (createdAt != null) o.created_at = createdAt;
      if (body.has("role_set_key")) o.role_set_key = body.str("role_set_key") ?? null;
    });
  },
  // Deleting an organization deletes its memberships and invitations and clears it from
  // sessions that had it active (spec: DeleteOrganization).
  "DELETE /organizations/{organization_id}": ({ env, param }) => {
    const org = requireOrganization(env, param("organization_id"));
    env.state.organizations.delete(org.id);
    for (const m of membershipsOf(env, { organizationId: org.id })) env.state.memberships.delete(m.id);
    for (const [id, i] of env.state.organizationInvitations) if (i.organization_id === org.id) env.state.organizationInvitations.delete(id);
    for (const s of env.state.sessions.values()) if (s.last_active_organization_id === org.id) s.last_active_organization_id = null;
    const deleted: DeletedObject = { object: "organization", id: org.id, slug: org.slug, deleted: true };
    env.emit("organization.deleted", deleted);
    return deleted;
  },
  "PATCH /organizations/{organization_id}/metadata": ({ env, param, body }) => {
    const patch = metadataPatch(body);
    return updateOrganization(env, param("organization_id"), (o) => {
      if (patch.public) o.public_metadata = deepMerge(o.public_metadata, patch.public);
      if (patch.private) o.private_metadata = deepMerge(o.private_metadata ?? {}, patch.private);
    });
  },
  "PUT /organizations/{organization_id}/metadata": ({ env, param, body }) => {
    const patch = metadataPatch(body);
    return updateOrganization(env, param("organization_id"), (o) => {
      if (patch.public) o.public_metadata = patch.public;
      if (patch.private) o.private_metadata = patch.private;
    });
  },
  "PUT /organizations/{organization_id}/logo": ({ env, param, raw }) => {
    if (!(raw instanceof FormData) || !(raw.get("file") instanceof Blob)) throw formatInvalid("file", "file must be an image upload.");
    const org = updateOrganization(env, param("organization_id"), (o) => {
      o.has_image = true;
      o.image_url = `https://img.clerk.com/emulated/${o.id}`;
    });
    return { ...org, logo_url: org.image_url };
  },
  "DELETE /organizations/{organization_id}/logo": ({ env, param }) =>
    updateOrganization(env, param("organization_id"), (o) => {
      o.has_image = false;
      o.image_url = DEFAULT_IMAGE_URL;
    }),

  "POST /organizations/{organization_id}/memberships": ({ env, param, body }) => {
    const org = requireOrganization(env, param("organization_id"));
    const userId = body.required("user_id");
    const role = body.required("role");
    const record = addMember(env, org, userId, role, body.obj("public_metadata") ?? {}, body.obj("private_metadata") ?? {});
    return renderMembership(env, record);
  },
  "GET /organizations/{organization_id}/memberships": ({ env, param, query }) => {
    const org = requireOrganization(env, param("organization_id"));
    return listMemberships(env, query, membershipsOf(env, { organizationId: org.id }));
  },
  "PATCH /organizations/{organization_id}/memberships/{user_id}": ({ env, param, body }) => {
    const m = requireMembership(env, param("organization_id"), param("user_id"));
    const role = body.required("role");
    return changeMembership(env, m, () => {
      m.role = role;
    });
  },
  "PATCH /organizations/{organization_id}/memberships/{user_id}/metadata": ({ env, param, body }) => {
    const m = requireMembership(env, param("organization_id"), param("user_id"));
    const patch = metadataPatch(body);
    return changeMembership(env, m, () => {
      if (patch.public) m.public_metadata = deepMerge(m.public_metadata, patch.public);
      if (patch.private) m.private_metadata = deepMerge(m.private_metadata, patch.private);
    });
  },
  "DELETE /organizations/{organization_id}/memberships/{user_id}": ({ env, param }) => {
    const m = requireMembership(env, param("organization_id"), param("user_id"));
    const out = renderMembership(env, m);
    env.state.memberships.delete(m.id);
    env.emit("organizationMembership.deleted", out);
    return out;
  },
  "GET /users/{user_id}/organization_memberships": ({ env, param, query }) => {
    requireUser(env, param("user_id"));
    return listMemberships(env, query, membershipsOf(env, { userId: param("user_id") }));
  },
  "GET /organization_memberships": ({ env, query }) => listMemberships(env, query, [...env.state.memberships.values()]),
};
