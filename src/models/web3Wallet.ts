// Generated from bapi-2026-05-12.yml (components/schemas/Web3Wallet). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { openVariant } from "../core/schemas.js";
import { VerificationAdmin } from "./verificationAdmin.js";
import { VerificationWeb3 } from "./verificationWeb3.js";

/** The `Web3Wallet` object of the Backend API. */
export interface Web3Wallet {
  id?: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "web3_wallet" | (string & {});
  web3_wallet: string;
  verification: VerificationWeb3 | VerificationAdmin | null;
  /** Unix timestamp of creation */
  created_at: number;
  /** Unix timestamp of creation */
  updated_at: number;
}

/** Structural shape of {@link Web3Wallet}: types, presence and nullability; unknown keys kept. */
export const Web3Wallet: s.Shape<Web3Wallet> = /*#__PURE__*/ s.looseObject({
  id: s.exactOptional(s.string),
  object: s.string,
  web3_wallet: s.string,
  verification: s.nullable(openVariant("object", { "verification_web3": VerificationWeb3, "verification_admin": VerificationAdmin })),
  created_at: s.number,
  updated_at: s.number,
});
