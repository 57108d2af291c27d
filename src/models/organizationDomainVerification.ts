// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationDomainVerification). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link OrganizationDomainVerification}: types, presence and nullability; unknown keys kept. */
export const OrganizationDomainVerification: s.Shape<OrganizationDomainVerification> = /*#__PURE__*/ s.looseObject({
  status: s.string,
  strategy: s.string,
  attempts: s.nullable(s.number),
  expire_at: s.nullable(s.number),
  verified_at: s.nullable(s.number),
});
