// Answers for the operations the emulator does not model: 174 of the API's 249. Each entry is the
// route's success status and the SDK's own response schema (or the empty value it yields, inlined
// when short, or when the schema is declared inside the operation's module and not exported).
// The table was derived from src/funcs once, not from the spec, and is kept honest by
// test/testing/coverage.test.ts: every operation of the SDK must decode what the emulator answers,
// and every operation must be either modelled or listed here.
import type { GenericSchema } from "valibot";
import { BillingPriceResponse } from "../models/billingPriceResponse.js";
import { BillingStatement } from "../models/billingStatement.js";
import { Client } from "../models/client.js";
import { CommerceCreditLedgerResponse } from "../models/commerceCreditLedgerResponse.js";
import { CommerceDiscountRedemptionResponse } from "../models/commerceDiscountRedemptionResponse.js";
import { CommercePriceTransitionResponse } from "../models/commercePriceTransitionResponse.js";
import { CommerceSubscription } from "../models/commerceSubscription.js";
import { CommerceSubscriptionItem } from "../models/commerceSubscriptionItem.js";
import { CommerceSubscriptionItem2 } from "../models/commerceSubscriptionItem2.js";
import { Directory } from "../models/directory.js";
import { DirectoryGroupRoleMapping } from "../models/directoryGroupRoleMapping.js";
import { EnterpriseConnection } from "../models/enterpriseConnection.js";
import { InstanceRestrictions } from "../models/instanceRestrictions.js";
import { OAuthApplication } from "../models/oAuthApplication.js";
import { OAuthApplicationSettings } from "../models/oAuthApplicationSettings.js";
import { OAuthApplicationWithSecret } from "../models/oAuthApplicationWithSecret.js";
import { OrganizationDomain } from "../models/organizationDomain.js";
import { OrganizationSettings } from "../models/organizationSettings.js";
import { ProxyCheck } from "../models/proxyCheck.js";
import { Role } from "../models/role.js";
import { RoleSet } from "../models/roleSet.js";
import { SAMLConnection } from "../models/sAMLConnection.js";
import { SCIMDirectory } from "../models/sCIMDirectory.js";
import { SCIMGroupRoleMapping } from "../models/sCIMGroupRoleMapping.js";
import { SignUp } from "../models/signUp.js";
import { TrustedDevice } from "../models/trustedDevice.js";

/** How an unmodelled operation answers: a status without a body, or a 2xx with a placeholder body. */
export type Fallback =
  | number
  | {
      /** Default 200. */
      readonly status?: number;
      /** The placeholder is the empty value of this schema. */
      readonly schema?: GenericSchema<unknown, unknown>;
      /** The placeholder itself. */
      readonly json?: unknown;
      /** A text body (the interstitial page). */
      readonly text?: string;
      /** The operation needs no secret key. */
      readonly public?: boolean;
    };

/** Unmodelled operations by `"METHOD /path"`. */
export const FALLBACKS: Readonly<Record<string, Fallback>> = {
  "POST /actor_tokens": { json: {object:"",id:"",status:"",user_id:"",actor:{},created_at:0,updated_at:0} },
  "POST /actor_tokens/{actor_token_id}/revoke": { json: {object:"",id:"",status:"",user_id:"",actor:{},created_at:0,updated_at:0} },
  "POST /admin_portal_link_tokens": { json: {object:"",id:"",admin_portal_link_id:"",instance_id:"",organization_id:null,it_contact_id:null,scopes:null,token:"",revoked:false,revocation_reason:null,expired:false,expiration:null,created_at:0,updated_at:0} },
  "POST /admin_portal_link_tokens/{adminPortalLinkTokenID}/revoke": { json: {object:"",id:"",admin_portal_link_id:"",instance_id:"",organization_id:null,it_contact_id:null,scopes:null,revoked:false,revocation_reason:null,expired:false,expiration:null,created_at:0,updated_at:0} },
  "POST /agents/tasks": { json: {object:"",agent_id:"",agent_task_id:"",task_id:""} },
  "POST /agents/tasks/{agent_task_id}/revoke": { json: {object:"",agent_id:"",agent_task_id:"",task_id:""} },
  "GET /allowlist_identifiers": { json: [] },
  "POST /allowlist_identifiers": { json: {} },
  "DELETE /allowlist_identifiers/{identifier_id}": { json: {object:"",deleted:false} },
  "GET /api_keys": { json: {data:[],total_count:0} },
  "POST /api_keys": { json: {object:"",id:"",type:"",subject:"",name:"",claims:null,scopes:[],secret:"",revoked:false,revocation_reason:null,expired:false,expiration:null,created_by:null,last_used_at:null,created_at:0,updated_at:0}, status: 201 },
  "POST /api_keys/verify": { json: {object:"",id:"",type:"",subject:"",name:"",claims:null,scopes:[],revoked:false,revocation_reason:null,expired:false,expiration:null,created_by:null,last_used_at:null,created_at:0,updated_at:0} },
  "GET /api_keys/{apiKeyID}": { json: {object:"",id:"",type:"",subject:"",name:"",claims:null,scopes:[],revoked:false,revocation_reason:null,expired:false,expiration:null,created_by:null,last_used_at:null,created_at:0,updated_at:0} },
  "PATCH /api_keys/{apiKeyID}": { json: {object:"",id:"",type:"",subject:"",name:"",claims:null,scopes:[],revoked:false,revocation_reason:null,expired:false,expiration:null,created_by:null,last_used_at:null,created_at:0,updated_at:0} },
  "DELETE /api_keys/{apiKeyID}": { json: {id:"",object:"",deleted:false} },
  "POST /api_keys/{apiKeyID}/revoke": { json: {object:"",id:"",type:"",subject:"",name:"",claims:null,scopes:[],revoked:false,revocation_reason:null,expired:false,expiration:null,created_by:null,last_used_at:null,created_at:0,updated_at:0} },
  "GET /api_keys/{apiKeyID}/secret": { json: {secret:""} },
  "PUT /beta_features/domain": 202,
  "PATCH /beta_features/instance_settings": { json: {} },
  "GET /billing/plans": { json: {data:[],total_count:0} },
  "GET /billing/prices": { json: {data:[],total_count:0} },
  "POST /billing/prices": { schema: BillingPriceResponse },
  "GET /billing/statements": { json: {data:[],total_count:0} },
  "GET /billing/statements/{statementID}": { schema: BillingStatement },
  "GET /billing/statements/{statementID}/payment_attempts": { json: {data:[],total_count:0} },
  "GET /billing/subscription_items": { json: {data:[],total_count:0} },
  "DELETE /billing/subscription_items/{subscription_item_id}": { schema: CommerceSubscriptionItem },
  "POST /billing/subscription_items/{subscription_item_id}/discounts": { schema: CommerceDiscountRedemptionResponse },
  "DELETE /billing/subscription_items/{subscription_item_id}/discounts/{discount_id}": { schema: CommerceDiscountRedemptionResponse },
  "POST /billing/subscription_items/{subscription_item_id}/extend_free_trial": { schema: CommerceSubscriptionItem2 },
  "POST /billing/subscription_items/{subscription_item_id}/price_transition": { schema: CommercePriceTransitionResponse },
  "GET /blocklist_identifiers": { json: {data:[],total_count:0} },
  "POST /blocklist_identifiers": { json: {} },
  "DELETE /blocklist_identifiers/{identifier_id}": { json: {object:"",deleted:false} },
  "GET /clients": { json: [] },
  "POST /clients/verify": { schema: Client },
  "GET /clients/{client_id}": { schema: Client },
  "GET /directories": { json: {data:[],total_count:0} },
  "POST /directories": { schema: Directory },
  "GET /directories/{directory_id}": { schema: Directory },
  "PATCH /directories/{directory_id}": { schema: Directory },
  "DELETE /directories/{directory_id}": { json: {object:"",deleted:false} },
  "GET /directories/{directory_id}/group_role_mappings": { json: {data:[],total_count:0} },
  "POST /directories/{directory_id}/group_role_mappings": { schema: DirectoryGroupRoleMapping },
  "PUT /directories/{directory_id}/group_role_mappings": { json: {data:[],total_count:0} },
  "DELETE /directories/{directory_id}/group_role_mappings/{mapping_id}": { json: {object:"",id:"",deleted:false} },
  "POST /directories/{directory_id}/rotate_api_key": { schema: Directory },
  "GET /domains": { json: {data:[],total_count:0} },
  "POST /domains": { json: {object:"",id:"",name:"",is_satellite:false,frontend_api_url:"",development_origin:""} },
  "PATCH /domains/{domain_id}": { json: {object:"",id:"",name:"",is_satellite:false,frontend_api_url:"",development_origin:""} },
  "DELETE /domains/{domain_id}": { json: {object:"",deleted:false} },
  "POST /email_addresses/{email_address_id}/attempt_verification": { json: {} },
  "POST /email_addresses/{email_address_id}/prepare_verification": { json: {} },
  "GET /enterprise_connections": { json: {data:[],total_count:0} },
  "POST /enterprise_connections": { schema: EnterpriseConnection },
  "GET /enterprise_connections/{enterprise_connection_id}": { schema: EnterpriseConnection },
  "PATCH /enterprise_connections/{enterprise_connection_id}": { schema: EnterpriseConnection },
  "DELETE /enterprise_connections/{enterprise_connection_id}": { json: {object:"",deleted:false} },
  "GET /enterprise_connections/{enterprise_connection_id}/test_runs": { json: {data:[],total_count:0} },
  "POST /enterprise_connections/{enterprise_connection_id}/test_runs": { json: {url:""} },
  "GET /instance": { json: {object:"",id:"",environment_type:"",allowed_origins:null,workspace_id:null} },
  "PATCH /instance": 204,
  "POST /instance/change_domain": 202,
  "GET /instance/communication": { json: {object:"",blocked_country_codes:[]} },
  "PATCH /instance/communication": { json: {object:"",blocked_country_codes:[]} },
  "GET /instance/oauth_application_settings": { schema: OAuthApplicationSettings },
  "PATCH /instance/oauth_application_settings": { schema: OAuthApplicationSettings },
  "GET /instance/organization_settings": { schema: OrganizationSettings },
  "PATCH /instance/organization_settings": { schema: OrganizationSettings },
  "GET /instance/protect": { json: {object:"",rules_enabled:false,specter_enabled:false,checks_bypassed:false} },
  "PATCH /instance/protect": { json: {object:"",rules_enabled:false,specter_enabled:false,checks_bypassed:false} },
  "PATCH /instance/restrictions": { schema: InstanceRestrictions },
  "GET /m2m_tokens": { json: {m2m_tokens:[],total_count:0} },
  "POST /m2m_tokens": { json: {object:"",id:"",subject:"",token:"",revoked:false,revocation_reason:null,expired:false,expiration:null,last_used_at:null,created_at:0,updated_at:0} },
  "POST /m2m_tokens/verify": { json: {object:"",id:"",subject:"",revoked:false,revocation_reason:null,expired:false,expiration:null,last_used_at:null,created_at:0,updated_at:0} },
  "POST /m2m_tokens/{m2m_token_id}/revoke": { json: {object:"",id:"",subject:"",revoked:false,revocation_reason:null,expired:false,expiration:null,last_used_at:null,created_at:0,updated_at:0} },
  "GET /machines": { json: {data:[],total_count:0} },
  "POST /machines": { json: {object:"",id:"",name:"",instance_id:"",created_at:0,updated_at:0,scoped_machines:[],secret_key:""} },
  "GET /machines/{machine_id}": { json: {object:"",id:"",name:"",instance_id:"",created_at:0,updated_at:0,scoped_machines:[]} },
  "PATCH /machines/{machine_id}": { json: {object:"",id:"",name:"",instance_id:"",created_at:0,updated_at:0,scoped_machines:[]} },
  "DELETE /machines/{machine_id}": { json: {object:"",id:"",deleted:false} },
  "POST /machines/{machine_id}/scopes": { json: {object:"",from_machine_id:"",to_machine_id:"",created_at:0} },
  "DELETE /machines/{machine_id}/scopes/{other_machine_id}": { json: {object:"",from_machine_id:"",to_machine_id:"",deleted:false} },
  "GET /machines/{machine_id}/secret_key": { json: {object:"",secret:""} },
  "POST /machines/{machine_id}/secret_key/rotate": { json: {object:"",secret:""} },
  "GET /oauth_applications": { json: {data:[],total_count:0} },
  "POST /oauth_applications": { schema: OAuthApplicationWithSecret },
  "POST /oauth_applications/access_tokens/verify": { json: {object:"",id:"",client_id:"",subject:"",scopes:[],revoked:false,revocation_reason:null,expired:false,expiration:null,created_at:0,updated_at:0} },
  "GET /oauth_applications/{oauth_application_id}": { schema: OAuthApplication },
  "PATCH /oauth_applications/{oauth_application_id}": { schema: OAuthApplication },
  "DELETE /oauth_applications/{oauth_application_id}": { json: {object:"",deleted:false} },
  "PUT /oauth_applications/{oauth_application_id}/logo": { schema: OAuthApplication },
  "POST /oauth_applications/{oauth_application_id}/revoke_token": 204,
  "POST /oauth_applications/{oauth_application_id}/rotate_secret": { schema: OAuthApplicationWithSecret },
  "GET /organization_domains": { json: {data:[],total_count:0} },
  "GET /organization_permissions": { json: {data:[],total_count:0} },
  "POST /organization_permissions": { json: {object:"",id:"",name:"",key:"",description:"",type:"",created_at:0,updated_at:0} },
  "GET /organization_permissions/{permission_id}": { json: {object:"",id:"",name:"",key:"",description:"",type:"",created_at:0,updated_at:0} },
  "PATCH /organization_permissions/{permission_id}": { json: {object:"",id:"",name:"",key:"",description:"",type:"",created_at:0,updated_at:0} },
  "DELETE /organization_permissions/{permission_id}": { json: {object:"",deleted:false} },
  "GET /organization_roles": { json: {data:[],total_count:0} },
  "POST /organization_roles": { schema: Role },
  "GET /organization_roles/{organization_role_id}": { schema: Role },
  "PATCH /organization_roles/{organization_role_id}": { schema: Role },
  "DELETE /organization_roles/{organization_role_id}": { json: {object:"",deleted:false} },
  "POST /organization_roles/{organization_role_id}/permissions/{permission_id}": { schema: Role },
  "DELETE /organization_roles/{organization_role_id}/permissions/{permission_id}": { schema: Role },
  "GET /organizations/{organization_id}/billing/credits": { json: {object:"",balance:null} },
  "POST /organizations/{organization_id}/billing/credits": { schema: CommerceCreditLedgerResponse },
  "GET /organizations/{organization_id}/billing/subscription": { schema: CommerceSubscription },
  "GET /organizations/{organization_id}/domains": { json: {data:[],total_count:0} },
  "POST /organizations/{organization_id}/domains": { schema: OrganizationDomain },
  "PATCH /organizations/{organization_id}/domains/{domain_id}": { schema: OrganizationDomain },
  "DELETE /organizations/{organization_id}/domains/{domain_id}": { json: {object:"",deleted:false} },
  "POST /organizations/{organization_id}/domains/{domain_id}/verify_ownership": { schema: OrganizationDomain },
  "POST /phone_numbers/{phone_number_id}/attempt_verification": { json: {} },
  "POST /phone_numbers/{phone_number_id}/prepare_verification": { json: {} },
  "POST /proxy_checks": { schema: ProxyCheck },
  "GET /public/interstitial": { text: "<!DOCTYPE html><html><head><title>Clerk</title></head><body></body></html>", public: true },
  "GET /redirect_urls": { json: [] },
  "POST /redirect_urls": { json: {object:"",id:"",url:"",created_at:0,updated_at:0} },
  "GET /redirect_urls/{id}": { json: {object:"",id:"",url:"",created_at:0,updated_at:0} },
  "DELETE /redirect_urls/{id}": { json: {object:"",deleted:false} },
  "GET /role_sets": { json: {data:[],total_count:0} },
  "POST /role_sets": { schema: RoleSet },
  "GET /role_sets/{role_set_key_or_id}": { schema: RoleSet },
  "PATCH /role_sets/{role_set_key_or_id}": { schema: RoleSet },
  "POST /role_sets/{role_set_key_or_id}/replace": { json: {object:"",deleted:false} },
  "POST /role_sets/{role_set_key_or_id}/roles": { schema: RoleSet },
  "POST /role_sets/{role_set_key_or_id}/roles/replace": { schema: RoleSet },
  "GET /saml_connections": { json: {data:[],total_count:0} },
  "POST /saml_connections": { schema: SAMLConnection },
  "GET /saml_connections/{saml_connection_id}": { schema: SAMLConnection },
  "PATCH /saml_connections/{saml_connection_id}": { schema: SAMLConnection },
  "DELETE /saml_connections/{saml_connection_id}": { json: {object:"",deleted:false} },
  "GET /scim_directories": { json: {data:[],total_count:0} },
  "POST /scim_directories": { schema: SCIMDirectory },
  "GET /scim_directories/{scim_directory_id}": { schema: SCIMDirectory },
  "PATCH /scim_directories/{scim_directory_id}": { schema: SCIMDirectory },
  "DELETE /scim_directories/{scim_directory_id}": { json: {object:"",deleted:false} },
  "GET /scim_directories/{scim_directory_id}/group_role_mappings": { json: {data:[],total_count:0} },
  "POST /scim_directories/{scim_directory_id}/group_role_mappings": { schema: SCIMGroupRoleMapping },
  "PUT /scim_directories/{scim_directory_id}/group_role_mappings": { json: {data:[],total_count:0} },
  "DELETE /scim_directories/{scim_directory_id}/group_role_mappings/{mapping_id}": { json: {object:"",id:"",deleted:false} },
  "POST /scim_directories/{scim_directory_id}/rotate_api_key": { schema: SCIMDirectory },
  "POST /sign_in_tokens": { json: {object:"",id:"",status:"",user_id:"",created_at:0,updated_at:0} },
  "POST /sign_in_tokens/{sign_in_token_id}/revoke": { json: {object:"",id:"",status:"",user_id:"",created_at:0,updated_at:0} },
  "GET /sign_ups/{id}": { schema: SignUp },
  "PATCH /sign_ups/{id}": { schema: SignUp },
  "GET /templates/{template_type}": { json: [] },
  "GET /templates/{template_type}/{slug}": { json: {} },
  "PUT /templates/{template_type}/{slug}": { json: {} },
  "POST /templates/{template_type}/{slug}/preview": { json: {} },
  "POST /templates/{template_type}/{slug}/revert": { json: {} },
  "POST /templates/{template_type}/{slug}/toggle_delivery": { json: {} },
  "POST /testing_tokens": { json: {object:"",token:"",expires_at:0} },
  "GET /users/{user_id}/billing/credits": { json: {object:"",balance:null} },
  "POST /users/{user_id}/billing/credits": { schema: CommerceCreditLedgerResponse },
  "GET /users/{user_id}/billing/subscription": { schema: CommerceSubscription },
  "DELETE /users/{user_id}/external_accounts/{external_account_id}": { json: {object:"",deleted:false} },
  "GET /users/{user_id}/oauth_access_tokens/{provider}": { json: [] },
  "DELETE /users/{user_id}/passkeys/{passkey_identification_id}": { json: {object:"",deleted:false} },
  "GET /users/{user_id}/trusted_devices": { json: {data:[],total_count:0} },
  "DELETE /users/{user_id}/trusted_devices/{trusted_device_id}": { schema: TrustedDevice },
  "POST /users/{user_id}/verify_totp": { json: {} },
  "GET /waitlist_entries": { json: {data:[],total_count:0} },
  "POST /waitlist_entries": { json: {object:"",id:"",email_address:"",status:"",created_at:0,updated_at:0} },
  "POST /waitlist_entries/bulk": { json: [] },
  "DELETE /waitlist_entries/{waitlist_entry_id}": { json: {object:"",deleted:false} },
  "POST /waitlist_entries/{waitlist_entry_id}/invite": { json: {object:"",id:"",email_address:"",status:"",created_at:0,updated_at:0} },
  "POST /waitlist_entries/{waitlist_entry_id}/reject": { json: {object:"",id:"",email_address:"",status:"",created_at:0,updated_at:0} },
  "POST /webhooks/svix": { json: {svix_url:""} },
  "DELETE /webhooks/svix": 204,
  "POST /webhooks/svix_url": { json: {svix_url:""} },
};
