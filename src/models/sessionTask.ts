// Generated from bapi-2026-05-12.yml (components/schemas/SessionTask). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `SessionTask` object of the Backend API. */
export interface SessionTask {
  key: string;
}

/** Structural schema of {@link SessionTask}: types, presence and nullability; unknown keys kept. */
export const SessionTask: v.GenericSchema<unknown, SessionTask> = /*#__PURE__*/ v.looseObject({
  key: v.string(),
});
