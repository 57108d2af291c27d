// The `User` response shape of clerk-fn (src/models/user.ts and the shapes it is made of),
// written by hand in zod v4 for the decode benchmark: the same structural rules — JSON types,
// presence, nullability, arrays, unknown keys kept (looseObject), optional keys absent-or-present
// (exactOptional), and open tagged unions (a known `object` tag checks its variant, an unknown
// or missing tag is accepted as an object).
import { z } from "zod";

const str = z.string();
const num = z.number();
const bool = z.boolean();
const nstr = z.string().nullable();
const nnum = z.number().nullable();
const obj = (): z.ZodObject => z.looseObject({});

/**
 * Like clerk-fn's `openVariant` (src/core/schemas.ts): a known tag is checked against its variant;
 * an unknown or missing tag is accepted as an object.
 */
function openVariant<const V extends readonly [z.ZodObject, ...z.ZodObject[]]>(tag: string, variants: V, tags: readonly string[]) {
  const known = new Set(tags);
  return z.union([
    z.discriminatedUnion(tag, variants),
    z.looseObject({}).refine((o) => {
      const t = (o as Record<string, unknown>)[tag];
      return typeof t !== "string" || !known.has(t);
    }),
  ]);
}

const ClerkError = z.looseObject({ message: str, long_message: str, code: str, meta: obj().exactOptional() });

const verification = <S extends z.ZodRawShape>(tag: string, shape: S) =>
  z.looseObject({ object: z.literal(tag), status: str, strategy: str, ...shape });
// In the spec `object` is optional on verifications; a tagged variant is only chosen by its tag.
const VerificationOtp = verification("verification_otp", { attempts: nnum, expire_at: nnum, channel: nstr.exactOptional(), verified_at_client: nstr.exactOptional() });
const VerificationAdmin = verification("verification_admin", { attempts: nnum, expire_at: nnum, verified_at_client: nstr.exactOptional() });
const VerificationFromOauth = verification("verification_from_oauth", { error: ClerkError.nullable().exactOptional(), expire_at: nnum, attempts: nnum, verified_at_client: nstr.exactOptional() });
const VerificationTicket = verification("verification_ticket", { attempts: nnum, expire_at: nnum, verified_at_client: nstr.exactOptional() });
const VerificationSaml = verification("verification_saml", {
  external_verification_redirect_url: nstr.exactOptional(),
  error: ClerkError.nullable().exactOptional(),
  expire_at: nnum.exactOptional(),
  attempts: nnum,
  verified_at_client: nstr.exactOptional(),
});
const VerificationEmailLink = verification("verification_email_link", { attempts: nnum, expire_at: nnum, verified_at_client: nstr.exactOptional() });
const VerificationScim = verification("verification_scim", { attempts: nnum, expire_at: nnum });
const VerificationWeb3 = verification("verification_web3", {
  nonce: nstr.exactOptional(),
  message: nstr.exactOptional(),
  attempts: nnum,
  expire_at: nnum,
  verified_at_client: nstr.exactOptional(),
});
const VerificationOauth = verification("verification_oauth", {
  external_verification_redirect_url: str.exactOptional(),
  error: ClerkError.nullable().exactOptional(),
  expire_at: num,
  attempts: nnum,
  verified_at_client: nstr.exactOptional(),
});
const VerificationGoogleOneTap = verification("verification_google_one_tap", {
  expire_at: nnum,
  attempts: nnum,
  verified_at_client: nstr.exactOptional(),
  error: ClerkError.nullable().exactOptional(),
});
const VerificationPasskey = z.looseObject({
  object: str.exactOptional(),
  status: str,
  strategy: str,
  nonce: str.exactOptional(),
  message: nstr.exactOptional(),
  attempts: nnum,
  expire_at: nnum,
  verified_at_client: nstr.exactOptional(),
});

const IdentificationLink = z.looseObject({ type: str, id: str });

const EmailAddress = z.looseObject({
  id: str.exactOptional(),
  object: str,
  email_address: str,
  reserved: bool,
  verification: openVariant(
    "object",
    [VerificationOtp, VerificationAdmin, VerificationFromOauth, VerificationTicket, VerificationSaml, VerificationEmailLink, VerificationScim],
    ["verification_otp", "verification_admin", "verification_from_oauth", "verification_ticket", "verification_saml", "verification_email_link", "verification_scim"],
  ).nullable(),
  linked_to: z.array(IdentificationLink),
  matches_sso_connection: bool.exactOptional(),
  created_at: num,
  updated_at: num,
});

const PhoneNumber = z.looseObject({
  id: str.exactOptional(),
  object: str,
  phone_number: str,
  reserved_for_second_factor: bool.exactOptional(),
  default_second_factor: bool.exactOptional(),
  reserved: bool,
  verification: openVariant("object", [VerificationOtp, VerificationAdmin], ["verification_otp", "verification_admin"]).nullable(),
  linked_to: z.array(IdentificationLink),
  backup_codes: z.array(str).nullable().exactOptional(),
  created_at: num,
  updated_at: num,
});

const Web3Wallet = z.looseObject({
  id: str.exactOptional(),
  object: str,
  web3_wallet: str,
  verification: openVariant("object", [VerificationWeb3, VerificationAdmin], ["verification_web3", "verification_admin"]).nullable(),
  created_at: num,
  updated_at: num,
});

const Passkey = z.looseObject({ id: str.exactOptional(), object: str, name: str, last_used_at: num, verification: VerificationPasskey.nullable() });

const ExternalAccountWithVerification = z.looseObject({
  object: str,
  id: str,
  provider: str,
  identification_id: str,
  provider_user_id: str,
  approved_scopes: str,
  email_address: str,
  email_address_verified: bool.nullable().exactOptional(),
  first_name: str,
  last_name: str,
  avatar_url: str.exactOptional(),
  image_url: nstr.exactOptional(),
  username: nstr.exactOptional(),
  phone_number: nstr.exactOptional(),
  public_metadata: obj(),
  label: nstr.exactOptional(),
  created_at: num,
  updated_at: num,
  verification: openVariant("object", [VerificationOauth, VerificationGoogleOneTap], ["verification_oauth", "verification_google_one_tap"]).nullable(),
});

const SAMLAccountConnection = z.looseObject({
  id: str,
  name: str,
  domain: str.exactOptional(),
  domains: z.array(str).exactOptional(),
  active: bool,
  provider: str,
  sync_user_attributes: bool,
  allow_subdomains: bool.exactOptional(),
  allow_idp_initiated: bool.exactOptional(),
  disable_additional_identifications: bool.exactOptional(),
  created_at: num,
  updated_at: num,
});

const SAMLAccount = z.looseObject({
  id: str,
  object: str,
  provider: str,
  active: bool,
  email_address: str,
  first_name: nstr.exactOptional(),
  last_name: nstr.exactOptional(),
  provider_user_id: nstr.exactOptional(),
  last_authenticated_at: nnum.exactOptional(),
  public_metadata: obj().exactOptional(),
  verification: openVariant("object", [VerificationSaml, VerificationTicket], ["verification_saml", "verification_ticket"]).nullable(),
  saml_connection: SAMLAccountConnection.nullable().exactOptional(),
});

const EnterpriseAccountConnection = z.looseObject({
  id: str,
  protocol: str,
  provider: str,
  name: str,
  logo_public_url: nstr,
  domain: str.exactOptional(),
  domains: z.array(str).exactOptional(),
  active: bool,
  sync_user_attributes: bool,
  allow_subdomains: bool,
  allow_idp_initiated: bool,
  disable_additional_identifications: bool,
  created_at: num,
  updated_at: num,
});

const EnterpriseAccount = z.looseObject({
  id: str,
  object: str,
  protocol: str.exactOptional(),
  provider: str,
  active: bool,
  email_address: str,
  first_name: nstr.exactOptional(),
  last_name: nstr.exactOptional(),
  provider_user_id: nstr.exactOptional(),
  enterprise_connection_id: nstr.exactOptional(),
  public_metadata: obj().exactOptional(),
  verification: openVariant(
    "object",
    [VerificationTicket, VerificationSaml, VerificationOauth],
    ["verification_ticket", "verification_saml", "verification_oauth"],
  ).nullable(),
  enterprise_connection: EnterpriseAccountConnection.nullable().exactOptional(),
  last_authenticated_at: nnum.exactOptional(),
});

const Organization = z.looseObject({
  object: str,
  id: str,
  name: str,
  slug: str,
  image_url: str.exactOptional(),
  has_image: bool,
  members_count: num.exactOptional(),
  missing_member_with_elevated_permissions: bool.exactOptional(),
  pending_invitations_count: num.exactOptional(),
  max_allowed_memberships: num,
  admin_delete_enabled: bool,
  public_metadata: obj(),
  private_metadata: obj().exactOptional(),
  created_by: str.exactOptional(),
  created_at: num,
  updated_at: num,
  last_active_at: num.exactOptional(),
  role_set_key: nstr.exactOptional(),
});

const OrganizationMembershipPublicUserData = z.looseObject({
  user_id: str,
  first_name: nstr,
  last_name: nstr,
  profile_image_url: nstr,
  image_url: str,
  has_image: bool,
  identifier: nstr.exactOptional(),
  username: nstr.exactOptional(),
  banned: bool.exactOptional(),
  deprovisioned: bool.exactOptional(),
});

const OrganizationMembership = z.looseObject({
  id: str,
  object: str,
  role: str,
  role_name: str.exactOptional(),
  permissions: z.array(str).nullable(),
  public_metadata: obj(),
  private_metadata: obj().exactOptional(),
  organization: Organization,
  public_user_data: OrganizationMembershipPublicUserData.exactOptional(),
  created_at: num,
  updated_at: num,
});

const SCIMUserMetadata = z.looseObject({ directory_id: str, directory_enabled: bool.exactOptional(), external_id: nstr });

export const ZodUser = z.looseObject({
  id: str,
  object: str,
  external_id: nstr,
  primary_email_address_id: nstr,
  primary_phone_number_id: nstr,
  primary_web3_wallet_id: nstr,
  username: nstr,
  first_name: nstr,
  last_name: nstr,
  locale: nstr.exactOptional(),
  profile_image_url: str.exactOptional(),
  image_url: str.exactOptional(),
  has_image: bool,
  public_metadata: obj(),
  private_metadata: obj().nullable().exactOptional(),
  unsafe_metadata: obj().exactOptional(),
  email_addresses: z.array(EmailAddress),
  phone_numbers: z.array(PhoneNumber),
  web3_wallets: z.array(Web3Wallet),
  passkeys: z.array(Passkey),
  password_enabled: bool,
  two_factor_enabled: bool,
  totp_enabled: bool,
  backup_code_enabled: bool,
  mfa_enabled_at: nnum,
  mfa_disabled_at: nnum,
  password_last_updated_at: nnum.exactOptional(),
  external_accounts: z.array(ExternalAccountWithVerification),
  saml_accounts: z.array(SAMLAccount),
  enterprise_accounts: z.array(EnterpriseAccount),
  organization_memberships: z.array(OrganizationMembership).exactOptional(),
  last_sign_in_at: nnum,
  banned: bool,
  locked: bool,
  deprovisioned: bool.exactOptional(),
  lockout_expires_in_seconds: nnum,
  verification_attempts_remaining: nnum,
  updated_at: num,
  created_at: num,
  delete_self_enabled: bool,
  create_organization_enabled: bool,
  create_organizations_limit: nnum.exactOptional(),
  last_active_at: nnum,
  legal_accepted_at: nnum,
  bypass_client_trust: bool.exactOptional(),
  scim: SCIMUserMetadata.nullable().exactOptional(),
});

export const ZodUserList = z.array(ZodUser);

// ---------------------------------------------------------------------------------------------
// Keeping this mirror honest: the object keys and their kinds, walked in both schema trees.

type Walk = (schema: any, path: string, out: string[]) => void;
const shapeKind = (s: any): string =>
  s.type === "exact_optional" ? `opt(${shapeKind(s.wrapped)})`
  : s.type === "nullable" ? `null(${shapeKind(s.wrapped)})`
  : s.type === "array" ? `arr(${shapeKind(s.item)})`
  : s.type === "loose_object" ? "obj"
  : s.type === "lazy" ? "variant"
  : String(s.type);
const walkShape: Walk = (s, path, out) => {
  if (s.type === "loose_object") {
    for (const [k, e] of Object.entries<any>(s.entries)) {
      out.push(`${path}.${k}: ${shapeKind(e)}`);
      walkShape(e, `${path}.${k}`, out);
    }
  } else if (s.wrapped) walkShape(s.wrapped, path, out);
  else if (s.type === "array") walkShape(s.item, `${path}[]`, out);
};
const zodKind = (s: any): string => {
  const d = s._zod.def;
  return d.type === "optional" ? `opt(${zodKind(d.innerType)})`
    : d.type === "nullable" ? `null(${zodKind(d.innerType)})`
    : d.type === "array" ? `arr(${zodKind(d.element)})`
    : d.type === "object" ? "obj"
    : d.type === "union" ? "variant"
    : String(d.type);
};
const walkZod: Walk = (s, path, out) => {
  const d = s._zod.def;
  if (d.type === "object") {
    for (const [k, e] of Object.entries<any>(d.shape)) {
      out.push(`${path}.${k}: ${zodKind(e)}`);
      walkZod(e, `${path}.${k}`, out);
    }
  } else if (d.innerType) walkZod(d.innerType, path, out);
  else if (d.type === "array") walkZod(d.element, `${path}[]`, out);
};

/** Keys (outside tagged variants) where this zod mirror and clerk-fn's `User` shape differ. */
export function mirrorDifferences(userShape: unknown): string[] {
  const a: string[] = [];
  const b: string[] = [];
  walkShape(userShape, "User", a);
  walkZod(ZodUser, "User", b);
  const inZod = new Set(b);
  const inShape = new Set(a);
  return [...a.filter((x) => !inZod.has(x)).map((x) => `only in clerk-fn: ${x}`), ...b.filter((x) => !inShape.has(x)).map((x) => `only in zod: ${x}`)];
}
