// Generated from bapi-2026-05-12.yml (components/schemas/WaitlistEntry). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Invitation } from "./invitation.js";

/** The `WaitlistEntry` object of the Backend API. */
export interface WaitlistEntry {
  object: "waitlist_entry" | (string & {});
  id: string;
  email_address: string;
  status: "pending" | "invited" | "rejected" | "completed" | (string & {});
  /** Indicates if the waitlist entry is locked. Locked entries are being processed in a batch action and are unavailable for other actions. */
  is_locked?: boolean;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  invitation?: Invitation | null;
}

/** Structural shape of {@link WaitlistEntry}: types, presence and nullability; unknown keys kept. */
export const WaitlistEntry: s.Shape<WaitlistEntry> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  email_address: s.string,
  status: s.string,
  is_locked: s.exactOptional(s.boolean),
  created_at: s.number,
  updated_at: s.number,
  invitation: s.exactOptional(s.nullable(Invitation)),
});
