// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitationWithPublicOrganizationData). Do not edit: change codegen/ instead.
import * as v from "valibot";
import { OrganizationInvitationPublicOrganizationData } from "./organizationInvitationPublicOrganizationData.js";
import { OrganizationInvitationPublicUserData } from "./organizationInvitationPublicUserData.js";
import type { OrganizationInvitationPrivateMetadata, OrganizationInvitationPublicMetadata } from "../core/augment.js";

/** An organization invitation with public organization data populated */
export interface OrganizationInvitationWithPublicOrganizationData {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "organization_invitation" | (string & {});
  id: string;
  email_address: string;
  role: string;
  role_name: string;
  organization_id?: string;
  inviter_id: string | null;
  public_inviter_data: OrganizationInvitationPublicUserData;
  status?: string;
  public_metadata: OrganizationInvitationPublicMetadata;
  private_metadata?: OrganizationInvitationPrivateMetadata;
  url: string | null;
  /** Unix timestamp of expiration. */
  expires_at: number | null;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  public_organization_data?: OrganizationInvitationPublicOrganizationData;
}

/** Structural schema of {@link OrganizationInvitationWithPublicOrganizationData}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitationWithPublicOrganizationData: v.GenericSchema<unknown, OrganizationInvitationWithPublicOrganizationData> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  id: v.string(),
  email_address: v.string(),
  role: v.string(),
  role_name: v.string(),
  organization_id: v.exactOptional(v.string()),
  inviter_id: v.nullable(v.string()),
  public_inviter_data: OrganizationInvitationPublicUserData,
  status: v.exactOptional(v.string()),
  public_metadata: v.looseObject({}),
  private_metadata: v.exactOptional(v.looseObject({})),
  url: v.nullable(v.string()),
  expires_at: v.nullable(v.number()),
  created_at: v.number(),
  updated_at: v.number(),
  public_organization_data: v.exactOptional(OrganizationInvitationPublicOrganizationData),
});
