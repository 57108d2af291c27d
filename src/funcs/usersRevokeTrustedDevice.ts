// Generated from bapi-2026-05-12.yml (RevokeUserTrustedDevice). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { TrustedDevice } from "../models/trustedDevice.js";

/** The request of {@link usersRevokeTrustedDevice}: path, query and body keys by their wire names. */
export interface UsersRevokeTrustedDeviceRequest {
  /** The ID of the user that owns the trusted device */
  user_id: string;
  /** The ID of the trusted device to revoke */
  trusted_device_id: string;
}

const op: Operation<TrustedDevice> = {
  id: "RevokeUserTrustedDevice",
  method: "DELETE",
  path: "/users/{user_id}/trusted_devices/{trusted_device_id}",
  response: TrustedDevice,
};

/**
 * Revoke a user's trusted device
 *
 * Revokes an active trusted device enrolled by the user.
 *
 * `DELETE /users/{user_id}/trusted_devices/{trusted_device_id}` · documented errors: 403, 404, 500
 */
export function usersRevokeTrustedDevice(
  core: ClerkCore,
  request: UsersRevokeTrustedDeviceRequest,
  options?: CallOptions,
): Promise<Result<TrustedDevice, CallError<403 | 404 | 500>>> {
  return call(core, op, request, options);
}
