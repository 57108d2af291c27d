// clerk-fn/auth: request authentication (session tokens, API keys, M2M and OAuth tokens).
export { authenticateRequest } from "./authenticateRequest.js";
export type {
  AcceptsToken,
  AcceptedTokenType,
  AuthenticateRequestOptions,
  AuthReason,
  PendingSessionOptions,
  RequestState,
  SessionToAuth,
  SignedInState,
  SignedOutState,
} from "./authenticateRequest.js";
export { verifyToken, DEFAULT_CLOCK_SKEW_MS } from "./verifyToken.js";
export { TokenVerificationError } from "./errors.js";
export type { TokenVerificationReason } from "./errors.js";
export type {
  AuthObject,
  SessionAuthObject,
  SignedInSessionAuth,
  SignedOutSessionAuth,
  MachineAuthObject,
  MachineAuthFor,
  ApiKeyAuth,
  M2MAuth,
  OAuthAuth,
  SignedOutMachineAuth,
  InvalidTokenAuth,
  SignedInAuthFor,
  SignedOutAuthFor,
} from "./authObjects.js";
export type { Has, HasParams, ReverificationConfig } from "./has.js";
export type {
  ActorClaim,
  JwtClaims,
  JwksStore,
  OrganizationClaim,
  SessionClaims,
  VerifiedClaims,
  VerifyTokenOptions,
  TokenType,
  MachineTokenType,
} from "./types.js";
export type { CustomJwtSessionClaims } from "../core/augment.js";
export { cookieSuffix } from "./cookies.js";
export { jwksWebCache } from "./webCache.js";
export type { WebCacheLike } from "./webCache.js";
export { JWKS_TTL_MS, JWKS_REFETCH_COOLDOWN_MS, JWKS_FAILURE_COOLDOWN_MS } from "./jwks.js";
// Browser sessions (handshake, refresh, satellites, dev browser): an opt-in plug-in.
export { handshake } from "./handshake/plugin.js";
export type { HandshakeHost, HandshakeOptions, HandshakePlugin, HandshakeReason, HandshakeState } from "./handshake/types.js";
