// Generated from bapi-2026-05-12.yml (components/schemas/verification_web3). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link VerificationWeb3}: types, presence and nullability; unknown keys kept. */
export const VerificationWeb3: v.GenericSchema<unknown, VerificationWeb3> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  nonce: v.exactOptional(v.nullable(v.string())),
  message: v.exactOptional(v.nullable(v.string())),
  attempts: v.nullable(v.number()),
  expire_at: v.nullable(v.number()),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
});
