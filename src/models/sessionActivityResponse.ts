// Generated from bapi-2026-05-12.yml (components/schemas/SessionActivityResponse). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link SessionActivityResponse}: types, presence and nullability; unknown keys kept. */
export const SessionActivityResponse: s.Shape<SessionActivityResponse> = /*#__PURE__*/ s.nullable(s.looseObject({
  object: s.string,
  id: s.string,
  device_type: s.exactOptional(s.string),
  is_mobile: s.boolean,
  browser_name: s.exactOptional(s.string),
  browser_version: s.exactOptional(s.string),
  ip_address: s.exactOptional(s.string),
  city: s.exactOptional(s.string),
  country: s.exactOptional(s.string),
}));
