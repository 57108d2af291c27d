// Generated from bapi-2026-05-12.yml. Do not edit: change codegen/ instead.
// The package root: the core API (every export of src/core/index.ts) and every operation by
// name. Bundlers keep only what an app imports ("sideEffects": false); deep imports work the same.
export {
  ClerkCore,
  API_VERSION,
  SERVER_URL,
  ok,
  err,
  unwrap,
  ClerkFnError,
  APIError,
  ConnectionError,
  TimeoutError,
  AbortedError,
  ResponseValidationError,
  InvalidRequestError,
  HookError,
  ResponseTooLargeError,
  paginate,
  paginateItems,
  PaginationError,
  request,
  toValibot,
} from "./core/index.js";
export type {
  ClerkCoreOptions,
  CallOptions,
  ExtraFields,
  RetryOptions,
  Hooks,
  HookContext,
  Logger,
  HttpMethod,
  Result,
  Ok,
  Err,
  ErrorKind,
  ClerkAPIErrorItem,
  Issue,
  IssuePath,
  TransportError,
  CallError,
  AnyClerkError,
  APIErrorInit,
  AnswerParts,
  ResponseValidationInit,
  ResponseTooLargeInit,
  ListValue,
  ItemOf,
  PageRequest,
  ListFunction,
  PaginateOptions,
  PaginationStall,
  EmptyRequest,
  RawRequest,
  StandardSchemaV1,
  StandardResult,
  Shape,
  UserPublicMetadata,
  UserPrivateMetadata,
  UserUnsafeMetadata,
  OrganizationPublicMetadata,
  OrganizationPrivateMetadata,
  OrganizationMembershipPublicMetadata,
  OrganizationMembershipPrivateMetadata,
  OrganizationInvitationPublicMetadata,
  OrganizationInvitationPrivateMetadata,
  CustomJwtSessionClaims,
} from "./core/index.js";
export { actorTokensCreate } from "./funcs/actorTokensCreate.js";
export { actorTokensRevoke } from "./funcs/actorTokensRevoke.js";
export { adminPortalLinkTokensCreate } from "./funcs/adminPortalLinkTokensCreate.js";
export { adminPortalLinkTokensRevoke } from "./funcs/adminPortalLinkTokensRevoke.js";
export { agentTasksCreate } from "./funcs/agentTasksCreate.js";
export { agentTasksRevoke } from "./funcs/agentTasksRevoke.js";
export { allowlistIdentifiersCreate } from "./funcs/allowlistIdentifiersCreate.js";
export { allowlistIdentifiersDelete } from "./funcs/allowlistIdentifiersDelete.js";
export { allowlistIdentifiersList } from "./funcs/allowlistIdentifiersList.js";
export { apiKeysCreate } from "./funcs/apiKeysCreate.js";
export { apiKeysDelete } from "./funcs/apiKeysDelete.js";
export { apiKeysGet } from "./funcs/apiKeysGet.js";
export { apiKeysGetSecret } from "./funcs/apiKeysGetSecret.js";
export { apiKeysList } from "./funcs/apiKeysList.js";
export { apiKeysRevoke } from "./funcs/apiKeysRevoke.js";
export { apiKeysUpdate } from "./funcs/apiKeysUpdate.js";
export { apiKeysVerify } from "./funcs/apiKeysVerify.js";
export { betaFeaturesUpdateInstanceSettings } from "./funcs/betaFeaturesUpdateInstanceSettings.js";
export { betaFeaturesUpdateProductionInstanceDomain } from "./funcs/betaFeaturesUpdateProductionInstanceDomain.js";
export { billingApplySubscriptionItemDiscount } from "./funcs/billingApplySubscriptionItemDiscount.js";
export { billingCancelSubscriptionItem } from "./funcs/billingCancelSubscriptionItem.js";
export { billingCreatePrice } from "./funcs/billingCreatePrice.js";
export { billingCreatePriceTransition } from "./funcs/billingCreatePriceTransition.js";
export { billingExtendSubscriptionItemFreeTrial } from "./funcs/billingExtendSubscriptionItemFreeTrial.js";
export { billingGetStatement } from "./funcs/billingGetStatement.js";
export { billingGetStatementPaymentAttempts } from "./funcs/billingGetStatementPaymentAttempts.js";
export { billingListPlans } from "./funcs/billingListPlans.js";
export { billingListPrices } from "./funcs/billingListPrices.js";
export { billingListStatements } from "./funcs/billingListStatements.js";
export { billingListSubscriptionItems } from "./funcs/billingListSubscriptionItems.js";
export { billingRemoveSubscriptionItemDiscount } from "./funcs/billingRemoveSubscriptionItemDiscount.js";
export { blocklistIdentifiersCreate } from "./funcs/blocklistIdentifiersCreate.js";
export { blocklistIdentifiersDelete } from "./funcs/blocklistIdentifiersDelete.js";
export { blocklistIdentifiersList } from "./funcs/blocklistIdentifiersList.js";
export { clientsGet } from "./funcs/clientsGet.js";
export { clientsList } from "./funcs/clientsList.js";
export { clientsVerify } from "./funcs/clientsVerify.js";
export { directoriesCreate } from "./funcs/directoriesCreate.js";
export { directoriesCreateGroupRoleMapping } from "./funcs/directoriesCreateGroupRoleMapping.js";
export { directoriesDelete } from "./funcs/directoriesDelete.js";
export { directoriesDeleteGroupRoleMapping } from "./funcs/directoriesDeleteGroupRoleMapping.js";
export { directoriesGet } from "./funcs/directoriesGet.js";
export { directoriesList } from "./funcs/directoriesList.js";
export { directoriesListGroupRoleMappings } from "./funcs/directoriesListGroupRoleMappings.js";
export { directoriesReplaceGroupRoleMappings } from "./funcs/directoriesReplaceGroupRoleMappings.js";
export { directoriesRotateApiKey } from "./funcs/directoriesRotateApiKey.js";
export { directoriesUpdate } from "./funcs/directoriesUpdate.js";
export { domainsAdd } from "./funcs/domainsAdd.js";
export { domainsDelete } from "./funcs/domainsDelete.js";
export { domainsList } from "./funcs/domainsList.js";
export { domainsUpdate } from "./funcs/domainsUpdate.js";
export { emailAddressesAttemptVerification } from "./funcs/emailAddressesAttemptVerification.js";
export { emailAddressesCreate } from "./funcs/emailAddressesCreate.js";
export { emailAddressesDelete } from "./funcs/emailAddressesDelete.js";
export { emailAddressesGet } from "./funcs/emailAddressesGet.js";
export { emailAddressesPrepareVerification } from "./funcs/emailAddressesPrepareVerification.js";
export { emailAddressesReplaceForUser } from "./funcs/emailAddressesReplaceForUser.js";
export { emailAddressesUpdate } from "./funcs/emailAddressesUpdate.js";
export { emailAndSmsTemplatesUpsert } from "./funcs/emailAndSmsTemplatesUpsert.js";
export { emailSMSTemplatesGet } from "./funcs/emailSMSTemplatesGet.js";
export { emailSMSTemplatesList } from "./funcs/emailSMSTemplatesList.js";
export { emailSMSTemplatesRevert } from "./funcs/emailSMSTemplatesRevert.js";
export { emailSMSTemplatesToggleTemplateDelivery } from "./funcs/emailSMSTemplatesToggleTemplateDelivery.js";
export { enterpriseConnectionsCreate } from "./funcs/enterpriseConnectionsCreate.js";
export { enterpriseConnectionsCreateTestRun } from "./funcs/enterpriseConnectionsCreateTestRun.js";
export { enterpriseConnectionsDelete } from "./funcs/enterpriseConnectionsDelete.js";
export { enterpriseConnectionsGet } from "./funcs/enterpriseConnectionsGet.js";
export { enterpriseConnectionsList } from "./funcs/enterpriseConnectionsList.js";
export { enterpriseConnectionsListTestRuns } from "./funcs/enterpriseConnectionsListTestRuns.js";
export { enterpriseConnectionsUpdate } from "./funcs/enterpriseConnectionsUpdate.js";
export { instanceSettingsChangeDomain } from "./funcs/instanceSettingsChangeDomain.js";
export { instanceSettingsGet } from "./funcs/instanceSettingsGet.js";
export { instanceSettingsGetCommunication } from "./funcs/instanceSettingsGetCommunication.js";
export { instanceSettingsGetOAuthApplicationSettings } from "./funcs/instanceSettingsGetOAuthApplicationSettings.js";
export { instanceSettingsGetOrganizationSettings } from "./funcs/instanceSettingsGetOrganizationSettings.js";
export { instanceSettingsGetProtect } from "./funcs/instanceSettingsGetProtect.js";
export { instanceSettingsUpdate } from "./funcs/instanceSettingsUpdate.js";
export { instanceSettingsUpdateCommunication } from "./funcs/instanceSettingsUpdateCommunication.js";
export { instanceSettingsUpdateOAuthApplicationSettings } from "./funcs/instanceSettingsUpdateOAuthApplicationSettings.js";
export { instanceSettingsUpdateOrganizationSettings } from "./funcs/instanceSettingsUpdateOrganizationSettings.js";
export { instanceSettingsUpdateProtect } from "./funcs/instanceSettingsUpdateProtect.js";
export { instanceSettingsUpdateRestrictions } from "./funcs/instanceSettingsUpdateRestrictions.js";
export { invitationsBulkCreate } from "./funcs/invitationsBulkCreate.js";
export { invitationsCreate } from "./funcs/invitationsCreate.js";
export { invitationsList } from "./funcs/invitationsList.js";
export { invitationsRevoke } from "./funcs/invitationsRevoke.js";
export { jwksGetJWKS } from "./funcs/jwksGetJWKS.js";
export { jwtTemplatesCreate } from "./funcs/jwtTemplatesCreate.js";
export { jwtTemplatesDelete } from "./funcs/jwtTemplatesDelete.js";
export { jwtTemplatesGet } from "./funcs/jwtTemplatesGet.js";
export { jwtTemplatesList } from "./funcs/jwtTemplatesList.js";
export { jwtTemplatesUpdate } from "./funcs/jwtTemplatesUpdate.js";
export { m2mCreateToken } from "./funcs/m2mCreateToken.js";
export { m2mListTokens } from "./funcs/m2mListTokens.js";
export { m2mRevokeToken } from "./funcs/m2mRevokeToken.js";
export { m2mVerifyToken } from "./funcs/m2mVerifyToken.js";
export { machinesCreate } from "./funcs/machinesCreate.js";
export { machinesCreateScope } from "./funcs/machinesCreateScope.js";
export { machinesDelete } from "./funcs/machinesDelete.js";
export { machinesDeleteScope } from "./funcs/machinesDeleteScope.js";
export { machinesGet } from "./funcs/machinesGet.js";
export { machinesGetSecretKey } from "./funcs/machinesGetSecretKey.js";
export { machinesList } from "./funcs/machinesList.js";
export { machinesRotateSecretKey } from "./funcs/machinesRotateSecretKey.js";
export { machinesUpdate } from "./funcs/machinesUpdate.js";
export { miscellaneousGetPublicInterstitial } from "./funcs/miscellaneousGetPublicInterstitial.js";
export { oauthAccessTokensVerify } from "./funcs/oauthAccessTokensVerify.js";
export { oauthApplicationsCreate } from "./funcs/oauthApplicationsCreate.js";
export { oauthApplicationsDelete } from "./funcs/oauthApplicationsDelete.js";
export { oauthApplicationsGet } from "./funcs/oauthApplicationsGet.js";
export { oauthApplicationsList } from "./funcs/oauthApplicationsList.js";
export { oauthApplicationsRevokeToken } from "./funcs/oauthApplicationsRevokeToken.js";
export { oauthApplicationsRotateSecret } from "./funcs/oauthApplicationsRotateSecret.js";
export { oauthApplicationsUpdate } from "./funcs/oauthApplicationsUpdate.js";
export { oauthApplicationsUploadLogo } from "./funcs/oauthApplicationsUploadLogo.js";
export { organizationDomainsCreate } from "./funcs/organizationDomainsCreate.js";
export { organizationDomainsDelete } from "./funcs/organizationDomainsDelete.js";
export { organizationDomainsList } from "./funcs/organizationDomainsList.js";
export { organizationDomainsListAll } from "./funcs/organizationDomainsListAll.js";
export { organizationDomainsUpdate } from "./funcs/organizationDomainsUpdate.js";
export { organizationDomainsVerifyOwnership } from "./funcs/organizationDomainsVerifyOwnership.js";
export { organizationInvitationsBulkCreate } from "./funcs/organizationInvitationsBulkCreate.js";
export { organizationInvitationsCreate } from "./funcs/organizationInvitationsCreate.js";
export { organizationInvitationsGet } from "./funcs/organizationInvitationsGet.js";
export { organizationInvitationsGetAll } from "./funcs/organizationInvitationsGetAll.js";
export { organizationInvitationsList } from "./funcs/organizationInvitationsList.js";
export { organizationInvitationsListPending } from "./funcs/organizationInvitationsListPending.js";
export { organizationInvitationsRevoke } from "./funcs/organizationInvitationsRevoke.js";
export { organizationMembershipsCreate } from "./funcs/organizationMembershipsCreate.js";
export { organizationMembershipsDelete } from "./funcs/organizationMembershipsDelete.js";
export { organizationMembershipsList } from "./funcs/organizationMembershipsList.js";
export { organizationMembershipsUpdate } from "./funcs/organizationMembershipsUpdate.js";
export { organizationMembershipsUpdateMetadata } from "./funcs/organizationMembershipsUpdateMetadata.js";
export { organizationPermissionsCreate } from "./funcs/organizationPermissionsCreate.js";
export { organizationPermissionsDelete } from "./funcs/organizationPermissionsDelete.js";
export { organizationPermissionsGet } from "./funcs/organizationPermissionsGet.js";
export { organizationPermissionsList } from "./funcs/organizationPermissionsList.js";
export { organizationPermissionsUpdate } from "./funcs/organizationPermissionsUpdate.js";
export { organizationRolesAssignPermission } from "./funcs/organizationRolesAssignPermission.js";
export { organizationRolesCreate } from "./funcs/organizationRolesCreate.js";
export { organizationRolesDelete } from "./funcs/organizationRolesDelete.js";
export { organizationRolesGet } from "./funcs/organizationRolesGet.js";
export { organizationRolesList } from "./funcs/organizationRolesList.js";
export { organizationRolesRemovePermission } from "./funcs/organizationRolesRemovePermission.js";
export { organizationRolesUpdate } from "./funcs/organizationRolesUpdate.js";
export { organizationsAdjustBillingCreditBalance } from "./funcs/organizationsAdjustBillingCreditBalance.js";
export { organizationsCreate } from "./funcs/organizationsCreate.js";
export { organizationsDelete } from "./funcs/organizationsDelete.js";
export { organizationsDeleteLogo } from "./funcs/organizationsDeleteLogo.js";
export { organizationsGet } from "./funcs/organizationsGet.js";
export { organizationsGetBillingCreditBalance } from "./funcs/organizationsGetBillingCreditBalance.js";
export { organizationsGetBillingSubscription } from "./funcs/organizationsGetBillingSubscription.js";
export { organizationsList } from "./funcs/organizationsList.js";
export { organizationsMergeMetadata } from "./funcs/organizationsMergeMetadata.js";
export { organizationsReplaceMetadata } from "./funcs/organizationsReplaceMetadata.js";
export { organizationsUpdate } from "./funcs/organizationsUpdate.js";
export { organizationsUploadLogo } from "./funcs/organizationsUploadLogo.js";
export { phoneNumbersAttemptVerification } from "./funcs/phoneNumbersAttemptVerification.js";
export { phoneNumbersCreate } from "./funcs/phoneNumbersCreate.js";
export { phoneNumbersDelete } from "./funcs/phoneNumbersDelete.js";
export { phoneNumbersGet } from "./funcs/phoneNumbersGet.js";
export { phoneNumbersPrepareVerification } from "./funcs/phoneNumbersPrepareVerification.js";
export { phoneNumbersReplaceForUser } from "./funcs/phoneNumbersReplaceForUser.js";
export { phoneNumbersUpdate } from "./funcs/phoneNumbersUpdate.js";
export { proxyChecksVerify } from "./funcs/proxyChecksVerify.js";
export { redirectUrlsCreate } from "./funcs/redirectUrlsCreate.js";
export { redirectUrlsDelete } from "./funcs/redirectUrlsDelete.js";
export { redirectUrlsGet } from "./funcs/redirectUrlsGet.js";
export { redirectUrlsList } from "./funcs/redirectUrlsList.js";
export { roleSetsAddRoles } from "./funcs/roleSetsAddRoles.js";
export { roleSetsCreate } from "./funcs/roleSetsCreate.js";
export { roleSetsGet } from "./funcs/roleSetsGet.js";
export { roleSetsList } from "./funcs/roleSetsList.js";
export { roleSetsReplace } from "./funcs/roleSetsReplace.js";
export { roleSetsReplaceRole } from "./funcs/roleSetsReplaceRole.js";
export { roleSetsUpdate } from "./funcs/roleSetsUpdate.js";
export { samlConnectionsCreate } from "./funcs/samlConnectionsCreate.js";
export { samlConnectionsDelete } from "./funcs/samlConnectionsDelete.js";
export { samlConnectionsGet } from "./funcs/samlConnectionsGet.js";
export { samlConnectionsList } from "./funcs/samlConnectionsList.js";
export { samlConnectionsUpdate } from "./funcs/samlConnectionsUpdate.js";
export { scimDirectoriesCreate } from "./funcs/scimDirectoriesCreate.js";
export { scimDirectoriesCreateGroupRoleMapping } from "./funcs/scimDirectoriesCreateGroupRoleMapping.js";
export { scimDirectoriesDelete } from "./funcs/scimDirectoriesDelete.js";
export { scimDirectoriesDeleteGroupRoleMapping } from "./funcs/scimDirectoriesDeleteGroupRoleMapping.js";
export { scimDirectoriesGet } from "./funcs/scimDirectoriesGet.js";
export { scimDirectoriesList } from "./funcs/scimDirectoriesList.js";
export { scimDirectoriesListGroupRoleMappings } from "./funcs/scimDirectoriesListGroupRoleMappings.js";
export { scimDirectoriesReplaceGroupRoleMappings } from "./funcs/scimDirectoriesReplaceGroupRoleMappings.js";
export { scimDirectoriesRotateApiKey } from "./funcs/scimDirectoriesRotateApiKey.js";
export { scimDirectoriesUpdate } from "./funcs/scimDirectoriesUpdate.js";
export { sessionsCreate } from "./funcs/sessionsCreate.js";
export { sessionsCreateToken } from "./funcs/sessionsCreateToken.js";
export { sessionsCreateTokenFromTemplate } from "./funcs/sessionsCreateTokenFromTemplate.js";
export { sessionsGet } from "./funcs/sessionsGet.js";
export { sessionsList } from "./funcs/sessionsList.js";
export { sessionsRefresh } from "./funcs/sessionsRefresh.js";
export { sessionsRevoke } from "./funcs/sessionsRevoke.js";
export { signInTokensCreate } from "./funcs/signInTokensCreate.js";
export { signInTokensRevoke } from "./funcs/signInTokensRevoke.js";
export { signUpsGet } from "./funcs/signUpsGet.js";
export { signUpsUpdate } from "./funcs/signUpsUpdate.js";
export { templatesPreview } from "./funcs/templatesPreview.js";
export { testingTokensCreate } from "./funcs/testingTokensCreate.js";
export { usersAdjustBillingCreditBalance } from "./funcs/usersAdjustBillingCreditBalance.js";
export { usersBan } from "./funcs/usersBan.js";
export { usersBulkBan } from "./funcs/usersBulkBan.js";
export { usersBulkUnban } from "./funcs/usersBulkUnban.js";
export { usersCount } from "./funcs/usersCount.js";
export { usersCreate } from "./funcs/usersCreate.js";
export { usersDelete } from "./funcs/usersDelete.js";
export { usersDeleteBackupCodes } from "./funcs/usersDeleteBackupCodes.js";
export { usersDeleteExternalAccount } from "./funcs/usersDeleteExternalAccount.js";
export { usersDeletePasskey } from "./funcs/usersDeletePasskey.js";
export { usersDeleteProfileImage } from "./funcs/usersDeleteProfileImage.js";
export { usersDeleteTOTP } from "./funcs/usersDeleteTOTP.js";
export { usersDeleteWeb3Wallet } from "./funcs/usersDeleteWeb3Wallet.js";
export { usersDisableMfa } from "./funcs/usersDisableMfa.js";
export { usersGet } from "./funcs/usersGet.js";
export { usersGetBillingCreditBalance } from "./funcs/usersGetBillingCreditBalance.js";
export { usersGetBillingSubscription } from "./funcs/usersGetBillingSubscription.js";
export { usersGetInstanceOrganizationMemberships } from "./funcs/usersGetInstanceOrganizationMemberships.js";
export { usersGetOAuthAccessToken } from "./funcs/usersGetOAuthAccessToken.js";
export { usersGetOrganizationInvitations } from "./funcs/usersGetOrganizationInvitations.js";
export { usersGetOrganizationMemberships } from "./funcs/usersGetOrganizationMemberships.js";
export { usersList } from "./funcs/usersList.js";
export { usersListTrustedDevices } from "./funcs/usersListTrustedDevices.js";
export { usersLock } from "./funcs/usersLock.js";
export { usersRemovePassword } from "./funcs/usersRemovePassword.js";
export { usersReplaceMetadata } from "./funcs/usersReplaceMetadata.js";
export { usersRevokeTrustedDevice } from "./funcs/usersRevokeTrustedDevice.js";
export { usersSetPasswordCompromised } from "./funcs/usersSetPasswordCompromised.js";
export { usersSetProfileImage } from "./funcs/usersSetProfileImage.js";
export { usersUnban } from "./funcs/usersUnban.js";
export { usersUnlock } from "./funcs/usersUnlock.js";
export { usersUnsetPasswordCompromised } from "./funcs/usersUnsetPasswordCompromised.js";
export { usersUpdate } from "./funcs/usersUpdate.js";
export { usersUpdateMetadata } from "./funcs/usersUpdateMetadata.js";
export { usersVerifyPassword } from "./funcs/usersVerifyPassword.js";
export { usersVerifyTotp } from "./funcs/usersVerifyTotp.js";
export { waitlistEntriesBulkCreate } from "./funcs/waitlistEntriesBulkCreate.js";
export { waitlistEntriesCreate } from "./funcs/waitlistEntriesCreate.js";
export { waitlistEntriesDelete } from "./funcs/waitlistEntriesDelete.js";
export { waitlistEntriesInvite } from "./funcs/waitlistEntriesInvite.js";
export { waitlistEntriesList } from "./funcs/waitlistEntriesList.js";
export { waitlistEntriesReject } from "./funcs/waitlistEntriesReject.js";
export { webhooksCreateSvixApp } from "./funcs/webhooksCreateSvixApp.js";
export { webhooksDeleteSvixApp } from "./funcs/webhooksDeleteSvixApp.js";
export { webhooksGenerateSvixAuthURL } from "./funcs/webhooksGenerateSvixAuthURL.js";
