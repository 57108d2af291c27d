// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnectionTestRun). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `EnterpriseConnectionTestRun` object of the Backend API. */
export interface EnterpriseConnectionTestRun {
  /** The test run ID */
  id: string;
  /** The status of the test run */
  status: "pending" | "success" | "failed" | (string & {});
  /** The type of enterprise connection the test run was performed against */
  connection_type: "saml" | "oauth" | (string & {});
  /** The user information parsed from the IdP response */
  parsed_user_info?: {
    email_address?: string;
    first_name?: string;
    last_name?: string;
    user_id?: string;
  } | null;
  /** Log entries captured during the test run */
  logs?: {
    level: string;
    code?: string;
    short_message?: string;
    message: string;
  }[];
  /** SAML-specific metadata, present for SAML connections */
  saml?: {
    saml_request?: string;
    saml_response?: string;
    relay_state?: string;
  } | null;
  /** OAuth-specific metadata, present for OIDC connections */
  oauth?: {
    id_token?: string;
    access_token?: string;
    user_info?: string;
  } | null;
  /** Unix timestamp in milliseconds when the test run was created */
  created_at: number;
}

/** Structural schema of {@link EnterpriseConnectionTestRun}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnectionTestRun: v.GenericSchema<unknown, EnterpriseConnectionTestRun> = /*#__PURE__*/ v.looseObject({
  id: v.string(),
  status: v.string(),
  connection_type: v.string(),
  parsed_user_info: v.exactOptional(v.nullable(v.looseObject({
    email_address: v.exactOptional(v.string()),
    first_name: v.exactOptional(v.string()),
    last_name: v.exactOptional(v.string()),
    user_id: v.exactOptional(v.string()),
  }))),
  logs: v.exactOptional(v.array(v.looseObject({
    level: v.string(),
    code: v.exactOptional(v.string()),
    short_message: v.exactOptional(v.string()),
    message: v.string(),
  }))),
  saml: v.exactOptional(v.nullable(v.looseObject({
    saml_request: v.exactOptional(v.string()),
    saml_response: v.exactOptional(v.string()),
    relay_state: v.exactOptional(v.string()),
  }))),
  oauth: v.exactOptional(v.nullable(v.looseObject({
    id_token: v.exactOptional(v.string()),
    access_token: v.exactOptional(v.string()),
    user_info: v.exactOptional(v.string()),
  }))),
  created_at: v.number(),
});
