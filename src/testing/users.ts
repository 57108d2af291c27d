// Users: create, read, list (filters, ordering, paging), count, update, metadata, ban / lock,
// passwords, profile images, delete. Behaviour follows the operation descriptions of the spec.
import type { DeletedObject } from "../models/deletedObject.js";
import type { User } from "../models/user.js";
import {
  Body,
  contains,
  failure,
  formatInvalid,
  identifierExists,
  includeExclude,
  notFound,
  orderBy,
  page,
  type Query,
} from "./http.js";
import { emailObject, isEmail, isPhone, phoneObject, takenEmail, takenPhone, takenUsername, web3Object } from "./identifiers.js";
import { deepMerge, type JsonObject } from "./merge.js";
import type { Routes } from "./router.js";
import { DEFAULT_IMAGE_URL, membershipsOf, primaryEmail, requireUser, type Env, type UserRecord } from "./store.js";

/** Clerk's minimum password length when `skip_password_checks` is not set. */
const MIN_PASSWORD_LENGTH = 8;
/** The lockout a `POST /users/{id}/lock` applies: Clerk's default of one hour. */
const LOCKOUT_SECONDS = 3600;

/**
 * Creates a user from a `POST /users` body (also how seeds are loaded). Email addresses, phone
 * numbers and usernames must be unique in the instance; the first of each becomes the primary.
 */
export function createUser(env: Env, body: Body, id?: string): UserRecord {
  const now = env.now();
  const emails = body.strings("email_address") ?? [];
  const phones = body.strings("phone_number") ?? [];
  const wallets = body.strings("web3_wallet") ?? [];
  for (const email of emails) {
    if (!isEmail(email)) throw formatInvalid("email_address", "email_address must be a valid email address.");
  }
  for (const phone of phones) {
    if (!isPhone(phone)) throw formatInvalid("phone_number", "phone_number must be a valid phone number according to E.164 international standard.");
  }
  const lower = emails.map((e) => e.toLowerCase());
  if (lower.some((e, i) => lower.indexOf(e) !== i || takenEmail(env, e))) {
    throw identifierExists("email_address", "That email address is taken. Please try another.");
  }
  if (phones.some((p, i) => phones.indexOf(p) !== i || takenPhone(env, p))) {
    throw identifierExists("phone_number", "That phone number is taken. Please try another.");
  }
  const username = body.str("username") ?? null;
  if (username !== null && takenUsername(env, username)) {
    throw identifierExists("username", "That username is taken. Please try another.");
  }
  const password = checkedPassword(body);
  const userId = id ?? env.newId("user");
  if (env.state.users.has(userId)) throw identifierExists("id", `A user with id ${userId} already exists.`);

  const emailAddresses = emails.map((e) => emailObject(env, e, true));
  const phoneNumbers = phones.map((p) => phoneObject(env, p, true, false));
  const web3Wallets = wallets.map((w) => web3Object(env, w));
  const totp = typeof body.str("totp_secret") === "string";
  const backupCodes = (body.strings("backup_codes") ?? []).length > 0;
  const user: User = {
    id: userId,
    object: "user",
    external_id: body.str("external_id") ?? null,
    primary_email_address_id: emailAddresses[0]?.id ?? null,
    primary_phone_number_id: phoneNumbers[0]?.id ?? null,
    primary_web3_wallet_id: web3Wallets[0]?.id ?? null,
    username,
    first_name: body.str("first_name") ?? null,
    last_name: body.str("last_name") ?? null,
    locale: body.str("locale") ?? null,
    profile_image_url: DEFAULT_IMAGE_URL,
    image_url: DEFAULT_IMAGE_URL,
    has_image: false,
    public_metadata: body.obj("public_metadata") ?? {},
    private_metadata: body.obj("private_metadata") ?? {},
    unsafe_metadata: body.obj("unsafe_metadata") ?? {},
    email_addresses: emailAddresses,
    phone_numbers: phoneNumbers,
    web3_wallets: web3Wallets,
    passkeys: [],
    password_enabled: password !== undefined || typeof body.str("password_digest") === "string",
    two_factor_enabled: totp || backupCodes,
    totp_enabled: totp,
    backup_code_enabled: backupCodes,
    mfa_enabled_at: totp || backupCodes ? now : null,
    mfa_disabled_at: null,
    password_last_updated_at: password !== undefined ? now : null,
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    last_sign_in_at: null,
    banned: body.bool("banned") ?? false,
    locked: body.bool("locked") ?? false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: null,
    updated_at: now,
    created_at: body.date("created_at") ?? now,
    delete_self_enabled: body.bool("delete_self_enabled") ?? true,
    create_organization_enabled: body.bool("create_organization_enabled") ?? true,
    create_organizations_limit: body.int("create_organizations_limit") ?? null,
    last_active_at: null,
    legal_accepted_at: body.date("legal_accepted_at") ?? null,
    bypass_client_trust: body.bool("bypass_client_trust") ?? false,
  };
  const record: UserRecord = { user, password };
  env.state.users.set(userId, record);
  return record;
}

function checkedPassword(body: Body): string | undefined {
  const password = body.str("password") ?? undefined;
  if (password !== undefined && !body.bool("skip_password_checks") && password.length < MIN_PASSWORD_LENGTH) {
    throw failure(422, "form_password_length_too_short", "is too short", `Passwords must be ${MIN_PASSWORD_LENGTH} characters or more.`, {
      param_name: "password",
    });
  }
  return password;
}

/** The filters shared by `GET /users` and `GET /users/count`. */
function matchingUsers(env: Env, q: Query): User[] {
  const emails = new Set(q.list("email_address").map((e) => e.toLowerCase()));
  const phones = new Set(q.list("phone_number"));
  const usernames = new Set(q.list("username").map((u) => u.toLowerCase()));
  const wallets = new Set(q.list("web3_wallet").map((w) => w.toLowerCase()));
  const byId = includeExclude(q.list("user_id"));
  const byExternalId = includeExclude(q.list("external_id"));
  const byOrg = includeExclude(q.list("organization_id"));
  const provider = q.str("provider");
  const providerUserIds = q.list("provider_user_id");
  const text = q.str("query");
  const emailQuery = q.str("email_address_query");
  const phoneQuery = q.str("phone_number_query");
  const usernameQuery = q.str("username_query");
  const nameQuery = q.str("name_query");
  const banned = q.bool("banned");
  const ranges: [number | undefined, number | undefined, (u: User) => number | null][] = [
    [q.int("created_at_after"), q.int("created_at_before"), (u) => u.created_at],
    [q.int("last_active_at_after") ?? q.int("last_active_at_since"), q.int("last_active_at_before"), (u) => u.last_active_at],
    [q.int("last_sign_in_at_after"), q.int("last_sign_in_at_before"), (u) => u.last_sign_in_at],
  ];

  return [...env.state.users.values()]
    .map((r) => r.user)
    .filter((u) => {
      const userEmails = u.email_addresses.map((e) => e.email_address.toLowerCase());
      const userPhones = u.phone_numbers.map((p) => p.phone_number);
      const userWallets = u.web3_wallets.map((w) => w.web3_wallet.toLowerCase());
      const fullName = [u.first_name, u.last_name].filter(Boolean).join(" ");
      if (emails.size && !userEmails.some((e) => emails.has(e))) return false;
      if (phones.size && !userPhones.some((p) => phones.has(p))) return false;
      if (usernames.size && !(u.username && usernames.has(u.username.toLowerCase()))) return false;
      if (wallets.size && !userWallets.some((w) => wallets.has(w))) return false;
      if (byId && !byId([u.id])) return false;
      if (byExternalId && !byExternalId(u.external_id ? [u.external_id] : [])) return false;
      if (byOrg && !byOrg(membershipsOf(env, { userId: u.id }).map((m) => m.organization_id))) return false;
      if (provider !== undefined || providerUserIds.length) {
        const accounts = u.external_accounts as unknown as { provider?: string; provider_user_id?: string }[];
        const linked = accounts.some(
          (a) => (provider === undefined || a.provider === provider) && (!providerUserIds.length || providerUserIds.includes(a.provider_user_id ?? "")),
        );
        if (!linked) return false;
      }
      if (text !== undefined) {
        const haystack = [...userEmails, ...userPhones, ...userWallets, u.username, u.id, u.first_name, u.last_name, fullName];
        if (!haystack.some((h) => contains(h, text))) return false;
      }
      if (emailQuery !== undefined && !userEmails.some((e) => contains(e, emailQuery))) return false;
      if (phoneQuery !== undefined && !userPhones.some((p) => contains(p, phoneQuery))) return false;
      if (usernameQuery !== undefined && !contains(u.username, usernameQuery)) return false;
      if (nameQuery !== undefined && ![u.first_name, u.last_name, fullName].some((n) => contains(n, nameQuery))) return false;
      if (banned !== undefined && u.banned !== banned) return false;
      for (const [after, before, value] of ranges) {
        const v = value(u);
        if (after !== undefined && (v === null || v <= after)) return false;
        if (before !== undefined && (v === null || v >= before)) return false;
      }
      return true;
    });
}

const USER_ORDER: Readonly<Record<string, (u: User) => string | number | null>> = {
  created_at: (u) => u.created_at,
  updated_at: (u) => u.updated_at,
  email_address: (u) => primaryEmail(u),
  web3wallet: (u) => u.web3_wallets[0]?.web3_wallet ?? null,
  first_name: (u) => u.first_name,
  last_name: (u) => u.last_name,
  phone_number: (u) => u.phone_numbers.find((p) => p.id === u.primary_phone_number_id)?.phone_number ?? null,
  username: (u) => u.username,
  last_active_at: (u) => u.last_active_at,
  last_sign_in_at: (u) => u.last_sign_in_at,
};

/** `GET /users`: a bare array; `starting_after` is the cursor the spec documents. */
function listUsers(env: Env, q: Query): User[] {
  const orderSpec = q.str("order_by")?.trim();
  const sorted = orderBy(matchingUsers(env, q), orderSpec, "-created_at", USER_ORDER);
  const cursor = q.str("starting_after");
  if (cursor === undefined) return page(sorted, q);
  if (orderSpec !== undefined && orderSpec.replace(/^[+-]/, "") !== "created_at") {
    throw formatInvalid("starting_after", "starting_after can only be used when ordering by created_at.");
  }
  if ((q.int("offset") ?? 0) !== 0) throw formatInvalid("starting_after", "starting_after cannot be combined with a non-zero offset.");
  const at = sorted.findIndex((u) => u.id === cursor);
  if (at < 0) throw formatInvalid("starting_after", `starting_after does not name a user: ${cursor}.`);
  return page(sorted.slice(at + 1), q);
}

/** Applies `change` to a user, stamps `updated_at` and reports `user.updated`. */
function updateUser(env: Env, userId: string, change: (record: UserRecord) => void): User {
  const record = requireUser(env, userId);
  change(record);
  record.user.updated_at = env.now();
  env.emit("user.updated", record.user);
  return record.user;
}

/** Revokes every active session of a user (ban, password change with sign-out). */
function revokeSessions(env: Env, userId: string): void {
  for (const session of env.state.sessions.values()) {
    if (session.user_id === userId && session.status === "active") {
      session.status = "revoked";
      session.updated_at = env.now();
      env.emit("session.revoked", session);
    }
  }
}

function ban(env: Env, userId: string, banned: boolean): User {
  return updateUser(env, userId, ({ user }) => {
    user.banned = banned;
    if (banned) revokeSessions(env, userId);
  });
}

const METADATA_KEYS = ["public_metadata", "private_metadata", "unsafe_metadata"] as const;

/** `/users` and the per-user operations on passwords, factors, images, bans and locks. */
export const userRoutes: Routes = {
  "POST /users": ({ env, body }) => {
    const { user } = createUser(env, body);
    env.emit("user.created", user);
    return user;
  },
  "GET /users": ({ env, query }) => listUsers(env, query),
  "GET /users/count": ({ env, query }) => ({ object: "total_count", total_count: matchingUsers(env, query).length }),
  "GET /users/{user_id}": ({ env, param }) => requireUser(env, param("user_id")).user,

  "PATCH /users/{user_id}": ({ env, param, body }) => {
    const userId = param("user_id");
    const record = requireUser(env, userId);
    const { user } = record;
    const username = body.str("username");
    if (username != null && username.toLowerCase() !== user.username?.toLowerCase() && takenUsername(env, username)) {
      throw identifierExists("username", "That username is taken. Please try another.");
    }
    const primaries = [
      ["primary_email_address_id", user.email_addresses],
      ["primary_phone_number_id", user.phone_numbers],
      ["primary_web3_wallet_id", user.web3_wallets],
    ] as const;
    for (const [key, owned] of primaries) {
      const id = body.str(key);
      if (id != null && !owned.some((o) => o.id === id)) throw formatInvalid(key, `${key} must be the id of one of the user's own identifiers.`);
    }
    const password = checkedPassword(body);
    return updateUser(env, userId, (r) => {
      const u = r.user;
      for (const key of ["external_id", "first_name", "last_name", "locale", "username"] as const) {
        if (body.has(key)) u[key] = body.str(key) ?? null;
      }
      for (const [key] of primaries) if (body.has(key) && body.str(key) != null) u[key] = body.str(key)!;
      for (const key of ["delete_self_enabled", "create_organization_enabled", "bypass_client_trust"] as const) {
        const value = body.bool(key);
        if (value != null) u[key] = value;
      }
      if (body.has("create_organizations_limit")) u.create_organizations_limit = body.int("create_organizations_limit") ?? null;
      if (body.has("legal_accepted_at")) u.legal_accepted_at = body.date("legal_accepted_at") ?? null;
      const createdAt = body.date("created_at");
      if (createdAt != null) u.created_at = createdAt;
      if (typeof body.str("totp_secret") === "string") u.totp_enabled = u.two_factor_enabled = true;
      if ((body.strings("backup_codes") ?? []).length) u.backup_code_enabled = u.two_factor_enabled = true;
      if (password !== undefined) {
        r.password = password;
        u.password_enabled = true;
        u.password_last_updated_at = env.now();
        if (body.bool("sign_out_of_other_sessions")) revokeSessions(env, userId);
      }
    });
  },

  "DELETE /users/{user_id}": ({ env, param }) => {
    const userId = param("user_id");
    requireUser(env, userId);
    env.state.users.delete(userId);
    // Deleting a user ends what hangs off it: its memberships and its sessions.
    for (const m of membershipsOf(env, { userId })) env.state.memberships.delete(m.id);
    for (const [id, s] of env.state.sessions) if (s.user_id === userId) env.state.sessions.delete(id);
    const deleted: DeletedObject = { object: "user", id: userId, deleted: true };
    env.emit("user.deleted", deleted);
    return deleted;
  },

  // Deep merge: nested objects merge, `null` removes a key (spec: UpdateUserMetadata).
  "PATCH /users/{user_id}/metadata": ({ env, param, body }) => {
    const patches = METADATA_KEYS.map((key) => [key, body.obj(key)] as const);
    return updateUser(env, param("user_id"), ({ user }) => {
      for (const [key, patch] of patches) if (patch) user[key] = deepMerge((user[key] ?? {}) as JsonObject, patch);
    });
  },
  // Replace: each supplied field is overwritten, omitted fields stay (spec: ReplaceUserMetadata).
  "PUT /users/{user_id}/metadata": ({ env, param, body }) => {
    const values = METADATA_KEYS.map((key) => [key, body.obj(key)] as const);
    return updateUser(env, param("user_id"), ({ user }) => {
      for (const [key, value] of values) if (value !== undefined) user[key] = value ?? {};
    });
  },

  "POST /users/{user_id}/ban": ({ env, param }) => ban(env, param("user_id"), true),
  "POST /users/{user_id}/unban": ({ env, param }) => ban(env, param("user_id"), false),
  "POST /users/ban": ({ env, body }) => bulk(env, body, true),
  "POST /users/unban": ({ env, body }) => bulk(env, body, false),
  "POST /users/{user_id}/lock": ({ env, param }) =>
    updateUser(env, param("user_id"), ({ user }) => {
      user.locked = true;
      user.lockout_expires_in_seconds = LOCKOUT_SECONDS;
    }),
  "POST /users/{user_id}/unlock": ({ env, param }) =>
    updateUser(env, param("user_id"), ({ user }) => {
      user.locked = false;
      user.lockout_expires_in_seconds = null;
    }),

  "POST /users/{user_id}/verify_password": ({ env, param, body }) => {
    const record = requireUser(env, param("user_id"));
    const password = body.required("password");
    if (record.password === undefined || record.password !== password) {
      throw failure(422, "form_password_incorrect", "is incorrect", "Password is incorrect. Try again, or use another method.", {
        param_name: "password",
      });
    }
    return { verified: true };
  },
  "POST /users/{user_id}/remove_password": ({ env, param }) =>
    updateUser(env, param("user_id"), (r) => {
      r.password = undefined;
      r.user.password_enabled = false;
    }),
  "POST /users/{user_id}/profile_image": ({ env, param, raw }) => {
    if (!(raw instanceof FormData) || !(raw.get("file") instanceof Blob)) throw formatInvalid("file", "file must be an image upload.");
    return updateUser(env, param("user_id"), ({ user }) => {
      user.has_image = true;
      user.image_url = user.profile_image_url = `https://img.clerk.com/emulated/${user.id}`;
    });
  },
  "POST /users/{user_id}/password/set_compromised": ({ env, param }) => updateUser(env, param("user_id"), () => {}),
  "POST /users/{user_id}/password/unset_compromised": ({ env, param }) => updateUser(env, param("user_id"), () => {}),
  "DELETE /users/{user_id}/mfa": ({ env, param }) => disableFactors(env, param("user_id"), { totp: true, backupCodes: true }),
  "DELETE /users/{user_id}/totp": ({ env, param }) => disableFactors(env, param("user_id"), { totp: true, backupCodes: false }),
  "DELETE /users/{user_id}/backup_code": ({ env, param }) => disableFactors(env, param("user_id"), { totp: false, backupCodes: true }),
  "DELETE /users/{user_id}/web3_wallets/{web3_wallet_identification_id}": ({ env, param }) => {
    const walletId = param("web3_wallet_identification_id");
    const { user } = requireUser(env, param("user_id"));
    if (!user.web3_wallets.some((w) => w.id === walletId)) throw notFound(`No web3 wallet was found with id ${walletId}`);
    updateUser(env, user.id, ({ user: u }) => {
      u.web3_wallets = u.web3_wallets.filter((w) => w.id !== walletId);
      if (u.primary_web3_wallet_id === walletId) u.primary_web3_wallet_id = u.web3_wallets[0]?.id ?? null;
    });
    return { object: "web3_wallet", id: walletId, deleted: true } satisfies DeletedObject;
  },
  "DELETE /users/{user_id}/profile_image": ({ env, param }) =>
    updateUser(env, param("user_id"), ({ user }) => {
      user.has_image = false;
      user.image_url = user.profile_image_url = DEFAULT_IMAGE_URL;
    }),
};

/** Turns second factors off; `two_factor_enabled` stays on while one is left. */
function disableFactors(env: Env, userId: string, which: { totp: boolean; backupCodes: boolean }): { user_id: string } {
  updateUser(env, userId, ({ user }) => {
    if (which.totp) user.totp_enabled = false;
    if (which.backupCodes) user.backup_code_enabled = false;
    const wasEnabled = user.two_factor_enabled;
    user.two_factor_enabled = user.totp_enabled || user.backup_code_enabled;
    if (wasEnabled && !user.two_factor_enabled) user.mfa_disabled_at = env.now();
  });
  return { user_id: userId };
}

/** `POST /users/ban` and `/users/unban`: the users found, changed; unknown ids are skipped. */
function bulk(env: Env, body: Body, banned: boolean): User[] {
  const ids = body.strings("user_ids") ?? [];
  if (ids.length === 0) throw formatInvalid("user_ids", "user_ids must list at least one user id.");
  if (ids.length > 100) throw formatInvalid("user_ids", "user_ids accepts at most 100 user ids.");
  return ids.filter((id) => env.state.users.has(id)).map((id) => ban(env, id, banned));
}
