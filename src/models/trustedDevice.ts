// Generated from bapi-2026-05-12.yml (components/schemas/TrustedDevice). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link TrustedDevice}: types, presence and nullability; unknown keys kept. */
export const TrustedDevice: v.GenericSchema<unknown, TrustedDevice> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  platform: v.string(),
  app_identifier: v.string(),
  name: v.exactOptional(v.nullable(v.string())),
  algorithm: v.string(),
  status: v.string(),
  created_at: v.number(),
  updated_at: v.number(),
  last_used_at: v.exactOptional(v.nullable(v.number())),
  revoked_at: v.exactOptional(v.nullable(v.number())),
});
