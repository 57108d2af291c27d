// Generated from bapi-2026-05-12.yml (components/schemas/SessionTask). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `SessionTask` object of the Backend API. */
export interface SessionTask {
  key: string;
}

/** Structural shape of {@link SessionTask}: types, presence and nullability; unknown keys kept. */
export const SessionTask: s.Shape<SessionTask> = /*#__PURE__*/ s.looseObject({
  key: s.string,
});
