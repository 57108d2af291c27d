// Generated from bapi-2026-05-12.yml (components/schemas/SCIMUserMetadata). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** Metadata describing a user's linkage to a directory. This object is only delivered on `user.created` and `user.updated` webhook events, and only when the user is provisioned through a directory. Its absence does not necessarily mean the user is not managed by a directory. */
export interface SCIMUserMetadata {
  /** The ID of the directory the user is provisioned from. */
  directory_id: string;
  /** Whether the directory is currently enabled. Omitted when false. */
  directory_enabled?: boolean;
  /** The user's external ID as reported by the directory, if any. */
  external_id: string | null;
}

/** Structural shape of {@link SCIMUserMetadata}: types, presence and nullability; unknown keys kept. */
export const SCIMUserMetadata: s.Shape<SCIMUserMetadata> = /*#__PURE__*/ s.looseObject({
  directory_id: s.string,
  directory_enabled: s.exactOptional(s.boolean),
  external_id: s.nullable(s.string),
});
