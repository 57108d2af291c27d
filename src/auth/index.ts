// clerk-fn/auth: request authentication (session tokens, API keys, M2M and OAuth tokens).
export { authenticateRequest } from "./authenticateRequest.js";
export type {
  AcceptsToken,
  AuthenticateRequestOptions,
  AuthReason,
  RequestState,
  SignedInState,
  SignedOutState,
} from "./authenticateRequest.js";
export { verifyToken, DEFAULT_CLOCK_SKEW_MS } from "./verifyToken.js";
export { TokenVerificationError } from "./errors.js";
export type { TokenVerificationReason } from "./errors.js";
export type { AuthObject, SessionAuthObject, MachineAuthObject } from "./authObjects.js";
export type { JwtClaims, VerifiedClaims, VerifyTokenOptions, TokenType, MachineTokenType } from "./types.js";
export { cookieSuffix } from "./cookies.js";
// Browser sessions (handshake, refresh, satellites, dev browser): an opt-in plug-in.
export { handshake } from "./handshake/plugin.js";
export type { HandshakeHost, HandshakeOptions, HandshakePlugin, HandshakeReason, HandshakeState } from "./handshake/types.js";
