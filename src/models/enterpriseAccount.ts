// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseAccount). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link EnterpriseAccount}: types, presence and nullability; unknown keys kept. */
export const EnterpriseAccount: s.Shape<EnterpriseAccount> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  object: s.string,
  protocol: s.exactOptional(s.string),
  provider: s.string,
  active: s.boolean,
  email_address: s.string,
  first_name: s.exactOptional(s.nullable(s.string)),
  last_name: s.exactOptional(s.nullable(s.string)),
  provider_user_id: s.exactOptional(s.nullable(s.string)),
  enterprise_connection_id: s.exactOptional(s.nullable(s.string)),
  public_metadata: s.exactOptional(s.looseObject({})),
  verification: s.nullable(openVariant("object", { "verification_ticket": VerificationTicket, "verification_saml": VerificationSaml, "verification_oauth": VerificationOauth })),
  enterprise_connection: s.exactOptional(s.nullable(EnterpriseAccountConnection)),
  last_authenticated_at: s.exactOptional(s.nullable(s.number)),
});
