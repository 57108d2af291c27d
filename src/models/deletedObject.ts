// Generated from bapi-2026-05-12.yml (components/schemas/DeletedObject). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `DeletedObject` object of the Backend API. */
export interface DeletedObject {
  object: string;
  id?: string;
  slug?: string;
  deleted: boolean;
  external_id?: string;
}

/** Structural shape of {@link DeletedObject}: types, presence and nullability; unknown keys kept. */
export const DeletedObject: s.Shape<DeletedObject> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.exactOptional(s.string),
  slug: s.exactOptional(s.string),
  deleted: s.boolean,
  external_id: s.exactOptional(s.string),
});
