// Generated from bapi-2026-05-12.yml (components/schemas/DeletedObject). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `DeletedObject` object of the Backend API. */
export interface DeletedObject {
  object: string;
  id?: string;
  slug?: string;
  deleted: boolean;
  external_id?: string;
}

/** Structural schema of {@link DeletedObject}: types, presence and nullability; unknown keys kept. */
export const DeletedObject: v.GenericSchema<unknown, DeletedObject> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.exactOptional(v.string()),
  slug: v.exactOptional(v.string()),
  deleted: v.boolean(),
  external_id: v.exactOptional(v.string()),
});
