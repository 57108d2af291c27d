// Generated from bapi-2026-05-12.yml (the identical inline success response of DeleteBackupCode, DeleteTOTP, DisableMFA). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The answer of `DeleteBackupCode`, `DeleteTOTP`, `DisableMFA`: one schema the spec declares inline in each, declared once here. */
export interface UsersDeleteBackupCodesResponse {
  user_id?: string;
}

/** Structural shape of {@link UsersDeleteBackupCodesResponse}: types, presence and nullability; unknown keys kept. */
export const UsersDeleteBackupCodesResponse: s.Shape<UsersDeleteBackupCodesResponse> = /*#__PURE__*/ s.looseObject({
  user_id: s.exactOptional(s.string),
});
