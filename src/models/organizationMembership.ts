// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationMembership). Do not edit: change codegen/ instead.
import * as v from "valibot";
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

/** Structural schema of {@link OrganizationMembership}: types, presence and nullability; unknown keys kept. */
export const OrganizationMembership: v.GenericSchema<unknown, OrganizationMembership> = /*#__PURE__*/ v.looseObject({
  id: v.string(),
  object: v.string(),
  role: v.string(),
  role_name: v.exactOptional(v.string()),
  permissions: v.nullable(v.array(v.string())),
  public_metadata: v.looseObject({}),
  private_metadata: v.exactOptional(v.looseObject({})),
  organization: Organization,
  public_user_data: v.exactOptional(OrganizationMembershipPublicUserData),
  created_at: v.number(),
  updated_at: v.number(),
});
