// Generated from bapi-2026-05-12.yml (components/schemas/InstanceRestrictions). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `InstanceRestrictions` object of the Backend API. */
export interface InstanceRestrictions {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "instance_restrictions" | (string & {});
  allowlist: boolean;
  blocklist: boolean;
  allowlist_blocklist_disabled_on_sign_in: boolean;
  block_email_subaddresses: boolean;
  block_disposable_email_domains: boolean;
}

/** Structural schema of {@link InstanceRestrictions}: types, presence and nullability; unknown keys kept. */
export const InstanceRestrictions: v.GenericSchema<unknown, InstanceRestrictions> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  allowlist: v.boolean(),
  blocklist: v.boolean(),
  allowlist_blocklist_disabled_on_sign_in: v.boolean(),
  block_email_subaddresses: v.boolean(),
  block_disposable_email_domains: v.boolean(),
});
