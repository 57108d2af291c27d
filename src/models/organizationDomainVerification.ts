// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationDomainVerification). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The verification object from an organization domain */
export interface OrganizationDomainVerification {
  /** Status of the verification. It can be `unverified`, `verified`, `failed`, or `expired`. */
  status: string;
  /** Name of the strategy used to verify the domain */
  strategy: string;
  /** How many attempts have been made to verify the domain */
  attempts: number | null;
  /** Unix timestamp of when the verification will expire */
  expire_at: number | null;
  /** Unix timestamp of when ownership was verified. Only populated on `ownership_verification`; null on `affiliation_verification`. */
  verified_at: number | null;
}

/** Structural schema of {@link OrganizationDomainVerification}: types, presence and nullability; unknown keys kept. */
export const OrganizationDomainVerification: v.GenericSchema<unknown, OrganizationDomainVerification> = /*#__PURE__*/ v.looseObject({
  status: v.string(),
  strategy: v.string(),
  attempts: v.nullable(v.number()),
  expire_at: v.nullable(v.number()),
  verified_at: v.nullable(v.number()),
});
