// Generated from bapi-2026-05-12.yml (components/schemas/ExternalAccountWithVerification). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link ExternalAccountWithVerification}: types, presence and nullability; unknown keys kept. */
export const ExternalAccountWithVerification: s.Shape<ExternalAccountWithVerification> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  provider: s.string,
  identification_id: s.string,
  provider_user_id: s.string,
  approved_scopes: s.string,
  email_address: s.string,
  email_address_verified: s.exactOptional(s.nullable(s.boolean)),
  first_name: s.string,
  last_name: s.string,
  avatar_url: s.exactOptional(s.string),
  image_url: s.exactOptional(s.nullable(s.string)),
  username: s.exactOptional(s.nullable(s.string)),
  phone_number: s.exactOptional(s.nullable(s.string)),
  public_metadata: s.looseObject({}),
  label: s.exactOptional(s.nullable(s.string)),
  created_at: s.number,
  updated_at: s.number,
  verification: s.nullable(openVariant("object", { "verification_oauth": VerificationOauth, "verification_google_one_tap": VerificationGoogleOneTap })),
});
