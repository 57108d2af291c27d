// The deliberate differences from @clerk/backend: where clerk-fn refuses (or reports another
// reason) on purpose. Each is a named test in differences.test.ts and a line in README.md; the
// generated suites route a case here instead of comparing it, and only when the predicate holds.

export type Difference =
  | "audience-without-aud"
  | "header-checked-before-key"
  | "machine-answer-revoked-or-expired"
  | "machine-answer-without-subject";

export const DIFFERENCES: Readonly<Record<Difference, string>> = {
  "audience-without-aud":
    "With an audience option, a token without aud (or with an aud holding no string) is refused (token-invalid-audience); Clerk skips the check then, so the option would not protect anything.",
  "header-checked-before-key":
    "typ and alg are checked before the key is looked up: a token that can never verify costs no JWKS request, so its reason is token-invalid / token-invalid-algorithm where Clerk, after fetching the JWKS, says jwk-kid-mismatch.",
  "machine-answer-revoked-or-expired":
    "A machine-token verify answer that says revoked, expired, or whose expiration has passed is refused (token-revoked / token-expired); Clerk signs it in.",
  "machine-answer-without-subject":
    "A machine-token verify answer without a subject is refused (token-verification-failed): nothing says who calls. Clerk signs it in (and its toAuth() throws for API keys).",
};
