// Generated from bapi-2026-05-12.yml (components/schemas/User). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link User}: types, presence and nullability; unknown keys kept. */
export const User: s.Shape<User> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  object: s.string,
  external_id: s.nullable(s.string),
  primary_email_address_id: s.nullable(s.string),
  primary_phone_number_id: s.nullable(s.string),
  primary_web3_wallet_id: s.nullable(s.string),
  username: s.nullable(s.string),
  first_name: s.nullable(s.string),
  last_name: s.nullable(s.string),
  locale: s.exactOptional(s.nullable(s.string)),
  profile_image_url: s.exactOptional(s.string),
  image_url: s.exactOptional(s.string),
  has_image: s.boolean,
  public_metadata: s.looseObject({}),
  private_metadata: s.exactOptional(s.nullable(s.looseObject({}))),
  unsafe_metadata: s.exactOptional(s.looseObject({})),
  email_addresses: s.array(EmailAddress),
  phone_numbers: s.array(PhoneNumber),
  web3_wallets: s.array(Web3Wallet),
  passkeys: s.array(Passkey),
  password_enabled: s.boolean,
  two_factor_enabled: s.boolean,
  totp_enabled: s.boolean,
  backup_code_enabled: s.boolean,
  mfa_enabled_at: s.nullable(s.number),
  mfa_disabled_at: s.nullable(s.number),
  password_last_updated_at: s.exactOptional(s.nullable(s.number)),
  external_accounts: s.array(ExternalAccountWithVerification),
  saml_accounts: s.array(SAMLAccount),
  enterprise_accounts: s.array(EnterpriseAccount),
  organization_memberships: s.exactOptional(s.array(OrganizationMembership)),
  last_sign_in_at: s.nullable(s.number),
  banned: s.boolean,
  locked: s.boolean,
  deprovisioned: s.exactOptional(s.boolean),
  lockout_expires_in_seconds: s.nullable(s.number),
  verification_attempts_remaining: s.nullable(s.number),
  updated_at: s.number,
  created_at: s.number,
  delete_self_enabled: s.boolean,
  create_organization_enabled: s.boolean,
  create_organizations_limit: s.exactOptional(s.nullable(s.number)),
  last_active_at: s.nullable(s.number),
  legal_accepted_at: s.nullable(s.number),
  bypass_client_trust: s.exactOptional(s.boolean),
  scim: s.exactOptional(s.nullable(SCIMUserMetadata)),
});
