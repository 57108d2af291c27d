// Generated from bapi-2026-05-12.yml (components/schemas/SvixURL). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `SvixURL` object of the Backend API. */
export interface SvixURL {
  svix_url: string;
}

/** Structural schema of {@link SvixURL}: types, presence and nullability; unknown keys kept. */
export const SvixURL: v.GenericSchema<unknown, SvixURL> = /*#__PURE__*/ v.looseObject({
  svix_url: v.string(),
});
