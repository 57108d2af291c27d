// Generated from bapi-2026-05-12.yml (components/schemas/SAMLAccount). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link SAMLAccount}: types, presence and nullability; unknown keys kept. */
export const SAMLAccount: v.GenericSchema<unknown, SAMLAccount> = /*#__PURE__*/ v.looseObject({
  id: v.string(),
  object: v.string(),
  provider: v.string(),
  active: v.boolean(),
  email_address: v.string(),
  first_name: v.exactOptional(v.nullable(v.string())),
  last_name: v.exactOptional(v.nullable(v.string())),
  provider_user_id: v.exactOptional(v.nullable(v.string())),
  last_authenticated_at: v.exactOptional(v.nullable(v.number())),
  public_metadata: v.exactOptional(v.looseObject({})),
  verification: v.nullable(openVariant("object", { "verification_saml": VerificationSaml, "verification_ticket": VerificationTicket })),
  saml_connection: v.exactOptional(v.nullable(SAMLAccountConnection)),
});
