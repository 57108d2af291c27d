// Generated from bapi-2026-05-12.yml (components/schemas/SvixURL). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `SvixURL` object of the Backend API. */
export interface SvixURL {
  svix_url: string;
}

/** Structural shape of {@link SvixURL}: types, presence and nullability; unknown keys kept. */
export const SvixURL: s.Shape<SvixURL> = /*#__PURE__*/ s.looseObject({
  svix_url: s.string,
});
