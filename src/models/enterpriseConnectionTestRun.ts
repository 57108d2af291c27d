// Generated from bapi-2026-05-12.yml (components/schemas/EnterpriseConnectionTestRun). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link EnterpriseConnectionTestRun}: types, presence and nullability; unknown keys kept. */
export const EnterpriseConnectionTestRun: s.Shape<EnterpriseConnectionTestRun> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  status: s.string,
  connection_type: s.string,
  parsed_user_info: s.exactOptional(s.nullable(s.looseObject({
    email_address: s.exactOptional(s.string),
    first_name: s.exactOptional(s.string),
    last_name: s.exactOptional(s.string),
    user_id: s.exactOptional(s.string),
  }))),
  logs: s.exactOptional(s.array(s.looseObject({
    level: s.string,
    code: s.exactOptional(s.string),
    short_message: s.exactOptional(s.string),
    message: s.string,
  }))),
  saml: s.exactOptional(s.nullable(s.looseObject({
    saml_request: s.exactOptional(s.string),
    saml_response: s.exactOptional(s.string),
    relay_state: s.exactOptional(s.string),
  }))),
  oauth: s.exactOptional(s.nullable(s.looseObject({
    id_token: s.exactOptional(s.string),
    access_token: s.exactOptional(s.string),
    user_info: s.exactOptional(s.string),
  }))),
  created_at: s.number,
});
