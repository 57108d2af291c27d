// Generated from bapi-2026-05-12.yml (components/schemas/Instance). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `Instance` object of the Backend API. */
export interface Instance {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "instance" | (string & {});
  id: string;
  environment_type: string;
  allowed_origins: string[] | null;
  /** The ID of the Clerk workspace that owns the instance's application. It is null when the application has no owner. */
  workspace_id: string | null;
}

/** Structural shape of {@link Instance}: types, presence and nullability; unknown keys kept. */
export const Instance: s.Shape<Instance> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  environment_type: s.string,
  allowed_origins: s.nullable(s.array(s.string)),
  workspace_id: s.nullable(s.string),
});
