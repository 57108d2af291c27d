// Generated from bapi-2026-05-12.yml (components/schemas/User). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { EmailAddress } from "./emailAddress.js";
import { EnterpriseAccount } from "./enterpriseAccount.js";
import { ExternalAccountWithVerification } from "./externalAccountWithVerification.js";
import { OrganizationMembership } from "./organizationMembership.js";
import { Passkey } from "./passkey.js";
import { PhoneNumber } from "./phoneNumber.js";
import { SAMLAccount } from "./samlAccount.js";
import { SCIMUserMetadata } from "./scimUserMetadata.js";
import { Web3Wallet } from "./web3Wallet.js";
import type { UserPrivateMetadata, UserPublicMetadata, UserUnsafeMetadata } from "../core/augment.js";

/** The `User` object of the Backend API. */
export interface User {
  id: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "user" | (string & {});
  external_id: string | null;
  primary_email_address_id: string | null;
  primary_phone_number_id: string | null;
  primary_web3_wallet_id: string | null;
  username: string | null;
  first_name: string | null;
  last_name: string | null;
  locale?: string | null;
  /** @deprecated */
  profile_image_url?: string;
  image_url?: string;
  has_image: boolean;
  public_metadata: UserPublicMetadata;
  private_metadata?: UserPrivateMetadata | null;
  unsafe_metadata?: UserUnsafeMetadata;
  email_addresses: EmailAddress[];
  phone_numbers: PhoneNumber[];
  web3_wallets: Web3Wallet[];
  passkeys: Passkey[];
  password_enabled: boolean;
  two_factor_enabled: boolean;
  totp_enabled: boolean;
  backup_code_enabled: boolean;
  /** Unix timestamp of when MFA was last enabled for this user. It should be noted that this field is not nullified if MFA is disabled. */
  mfa_enabled_at: number | null;
  /** Unix timestamp of when MFA was last disabled for this user. It should be noted that this field is not nullified if MFA is enabled again. */
  mfa_disabled_at: number | null;
  /** Unix timestamp of when the user's password was last updated. */
  password_last_updated_at?: number | null;
  external_accounts: ExternalAccountWithVerification[];
  saml_accounts: SAMLAccount[];
  enterprise_accounts: EnterpriseAccount[];
  organization_memberships?: OrganizationMembership[];
  /** Unix timestamp of last sign-in. */
  last_sign_in_at: number | null;
  /** Flag to denote whether user is banned or not. */
  banned: boolean;
  /** Flag to denote whether user is currently locked, i.e. restricted from signing in or not. */
  locked: boolean;
  /** Flag to denote whether user has been deprovisioned and is restricted from signing in. */
  deprovisioned?: boolean;
  /** The number of seconds remaining until the lockout period expires for a locked user. A null value for a locked user indicates that lockout never expires. */
  lockout_expires_in_seconds: number | null;
  /** The number of verification attempts remaining until the user is locked. Null if account lockout is not enabled. Note: if a user is locked explicitly via the Backend API, they may still have verification attempts remaining. */
  verification_attempts_remaining: number | null;
  /** Unix timestamp of last update. */
  updated_at: number;
  /** Unix timestamp of creation. */
  created_at: number;
  /** If enabled, user can delete themselves via FAPI. */
  delete_self_enabled: boolean;
  /** If enabled, user can create organizations via FAPI. */
  create_organization_enabled: boolean;
  /** The maximum number of organizations the user can create. 0 means unlimited. */
  create_organizations_limit?: number | null;
  /** Unix timestamp of the latest session activity, with day precision. */
  last_active_at: number | null;
  /** Unix timestamp of when the user accepted the legal requirements. */
  legal_accepted_at: number | null;
  /** When set to `true`, the user will bypass Device Trust checks during sign-in. */
  bypass_client_trust?: boolean;
  scim?: SCIMUserMetadata | null;
}

/** Structural schema of {@link User}: types, presence and nullability; unknown keys kept. */
export const User: v.GenericSchema<unknown, User> = /*#__PURE__*/ v.looseObject({
  id: v.string(),
  object: v.string(),
  external_id: v.nullable(v.string()),
  primary_email_address_id: v.nullable(v.string()),
  primary_phone_number_id: v.nullable(v.string()),
  primary_web3_wallet_id: v.nullable(v.string()),
  username: v.nullable(v.string()),
  first_name: v.nullable(v.string()),
  last_name: v.nullable(v.string()),
  locale: v.exactOptional(v.nullable(v.string())),
  profile_image_url: v.exactOptional(v.string()),
  image_url: v.exactOptional(v.string()),
  has_image: v.boolean(),
  public_metadata: v.looseObject({}),
  private_metadata: v.exactOptional(v.nullable(v.looseObject({}))),
  unsafe_metadata: v.exactOptional(v.looseObject({})),
  email_addresses: v.array(EmailAddress),
  phone_numbers: v.array(PhoneNumber),
  web3_wallets: v.array(Web3Wallet),
  passkeys: v.array(Passkey),
  password_enabled: v.boolean(),
  two_factor_enabled: v.boolean(),
  totp_enabled: v.boolean(),
  backup_code_enabled: v.boolean(),
  mfa_enabled_at: v.nullable(v.number()),
  mfa_disabled_at: v.nullable(v.number()),
  password_last_updated_at: v.exactOptional(v.nullable(v.number())),
  external_accounts: v.array(ExternalAccountWithVerification),
  saml_accounts: v.array(SAMLAccount),
  enterprise_accounts: v.array(EnterpriseAccount),
  organization_memberships: v.exactOptional(v.array(OrganizationMembership)),
  last_sign_in_at: v.nullable(v.number()),
  banned: v.boolean(),
  locked: v.boolean(),
  deprovisioned: v.exactOptional(v.boolean()),
  lockout_expires_in_seconds: v.nullable(v.number()),
  verification_attempts_remaining: v.nullable(v.number()),
  updated_at: v.number(),
  created_at: v.number(),
  delete_self_enabled: v.boolean(),
  create_organization_enabled: v.boolean(),
  create_organizations_limit: v.exactOptional(v.nullable(v.number())),
  last_active_at: v.nullable(v.number()),
  legal_accepted_at: v.nullable(v.number()),
  bypass_client_trust: v.exactOptional(v.boolean()),
  scim: v.exactOptional(v.nullable(SCIMUserMetadata)),
});
