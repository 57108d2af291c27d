// Generated from bapi-2026-05-12.yml (components/schemas/OrganizationInvitationWithPublicOrganizationData). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
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

/** Structural shape of {@link OrganizationInvitationWithPublicOrganizationData}: types, presence and nullability; unknown keys kept. */
export const OrganizationInvitationWithPublicOrganizationData: s.Shape<OrganizationInvitationWithPublicOrganizationData> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  email_address: s.string,
  role: s.string,
  role_name: s.string,
  organization_id: s.exactOptional(s.string),
  inviter_id: s.nullable(s.string),
  public_inviter_data: OrganizationInvitationPublicUserData,
  status: s.exactOptional(s.string),
  public_metadata: s.looseObject({}),
  private_metadata: s.exactOptional(s.looseObject({})),
  url: s.nullable(s.string),
  expires_at: s.nullable(s.number),
  created_at: s.number,
  updated_at: s.number,
  public_organization_data: s.exactOptional(OrganizationInvitationPublicOrganizationData),
});
