// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationDomain). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { OrganizationDomainVerification } from "./organizationDomainVerification.js";
import { OrganizationInvitationPublicOrganizationData } from "./organizationInvitationPublicOrganizationData.js";

/** An organization domain */
export interface OrganizationDomain {
  /** String representing the object's type. Objects of the same type share the same value. Always `organization_domain` */
  object: "organization_domain" | (string & {});
  /** Unique identifier for the organization domain */
  id: string;
  /** Unique identifier for the organization */
  organization_id: string;
  /** Name of the organization domain */
  name: string;
  /** Mode of enrollment for the domain */
  enrollment_mode: "manual_invitation" | "automatic_invitation" | "automatic_suggestion" | "enterprise_sso" | (string & {});
  /** Affiliation email address for the domain, if available. */
  affiliation_email_address: string | null;
  /** Verification details for the user-facing affiliation between the domain and the organization (e.g. affiliation_email_code). */
  affiliation_verification: OrganizationDomainVerification | null;
  /** Verification details for the underlying DNS domain ownership proof (TXT challenge or dashboard override). Null until ownership has been attempted. */
  ownership_verification: OrganizationDomainVerification | null;
  /**
   * Deprecated alias for `affiliation_verification`. Kept for backward compatibility on the current API version; will be removed in the next API version. Prefer `affiliation_verification`.
   *
   * @deprecated
   */
  verification: OrganizationDomainVerification | null;
  /** Total number of pending invitations associated with this domain */
  total_pending_invitations: number;
  /** Total number of pending suggestions associated with this domain */
  total_pending_suggestions: number;
  /** Public organization data associated with this domain */
  public_organization_data?: OrganizationInvitationPublicOrganizationData | null;
  /** Unix timestamp when the domain was created */
  created_at: number;
  /** Unix timestamp of the last update to the domain */
  updated_at: number;
}

/** Structural shape of {@link OrganizationDomain}: types, presence and nullability; unknown keys kept. */
export const OrganizationDomain: s.Shape<OrganizationDomain> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  organization_id: s.string,
  name: s.string,
  enrollment_mode: s.string,
  affiliation_email_address: s.nullable(s.string),
  affiliation_verification: s.nullable(OrganizationDomainVerification),
  ownership_verification: s.nullable(OrganizationDomainVerification),
  verification: s.nullable(OrganizationDomainVerification),
  total_pending_invitations: s.number,
  total_pending_suggestions: s.number,
  public_organization_data: s.exactOptional(s.nullable(OrganizationInvitationPublicOrganizationData)),
  created_at: s.number,
  updated_at: s.number,
});
