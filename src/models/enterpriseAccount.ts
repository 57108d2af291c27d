// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseAccount). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { EnterpriseAccountConnection } from "./enterpriseAccountConnection.js";
import { openVariant } from "../core/schemas.js";
import { VerificationOauth } from "./verificationOauth.js";
import { VerificationSaml } from "./verificationSaml.js";
import { VerificationTicket } from "./verificationTicket.js";

/** The `EnterpriseAccount` object of the Backend API. */
export interface EnterpriseAccount {
  id: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "enterprise_account" | (string & {});
  /** The authentication protocol used to sign in. */
  protocol?: "oauth" | "saml" | (string & {});
  provider: string;
  active: boolean;
  email_address: string;
  first_name?: string | null;
  last_name?: string | null;
  /** The unique ID of the user in the external provider's system */
  provider_user_id?: string | null;
  enterprise_connection_id?: string | null;
  public_metadata?: Record<string, unknown>;
  verification: VerificationTicket | VerificationSaml | VerificationOauth | null;
  enterprise_connection?: EnterpriseAccountConnection | null;
  /** Unix timestamp of last authentication. */
  last_authenticated_at?: number | null;
}

/** Structural schema of {@link EnterpriseAccount}: types, presence and nullability; unknown keys kept. */
export const EnterpriseAccount: v.GenericSchema<unknown, EnterpriseAccount> = /*#__PURE__*/ v.looseObject({
  id: v.string(),
  object: v.string(),
  protocol: v.exactOptional(v.string()),
  provider: v.string(),
  active: v.boolean(),
  email_address: v.string(),
  first_name: v.exactOptional(v.nullable(v.string())),
  last_name: v.exactOptional(v.nullable(v.string())),
  provider_user_id: v.exactOptional(v.nullable(v.string())),
  enterprise_connection_id: v.exactOptional(v.nullable(v.string())),
  public_metadata: v.exactOptional(v.looseObject({})),
  verification: v.nullable(openVariant("object", { "verification_ticket": VerificationTicket, "verification_saml": VerificationSaml, "verification_oauth": VerificationOauth })),
  enterprise_connection: v.exactOptional(v.nullable(EnterpriseAccountConnection)),
  last_authenticated_at: v.exactOptional(v.nullable(v.number())),
});
