// Realistic Backend API answers for the speed bench: users as `GET /users` returns them (wire
// names, nested email addresses, phone numbers, OAuth and enterprise accounts with their
// verifications), a session token signed with a fresh RSA key, and a publishable key.
import { exportSPKI, SignJWT } from "jose";

const T0 = 1_731_000_000_000;

const otp = (strategy: string): Record<string, unknown> => ({
  object: "verification_otp",
  status: "verified",
  strategy,
  attempts: 1,
  expire_at: T0 + 600_000,
  verified_at_client: null,
});

/** User number `i` of a page: every user has an email, most a phone, some OAuth / SSO accounts. */
export function makeUser(i: number): Record<string, unknown> {
  const id = `user_2${String(i).padStart(25, "0")}`;
  const created = T0 - i * 86_400_000;
  const email = {
    id: `idn_e${i}`,
    object: "email_address",
    email_address: `person${i}@example.com`,
    reserved: false,
    verification: otp("email_code"),
    linked_to: i % 3 === 0 ? [{ type: "oauth_google", id: `idn_o${i}` }] : [],
    matches_sso_connection: false,
    created_at: created,
    updated_at: created,
  };
  const phone = {
    id: `idn_p${i}`,
    object: "phone_number",
    phone_number: `+1555${String(i).padStart(7, "0")}`,
    reserved_for_second_factor: false,
    default_second_factor: false,
    reserved: false,
    verification: otp("phone_code"),
    linked_to: [],
    backup_codes: null,
    created_at: created,
    updated_at: created,
  };
  const google = {
    object: "external_account",
    id: `eac_${i}`,
    provider: "oauth_google",
    identification_id: `idn_o${i}`,
    provider_user_id: `1000${i}`,
    approved_scopes: "email https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile openid profile",
    email_address: `person${i}@example.com`,
    email_address_verified: true,
    first_name: "Ada",
    last_name: `Lovelace${i}`,
    avatar_url: `https://lh3.googleusercontent.com/a/avatar${i}`,
    image_url: `https://img.clerk.com/eyJ0eXBlIjoicHJveHkiLCJzcmMiOiJodHRwczovL2xoMy5nb29nbGV1c2VyY29udGVudC5jb20vYS9hdmF0YXIifQ${i}`,
    username: null,
    phone_number: null,
    public_metadata: {},
    label: null,
    created_at: created,
    updated_at: created,
    verification: {
      object: "verification_oauth",
      status: "verified",
      strategy: "oauth_google",
      expire_at: T0 + 600_000,
      attempts: null,
      verified_at_client: null,
      error: null,
    },
  };
  const enterprise = {
    id: `enta_${i}`,
    object: "enterprise_account",
    protocol: "saml",
    provider: "saml_okta",
    active: true,
    email_address: `person${i}@corp.example.com`,
    first_name: "Ada",
    last_name: `Lovelace${i}`,
    provider_user_id: `okta-${i}`,
    enterprise_connection_id: "entc_123",
    public_metadata: {},
    verification: {
      object: "verification_saml",
      status: "verified",
      strategy: "saml",
      external_verification_redirect_url: null,
      error: null,
      expire_at: T0 + 600_000,
      attempts: null,
      verified_at_client: null,
    },
    enterprise_connection: {
      id: "entc_123",
      protocol: "saml",
      provider: "saml_okta",
      name: "Example Corp",
      logo_public_url: null,
      domain: "corp.example.com",
      domains: ["corp.example.com"],
      active: true,
      sync_user_attributes: true,
      allow_subdomains: false,
      allow_idp_initiated: false,
      disable_additional_identifications: false,
      created_at: T0,
      updated_at: T0,
    },
    last_authenticated_at: created,
  };
  return {
    id,
    object: "user",
    external_id: i % 4 === 0 ? `ext_${i}` : null,
    primary_email_address_id: email.id,
    primary_phone_number_id: i % 2 === 0 ? phone.id : null,
    primary_web3_wallet_id: null,
    username: `person${i}`,
    first_name: "Ada",
    last_name: `Lovelace${i}`,
    locale: null,
    profile_image_url: "https://www.gravatar.com/avatar?d=mp",
    image_url: `https://img.clerk.com/eyJ0eXBlIjoiZGVmYXVsdCIsImlpZCI6Imluc18ifQ${i}`,
    has_image: i % 3 === 0,
    public_metadata: { plan: i % 2 ? "pro" : "free", seats: i % 7 },
    private_metadata: { stripe_customer_id: `cus_${i}` },
    unsafe_metadata: {},
    email_addresses: [email],
    phone_numbers: i % 2 === 0 ? [phone] : [],
    web3_wallets: [],
    passkeys: [],
    password_enabled: i % 3 !== 0,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    password_last_updated_at: i % 3 !== 0 ? created : null,
    external_accounts: i % 3 === 0 ? [google] : [],
    saml_accounts: [],
    enterprise_accounts: i % 10 === 0 ? [enterprise] : [],
    last_sign_in_at: T0 - i * 3_600_000,
    banned: false,
    locked: false,
    deprovisioned: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: 100,
    updated_at: created,
    created_at: created,
    delete_self_enabled: true,
    create_organization_enabled: true,
    create_organizations_limit: null,
    last_active_at: T0 - i * 3_600_000,
    legal_accepted_at: null,
    bypass_client_trust: false,
  };
}

export function usersPage(count: number, offset = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => makeUser(offset + i));
}

/** `pk_test_…` for a Frontend API host, as Clerk encodes it. */
export function publishableKey(frontendApi: string): string {
  return `pk_test_${Buffer.from(`${frontendApi}$`).toString("base64")}`;
}

export interface SessionFixture {
  readonly token: string;
  readonly pem: string;
  readonly publicKey: CryptoKey;
  readonly issuer: string;
  readonly publishableKey: string;
  readonly authorizedParty: string;
}

/** A fresh RS256 key and a Clerk-shaped session token (v2 claims) valid for an hour. */
export async function sessionToken(): Promise<SessionFixture> {
  const { publicKey, privateKey } = (await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  )) as CryptoKeyPair;
  const frontendApi = "clerk.example.com";
  const issuer = `https://${frontendApi}`;
  const authorizedParty = "https://app.example.com";
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({
    azp: authorizedParty,
    fva: [0, -1],
    sid: "sess_2abcdefghijklmnopqrstuvwxyz",
    sts: "active",
    v: 2,
    pla: "u:free",
  })
    .setProtectedHeader({ alg: "RS256", kid: "ins_2abcdefghijklmnopqrstuvwxyz", typ: "JWT", cat: "cl_B7d4PD111AAA" })
    .setIssuer(issuer)
    .setSubject("user_2abcdefghijklmnopqrstuvwxyz")
    .setIssuedAt(now - 5)
    .setNotBefore(now - 10)
    .setExpirationTime(now + 3600)
    .setJti("f1a2b3c4d5e6f7a8b9c0")
    .sign(privateKey);
  return { token, pem: await exportSPKI(publicKey), publicKey, issuer, publishableKey: publishableKey(frontendApi), authorizedParty };
}
