// Generated from bapi-2026-05-12.yml (ListUserTrustedDevices). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { TrustedDevice } from "../models/trustedDevice.js";

/** The request of {@link usersListTrustedDevices}: path, query and body keys by their wire names. */
export interface UsersListTrustedDevicesRequest {
  /** The ID of the user whose trusted devices are returned */
  user_id: string;
}

/** What {@link usersListTrustedDevices} returns. */
export interface UsersListTrustedDevicesResponse {
  data: TrustedDevice[];
  /** Total number of trusted devices */
  total_count: number;
}

const op: Operation<UsersListTrustedDevicesResponse> = {
  id: "ListUserTrustedDevices",
  method: "GET",
  path: "/users/{user_id}/trusted_devices",
  response: /*#__PURE__*/ s.looseObject({
    data: s.array(TrustedDevice),
    total_count: s.number,
  }),
};

/**
 * List a user's trusted devices
 *
 * Returns the active trusted devices enrolled by the user.
 *
 * `GET /users/{user_id}/trusted_devices` · documented errors: 403, 404, 500
 */
export function usersListTrustedDevices(
  core: ClerkCore,
  request: UsersListTrustedDevicesRequest,
  options?: CallOptions,
): Promise<Result<UsersListTrustedDevicesResponse, CallError<403 | 404 | 500>>> {
  return call(core, op, request, options);
}
