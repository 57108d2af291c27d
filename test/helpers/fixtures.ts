/** Small, schema-valid API objects and a test core, shared by the unit tests. */
import { ClerkCore } from "../../src/core/core.js";
import type { ClerkCoreOptions } from "../../src/core/options.js";
import type { FakeFetch } from "./fakeFetch.js";

/** A recognisable secret: tests assert it never shows up where it must not. */
export const SECRET_KEY = "sk_test_SUPERSECRET0123456789abcdef";

/** A core on the fake fetch with fast retries (1 ms backoff) so tests stay quick. */
export function testCore(fake: FakeFetch, options: Omit<ClerkCoreOptions, "fetch"> = {}): ClerkCore {
  return new ClerkCore({
    secretKey: SECRET_KEY,
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...options,
    fetch: fake.fetch,
  });
}

export function userJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "user_2abc",
    object: "user",
    external_id: null,
    primary_email_address_id: "idn_1",
    primary_phone_number_id: null,
    primary_web3_wallet_id: null,
    username: null,
    first_name: "Ada",
    last_name: "Lovelace",
    has_image: false,
    public_metadata: {},
    email_addresses: [
      {
        id: "idn_1",
        object: "email_address",
        email_address: "ada@example.com",
        reserved: false,
        verification: { object: "verification_otp", status: "verified", strategy: "email_code", attempts: 1, expire_at: 1 },
        linked_to: [],
        created_at: 1_700_000_000_000,
        updated_at: 1_700_000_000_000,
      },
    ],
    phone_numbers: [],
    web3_wallets: [],
    passkeys: [],
    password_enabled: true,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    last_sign_in_at: null,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: null,
    updated_at: 1_700_000_000_000,
    created_at: 1_700_000_000_000,
    delete_self_enabled: false,
    create_organization_enabled: true,
    last_active_at: null,
    legal_accepted_at: null,
    ...overrides,
  };
}

export function invitationJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    object: "invitation",
    id: "inv_1",
    email_address: "ada@example.com",
    public_metadata: {},
    status: "pending",
    created_at: 1,
    updated_at: 1,
    ...overrides,
  };
}

export function organizationWithLogoJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    object: "organization",
    id: "org_1",
    name: "Acme",
    slug: "acme",
    image_url: "https://img.example.com/acme.png",
    has_image: true,
    max_allowed_memberships: 5,
    admin_delete_enabled: true,
    public_metadata: {},
    created_at: 1,
    updated_at: 1,
    ...overrides,
  };
}

export function membershipJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "orgmem_1",
    object: "organization_membership",
    role: "org:admin",
    permissions: [],
    public_metadata: {},
    organization: organizationWithLogoJson(),
    created_at: 1,
    updated_at: 1,
    ...overrides,
  };
}

export function deletedJson(id = "user_2abc"): Record<string, unknown> {
  return { object: "user", id, deleted: true };
}
