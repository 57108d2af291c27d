export { ClerkCore, API_VERSION, SERVER_URL } from "./core.js";
export type { ClerkCoreOptions, CallOptions, ExtraFields, RetryOptions, Hooks, HookContext, Logger, HttpMethod } from "./options.js";
export { ok, err, unwrap } from "./result.js";
export type { Result, Ok, Err } from "./result.js";
export {
  ClerkFnError,
  APIError,
  ConnectionError,
  TimeoutError,
  AbortedError,
  ResponseValidationError,
  InvalidRequestError,
  HookError,
  ResponseTooLargeError,
} from "./errors.js";
export type { ErrorKind, ClerkAPIErrorItem, Issue, IssuePath, TransportError, CallError, AnyClerkError, APIErrorInit, AnswerParts, ResponseValidationInit, ResponseTooLargeInit } from "./errors.js";
export { paginate, paginateItems, PaginationError } from "./paginate.js";
export type { ListValue, ItemOf, PageRequest, ListFunction, PaginateOptions, PaginationStall } from "./paginate.js";
export { request } from "./request.js";
export type { EmptyRequest, RawRequest } from "./request.js";
export type { StandardSchemaV1, StandardResult } from "./standard.js";
export type { Shape } from "./shape.js";
export { toValibot } from "./valibot.js";
export type {
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
} from "./augment.js";
