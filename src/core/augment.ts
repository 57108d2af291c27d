// Types users declare for their own data, by module augmentation (like Clerk's own global
// `UserPublicMetadata`): the generated models type the matching `*_metadata` fields with these
// interfaces, and the auth code types custom session claims with `CustomJwtSessionClaims`.
//
//   declare module "clerk-fn/core" {
//     interface UserPublicMetadata { plan?: "free" | "pro" }
//   }
//
// Each has an open index signature, so without augmentation it is exactly the
// `Record<string, unknown>` the API promises, and augmented keys add types without closing it.
// Only types: this module has no run-time content.

/** `public_metadata` of a user: readable from the frontend, writable from the backend. */
export interface UserPublicMetadata {
  [key: string]: unknown;
}

/** `private_metadata` of a user: backend only. */
export interface UserPrivateMetadata {
  [key: string]: unknown;
}

/** `unsafe_metadata` of a user: readable and writable from the frontend. */
export interface UserUnsafeMetadata {
  [key: string]: unknown;
}

/** `public_metadata` of an organization. */
export interface OrganizationPublicMetadata {
  [key: string]: unknown;
}

/** `private_metadata` of an organization. */
export interface OrganizationPrivateMetadata {
  [key: string]: unknown;
}

/** `public_metadata` of an organization membership. */
export interface OrganizationMembershipPublicMetadata {
  [key: string]: unknown;
}

/** `private_metadata` of an organization membership. */
export interface OrganizationMembershipPrivateMetadata {
  [key: string]: unknown;
}

/** `public_metadata` of an organization invitation. */
export interface OrganizationInvitationPublicMetadata {
  [key: string]: unknown;
}

/** `private_metadata` of an organization invitation. */
export interface OrganizationInvitationPrivateMetadata {
  [key: string]: unknown;
}

/** Claims a session token carries beyond Clerk's own (from a customized session token). */
export interface CustomJwtSessionClaims {
  [key: string]: unknown;
}
