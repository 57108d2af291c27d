// Generated from bapi-2026-05-12.yml (UpdateUser). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { PasswordHasher } from "../models/passwordHasher.js";
import { User } from "../models/user.js";

/** The request of {@link usersUpdate}: path, query and body keys by their wire names. */
export interface UsersUpdateRequest {
  /** The ID of the user to update */
  user_id: string;
  /**
   * The ID of the user as used in your external systems or your previous authentication solution.
   * Must be unique across your instance.
   */
  external_id?: string | null;
  /** The first name to assign to the user */
  first_name?: string | null;
  /** The last name to assign to the user */
  last_name?: string | null;
  /** The locale to assign to the user (e.g., "en-US", "fr-FR") */
  locale?: string | null;
  /**
   * The ID of the email address to set as primary.
   * It must be verified, and present on the current user.
   */
  primary_email_address_id?: string | null;
  /**
   * If set to `true`, the user will be notified that their primary email address has changed.
   * By default, no notification is sent.
   */
  notify_primary_email_address_changed?: boolean | null;
  /**
   * The ID of the phone number to set as primary.
   * It must be verified, and present on the current user.
   */
  primary_phone_number_id?: string | null;
  /**
   * The ID of the web3 wallets to set as primary.
   * It must be verified, and present on the current user.
   */
  primary_web3_wallet_id?: string | null;
  /**
   * The username to give to the user.
   * It must be unique across your instance.
   */
  username?: string | null;
  /** The ID of the image to set as the user's profile image */
  profile_image_id?: string | null;
  /**
   * The plaintext password to give the user.
   * Must be at least 8 characters long, and cannot be in any list of hacked passwords.
   */
  password?: string | null;
  /**
   * In case you already have the password digests and not the passwords, you can use them for the newly created user via this property.
   * The digests should be generated with one of the supported algorithms.
   * The hashing algorithm can be specified using the `password_hasher` property.
   */
  password_digest?: string;
  password_hasher?: PasswordHasher;
  /** Set it to `true` if you're updating the user's password and want to skip any password policy settings check. This parameter can only be used when providing a `password`. */
  skip_password_checks?: boolean | null;
  /** Set to `true` to sign out the user from all their active sessions once their password is updated. This parameter can only be used when providing a `password`. */
  sign_out_of_other_sessions?: boolean | null;
  /** In case TOTP is configured on the instance, you can provide the secret to enable it on the specific user without the need to reset it. */
  totp_secret?: string | null;
  /** If Backup Codes are configured on the instance, you can provide them to enable it on the specific user without the need to reset them. */
  backup_codes?: string[];
  /** If true, the user can delete themselves with the Frontend API. */
  delete_self_enabled?: boolean | null;
  /** If true, the user can create organizations with the Frontend API. */
  create_organization_enabled?: boolean | null;
  /** A custom timestamp denoting _when_ the user accepted legal requirements, specified in RFC3339 format. */
  legal_accepted_at?: string | null;
  /** When set to `true` all legal checks are skipped. */
  skip_legal_checks?: boolean | null;
  /** The maximum number of organizations the user can create. 0 means unlimited. */
  create_organizations_limit?: number | null;
  /** A custom date/time denoting _when_ the user signed up to the application. */
  created_at?: string | null;
  /** When set to `true`, the user will bypass Device Trust checks during sign-in. */
  bypass_client_trust?: boolean | null;
}

const op: Operation<User> = {
  id: "UpdateUser",
  method: "PATCH",
  path: "/users/{user_id}",
  body: { external_id: "s?", first_name: "s?", last_name: "s?", locale: "s?", primary_email_address_id: "s?", notify_primary_email_address_changed: "b?", primary_phone_number_id: "s?", primary_web3_wallet_id: "s?", username: "s?", profile_image_id: "s?", password: "s?", password_digest: "s", password_hasher: "s", skip_password_checks: "b?", sign_out_of_other_sessions: "b?", totp_secret: "s?", backup_codes: "s[]", delete_self_enabled: "b?", create_organization_enabled: "b?", legal_accepted_at: "s?", skip_legal_checks: "b?", create_organizations_limit: "i?", created_at: "s?", bypass_client_trust: "b?" },
  response: User,
};

/**
 * Update a user
 *
 * Update a user's attributes.
 *
 * You can set the user's primary contact identifiers (email address and phone numbers) by updating the `primary_email_address_id` and `primary_phone_number_id` attributes respectively.
 * Both IDs should correspond to verified identifications that belong to the user.
 *
 * You can remove a user's username by setting the username attribute to null or the blank string "".
 *
 * As of API version 2026-05-12, this endpoint no longer accepts `public_metadata`, `private_metadata`, or `unsafe_metadata`.
 * Use `PATCH /v1/users/{user_id}/metadata` to merge updates into existing metadata, or `PUT /v1/users/{user_id}/metadata` to replace a metadata field entirely.
 *
 * `PATCH /users/{user_id}` · documented errors: 400, 401, 404, 409, 422
 */
export function usersUpdate(
  core: ClerkCore,
  request: UsersUpdateRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<400 | 401 | 404 | 409 | 422>>> {
  return call(core, op, request, options);
}
