// Generated from bapi-2026-05-12.yml (components/schemas/SessionActivityResponse). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `SessionActivityResponse` object of the Backend API. */
export type SessionActivityResponse = {
  object: string;
  id: string;
  device_type?: string;
  is_mobile: boolean;
  browser_name?: string;
  browser_version?: string;
  ip_address?: string;
  city?: string;
  country?: string;
} | null;

/** Structural schema of {@link SessionActivityResponse}: types, presence and nullability; unknown keys kept. */
export const SessionActivityResponse: v.GenericSchema<unknown, SessionActivityResponse> = /*#__PURE__*/ v.nullable(v.looseObject({
  object: v.string(),
  id: v.string(),
  device_type: v.exactOptional(v.string()),
  is_mobile: v.boolean(),
  browser_name: v.exactOptional(v.string()),
  browser_version: v.exactOptional(v.string()),
  ip_address: v.exactOptional(v.string()),
  city: v.exactOptional(v.string()),
  country: v.exactOptional(v.string()),
}));
