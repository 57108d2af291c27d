// The one table from @clerk/backend's reason strings to clerk-fn's. Clerk reports some failures
// under a catch-all (`token-verification-failed`, and for machine JWTs every failure) and names
// the check only in its message; clerk-fn names it in the reason. Rows are tried in order; a
// row with a message pattern applies only when Clerk's message matches it. A Clerk reason that
// no row maps is compared as it is (same string on both sides).

export interface ReasonRow {
  readonly clerk: string | RegExp;
  readonly message?: RegExp;
  readonly ours: string;
  /** Why the two strings differ. */
  readonly why: string;
}

export const REASONS: readonly ReasonRow[] = [
  // Catch-all reasons, told apart by Clerk's message (the checks of verifyJwt and the machine verifier).
  { clerk: "token-verification-failed", message: /Subject claim \(sub\)/, ours: "token-invalid", why: "a token without a string sub is malformed" },
  { clerk: "token-verification-failed", message: /expiry date claim \(exp\)|not before date claim \(nbf\) .*Expected number|issued at date claim \(iat\) .*Expected number/, ours: "token-invalid", why: "a time claim that is not a number is malformed" },
  { clerk: "token-verification-failed", message: /audience/i, ours: "token-invalid-audience", why: "the audience check has its own reason" },
  { clerk: "token-verification-failed", message: /Error verifying JWT signature/, ours: "token-invalid-algorithm", why: "Clerk fails to import the RS256 key for RS384/RS512; clerk-fn refuses the alg itself" },
  { clerk: "token-verification-failed", message: /JWT is expired/, ours: "token-expired", why: "machine JWTs: the time check has its own reason" },
  { clerk: "token-verification-failed", message: /prior to not before date/, ours: "token-not-active-yet", why: "machine JWTs" },
  { clerk: "token-verification-failed", message: /issued at date claim \(iat\) is in the future/, ours: "token-iat-in-the-future", why: "machine JWTs" },
  { clerk: "token-verification-failed", message: /JWT signature is invalid/, ours: "token-invalid-signature", why: "machine JWTs" },
  { clerk: "token-verification-failed", message: /Invalid JWT type/, ours: "token-invalid", why: "machine JWTs" },
  { clerk: "token-verification-failed", message: /Invalid JWT algorithm/, ours: "token-invalid-algorithm", why: "machine JWTs" },
  { clerk: "token-verification-failed", message: /Unable to find a signing key/, ours: "jwk-kid-mismatch", why: "machine JWTs" },
  { clerk: "token-verification-failed", message: /Failed to resolve JWK/, ours: "secret-key-missing", why: "machine JWTs without jwtKey or secret key" },
  { clerk: "unexpected-error", message: /code=unexpected-error/, ours: "token-verification-failed", why: "a machine verify call that failed (5xx, network) is a verification failure" },
  // Session-token time failures: Clerk folds its refresh attempt into the reason.
  { clerk: /^session-token-expired-refresh-/, ours: "token-expired", why: "no refresh without the browser plug-in; the token is expired" },
  { clerk: "session-token-nbf", ours: "token-not-active-yet", why: "same check, verification reason" },
  { clerk: "session-token-iat-in-the-future", ours: "token-iat-in-the-future", why: "same check, verification reason" },
  // Key resolution.
  { clerk: "jwk-failed-to-resolve", ours: "secret-key-missing", why: "names what to configure" },
  { clerk: "jwk-remote-failed-to-load", ours: "jwk-failed-to-load", why: "one reason for a JWKS that cannot be loaded" },
  // Request-level reasons.
  { clerk: "session-token-and-uat-missing", ours: "session-token-missing", why: "no token at all" },
  { clerk: "client-uat-but-no-session-token", ours: "session-token-missing", why: "no token at all (the browser says signed in)" },
  { clerk: "session-token-but-no-client-uat", ours: "client-uat-missing", why: "the cookie lacks a signed-in __client_uat" },
  { clerk: "No token in header", ours: "machine-token-missing", why: "a stable kebab-case reason" },
];

/** Clerk's reason (and message) in clerk-fn's terms. */
export function toOurReason(reason: string | null, message: string | null | undefined): string | null {
  if (reason === null) return null;
  for (const row of REASONS) {
    const hit = typeof row.clerk === "string" ? row.clerk === reason : row.clerk.test(reason);
    if (hit && (!row.message || row.message.test(message ?? ""))) return row.ours;
  }
  return reason;
}
