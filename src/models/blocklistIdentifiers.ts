// Generated from bapi-2026-05-12.yml (components/schemas/BlocklistIdentifiers). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { BlocklistIdentifier } from "./blocklistIdentifier.js";

/** The `BlocklistIdentifiers` object of the Backend API. */
export interface BlocklistIdentifiers {
  data: BlocklistIdentifier[];
  /** Total number of blocklist identifiers */
  total_count: number;
}

/** Structural shape of {@link BlocklistIdentifiers}: types, presence and nullability; unknown keys kept. */
export const BlocklistIdentifiers: s.Shape<BlocklistIdentifiers> = /*#__PURE__*/ s.looseObject({
  data: s.array(BlocklistIdentifier),
  total_count: s.number,
});
