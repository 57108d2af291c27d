// Generated from bapi-2026-05-12.yml (components/schemas/SignUp). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link SignUp}: types, presence and nullability; unknown keys kept. */
export const SignUp: v.GenericSchema<unknown, SignUp> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  status: v.string(),
  required_fields: v.array(v.string()),
  optional_fields: v.array(v.string()),
  missing_fields: v.array(v.string()),
  unverified_fields: v.array(v.string()),
  verifications: SignUpVerifications,
  username: v.nullable(v.string()),
  email_address: v.nullable(v.string()),
  phone_number: v.nullable(v.string()),
  web3_wallet: v.nullable(v.string()),
  password_enabled: v.boolean(),
  first_name: v.nullable(v.string()),
  last_name: v.nullable(v.string()),
  unsafe_metadata: v.exactOptional(v.looseObject({})),
  public_metadata: v.exactOptional(v.looseObject({})),
  custom_action: v.boolean(),
  external_id: v.nullable(v.string()),
  created_session_id: v.nullable(v.string()),
  created_user_id: v.nullable(v.string()),
  abandon_at: v.number(),
  legal_accepted_at: v.nullable(v.number()),
  locale: v.exactOptional(v.nullable(v.string())),
  external_account: v.exactOptional(v.looseObject({})),
});
