// Generated from bapi-2026-05-12.yml (components/schemas/ExternalAccountWithVerification). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { openVariant } from "../core/schemas.js";
import { VerificationGoogleOneTap } from "./verificationGoogleOneTap.js";
import { VerificationOauth } from "./verificationOauth.js";

/** The `ExternalAccountWithVerification` object of the Backend API. */
export interface ExternalAccountWithVerification {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "external_account" | "facebook_account" | "google_account" | (string & {});
  id: string;
  provider: string;
  identification_id: string;
  /** The unique ID of the user in the external provider's system */
  provider_user_id: string;
  approved_scopes: string;
  email_address: string;
  /** Whether the email was verified by the OAuth provider at creation time. null = unknown (pre-migration data or custom OAuth providers), true = provider confirmed email was verified, false = provider confirmed email was NOT verified */
  email_address_verified?: boolean | null;
  first_name: string;
  last_name: string;
  /**
   * Please use `image_url` instead
   *
   * @deprecated
   */
  avatar_url?: string;
  image_url?: string | null;
  username?: string | null;
  phone_number?: string | null;
  public_metadata: Record<string, unknown>;
  label?: string | null;
  /** Unix timestamp of creation */
  created_at: number;
  /** Unix timestamp of creation */
  updated_at: number;
  verification: VerificationOauth | VerificationGoogleOneTap | null;
}

/** Structural schema of {@link ExternalAccountWithVerification}: types, presence and nullability; unknown keys kept. */
export const ExternalAccountWithVerification: v.GenericSchema<unknown, ExternalAccountWithVerification> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  provider: v.string(),
  identification_id: v.string(),
  provider_user_id: v.string(),
  approved_scopes: v.string(),
  email_address: v.string(),
  email_address_verified: v.exactOptional(v.nullable(v.boolean())),
  first_name: v.string(),
  last_name: v.string(),
  avatar_url: v.exactOptional(v.string()),
  image_url: v.exactOptional(v.nullable(v.string())),
  username: v.exactOptional(v.nullable(v.string())),
  phone_number: v.exactOptional(v.nullable(v.string())),
  public_metadata: v.looseObject({}),
  label: v.exactOptional(v.nullable(v.string())),
  created_at: v.number(),
  updated_at: v.number(),
  verification: v.nullable(openVariant("object", { "verification_oauth": VerificationOauth, "verification_google_one_tap": VerificationGoogleOneTap })),
});
