// Generated from bapi-2026-05-12.yml (components/schemas/SAMLAccount). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { openVariant } from "../core/schemas.js";
import { SAMLAccountConnection } from "./samlAccountConnection.js";
import { VerificationSaml } from "./verificationSaml.js";
import { VerificationTicket } from "./verificationTicket.js";

/** The `SAMLAccount` object of the Backend API. */
export interface SAMLAccount {
  id: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "saml_account" | (string & {});
  provider: string;
  active: boolean;
  email_address: string;
  first_name?: string | null;
  last_name?: string | null;
  provider_user_id?: string | null;
  /** Unix timestamp of last authentication. */
  last_authenticated_at?: number | null;
  public_metadata?: Record<string, unknown>;
  verification: VerificationSaml | VerificationTicket | null;
  saml_connection?: SAMLAccountConnection | null;
}

/** Structural shape of {@link SAMLAccount}: types, presence and nullability; unknown keys kept. */
export const SAMLAccount: s.Shape<SAMLAccount> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  object: s.string,
  provider: s.string,
  active: s.boolean,
  email_address: s.string,
  first_name: s.exactOptional(s.nullable(s.string)),
  last_name: s.exactOptional(s.nullable(s.string)),
  provider_user_id: s.exactOptional(s.nullable(s.string)),
  last_authenticated_at: s.exactOptional(s.nullable(s.number)),
  public_metadata: s.exactOptional(s.looseObject({})),
  verification: s.nullable(openVariant("object", { "verification_saml": VerificationSaml, "verification_ticket": VerificationTicket })),
  saml_connection: s.exactOptional(s.nullable(SAMLAccountConnection)),
});
