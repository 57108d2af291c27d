// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationMembership). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { Organization } from "./organization.js";
import { OrganizationMembershipPublicUserData } from "./organizationMembershipPublicUserData.js";
import type { OrganizationMembershipPrivateMetadata, OrganizationMembershipPublicMetadata } from "../core/augment.js";

/** A user's membership in an organization */
export interface OrganizationMembership {
  id: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "organization_membership" | (string & {});
  role: string;
  role_name?: string;
  permissions: string[] | null;
  /** Metadata saved on the organization membership, accessible from both Frontend and Backend APIs */
  public_metadata: OrganizationMembershipPublicMetadata;
  /** Metadata saved on the organization membership, accessible only from the Backend API */
  private_metadata?: OrganizationMembershipPrivateMetadata;
  organization: Organization;
  public_user_data?: OrganizationMembershipPublicUserData;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

/** Structural shape of {@link OrganizationMembership}: types, presence and nullability; unknown keys kept. */
export const OrganizationMembership: s.Shape<OrganizationMembership> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  object: s.string,
  role: s.string,
  role_name: s.exactOptional(s.string),
  permissions: s.nullable(s.array(s.string)),
  public_metadata: s.looseObject({}),
  private_metadata: s.exactOptional(s.looseObject({})),
  organization: Organization,
  public_user_data: s.exactOptional(OrganizationMembershipPublicUserData),
  created_at: s.number,
  updated_at: s.number,
});
