// Generated from bapi-2026-05-12.yml (components/schemas/SAMLConnections). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { SAMLConnection } from "./samlConnection.js";

/** The `SAMLConnections` object of the Backend API. */
export interface SAMLConnections {
  data: SAMLConnection[];
  /** Total number of SAML Connections */
  total_count: number;
}

/** Structural schema of {@link SAMLConnections}: types, presence and nullability; unknown keys kept. */
export const SAMLConnections: v.GenericSchema<unknown, SAMLConnections> = /*#__PURE__*/ v.looseObject({
  data: v.array(SAMLConnection),
  total_count: v.number(),
});
