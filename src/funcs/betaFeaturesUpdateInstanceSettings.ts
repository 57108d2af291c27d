// Generated from bapi-2026-05-12.yml (UpdateInstanceAuthConfig). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link betaFeaturesUpdateInstanceSettings}: path, query and body keys by their wire names. */
export interface BetaFeaturesUpdateInstanceSettingsRequest {
  /** Whether sign up is restricted to email addresses, phone numbers and usernames that are on the allowlist. */
  restricted_to_allowlist?: boolean | null;
  /**
   * The local part of the email address from which authentication-related emails (e.g. OTP code, magic links) will be sent.
   * Only alphanumeric values are allowed.
   * Note that this value should contain only the local part of the address (e.g. `foo` for `foo@example.com`).
   */
  from_email_address?: string | null;
  /** Enable the Progressive Sign Up algorithm. This feature is deprecated, please contact support if you need assistance. */
  progressive_sign_up?: boolean | null;
  /**
   * Toggles test mode for this instance, allowing the use of test email addresses and phone numbers.
   * Defaults to true for development instances.
   */
  test_mode?: boolean | null;
}

/** What {@link betaFeaturesUpdateInstanceSettings} returns. */
export interface BetaFeaturesUpdateInstanceSettingsResponse {
  /** String representing the object's type. Objects of the same type share the same value. */
  object?: "instance_settings" | (string & {});
  id?: string;
  restricted_to_allowlist?: boolean;
  from_email_address?: string;
  progressive_sign_up?: boolean;
  /**
   * Deprecated. When enabled, production authentication emails for this instance are sent through Clerk's legacy managed email delivery path. This setting is being retired; use the instance's configured email sending domain instead.
   *
   * @deprecated
   */
  enhanced_email_deliverability?: boolean;
}

const op: Operation<BetaFeaturesUpdateInstanceSettingsResponse> = {
  id: "UpdateInstanceAuthConfig",
  method: "PATCH",
  path: "/beta_features/instance_settings",
  body: { restricted_to_allowlist: "b?", from_email_address: "s?", progressive_sign_up: "b?", test_mode: "b?" },
  response: /*#__PURE__*/ s.looseObject({
    object: s.exactOptional(s.string),
    id: s.exactOptional(s.string),
    restricted_to_allowlist: s.exactOptional(s.boolean),
    from_email_address: s.exactOptional(s.string),
    progressive_sign_up: s.exactOptional(s.boolean),
    enhanced_email_deliverability: s.exactOptional(s.boolean),
  }),
};

/**
 * Update instance settings
 *
 * Updates the settings of an instance
 *
 * `PATCH /beta_features/instance_settings` · documented errors: 402, 422
 */
export function betaFeaturesUpdateInstanceSettings(
  core: ClerkCore,
  request?: BetaFeaturesUpdateInstanceSettingsRequest,
  options?: CallOptions,
): Promise<Result<BetaFeaturesUpdateInstanceSettingsResponse, CallError<402 | 422>>> {
  return call(core, op, request, options);
}
