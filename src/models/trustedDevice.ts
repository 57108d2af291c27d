// Generated from bapi-2026-05-12.yml (components/schemas/TrustedDevice). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `TrustedDevice` object of the Backend API. */
export interface TrustedDevice {
  /** String representing the object's type. */
  object: "trusted_device" | (string & {});
  id: string;
  platform: "ios" | "android" | (string & {});
  app_identifier: string;
  name?: string | null;
  algorithm: "ES256" | (string & {});
  status: "active" | "revoked" | (string & {});
  /** Unix timestamp of creation in milliseconds. */
  created_at: number;
  /** Unix timestamp of the last update in milliseconds. */
  updated_at: number;
  /** Unix timestamp of the last use in milliseconds. */
  last_used_at?: number | null;
  /** Unix timestamp of revocation in milliseconds. */
  revoked_at?: number | null;
}

/** Structural shape of {@link TrustedDevice}: types, presence and nullability; unknown keys kept. */
export const TrustedDevice: s.Shape<TrustedDevice> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  platform: s.string,
  app_identifier: s.string,
  name: s.exactOptional(s.nullable(s.string)),
  algorithm: s.string,
  status: s.string,
  created_at: s.number,
  updated_at: s.number,
  last_used_at: s.exactOptional(s.nullable(s.number)),
  revoked_at: s.exactOptional(s.nullable(s.number)),
});
