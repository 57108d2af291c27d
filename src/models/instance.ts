// Generated from bapi-2026-05-12.yml (components/schemas/Instance). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link Instance}: types, presence and nullability; unknown keys kept. */
export const Instance: v.GenericSchema<unknown, Instance> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  environment_type: v.string(),
  allowed_origins: v.nullable(v.array(v.string())),
  workspace_id: v.nullable(v.string()),
});
