// Generated from bapi-2026-05-12.yml (components/schemas/verification_web3). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `verification_web3` object of the Backend API. */
export interface VerificationWeb3 {
  object?: "verification_web3" | (string & {});
  status: "unverified" | "verified" | "failed" | "expired" | (string & {});
  strategy: "web3_metamask_signature" | "web3_base_signature" | "web3_coinbase_wallet_signature" | "web3_okx_wallet_signature" | "web3_solana_signature" | (string & {});
  nonce?: string | null;
  message?: string | null;
  attempts: number | null;
  expire_at: number | null;
  verified_at_client?: string | null;
}

/** Structural shape of {@link VerificationWeb3}: types, presence and nullability; unknown keys kept. */
export const VerificationWeb3: s.Shape<VerificationWeb3> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  nonce: s.exactOptional(s.nullable(s.string)),
  message: s.exactOptional(s.nullable(s.string)),
  attempts: s.nullable(s.number),
  expire_at: s.nullable(s.number),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
});
