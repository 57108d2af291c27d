// Generated from bapi-2026-05-12.yml (components/schemas/SignUpVerifications). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { SignUpVerification } from "./signUpVerification.js";

/** The `SignUpVerifications` object of the Backend API. */
export interface SignUpVerifications {
  email_address: SignUpVerification;
  phone_number: SignUpVerification;
  web3_wallet: SignUpVerification;
  external_account: Record<string, unknown> | null;
}

/** Structural shape of {@link SignUpVerifications}: types, presence and nullability; unknown keys kept. */
export const SignUpVerifications: s.Shape<SignUpVerifications> = /*#__PURE__*/ s.looseObject({
  email_address: SignUpVerification,
  phone_number: SignUpVerification,
  web3_wallet: SignUpVerification,
  external_account: s.nullable(s.looseObject({})),
});
