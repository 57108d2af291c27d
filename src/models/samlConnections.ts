// Generated from bapi-2026-05-12.yml (components/schemas/SAMLConnections). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { SAMLConnection } from "./samlConnection.js";

/** The `SAMLConnections` object of the Backend API. */
export interface SAMLConnections {
  data: SAMLConnection[];
  /** Total number of SAML Connections */
  total_count: number;
}

/** Structural shape of {@link SAMLConnections}: types, presence and nullability; unknown keys kept. */
export const SAMLConnections: s.Shape<SAMLConnections> = /*#__PURE__*/ s.looseObject({
  data: s.array(SAMLConnection),
  total_count: s.number,
});
