// Generated from webhooks-2025-04-15.yml. Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";
import { ClerkError } from "../models/clerkError.js";
import { EmailAddress } from "../models/emailAddress.js";
import { EnterpriseAccount } from "../models/enterpriseAccount.js";
import { EnterpriseAccountConnection } from "../models/enterpriseAccountConnection.js";
import { ExternalAccountWithVerification } from "../models/externalAccountWithVerification.js";
import { IdentificationLink } from "../models/identificationLink.js";
import { Organization } from "../models/organization.js";
import { OrganizationInvitationPublicOrganizationData } from "../models/organizationInvitationPublicOrganizationData.js";
import { OrganizationInvitationPublicUserData } from "../models/organizationInvitationPublicUserData.js";
import { OrganizationMembership } from "../models/organizationMembership.js";
import { OrganizationMembershipPublicUserData } from "../models/organizationMembershipPublicUserData.js";
import { Passkey } from "../models/passkey.js";
import { Permission } from "../models/permission.js";
import { PhoneNumber } from "../models/phoneNumber.js";
import { SAMLAccount } from "../models/samlAccount.js";
import { SAMLAccountConnection } from "../models/samlAccountConnection.js";
import { SCIMUserMetadata } from "../models/scimUserMetadata.js";
import { SessionActivityResponse } from "../models/sessionActivityResponse.js";
import { User } from "../models/user.js";
import { VerificationAdmin } from "../models/verificationAdmin.js";
import { VerificationEmailLink } from "../models/verificationEmailLink.js";
import { VerificationFromOauth } from "../models/verificationFromOauth.js";
import { VerificationGoogleOneTap } from "../models/verificationGoogleOneTap.js";
import { VerificationOauth } from "../models/verificationOauth.js";
import { VerificationOtp } from "../models/verificationOtp.js";
import { VerificationPasskey } from "../models/verificationPasskey.js";
import { VerificationSaml } from "../models/verificationSaml.js";
import { VerificationScim } from "../models/verificationScim.js";
import { VerificationTicket } from "../models/verificationTicket.js";
import { VerificationWeb3 } from "../models/verificationWeb3.js";
import { Web3Wallet } from "../models/web3Wallet.js";

// Structural checks only (types, presence, nullability, arrays vs objects): objects keep
// unknown keys, enums stay open and union variants added later pass, so a field or value
// Clerk adds never fails a signed event.

/** The `EmailEventPayload` object of Clerk's webhook payloads. */
export interface EmailEventPayload {
  /** The email ID */
  id: string;
  /** The object type */
  object: string;
  /** The email slug */
  slug: string | null;
  /** The email name */
  from_email_name: string;
  /** The email reply to name */
  reply_to_email_name?: string | null;
  /** The email to address */
  to_email_address?: string;
  email_address_id?: string | null;
  user_id?: string | null;
  /** The email subject */
  subject?: string;
  /** The email body in HTML format */
  body?: string;
  /** The email body in plain text format */
  body_plain?: string | null;
  /** The email status */
  status?: string;
  /** The email data */
  data: Record<string, unknown>;
  /** Whether the email was delivered by Clerk */
  delivered_by_clerk: boolean;
}
/** Checks that a value has the shape of {@link EmailEventPayload}. */
export const EmailEventPayload: s.Shape<EmailEventPayload> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  object: s.string,
  slug: s.nullable(s.string),
  from_email_name: s.string,
  reply_to_email_name: s.exactOptional(s.nullable(s.string)),
  to_email_address: s.exactOptional(s.string),
  email_address_id: s.exactOptional(s.nullable(s.string)),
  user_id: s.exactOptional(s.nullable(s.string)),
  subject: s.exactOptional(s.string),
  body: s.exactOptional(s.string),
  body_plain: s.exactOptional(s.nullable(s.string)),
  status: s.exactOptional(s.string),
  data: s.looseObject({}),
  delivered_by_clerk: s.boolean,
});

/** The API's {@link Organization} (src/models): the webhooks spec describes the same shape. */
export { Organization };

// Not the API's DeletedObject (src/models/deletedObject.ts): typed differently: slug.
/** The `DeletedObject` object of Clerk's webhook payloads. */
export interface DeletedObject {
  object: string;
  id?: string;
  slug?: string | null;
  deleted: boolean;
  external_id?: string;
}
/** Checks that a value has the shape of {@link DeletedObject}. */
export const DeletedObject: s.Shape<DeletedObject> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.exactOptional(s.string),
  slug: s.exactOptional(s.nullable(s.string)),
  deleted: s.boolean,
  external_id: s.exactOptional(s.string),
});

// Not the API's OrganizationDomainVerification (src/models/organizationDomainVerification.ts): required only in the API: verified_at.
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
  verified_at?: number | null;
}
/** Checks that a value has the shape of {@link OrganizationDomainVerification}. */
export const OrganizationDomainVerification: s.Shape<OrganizationDomainVerification> = /*#__PURE__*/ s.looseObject({
  status: s.string,
  strategy: s.string,
  attempts: s.nullable(s.number),
  expire_at: s.nullable(s.number),
  verified_at: s.exactOptional(s.nullable(s.number)),
});

/** The API's {@link OrganizationInvitationPublicOrganizationData} (src/models): the webhooks spec describes the same shape. */
export { OrganizationInvitationPublicOrganizationData };

// Not the API's OrganizationDomain (src/models/organizationDomain.ts): required only in the API: affiliation_verification, ownership_verification; of payload types that differ: affiliation_verification, ownership_verification, verification.
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
  affiliation_verification?: OrganizationDomainVerification | null;
  /** Verification details for the underlying DNS domain ownership proof (TXT challenge or dashboard override). Null until ownership has been attempted. */
  ownership_verification?: OrganizationDomainVerification | null;
  /**
   * Deprecated alias for `affiliation_verification`. Kept for backward compatibility on the current API version; will be removed in the next API version. Prefer `affiliation_verification`.
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
/** Checks that a value has the shape of {@link OrganizationDomain}. */
export const OrganizationDomain: s.Shape<OrganizationDomain> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  organization_id: s.string,
  name: s.string,
  enrollment_mode: s.string,
  affiliation_email_address: s.nullable(s.string),
  affiliation_verification: s.exactOptional(s.nullable(OrganizationDomainVerification)),
  ownership_verification: s.exactOptional(s.nullable(OrganizationDomainVerification)),
  verification: s.nullable(OrganizationDomainVerification),
  total_pending_invitations: s.number,
  total_pending_suggestions: s.number,
  public_organization_data: s.exactOptional(s.nullable(OrganizationInvitationPublicOrganizationData)),
  created_at: s.number,
  updated_at: s.number,
});

/** The API's {@link OrganizationInvitationPublicUserData} (src/models): the webhooks spec describes the same shape. */
export { OrganizationInvitationPublicUserData };

/** The `OrganizationInvitationAcceptedPayload` object of Clerk's webhook payloads. */
export interface OrganizationInvitationAcceptedPayload {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "organization_invitation" | (string & {});
  id: string;
  email_address: string;
  role: string;
  role_name: string;
  organization_id?: string;
  inviter_id?: string | null;
  public_inviter_data?: OrganizationInvitationPublicUserData;
  status?: string;
  public_metadata: Record<string, unknown>;
  private_metadata?: Record<string, unknown>;
  url: string | null;
  /** Unix timestamp of expiration. */
  expires_at: number | null;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  /** The ID of the user that accepted the invitation. */
  user_id: string;
  data?: {
    public_organization_data?: OrganizationInvitationPublicOrganizationData | null;
  };
}
/** Checks that a value has the shape of {@link OrganizationInvitationAcceptedPayload}. */
export const OrganizationInvitationAcceptedPayload: s.Shape<OrganizationInvitationAcceptedPayload> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  email_address: s.string,
  role: s.string,
  role_name: s.string,
  organization_id: s.exactOptional(s.string),
  inviter_id: s.exactOptional(s.nullable(s.string)),
  public_inviter_data: s.exactOptional(OrganizationInvitationPublicUserData),
  status: s.exactOptional(s.string),
  public_metadata: s.looseObject({}),
  private_metadata: s.exactOptional(s.looseObject({})),
  url: s.nullable(s.string),
  expires_at: s.nullable(s.number),
  created_at: s.number,
  updated_at: s.number,
  user_id: s.string,
  data: s.exactOptional(s.looseObject({
    public_organization_data: s.exactOptional(s.nullable(OrganizationInvitationPublicOrganizationData)),
  })),
});

/** The API's {@link OrganizationMembershipPublicUserData} (src/models): the webhooks spec describes the same shape. */
export { OrganizationMembershipPublicUserData };

/** The API's {@link OrganizationMembership} (src/models): the webhooks spec describes the same shape. */
export { OrganizationMembership };

/** The `BillingPaymentFailedReason` object of Clerk's webhook payloads. */
export interface BillingPaymentFailedReason {
  /** High-level error code categorizing the failure reason (e.g., "card_declined", "insufficient_funds") */
  code: string;
  /** Specific decline code from the payment processor providing detailed failure information */
  decline_code: string;
}
/** Checks that a value has the shape of {@link BillingPaymentFailedReason}. */
export const BillingPaymentFailedReason: s.Shape<BillingPaymentFailedReason> = /*#__PURE__*/ s.looseObject({
  code: s.string,
  decline_code: s.string,
});

/** The `BillingPayee` object of Clerk's webhook payloads. */
export interface BillingPayee {
  /** Unique identifier for the payee */
  id: string;
  /** Payment gateway used by the payee */
  gateway_type: string;
  /** External identifier from the payment gateway for the payee */
  gateway_external_id: string;
  /** Current status of the payee in the payment gateway */
  gateway_status: string;
}
/** Checks that a value has the shape of {@link BillingPayee}. */
export const BillingPayee: s.Shape<BillingPayee> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  gateway_type: s.string,
  gateway_external_id: s.string,
  gateway_status: s.string,
});

/** The `BillingPayerEventPayload` object of Clerk's webhook payloads. */
export interface BillingPayerEventPayload {
  /** String representing the object's type */
  object?: "commerce_payer" | (string & {});
  /** Unique identifier for the payer */
  id: string;
  /** Unique identifier for the user (only populated for user payers) */
  user_id: string;
  /** First name of the user (only populated for user payers) */
  first_name: string;
  /** Last name of the user (only populated for user payers) */
  last_name: string;
  /** Email address of the payer */
  email: string;
  /** Unique identifier for the organization (only populated for organization payers) */
  organization_id?: string;
  /** Name of the organization (only populated for organization payers) */
  organization_name?: string;
  /** URL of the profile image for the payer (user avatar or organization logo) */
  image_url: string;
  /** Unix timestamp in milliseconds when the payer was created */
  created_at?: number;
  /** Unix timestamp in milliseconds when the payer was last modified */
  updated_at?: number;
}
/** Checks that a value has the shape of {@link BillingPayerEventPayload}. */
export const BillingPayerEventPayload: s.Shape<BillingPayerEventPayload> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  id: s.string,
  user_id: s.string,
  first_name: s.string,
  last_name: s.string,
  email: s.string,
  organization_id: s.exactOptional(s.string),
  organization_name: s.exactOptional(s.string),
  image_url: s.string,
  created_at: s.exactOptional(s.number),
  updated_at: s.exactOptional(s.number),
});

/** The `BillingAmount` object of Clerk's webhook payloads. */
export interface BillingAmount {
  /** Amount in the smallest denomination of the currency (e.g., cents for USD) */
  amount: number;
  /** Human-readable formatted amount string (e.g., "$10.99") */
  amount_formatted: string;
  /** Three-letter ISO 4217 currency code (e.g., "USD") */
  currency: string;
  /** Currency symbol for display (e.g., "$") */
  currency_symbol: string;
}
/** Checks that a value has the shape of {@link BillingAmount}. */
export const BillingAmount: s.Shape<BillingAmount> = /*#__PURE__*/ s.looseObject({
  amount: s.number,
  amount_formatted: s.string,
  currency: s.string,
  currency_symbol: s.string,
});

/** The `BillingUnitTotal` object of Clerk's webhook payloads. */
export interface BillingUnitTotal {
  /** Type of unit charged (e.g "seats") */
  name?: string;
  /** Price per unit in smallest currency unit */
  amount?: number;
  /** Number of units at this price. Null indicates unlimited units. */
  quantity?: number | null;
  /** Total charge for these units (amount x quantity) */
  total?: number;
  currency?: string;
}
/** Checks that a value has the shape of {@link BillingUnitTotal}. */
export const BillingUnitTotal: s.Shape<BillingUnitTotal> = /*#__PURE__*/ s.looseObject({
  name: s.exactOptional(s.string),
  amount: s.exactOptional(s.number),
  quantity: s.exactOptional(s.nullable(s.number)),
  total: s.exactOptional(s.number),
  currency: s.exactOptional(s.string),
});

/** The `BillingTotals` object of Clerk's webhook payloads. */
export interface BillingTotals {
  /** Total amount before taxes and fees */
  subtotal: BillingAmount;
  /** Total amount of taxes applied */
  tax_total: BillingAmount;
  /** Final total amount including taxes and fees */
  grand_total: BillingAmount;
  /** Breakdown of per-unit charges */
  per_unit_totals?: BillingUnitTotal[];
}
/** Checks that a value has the shape of {@link BillingTotals}. */
export const BillingTotals: s.Shape<BillingTotals> = /*#__PURE__*/ s.looseObject({
  subtotal: BillingAmount,
  tax_total: BillingAmount,
  grand_total: BillingAmount,
  per_unit_totals: s.exactOptional(s.array(BillingUnitTotal)),
});

/** The `BillingPaymentSource` object of Clerk's webhook payloads. */
export interface BillingPaymentSource {
  /** Unique identifier for the payment source */
  id: string;
  /** Payment gateway used for processing (e.g., "stripe") */
  gateway: string;
  /** Payment gateway's unique identifier for this payment source */
  gateway_external_id: string;
  /** External account identifier from the payment gateway. May be null for some payment methods. */
  gateway_external_account_id: string | null;
  /** Type of payment method (e.g., "card") */
  payment_method: "link" | "card" | (string & {});
  /** Current status of the payment source */
  status: "active" | "disconnected" | (string & {});
  /** Type of card when payment method is "card" (e.g., "visa", "mastercard"). Null for non-card payment methods. */
  card_type: string | null;
  /** Last 4 digits of the card number when payment method is "card". Null for non-card payment methods. */
  last4: string | null;
}
/** Checks that a value has the shape of {@link BillingPaymentSource}. */
export const BillingPaymentSource: s.Shape<BillingPaymentSource> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  gateway: s.string,
  gateway_external_id: s.string,
  gateway_external_account_id: s.nullable(s.string),
  payment_method: s.string,
  status: s.string,
  card_type: s.nullable(s.string),
  last4: s.nullable(s.string),
});

/** The `BillingPlan` object of Clerk's webhook payloads. */
export interface BillingPlan {
  /** Unique identifier for the plan */
  id: string;
  /** URL-friendly identifier for the plan */
  slug: string;
  /** Display name of the plan */
  name: string;
  /** Whether this plan charges on a recurring basis */
  is_recurring: boolean;
  /** Billing amount in the smallest denomination of the currency for the subscription item's billing period (month or annual) */
  amount: number;
  /** Three-letter ISO 4217 currency code for this plan's pricing */
  currency: string;
}
/** Checks that a value has the shape of {@link BillingPlan}. */
export const BillingPlan: s.Shape<BillingPlan> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  slug: s.string,
  name: s.string,
  is_recurring: s.boolean,
  amount: s.number,
  currency: s.string,
});

/**
 * Proration-only credit. Use BillingSubscriptionCredits instead.
 * @deprecated
 */
export interface BillingSubscriptionCredit {
  /** Proration credit amount */
  amount: BillingAmount;
  /** Number of days remaining in the billing cycle */
  cycle_days_remaining: number;
  /** Total number of days in the billing cycle */
  cycle_days_total: number;
  /** Percentage of the billing cycle remaining (0.0 to 1.0) */
  cycle_remaining_percent: number;
}
/** Checks that a value has the shape of {@link BillingSubscriptionCredit}. */
export const BillingSubscriptionCredit: s.Shape<BillingSubscriptionCredit> = /*#__PURE__*/ s.looseObject({
  amount: BillingAmount,
  cycle_days_remaining: s.number,
  cycle_days_total: s.number,
  cycle_remaining_percent: s.number,
});

/** Account credit applied to a subscription item charge */
export interface BillingSubscriptionPayerCredit {
  /** Amount of account credit applied to this charge */
  applied_amount: BillingAmount;
  /** Remaining account credit balance after this charge */
  remaining_balance: BillingAmount;
}
/** Checks that a value has the shape of {@link BillingSubscriptionPayerCredit}. */
export const BillingSubscriptionPayerCredit: s.Shape<BillingSubscriptionPayerCredit> = /*#__PURE__*/ s.looseObject({
  applied_amount: BillingAmount,
  remaining_balance: BillingAmount,
});

/** Unified credits breakdown including proration and account credits */
export interface BillingSubscriptionCredits {
  /** Proration credit details, present when switching plans mid-cycle */
  proration?: BillingSubscriptionCredit | null;
  /** Account credit details, present when the account has a credit balance */
  payer?: BillingSubscriptionPayerCredit | null;
  /** Total combined credit amount applied */
  total: BillingAmount;
}
/** Checks that a value has the shape of {@link BillingSubscriptionCredits}. */
export const BillingSubscriptionCredits: s.Shape<BillingSubscriptionCredits> = /*#__PURE__*/ s.looseObject({
  proration: s.exactOptional(s.nullable(BillingSubscriptionCredit)),
  payer: s.exactOptional(s.nullable(BillingSubscriptionPayerCredit)),
  total: BillingAmount,
});

/** The `BillingSubscriptionItem` object of Clerk's webhook payloads. */
export interface BillingSubscriptionItem {
  /** Unique identifier for the subscription item */
  id: string;
  /** String representing the object's type */
  object?: "commerce_subscription_item" | (string & {});
  /** Current status of the subscription item */
  status: "abandoned" | "active" | "canceled" | "ended" | "expired" | "incomplete" | "past_due" | "upcoming" | (string & {});
  /** Unix timestamp in milliseconds when the subscription item was created */
  created_at?: number;
  /** Unix timestamp in milliseconds when the subscription item was most recently updated */
  updated_at?: number;
  /** Unix timestamp in milliseconds when the subscription item period started */
  period_start: number;
  /** Unix timestamp in milliseconds when the subscription item period ended */
  period_end: number;
  /** How frequently the payer will be charged while this subscription item is active */
  interval?: "month" | "annual" | (string & {});
  /** Unique identifier for the plan associated with this subscription item */
  plan_id: string | null;
  /** Details of the plan associated with this subscription item */
  plan: BillingPlan | null;
  /** The payer responsible for this subscription item */
  payer?: BillingPayerEventPayload;
  /** The identifier of the subscription this subscription item belongs to */
  subscription_id?: string;
  /**
   * Proration-only credit. Use credits instead.
   * @deprecated
   */
  credit?: BillingSubscriptionCredit;
  /** Unified credits breakdown including proration and account credits */
  credits?: BillingSubscriptionCredits | null;
}
/** Checks that a value has the shape of {@link BillingSubscriptionItem}. */
export const BillingSubscriptionItem: s.Shape<BillingSubscriptionItem> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  object: s.exactOptional(s.string),
  status: s.string,
  created_at: s.exactOptional(s.number),
  updated_at: s.exactOptional(s.number),
  period_start: s.number,
  period_end: s.number,
  interval: s.exactOptional(s.string),
  plan_id: s.nullable(s.string),
  plan: s.nullable(BillingPlan),
  payer: s.exactOptional(BillingPayerEventPayload),
  subscription_id: s.exactOptional(s.string),
  credit: s.exactOptional(BillingSubscriptionCredit),
  credits: s.exactOptional(s.nullable(BillingSubscriptionCredits)),
});

/** The `PaymentAttemptEventPayload` object of Clerk's webhook payloads. */
export interface PaymentAttemptEventPayload {
  /** Unique identifier for the payment attempt */
  id: string;
  /** Unique identifier for the instance where this payment attempt occurred */
  instance_id: string;
  /** Unique identifier for the associated payment record */
  payment_id: string;
  /**
   * Unique identifier for the invoice associated with this payment
   * @deprecated
   */
  invoice_id?: string;
  /** Unique identifier for the statement associated with this payment */
  statement_id: string;
  /** External identifier from the payment gateway for this payment attempt */
  gateway_external_id: string;
  /** Current status of the payment attempt (e.g., "pending", "paid", "failed") */
  status: "pending" | "paid" | "failed" | (string & {});
  /** Unix timestamp in milliseconds when the payment attempt was created */
  created_at: number;
  /** Unix timestamp in milliseconds when the payment attempt was last modified */
  updated_at: number;
  /** Unix timestamp in milliseconds when the payment was successfully completed. Null if payment has not been completed. */
  paid_at: number | null;
  /** Unix timestamp in milliseconds when the payment failed. Null if the payment has not failed. */
  failed_at: number | null;
  /** The reason the payment failed. Null if the payment has not failed. */
  failed_reason: BillingPaymentFailedReason | null;
  /** Unix timestamp in milliseconds representing the date this payment is being billed for */
  billing_date: number;
  /** The type of charge being processed */
  charge_type: "checkout" | "recurring" | (string & {});
  /** The payee this payment was made to */
  payee: BillingPayee;
  /** The payer that made the payment */
  payer: BillingPayerEventPayload;
  /** The totals this payment was for */
  totals: BillingTotals;
  /** The payment method used to make the payment */
  payment_source: BillingPaymentSource;
  /** Array of subscription items associated with this payment attempt */
  subscription_items: BillingSubscriptionItem[];
}
/** Checks that a value has the shape of {@link PaymentAttemptEventPayload}. */
export const PaymentAttemptEventPayload: s.Shape<PaymentAttemptEventPayload> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  instance_id: s.string,
  payment_id: s.string,
  invoice_id: s.exactOptional(s.string),
  statement_id: s.string,
  gateway_external_id: s.string,
  status: s.string,
  created_at: s.number,
  updated_at: s.number,
  paid_at: s.nullable(s.number),
  failed_at: s.nullable(s.number),
  failed_reason: s.nullable(BillingPaymentFailedReason),
  billing_date: s.number,
  charge_type: s.string,
  payee: BillingPayee,
  payer: BillingPayerEventPayload,
  totals: BillingTotals,
  payment_source: BillingPaymentSource,
  subscription_items: s.array(BillingSubscriptionItem),
});

/** The API's {@link Permission} (src/models): the webhooks spec describes the same shape. */
export { Permission };

// Not the API's Role (src/models/role.ts): required only in the API: is_creator_eligible.
/** The `Role` object of Clerk's webhook payloads. */
export interface Role {
  object: "role" | (string & {});
  id: string;
  name: string;
  key: string;
  description: string | null;
  /** Whether this role is eligible to be an organization creator role */
  is_creator_eligible?: boolean;
  permissions: Permission[];
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}
/** Checks that a value has the shape of {@link Role}. */
export const Role: s.Shape<Role> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  name: s.string,
  key: s.string,
  description: s.nullable(s.string),
  is_creator_eligible: s.exactOptional(s.boolean),
  permissions: s.array(Permission),
  created_at: s.number,
  updated_at: s.number,
});

/** The API's {@link SessionActivityResponse} (src/models): the webhooks spec describes the same shape. */
export { SessionActivityResponse };

/** The API's {@link VerificationOtp} (src/models): the webhooks spec describes the same shape. */
export { VerificationOtp };

/** The API's {@link VerificationAdmin} (src/models): the webhooks spec describes the same shape. */
export { VerificationAdmin };

/** The API's {@link ClerkError} (src/models): the webhooks spec describes the same shape. */
export { ClerkError };

/** The API's {@link VerificationFromOauth} (src/models): the webhooks spec describes the same shape. */
export { VerificationFromOauth };

/** The API's {@link VerificationTicket} (src/models): the webhooks spec describes the same shape. */
export { VerificationTicket };

/** The API's {@link VerificationSaml} (src/models): the webhooks spec describes the same shape. */
export { VerificationSaml };

/** The API's {@link VerificationEmailLink} (src/models): the webhooks spec describes the same shape. */
export { VerificationEmailLink };

/** The API's {@link VerificationScim} (src/models): the webhooks spec describes the same shape. */
export { VerificationScim };

/** The API's {@link IdentificationLink} (src/models): the webhooks spec describes the same shape. */
export { IdentificationLink };

/** The API's {@link EmailAddress} (src/models): the webhooks spec describes the same shape. */
export { EmailAddress };

/** The API's {@link PhoneNumber} (src/models): the webhooks spec describes the same shape. */
export { PhoneNumber };

/** The API's {@link VerificationWeb3} (src/models): the webhooks spec describes the same shape. */
export { VerificationWeb3 };

/** The API's {@link Web3Wallet} (src/models): the webhooks spec describes the same shape. */
export { Web3Wallet };

/** The API's {@link VerificationPasskey} (src/models): the webhooks spec describes the same shape. */
export { VerificationPasskey };

/** The API's {@link Passkey} (src/models): the webhooks spec describes the same shape. */
export { Passkey };

/** The API's {@link VerificationOauth} (src/models): the webhooks spec describes the same shape. */
export { VerificationOauth };

/** The API's {@link VerificationGoogleOneTap} (src/models): the webhooks spec describes the same shape. */
export { VerificationGoogleOneTap };

/** The API's {@link ExternalAccountWithVerification} (src/models): the webhooks spec describes the same shape. */
export { ExternalAccountWithVerification };

/** The API's {@link SAMLAccountConnection} (src/models): the webhooks spec describes the same shape. */
export { SAMLAccountConnection };

/** The API's {@link SAMLAccount} (src/models): the webhooks spec describes the same shape. */
export { SAMLAccount };

/** The API's {@link EnterpriseAccountConnection} (src/models): the webhooks spec describes the same shape. */
export { EnterpriseAccountConnection };

/** The API's {@link EnterpriseAccount} (src/models): the webhooks spec describes the same shape. */
export { EnterpriseAccount };

/** The API's {@link SCIMUserMetadata} (src/models): the webhooks spec describes the same shape. */
export { SCIMUserMetadata };

/** The API's {@link User} (src/models): the webhooks spec describes the same shape. */
export { User };

/** The `SessionEventPayload` object of Clerk's webhook payloads. */
export interface SessionEventPayload {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "session" | (string & {});
  id: string;
  user_id: string;
  client_id: string;
  actor?: Record<string, unknown> | null;
  status: "active" | "revoked" | "ended" | "expired" | "removed" | "abandoned" | "replaced" | (string & {});
  last_active_organization_id?: string | null;
  last_active_at: number;
  latest_activity?: SessionActivityResponse;
  /** Unix timestamp of expiration. */
  expire_at: number;
  /** Unix timestamp of abandonment. */
  abandon_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  /** Unix timestamp of creation. */
  created_at: number;
  user: User;
}
/** Checks that a value has the shape of {@link SessionEventPayload}. */
export const SessionEventPayload: s.Shape<SessionEventPayload> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  user_id: s.string,
  client_id: s.string,
  actor: s.exactOptional(s.nullable(s.looseObject({}))),
  status: s.string,
  last_active_organization_id: s.exactOptional(s.nullable(s.string)),
  last_active_at: s.number,
  latest_activity: s.exactOptional(SessionActivityResponse),
  expire_at: s.number,
  abandon_at: s.number,
  updated_at: s.number,
  created_at: s.number,
  user: User,
});

/** The `SmsEventPayload` object of Clerk's webhook payloads. */
export interface SmsEventPayload {
  /** The object type */
  object: string;
  /** The SMS message ID */
  id: string;
  /** The SMS message slug */
  slug?: string | null;
  /** The SMS message from phone number */
  from_phone_number: string;
  /** The SMS message to phone number */
  to_phone_number: string;
  /** The phone number ID */
  phone_number_id?: string | null;
  /** The user ID */
  user_id?: string | null;
  /** The SMS message */
  message: string;
  /** The SMS message status */
  status: string;
  /** The SMS message data */
  data: Record<string, unknown>;
  /** Whether the SMS message was delivered by Clerk */
  delivered_by_clerk: boolean;
  /** Unix timestamp of creation. */
  created_at_ms?: number;
}
/** Checks that a value has the shape of {@link SmsEventPayload}. */
export const SmsEventPayload: s.Shape<SmsEventPayload> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  slug: s.exactOptional(s.nullable(s.string)),
  from_phone_number: s.string,
  to_phone_number: s.string,
  phone_number_id: s.exactOptional(s.nullable(s.string)),
  user_id: s.exactOptional(s.nullable(s.string)),
  message: s.string,
  status: s.string,
  data: s.looseObject({}),
  delivered_by_clerk: s.boolean,
  created_at_ms: s.exactOptional(s.number),
});

/** The `BillingSubscriptionItemEventPlanUnitPriceTier` object of Clerk's webhook payloads. */
export interface BillingSubscriptionItemEventPlanUnitPriceTier {
  /** The block number at which this tier begins */
  starts_at_block: number;
  /** The block number at which this tier ends. Null means this tier has no upper bound (unlimited). */
  ends_after_block: number | null;
  /** Price per block in the smallest currency unit (e.g., cents for USD) */
  amount_per_block: number;
  /** Three letter ISO 4217 currency code for this tier's pricing (e.g., "USD") */
  currency: string;
}
/** Checks that a value has the shape of {@link BillingSubscriptionItemEventPlanUnitPriceTier}. */
export const BillingSubscriptionItemEventPlanUnitPriceTier: s.Shape<BillingSubscriptionItemEventPlanUnitPriceTier> = /*#__PURE__*/ s.looseObject({
  starts_at_block: s.number,
  ends_after_block: s.nullable(s.number),
  amount_per_block: s.number,
  currency: s.string,
});

/** The `BillingSubscriptionItemEventPlanUnitPrice` object of Clerk's webhook payloads. */
export interface BillingSubscriptionItemEventPlanUnitPrice {
  /** Name of the unit being priced (e.g., "seats") */
  name: string;
  /** Number of units per pricing block */
  block_size: number;
  /** Pricing tiers sorted by starts_at_block */
  tiers: BillingSubscriptionItemEventPlanUnitPriceTier[];
}
/** Checks that a value has the shape of {@link BillingSubscriptionItemEventPlanUnitPrice}. */
export const BillingSubscriptionItemEventPlanUnitPrice: s.Shape<BillingSubscriptionItemEventPlanUnitPrice> = /*#__PURE__*/ s.looseObject({
  name: s.string,
  block_size: s.number,
  tiers: s.array(BillingSubscriptionItemEventPlanUnitPriceTier),
});

/** The `BillingSubscriptionItemEventPlan` object of Clerk's webhook payloads. */
export interface BillingSubscriptionItemEventPlan {
  /** Unique identifier for the plan */
  id: string;
  /** URL-friendly identifier for the plan */
  slug: string;
  /** Display name of the plan */
  name: string;
  /** Whether this plan charges on a recurring basis */
  is_recurring: boolean;
  /** Plan amount in the smallest currency unit (e.g., cents for USD) */
  amount: number;
  /** Three-letter ISO 4217 currency code for this plan's pricing (e.g., "USD") */
  currency: string;
  /** Tiered unit pricing for this plan. Only present for plans with unit-based pricing. */
  unit_prices?: BillingSubscriptionItemEventPlanUnitPrice[];
}
/** Checks that a value has the shape of {@link BillingSubscriptionItemEventPlan}. */
export const BillingSubscriptionItemEventPlan: s.Shape<BillingSubscriptionItemEventPlan> = /*#__PURE__*/ s.looseObject({
  id: s.string,
  slug: s.string,
  name: s.string,
  is_recurring: s.boolean,
  amount: s.number,
  currency: s.string,
  unit_prices: s.exactOptional(s.array(BillingSubscriptionItemEventPlanUnitPrice)),
});

/** The `BillingSeats` object of Clerk's webhook payloads. */
export interface BillingSeats {
  /** Number of seats available. null means unlimited */
  quantity: number | null;
}
/** Checks that a value has the shape of {@link BillingSeats}. */
export const BillingSeats: s.Shape<BillingSeats> = /*#__PURE__*/ s.looseObject({
  quantity: s.nullable(s.number),
});

/** The `BillingSubscriptionItemEventPayload` object of Clerk's webhook payloads. */
export interface BillingSubscriptionItemEventPayload {
  /** Object type identifier for webhook events */
  object: "commerce_subscription_item" | (string & {});
  /** Unique identifier for the subscription item */
  id: string;
  /**
   * Current status of the subscription item.
   *
   * * **abandoned**: a subscription item that was scheduled and superseded before it started.
   * * **active**: the subscription item describing the current state of the subscription.
   * * **canceled**: a subscription item that will end at the end of the current billing period.
   * * **ended**: a subscription item that was active and is no longer active.
   * * **incomplete**: a subscription item that requires more user action before it can be active.
   * * **past_due**: a subscription item that a payment is overdue on.
   * * **upcoming**: a subscription item that is scheduled to start but has not started yet.
   */
  status: "abandoned" | "active" | "canceled" | "ended" | "incomplete" | "past_due" | "upcoming" | (string & {});
  /** Whether this subscription item is currently in a free-trial period */
  is_free_trial: boolean;
  /** Unix timestamp in milliseconds when the subscription item was created */
  created_at: number;
  /** Unix timestamp in milliseconds when the subscription item was last modified */
  updated_at: number;
  /** Unix timestamp in milliseconds when the subscription item period starts and becomes active */
  period_start: number;
  /** Unix timestamp in milliseconds when the subscription item period ends. The field is null for default plan subscription items. */
  period_end: number | null;
  /** Billing interval for this subscription item (e.g., "month", "annual") */
  interval: string;
  /** Unique identifier for the plan associated with this subscription item */
  plan_id: string | null;
  /** Detailed information about the plan associated with this subscription item */
  plan: BillingSubscriptionItemEventPlan | null;
  /** Detailed information about the payer responsible for this subscription item. Only populated when this item is sent as a standalone event, null when included within a subscription event. */
  payer?: BillingPayerEventPayload;
  /** Unique identifier for the parent subscription. Only populated when this item is sent as a standalone event, null when included within a subscription event. */
  subscription_id: string | null;
  /** Seat entitlement for this subscription item */
  seats?: BillingSeats;
}
/** Checks that a value has the shape of {@link BillingSubscriptionItemEventPayload}. */
export const BillingSubscriptionItemEventPayload: s.Shape<BillingSubscriptionItemEventPayload> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  status: s.string,
  is_free_trial: s.boolean,
  created_at: s.number,
  updated_at: s.number,
  period_start: s.number,
  period_end: s.nullable(s.number),
  interval: s.string,
  plan_id: s.nullable(s.string),
  plan: s.nullable(BillingSubscriptionItemEventPlan),
  payer: s.exactOptional(BillingPayerEventPayload),
  subscription_id: s.nullable(s.string),
  seats: s.exactOptional(BillingSeats),
});

/** The `SubscriptionEventPayload` object of Clerk's webhook payloads. */
export interface SubscriptionEventPayload {
  /** String representing the object's type */
  object: "commerce_subscription" | (string & {});
  /** Unique identifier for the subscription */
  id: string;
  /** Current status of the subscription */
  status: "ended" | "canceled" | "abandoned" | "past_due" | "active" | "incomplete" | (string & {});
  /** Unix timestamp in milliseconds when the subscription became active. Null if subscription has never been active. */
  active_at: number | null;
  /** Unix timestamp in milliseconds when the subscription was canceled. Null if not canceled. */
  canceled_at: number | null;
  /** Unix timestamp in milliseconds when the subscription was created */
  created_at: number;
  /** Unix timestamp in milliseconds when the subscription ended. Null if subscription has not ended. */
  ended_at: number | null;
  /** Unix timestamp in milliseconds when the subscription became past due. Null if subscription is not past due. */
  past_due_at: number | null;
  /** Unix timestamp in milliseconds when the subscription was last modified */
  updated_at: number;
  /** Unique identifier for the most recent payment attempt associated with this subscription */
  latest_payment_id: string | null;
  /** Unique identifier for the payer responsible for this subscription */
  payer_id: string;
  /** Detailed information about the payer responsible for this subscription */
  payer: BillingPayerEventPayload;
  /** Unique identifier for the payment method used to process charges for this subscription */
  payment_source_id: string | null;
  /** Array of subscription items that make up this subscription, each representing the period of time a subscription was in a given state */
  items: BillingSubscriptionItemEventPayload[];
}
/** Checks that a value has the shape of {@link SubscriptionEventPayload}. */
export const SubscriptionEventPayload: s.Shape<SubscriptionEventPayload> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  status: s.string,
  active_at: s.nullable(s.number),
  canceled_at: s.nullable(s.number),
  created_at: s.number,
  ended_at: s.nullable(s.number),
  past_due_at: s.nullable(s.number),
  updated_at: s.number,
  latest_payment_id: s.nullable(s.string),
  payer_id: s.string,
  payer: BillingPayerEventPayload,
  payment_source_id: s.nullable(s.string),
  items: s.array(BillingSubscriptionItemEventPayload),
});

// Not the API's Invitation (src/models/invitation.ts): required only in the API: public_metadata.
/** The `Invitation` object of Clerk's webhook payloads. */
export interface Invitation {
  object: "invitation" | (string & {});
  id: string;
  email_address: string;
  public_metadata?: Record<string, unknown>;
  revoked?: boolean;
  status: "pending" | "accepted" | "revoked" | "expired" | (string & {});
  url?: string;
  /** Unix timestamp of expiration. */
  expires_at?: number | null;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}
/** Checks that a value has the shape of {@link Invitation}. */
export const Invitation: s.Shape<Invitation> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  email_address: s.string,
  public_metadata: s.exactOptional(s.looseObject({})),
  revoked: s.exactOptional(s.boolean),
  status: s.string,
  url: s.exactOptional(s.string),
  expires_at: s.exactOptional(s.nullable(s.number)),
  created_at: s.number,
  updated_at: s.number,
});

// Not the API's WaitlistEntry (src/models/waitlistEntry.ts): of payload types that differ: invitation.
/** The `WaitlistEntry` object of Clerk's webhook payloads. */
export interface WaitlistEntry {
  object: "waitlist_entry" | (string & {});
  id: string;
  email_address: string;
  status: "pending" | "invited" | "rejected" | "completed" | (string & {});
  /** Indicates if the waitlist entry is locked. Locked entries are being processed in a batch action and are unavailable for other actions. */
  is_locked?: boolean;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  invitation?: Invitation | null;
}
/** Checks that a value has the shape of {@link WaitlistEntry}. */
export const WaitlistEntry: s.Shape<WaitlistEntry> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  email_address: s.string,
  status: s.string,
  is_locked: s.exactOptional(s.boolean),
  created_at: s.number,
  updated_at: s.number,
  invitation: s.exactOptional(s.nullable(Invitation)),
});

/** The fields every Clerk webhook event carries around its `data`, whatever its `type`. */
export interface WebhookEventEnvelope {
  /** The object type (event) */
  object: string;
  /** The event type */
  type: string;
  /** The event attributes */
  event_attributes?: {
    /** The HTTP request */
    http_request?: {
      /** The client IP address */
      client_ip?: string;
      /** The user agent */
      user_agent?: string;
    };
  };
  /** Unix timestamp of creation. */
  timestamp: number;
  /** The instance ID */
  instance_id: string;
}
/** Checks the envelope of any event, known type or not; `data` is checked per type. */
export const WebhookEventEnvelope: s.Shape<WebhookEventEnvelope> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  type: s.string,
  event_attributes: s.exactOptional(s.looseObject({
    http_request: s.exactOptional(s.looseObject({
      client_ip: s.exactOptional(s.string),
      user_agent: s.exactOptional(s.string),
    })),
  })),
  timestamp: s.number,
  instance_id: s.string,
});

/** The `data` of `organizationInvitation.created` events. */
export interface OrganizationInvitationCreatedEventData {
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "organization_invitation" | (string & {});
  id: string;
  email_address: string;
  role: string;
  role_name: string;
  organization_id?: string;
  inviter_id?: string | null;
  public_inviter_data?: OrganizationInvitationPublicUserData;
  status?: string;
  public_metadata: Record<string, unknown>;
  private_metadata?: Record<string, unknown>;
  url: string | null;
  /** Unix timestamp of expiration. */
  expires_at: number | null;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
  data?: {
    public_organization_data?: OrganizationInvitationPublicOrganizationData | null;
  };
}
/** Checks that a value has the shape of {@link OrganizationInvitationCreatedEventData}. */
export const OrganizationInvitationCreatedEventData: s.Shape<OrganizationInvitationCreatedEventData> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  id: s.string,
  email_address: s.string,
  role: s.string,
  role_name: s.string,
  organization_id: s.exactOptional(s.string),
  inviter_id: s.exactOptional(s.nullable(s.string)),
  public_inviter_data: s.exactOptional(OrganizationInvitationPublicUserData),
  status: s.exactOptional(s.string),
  public_metadata: s.looseObject({}),
  private_metadata: s.exactOptional(s.looseObject({})),
  url: s.nullable(s.string),
  expires_at: s.nullable(s.number),
  created_at: s.number,
  updated_at: s.number,
  data: s.exactOptional(s.looseObject({
    public_organization_data: s.exactOptional(s.nullable(OrganizationInvitationPublicOrganizationData)),
  })),
});

/** The `data` of `organizationInvitation.revoked` events: the same shape as {@link OrganizationInvitationCreatedEventData}. */
export type OrganizationInvitationRevokedEventData = OrganizationInvitationCreatedEventData;
/** Checks that a value has the shape of {@link OrganizationInvitationRevokedEventData}. */
export const OrganizationInvitationRevokedEventData: s.Shape<OrganizationInvitationRevokedEventData> = OrganizationInvitationCreatedEventData;

/** `email.created`: Email created. */
export interface EmailCreatedEvent extends WebhookEventEnvelope {
  type: "email.created";
  data: EmailEventPayload;
}
/** `organization.created`: New organization was created. */
export interface OrganizationCreatedEvent extends WebhookEventEnvelope {
  type: "organization.created";
  data: Organization;
}
/** `organization.deleted`: Organization deleted. */
export interface OrganizationDeletedEvent extends WebhookEventEnvelope {
  type: "organization.deleted";
  data: DeletedObject;
}
/** `organization.updated`: Organization updated. */
export interface OrganizationUpdatedEvent extends WebhookEventEnvelope {
  type: "organization.updated";
  data: Organization;
}
/** `organizationDomain.created`: Organization domain created. */
export interface OrganizationDomainCreatedEvent extends WebhookEventEnvelope {
  type: "organizationDomain.created";
  data: OrganizationDomain;
}
/** `organizationDomain.deleted`: Organization domain deleted. */
export interface OrganizationDomainDeletedEvent extends WebhookEventEnvelope {
  type: "organizationDomain.deleted";
  data: DeletedObject;
}
/** `organizationDomain.updated`: Organization domain updated. */
export interface OrganizationDomainUpdatedEvent extends WebhookEventEnvelope {
  type: "organizationDomain.updated";
  data: OrganizationDomain;
}
/** `organizationInvitation.accepted`: Organization invitation accepted. */
export interface OrganizationInvitationAcceptedEvent extends WebhookEventEnvelope {
  type: "organizationInvitation.accepted";
  data: OrganizationInvitationAcceptedPayload;
}
/** `organizationInvitation.created`: Organization invitation created. */
export interface OrganizationInvitationCreatedEvent extends WebhookEventEnvelope {
  type: "organizationInvitation.created";
  data: OrganizationInvitationCreatedEventData;
}
/** `organizationInvitation.revoked`: Organization invitation revoked. */
export interface OrganizationInvitationRevokedEvent extends WebhookEventEnvelope {
  type: "organizationInvitation.revoked";
  data: OrganizationInvitationRevokedEventData;
}
/** `organizationMembership.created`: Organization membership created. */
export interface OrganizationMembershipCreatedEvent extends WebhookEventEnvelope {
  type: "organizationMembership.created";
  data: OrganizationMembership;
}
/** `organizationMembership.deleted`: Organization membership deleted. */
export interface OrganizationMembershipDeletedEvent extends WebhookEventEnvelope {
  type: "organizationMembership.deleted";
  data: OrganizationMembership;
}
/** `organizationMembership.updated`: Organization membership updated. */
export interface OrganizationMembershipUpdatedEvent extends WebhookEventEnvelope {
  type: "organizationMembership.updated";
  data: OrganizationMembership;
}
/** `paymentAttempt.created`: Payment Attempt Created. */
export interface PaymentAttemptCreatedEvent extends WebhookEventEnvelope {
  type: "paymentAttempt.created";
  data: PaymentAttemptEventPayload;
}
/** `paymentAttempt.updated`: Payment Attempt Updated. */
export interface PaymentAttemptUpdatedEvent extends WebhookEventEnvelope {
  type: "paymentAttempt.updated";
  data: PaymentAttemptEventPayload;
}
/** `permission.created`: Permission created. */
export interface PermissionCreatedEvent extends WebhookEventEnvelope {
  type: "permission.created";
  data: Permission;
}
/** `permission.deleted`: Permission deleted. */
export interface PermissionDeletedEvent extends WebhookEventEnvelope {
  type: "permission.deleted";
  data: DeletedObject;
}
/** `permission.updated`: Permission updated. */
export interface PermissionUpdatedEvent extends WebhookEventEnvelope {
  type: "permission.updated";
  data: Permission;
}
/** `role.created`: Role created. */
export interface RoleCreatedEvent extends WebhookEventEnvelope {
  type: "role.created";
  data: Role;
}
/** `role.deleted`: Role deleted. */
export interface RoleDeletedEvent extends WebhookEventEnvelope {
  type: "role.deleted";
  data: DeletedObject;
}
/** `role.updated`: Role updated. */
export interface RoleUpdatedEvent extends WebhookEventEnvelope {
  type: "role.updated";
  data: Role;
}
/** `session.created`: Session created. */
export interface SessionCreatedEvent extends WebhookEventEnvelope {
  type: "session.created";
  data: SessionEventPayload;
}
/** `session.ended`: Session ended. */
export interface SessionEndedEvent extends WebhookEventEnvelope {
  type: "session.ended";
  data: SessionEventPayload;
}
/** `session.pending`: Session pending. */
export interface SessionPendingEvent extends WebhookEventEnvelope {
  type: "session.pending";
  data: SessionEventPayload;
}
/** `session.removed`: Session removed. */
export interface SessionRemovedEvent extends WebhookEventEnvelope {
  type: "session.removed";
  data: SessionEventPayload;
}
/** `session.revoked`: Session revoked. */
export interface SessionRevokedEvent extends WebhookEventEnvelope {
  type: "session.revoked";
  data: SessionEventPayload;
}
/** `sms.created`: SMS created. */
export interface SmsCreatedEvent extends WebhookEventEnvelope {
  type: "sms.created";
  data: SmsEventPayload;
}
/** `subscription.active`: Subscription Active. */
export interface SubscriptionActiveEvent extends WebhookEventEnvelope {
  type: "subscription.active";
  data: SubscriptionEventPayload;
}
/** `subscription.created`: Subscription Created. */
export interface SubscriptionCreatedEvent extends WebhookEventEnvelope {
  type: "subscription.created";
  data: SubscriptionEventPayload;
}
/** `subscription.pastDue`: Subscription Past Due. */
export interface SubscriptionPastDueEvent extends WebhookEventEnvelope {
  type: "subscription.pastDue";
  data: SubscriptionEventPayload;
}
/** `subscription.updated`: Subscription Updated. */
export interface SubscriptionUpdatedEvent extends WebhookEventEnvelope {
  type: "subscription.updated";
  data: SubscriptionEventPayload;
}
/** `subscriptionItem.abandoned`: Subscription Item Abandoned. */
export interface SubscriptionItemAbandonedEvent extends WebhookEventEnvelope {
  type: "subscriptionItem.abandoned";
  data: BillingSubscriptionItemEventPayload;
}
/** `subscriptionItem.active`: Subscription Item Active. */
export interface SubscriptionItemActiveEvent extends WebhookEventEnvelope {
  type: "subscriptionItem.active";
  data: BillingSubscriptionItemEventPayload;
}
/** `subscriptionItem.canceled`: Subscription Item Canceled. */
export interface SubscriptionItemCanceledEvent extends WebhookEventEnvelope {
  type: "subscriptionItem.canceled";
  data: BillingSubscriptionItemEventPayload;
}
/** `subscriptionItem.ended`: Subscription Item Ended. */
export interface SubscriptionItemEndedEvent extends WebhookEventEnvelope {
  type: "subscriptionItem.ended";
  data: BillingSubscriptionItemEventPayload;
}
/** `subscriptionItem.freeTrialEnding`: Subscription Item Free Trial Ending. */
export interface SubscriptionItemFreeTrialEndingEvent extends WebhookEventEnvelope {
  type: "subscriptionItem.freeTrialEnding";
  data: BillingSubscriptionItemEventPayload;
}
/** `subscriptionItem.incomplete`: Subscription Item Incomplete. */
export interface SubscriptionItemIncompleteEvent extends WebhookEventEnvelope {
  type: "subscriptionItem.incomplete";
  data: BillingSubscriptionItemEventPayload;
}
/** `subscriptionItem.pastDue`: Subscription Item Past Due. */
export interface SubscriptionItemPastDueEvent extends WebhookEventEnvelope {
  type: "subscriptionItem.pastDue";
  data: BillingSubscriptionItemEventPayload;
}
/** `subscriptionItem.upcoming`: Subscription Item Upcoming. */
export interface SubscriptionItemUpcomingEvent extends WebhookEventEnvelope {
  type: "subscriptionItem.upcoming";
  data: BillingSubscriptionItemEventPayload;
}
/** `subscriptionItem.updated`: Subscription Item Updated. */
export interface SubscriptionItemUpdatedEvent extends WebhookEventEnvelope {
  type: "subscriptionItem.updated";
  data: BillingSubscriptionItemEventPayload;
}
/** `user.created`: User created. */
export interface UserCreatedEvent extends WebhookEventEnvelope {
  type: "user.created";
  data: User;
}
/** `user.deleted`: User deleted. */
export interface UserDeletedEvent extends WebhookEventEnvelope {
  type: "user.deleted";
  data: DeletedObject;
}
/** `user.updated`: User updated. */
export interface UserUpdatedEvent extends WebhookEventEnvelope {
  type: "user.updated";
  data: User;
}
/** `waitlistEntry.created`: Waitlist entry created. */
export interface WaitlistEntryCreatedEvent extends WebhookEventEnvelope {
  type: "waitlistEntry.created";
  data: WaitlistEntry;
}
/** `waitlistEntry.updated`: Waitlist entry updated. */
export interface WaitlistEntryUpdatedEvent extends WebhookEventEnvelope {
  type: "waitlistEntry.updated";
  data: WaitlistEntry;
}

/** Every event type this spec documents, with its typed `data`. */
export type KnownWebhookEvent =
  | EmailCreatedEvent
  | OrganizationCreatedEvent
  | OrganizationDeletedEvent
  | OrganizationUpdatedEvent
  | OrganizationDomainCreatedEvent
  | OrganizationDomainDeletedEvent
  | OrganizationDomainUpdatedEvent
  | OrganizationInvitationAcceptedEvent
  | OrganizationInvitationCreatedEvent
  | OrganizationInvitationRevokedEvent
  | OrganizationMembershipCreatedEvent
  | OrganizationMembershipDeletedEvent
  | OrganizationMembershipUpdatedEvent
  | PaymentAttemptCreatedEvent
  | PaymentAttemptUpdatedEvent
  | PermissionCreatedEvent
  | PermissionDeletedEvent
  | PermissionUpdatedEvent
  | RoleCreatedEvent
  | RoleDeletedEvent
  | RoleUpdatedEvent
  | SessionCreatedEvent
  | SessionEndedEvent
  | SessionPendingEvent
  | SessionRemovedEvent
  | SessionRevokedEvent
  | SmsCreatedEvent
  | SubscriptionActiveEvent
  | SubscriptionCreatedEvent
  | SubscriptionPastDueEvent
  | SubscriptionUpdatedEvent
  | SubscriptionItemAbandonedEvent
  | SubscriptionItemActiveEvent
  | SubscriptionItemCanceledEvent
  | SubscriptionItemEndedEvent
  | SubscriptionItemFreeTrialEndingEvent
  | SubscriptionItemIncompleteEvent
  | SubscriptionItemPastDueEvent
  | SubscriptionItemUpcomingEvent
  | SubscriptionItemUpdatedEvent
  | UserCreatedEvent
  | UserDeletedEvent
  | UserUpdatedEvent
  | WaitlistEntryCreatedEvent
  | WaitlistEntryUpdatedEvent;

/** The `type` of a documented event. */
export type KnownWebhookEventType = KnownWebhookEvent["type"];

/** The documented event of the given type(s). */
export type WebhookEventOfType<T extends KnownWebhookEventType> = Extract<KnownWebhookEvent, { type: T }>;

/**
 * An event whose `type` this SDK does not know yet (Clerk added it after this spec): it was
 * verified and its envelope checked, and its `data` is passed through unchecked.
 *
 * Typed so that checks on `type` narrow: `type` is a plain `string` (TypeScript stops
 * narrowing a union on a member typed `string & {}`), and `data` is `never` (with `unknown`
 * the narrowed event's `data` would be `unknown` too; `never` adds nothing to the union). So
 * `if (event.type === "user.created") event.data.id` is a `string`, and the `default` of a
 * `switch` still gets events of types added later. Read such an event's data as
 * `event.data as unknown` (it is the JSON Clerk sent).
 */
export interface UnknownWebhookEvent extends WebhookEventEnvelope {
  type: string;
  data: never;
}

/** What `verifyWebhook` returns: a documented event, or one of a type added since. */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;

/** The `data` schema of each documented event type, looked up by the event's `type`. */
export const webhookEventDataSchemas: {
  readonly [T in KnownWebhookEventType]: s.Shape<WebhookEventOfType<T>["data"]>;
} = {
  "email.created": EmailEventPayload,
  "organization.created": Organization,
  "organization.deleted": DeletedObject,
  "organization.updated": Organization,
  "organizationDomain.created": OrganizationDomain,
  "organizationDomain.deleted": DeletedObject,
  "organizationDomain.updated": OrganizationDomain,
  "organizationInvitation.accepted": OrganizationInvitationAcceptedPayload,
  "organizationInvitation.created": OrganizationInvitationCreatedEventData,
  "organizationInvitation.revoked": OrganizationInvitationRevokedEventData,
  "organizationMembership.created": OrganizationMembership,
  "organizationMembership.deleted": OrganizationMembership,
  "organizationMembership.updated": OrganizationMembership,
  "paymentAttempt.created": PaymentAttemptEventPayload,
  "paymentAttempt.updated": PaymentAttemptEventPayload,
  "permission.created": Permission,
  "permission.deleted": DeletedObject,
  "permission.updated": Permission,
  "role.created": Role,
  "role.deleted": DeletedObject,
  "role.updated": Role,
  "session.created": SessionEventPayload,
  "session.ended": SessionEventPayload,
  "session.pending": SessionEventPayload,
  "session.removed": SessionEventPayload,
  "session.revoked": SessionEventPayload,
  "sms.created": SmsEventPayload,
  "subscription.active": SubscriptionEventPayload,
  "subscription.created": SubscriptionEventPayload,
  "subscription.pastDue": SubscriptionEventPayload,
  "subscription.updated": SubscriptionEventPayload,
  "subscriptionItem.abandoned": BillingSubscriptionItemEventPayload,
  "subscriptionItem.active": BillingSubscriptionItemEventPayload,
  "subscriptionItem.canceled": BillingSubscriptionItemEventPayload,
  "subscriptionItem.ended": BillingSubscriptionItemEventPayload,
  "subscriptionItem.freeTrialEnding": BillingSubscriptionItemEventPayload,
  "subscriptionItem.incomplete": BillingSubscriptionItemEventPayload,
  "subscriptionItem.pastDue": BillingSubscriptionItemEventPayload,
  "subscriptionItem.upcoming": BillingSubscriptionItemEventPayload,
  "subscriptionItem.updated": BillingSubscriptionItemEventPayload,
  "user.created": User,
  "user.deleted": DeletedObject,
  "user.updated": User,
  "waitlistEntry.created": WaitlistEntry,
  "waitlistEntry.updated": WaitlistEntry,
};

/** The documented event types, sorted. */
export const knownWebhookEventTypes: readonly KnownWebhookEventType[] = [
  "email.created",
  "organization.created",
  "organization.deleted",
  "organization.updated",
  "organizationDomain.created",
  "organizationDomain.deleted",
  "organizationDomain.updated",
  "organizationInvitation.accepted",
  "organizationInvitation.created",
  "organizationInvitation.revoked",
  "organizationMembership.created",
  "organizationMembership.deleted",
  "organizationMembership.updated",
  "paymentAttempt.created",
  "paymentAttempt.updated",
  "permission.created",
  "permission.deleted",
  "permission.updated",
  "role.created",
  "role.deleted",
  "role.updated",
  "session.created",
  "session.ended",
  "session.pending",
  "session.removed",
  "session.revoked",
  "sms.created",
  "subscription.active",
  "subscription.created",
  "subscription.pastDue",
  "subscription.updated",
  "subscriptionItem.abandoned",
  "subscriptionItem.active",
  "subscriptionItem.canceled",
  "subscriptionItem.ended",
  "subscriptionItem.freeTrialEnding",
  "subscriptionItem.incomplete",
  "subscriptionItem.pastDue",
  "subscriptionItem.upcoming",
  "subscriptionItem.updated",
  "user.created",
  "user.deleted",
  "user.updated",
  "waitlistEntry.created",
  "waitlistEntry.updated",
];
