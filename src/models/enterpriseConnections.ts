// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnections). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { EnterpriseConnection } from "./enterpriseConnection.js";

/** The `EnterpriseConnections` object of the Backend API. */
export interface EnterpriseConnections {
  data: EnterpriseConnection[];
  /** Total number of enterprise connections */
  total_count: number;
}

/** Structural shape of {@link EnterpriseConnections}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnections: s.Shape<EnterpriseConnections> = /*#__PURE__*/ s.looseObject({
  data: s.array(EnterpriseConnection),
  total_count: s.number,
});
