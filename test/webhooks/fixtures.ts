/** Shared by the webhook tests: secrets, a fixed clock, spec-like events, signed requests. */
import { createWebhookHeaders, signWebhook } from "../../src/webhooks/index.js";
import { unwrap } from "../../src/core/result.js";

/** A recognisable secret: tests assert it never shows up in an error. */
export const SECRET = "whsec_dGVzdF9zaWduaW5nX3NlY3JldF8zMl9jaGFyc19sb25n";
export const BARE_SECRET = SECRET.slice("whsec_".length);
export const OTHER_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/** Unix seconds the fixed clock says "now" is. */
export const NOW = 1_716_883_200;
export const clock = (seconds: number = NOW): (() => number) => () => seconds * 1000;

/** A `user.created` `data` with every field the webhooks spec requires (and a few it does not). */
export function userData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "user_29w83sxmDNGwOuEthce5gg56FcC",
    object: "user",
    external_id: null,
    primary_email_address_id: "idn_29w83yL7CwVlJXylYLxcslromF1",
    primary_phone_number_id: null,
    primary_web3_wallet_id: null,
    username: null,
    first_name: "Example",
    last_name: "Example",
    image_url: "https://img.clerk.com/xxxxxx",
    has_image: true,
    public_metadata: {},
    private_metadata: {},
    unsafe_metadata: {},
    email_addresses: [
      {
        id: "idn_29w83yL7CwVlJXylYLxcslromF1",
        object: "email_address",
        email_address: "example@example.org",
        reserved: false,
        verification: { object: "verification_otp", status: "verified", strategy: "email_code", attempts: 1, expire_at: null },
        linked_to: [],
        created_at: 1654012591514,
        updated_at: 1654012591835,
      },
    ],
    phone_numbers: [],
    web3_wallets: [],
    passkeys: [],
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    password_enabled: true,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    last_sign_in_at: 1654012591514,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: null,
    created_at: 1654012591514,
    updated_at: 1654012591835,
    delete_self_enabled: true,
    create_organization_enabled: true,
    last_active_at: 1654012591514,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    legal_accepted_at: null,
    ...overrides,
  };
}

/** A whole event as Clerk sends it. */
export function event(type: string, data: unknown, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    object: "event",
    type,
    instance_id: "ins_123",
    timestamp: NOW * 1000,
    event_attributes: { http_request: { client_ip: "0.0.0.0", user_agent: "Mozilla/5.0" } },
    data,
    ...overrides,
  };
}

/** Sign a body with SECRET at NOW (or the given options) and return the body and its headers. */
export async function signed(
  body: string,
  options: { id?: string; timestamp?: number; secret?: string; scheme?: "svix" | "webhook" } = {},
): Promise<{ body: string; headers: Record<string, string> }> {
  const headers = unwrap(await createWebhookHeaders(body, {
    signingSecret: options.secret ?? SECRET,
    id: options.id ?? "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
    timestamp: options.timestamp ?? NOW,
    scheme: options.scheme,
  }));
  return { body, headers };
}

/** The `v1,…` signature of a body, for building headers by hand. */
export async function sig(body: string, id = "msg_1", timestamp = NOW, secret = SECRET): Promise<string> {
  return unwrap(await signWebhook(body, { signingSecret: secret, id, timestamp }));
}
