// The emulator's state: Clerk's own response shapes, stored as the API would return them, plus
// what the API keeps but never returns (a user's password). Everything lives in plain Maps owned
// by one emulator; nothing is module-global, so two emulators never share data.
import type { Invitation } from "../models/invitation.js";
import type { JWTTemplate } from "../models/jwtTemplate.js";
import type { Organization } from "../models/organization.js";
import type { OrganizationInvitation } from "../models/organizationInvitation.js";
import type { OrganizationMembership } from "../models/organizationMembership.js";
import type { OrganizationMembershipPublicUserData } from "../models/organizationMembershipPublicUserData.js";
import type { Session } from "../models/session.js";
import type { User } from "../models/user.js";
import { notFound } from "./http.js";
import type { IdGenerator } from "./ids.js";
import type { SigningKeys } from "./keys.js";
import type { JsonObject } from "./merge.js";

/** A user and what the API never returns about it. */
export interface UserRecord {
  user: User;
  /** Kept only so `POST /users/{id}/verify_password` can answer; never serialised. */
  password: string | undefined;
}

/** A membership as stored: ids, not embedded copies, so renames show up in every answer. */
export interface MembershipRecord {
  id: string;
  organization_id: string;
  user_id: string;
  role: string;
  public_metadata: JsonObject;
  private_metadata: JsonObject;
  created_at: number;
  updated_at: number;
}

/** Everything an emulator holds; `reset()` replaces it with a fresh one. */
export interface State {
  readonly users: Map<string, UserRecord>;
  readonly organizations: Map<string, Organization>;
  readonly memberships: Map<string, MembershipRecord>;
  readonly invitations: Map<string, Invitation>;
  readonly organizationInvitations: Map<string, OrganizationInvitation & { organization_id: string }>;
  readonly sessions: Map<string, Session>;
  readonly jwtTemplates: Map<string, JWTTemplate>;
}

/** A state with nothing in it. */
export function emptyState(): State {
  return {
    users: new Map(),
    organizations: new Map(),
    memberships: new Map(),
    invitations: new Map(),
    organizationInvitations: new Map(),
    sessions: new Map(),
    jwtTemplates: new Map(),
  };
}

/** A webhook event as Clerk delivers it (the envelope of the webhooks spec). */
export interface EmulatorEvent {
  readonly object: "event";
  readonly type: string;
  readonly data: unknown;
  readonly timestamp: number;
  readonly instance_id: string;
}

/** What route handlers share: the state, ids, the clock, keys and the instance's settings. */
export interface Env {
  readonly state: State;
  readonly newId: IdGenerator;
  readonly now: () => number;
  /** Role key → permission keys (system and custom), e.g. `org:admin`. */
  readonly roles: Readonly<Record<string, readonly string[]>>;
  readonly instanceId: string;
  /** `iss` of the tokens this instance signs. */
  readonly issuer: string;
  readonly keys: () => Promise<SigningKeys>;
  /** Records a webhook event, as Clerk would send one for the change just made. */
  readonly emit: (type: string, data: unknown) => void;
}

/** The image Clerk shows for users and organizations without an uploaded one. */
export const DEFAULT_IMAGE_URL = "https://img.clerk.com/eyJ0eXBlIjoiZGVmYXVsdCJ9";

/** The user with this id, or a 404 as the API words it. */
export function requireUser(env: Env, userId: string): UserRecord {
  const record = env.state.users.get(userId);
  if (!record) throw notFound(`No user was found with id ${userId}`);
  return record;
}

/** Organizations are addressed by id or by slug (`GET /organizations/{organization_id}`). */
export function requireOrganization(env: Env, idOrSlug: string): Organization {
  const org = env.state.organizations.get(idOrSlug) ?? [...env.state.organizations.values()].find((o) => o.slug === idOrSlug);
  if (!org) throw notFound("Given organization not found.");
  return org;
}

/** The membership of a user in an organization, if any. */
export function membershipOf(env: Env, organizationId: string, userId: string): MembershipRecord | undefined {
  for (const m of env.state.memberships.values()) if (m.organization_id === organizationId && m.user_id === userId) return m;
  return undefined;
}

/** Memberships of an organization, of a user, or both filters at once. */
export function membershipsOf(env: Env, filter: { organizationId?: string; userId?: string }): MembershipRecord[] {
  return [...env.state.memberships.values()].filter(
    (m) =>
      (filter.organizationId === undefined || m.organization_id === filter.organizationId) &&
      (filter.userId === undefined || m.user_id === filter.userId),
  );
}

/** The primary email address of a user, or its first one. */
export function primaryEmail(user: User): string | null {
  const primary = user.email_addresses.find((e) => e.id === user.primary_email_address_id) ?? user.email_addresses[0];
  return primary?.email_address ?? null;
}

/** The `public_user_data` the API embeds in memberships. */
export function publicUserData(user: User): OrganizationMembershipPublicUserData {
  return {
    user_id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    profile_image_url: user.image_url ?? DEFAULT_IMAGE_URL,
    image_url: user.image_url ?? DEFAULT_IMAGE_URL,
    has_image: user.has_image,
    identifier: primaryEmail(user) ?? user.username ?? user.id,
    username: user.username,
    banned: user.banned,
  };
}

/** Readable name of a role key: `org:billing_manager` → `Billing manager`. */
export function roleName(role: string): string {
  const bare = role.replace(/^org:/, "").replace(/_/g, " ");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** A membership as the API answers it, with the organization and the member embedded. */
export function renderMembership(env: Env, m: MembershipRecord): OrganizationMembership {
  const org = env.state.organizations.get(m.organization_id)!;
  const user = env.state.users.get(m.user_id)?.user;
  const out: OrganizationMembership = {
    id: m.id,
    object: "organization_membership",
    role: m.role,
    role_name: roleName(m.role),
    permissions: [...(env.roles[m.role] ?? [])],
    public_metadata: structuredClone(m.public_metadata),
    private_metadata: structuredClone(m.private_metadata),
    organization: renderOrganization(env, org),
    created_at: m.created_at,
    updated_at: m.updated_at,
  };
  if (user) out.public_user_data = publicUserData(user);
  return out;
}

/** An organization as the API answers it; `members_count` only when the caller asked for it. */
export function renderOrganization(env: Env, org: Organization, withCounts = false): Organization {
  const out = structuredClone(org);
  if (withCounts) {
    out.members_count = membershipsOf(env, { organizationId: org.id }).length;
    out.pending_invitations_count = [...env.state.organizationInvitations.values()].filter(
      (i) => i.organization_id === org.id && i.status === "pending",
    ).length;
  }
  return out;
}

/**
 * Placeholder answers still need their parent to exist: `GET /users/{user_id}/billing/credits`
 * for an unknown user is a 404 at Clerk, whatever the emulator does not know about billing.
 */
export function requireParents(env: Env, params: Readonly<Record<string, string>>): void {
  if (params.user_id !== undefined) requireUser(env, params.user_id);
  if (params.organization_id !== undefined) requireOrganization(env, params.organization_id);
  if (params.session_id !== undefined && !env.state.sessions.has(params.session_id)) {
    throw notFound(`No session was found with id ${params.session_id}`);
  }
}
