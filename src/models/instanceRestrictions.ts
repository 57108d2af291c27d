// Generated from bapi-2026-05-12.yml (components/schemas/InstanceRestrictions). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link InstanceRestrictions}: types, presence and nullability; unknown keys kept. */
export const InstanceRestrictions: s.Shape<InstanceRestrictions> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  allowlist: s.boolean,
  blocklist: s.boolean,
  allowlist_blocklist_disabled_on_sign_in: s.boolean,
  block_email_subaddresses: s.boolean,
  block_disposable_email_domains: s.boolean,
});
