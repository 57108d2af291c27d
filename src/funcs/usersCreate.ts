// Generated from bapi-2026-05-12.yml (CreateUser). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { PasswordHasher } from "../models/passwordHasher.js";
import { User } from "../models/user.js";

/** The request of {@link usersCreate}: path, query and body keys by their wire names. */
export interface UsersCreateRequest {
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
   * Email addresses to add to the user.
   * Must be unique across your instance.
   * The first email address will be set as the user's primary email address.
   * Created verified by default; see `email_address_identification_status` to create them reserved.
   */
  email_address?: string[];
  /**
   * Controls the status each email address is created with. Runs parallel to
   * `email_address`: when provided, it must contain exactly one item per email
   * address, applied by position. When omitted or empty, every email address is
   * created `verified`. Set an item to `reserved` to create the corresponding
   * email address reserved instead (unverified but usable for sign-in and locked
   * so no other user can claim it).
   */
  email_address_identification_status?: ("verified" | "reserved")[];
  /**
   * Phone numbers to add to the user.
   * Must be unique across your instance.
   * The first phone number will be set as the user's primary phone number.
   * Created verified by default; see `phone_number_identification_status` to create them reserved.
   */
  phone_number?: string[];
  /**
   * Controls the status each phone number is created with. Runs parallel to
   * `phone_number`: when provided, it must contain exactly one item per phone
   * number, applied by position. When omitted or empty, every phone number is
   * created `verified`. Set an item to `reserved` to create the corresponding
   * phone number reserved instead (unverified but usable for sign-in and locked
   * so no other user can claim it).
   */
  phone_number_identification_status?: ("verified" | "reserved")[];
  /**
   * Web3 wallets to add to the user.
   * Must be unique across your instance.
   * The first wallet will be set as the user's primary wallet.
   */
  web3_wallet?: string[];
  /**
   * The username to give to the user.
   * It must be unique across your instance.
   */
  username?: string | null;
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
  password_digest?: string | null;
  password_hasher?: PasswordHasher;
  /**
   * When set to `true` all password checks are skipped.
   * It is recommended to use this method only when migrating plaintext passwords to Clerk.
   * Upon migration the user base should be prompted to pick stronger password.
   */
  skip_password_checks?: boolean | null;
  /**
   * When set to `true`, `password` is not required anymore when creating the user and can be omitted.
   * This is useful when you are trying to create a user that doesn't have a password, in an instance that is using passwords.
   * Please note that you cannot use this flag if password is the only way for a user to sign into your instance.
   */
  skip_password_requirement?: boolean | null;
  /**
   * In case TOTP is configured on the instance, you can provide the secret to enable it on the newly created user without the need to reset it.
   * Please note that currently the supported options are:
   * * Period: 30 seconds
   * * Code length: 6 digits
   * * Algorithm: SHA1
   */
  totp_secret?: string | null;
  /**
   * If Backup Codes are configured on the instance, you can provide them to enable it on the newly created user without the need to reset them.
   * You must provide the backup codes in plain format or the corresponding bcrypt digest.
   */
  backup_codes?: string[];
  /** Metadata saved on the user, that is visible to both your Frontend and Backend APIs */
  public_metadata?: Record<string, unknown>;
  /** Metadata saved on the user, that is only visible to your Backend API */
  private_metadata?: Record<string, unknown>;
  /**
   * Metadata saved on the user, that can be updated from both the Frontend and Backend APIs.
   * Note: Since this data can be modified from the frontend, it is not guaranteed to be safe.
   */
  unsafe_metadata?: Record<string, unknown>;
  /** If enabled, user can delete themselves via FAPI. */
  delete_self_enabled?: boolean | null;
  /** A custom timestamp denoting _when_ the user accepted legal requirements, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`). */
  legal_accepted_at?: string | null;
  /**
   * When set to `true` all legal checks are skipped.
   * It is not recommended to skip legal checks unless you are migrating a user to Clerk.
   */
  skip_legal_checks?: boolean | null;
  /**
   * When set to `true`, identification types are not enforced.
   * At least one identification type must be enabled and provided on your instance (email, phone, web3 wallet, or username).
   * Users created without required identification types cannot use those authentication strategies
   * It is not recommended to use this flag unless you need to allow Clerk UI components to prompt for required fields while BAPI creates users with minimal data, or for migration a user to Clerk.
   */
  skip_user_requirement?: boolean | null;
  /** If enabled, user can create organizations via FAPI. */
  create_organization_enabled?: boolean | null;
  /** The maximum number of organizations the user can create. 0 means unlimited. */
  create_organizations_limit?: number | null;
  /** A custom date/time denoting _when_ the user signed up to the application, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`). */
  created_at?: string | null;
  /** When set to `true`, the user will bypass Device Trust checks during sign-in. */
  bypass_client_trust?: boolean | null;
  /**
   * When set to `true`, the user is created already banned and cannot sign in.
   * Requires the same plan support as the ban user endpoint.
   */
  banned?: boolean | null;
  /**
   * When set to `true`, the user is created already locked.
   * Requires the user lockout feature to be enabled on the instance.
   */
  locked?: boolean | null;
}

const op: Operation<User> = {
  id: "CreateUser",
  method: "POST",
  path: "/users",
  body: { external_id: "s?", first_name: "s?", last_name: "s?", locale: "s?", email_address: "s[]", email_address_identification_status: "s[]", phone_number: "s[]", phone_number_identification_status: "s[]", web3_wallet: "s[]", username: "s?", password: "s?", password_digest: "s?", password_hasher: "s", skip_password_checks: "b?", skip_password_requirement: "b?", totp_secret: "s?", backup_codes: "s[]", public_metadata: "o", private_metadata: "o", unsafe_metadata: "o", delete_self_enabled: "b?", legal_accepted_at: "s?", skip_legal_checks: "b?", skip_user_requirement: "b?", create_organization_enabled: "b?", create_organizations_limit: "i?", created_at: "s?", bypass_client_trust: "b?", banned: "b?", locked: "b?" },
  response: User,
};

/**
 * Create a new user
 *
 * Creates a new user. Your user management settings determine how you should setup your user model.
 *
 * By default, any email address and phone number created using this method is marked as verified. Use the `email_address_identification_status` and `phone_number_identification_status` arrays to instead create some or all of them as reserved (unverified but usable for sign-in and locked so no other user can claim them).
 *
 * Note: If you are performing a migration, check out our guide on [zero downtime migrations](https://clerk.com/docs/deployments/migrate-overview).
 *
 * The following rate limit rules apply to this endpoint: 1000 requests per 10 seconds for production instances and 100 requests per 10 seconds for development instances
 *
 * `POST /users` · documented errors: 400, 401, 402, 403, 422
 */
export function usersCreate(
  core: ClerkCore,
  request?: UsersCreateRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<400 | 401 | 402 | 403 | 422>>> {
  return call(core, op, request, options);
}
