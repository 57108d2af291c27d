// Generated from bapi-2026-05-12.yml (UpdateInstance). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";

/** The request of {@link instanceSettingsUpdate}: path, query and body keys by their wire names. */
export interface InstanceSettingsUpdateRequest {
  /**
   * Toggles test mode for this instance, allowing the use of test email addresses and phone numbers.
   * Defaults to true for development instances.
   */
  test_mode?: boolean | null;
  /** Whether the instance should be using the HIBP service to check passwords for breaches */
  hibp?: boolean | null;
  support_email?: string | null;
  clerk_js_version?: string | null;
  development_origin?: string | null;
  /** For browser-like stacks such as browser extensions, Electron (not officially supported), or Capacitor.js (not officially supported), the instance allowed origins need to be updated with the request origin value. For Chrome extensions popup, background, or service worker pages, the origin is chrome-extension://extension_uuid. For Electron apps the default origin is http://localhost:3000. For Capacitor, the origin is capacitor://localhost. */
  allowed_origins?: string[];
  /**
   * Whether the instance should operate in cookieless development mode (i.e. without third-party cookies).
   * Deprecated: Please use `url_based_session_syncing` instead.
   *
   * @deprecated
   */
  cookieless_dev?: boolean | null;
  /** Whether the instance should use URL-based session syncing in development mode (i.e. without third-party cookies). */
  url_based_session_syncing?: boolean | null;
  /** When password is required at the instance level, sets the preferred sign-in strategy surfaced to Clerk components. Has no effect when password is not required. Defaults to `password`. Set to an empty string to clear the override. */
  preferred_sign_in_strategy_when_password_required?: "password" | "otp" | "" | null;
}

const op: Operation<undefined> = {
  id: "UpdateInstance",
  method: "PATCH",
  path: "/instance",
  body: { test_mode: "b?", hibp: "b?", support_email: "s?", clerk_js_version: "s?", development_origin: "s?", allowed_origins: "s[]", cookieless_dev: "b?", url_based_session_syncing: "b?", preferred_sign_in_strategy_when_password_required: "s?" },
};

/**
 * Update instance settings
 *
 * Updates the settings of an instance
 *
 * `PATCH /instance` · documented errors: 422
 */
export function instanceSettingsUpdate(
  core: ClerkCore,
  request?: InstanceSettingsUpdateRequest,
  options?: CallOptions,
): Promise<Result<undefined, CallError<422, false>>> {
  return call(core, op, request, options);
}
