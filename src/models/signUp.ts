// Generated from bapi-2026-05-12.yml (components/schemas/SignUp). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { SignUpVerifications } from "./signUpVerifications.js";

/** The `SignUp` object of the Backend API. */
export interface SignUp {
  object: "sign_up_attempt" | (string & {});
  id: string;
  status: "missing_requirements" | "complete" | "abandoned" | (string & {});
  required_fields: string[];
  optional_fields: string[];
  missing_fields: string[];
  unverified_fields: string[];
  verifications: SignUpVerifications;
  username: string | null;
  email_address: string | null;
  phone_number: string | null;
  web3_wallet: string | null;
  password_enabled: boolean;
  first_name: string | null;
  last_name: string | null;
  unsafe_metadata?: Record<string, unknown>;
  public_metadata?: Record<string, unknown>;
  custom_action: boolean;
  external_id: string | null;
  created_session_id: string | null;
  created_user_id: string | null;
  /** Unix timestamp at which the user abandoned the sign up attempt. */
  abandon_at: number;
  /** Unix timestamp at which the user accepted the legal requirements. */
  legal_accepted_at: number | null;
  /** The user locale preference for the sign-up specified as a BCP-47 language tag. */
  locale?: string | null;
  /** @deprecated */
  external_account?: Record<string, unknown>;
}

/** Structural shape of {@link SignUp}: types, presence and nullability; unknown keys kept. */
export const SignUp: s.Shape<SignUp> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  status: s.string,
  required_fields: s.array(s.string),
  optional_fields: s.array(s.string),
  missing_fields: s.array(s.string),
  unverified_fields: s.array(s.string),
  verifications: SignUpVerifications,
  username: s.nullable(s.string),
  email_address: s.nullable(s.string),
  phone_number: s.nullable(s.string),
  web3_wallet: s.nullable(s.string),
  password_enabled: s.boolean,
  first_name: s.nullable(s.string),
  last_name: s.nullable(s.string),
  unsafe_metadata: s.exactOptional(s.looseObject({})),
  public_metadata: s.exactOptional(s.looseObject({})),
  custom_action: s.boolean,
  external_id: s.nullable(s.string),
  created_session_id: s.nullable(s.string),
  created_user_id: s.nullable(s.string),
  abandon_at: s.number,
  legal_accepted_at: s.nullable(s.number),
  locale: s.exactOptional(s.nullable(s.string)),
  external_account: s.exactOptional(s.looseObject({})),
});
