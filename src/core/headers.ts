import { API_VERSION, type ClerkCore } from "./core.js";
import { InvalidRequestError, type Issue } from "./errors.js";
import { keyProblem } from "./options.js";

const USER_AGENT = "clerk-fn/0.1.0";

/**
 * The headers of every Backend API request, in one place for the pipeline (`call`) and the JWKS
 * fetch of `src/auth`: the core's extra headers, then the per-call ones, then what clerk-fn
 * owns — `Accept`, `Clerk-API-Version`, a user agent, and `Authorization` (set from the secret
 * key, or removed for public operations, so no extra header can replace it).
 *
 * The key is checked first and a problem is thrown as an `InvalidRequestError` that names the
 * option only: `Headers` itself throws a message quoting the value (`"Bearer sk_…" is an invalid
 * header value`), which a caller would keep as a cause and print.
 */
export function apiHeaders(
  core: ClerkCore,
  extra: Readonly<Record<string, string>> | undefined,
  accept: string,
  secretKey: string | undefined,
): Headers {
  const problem = secretKey === undefined ? undefined : keyProblem(secretKey, "secretKey");
  const issue: Issue = { path: [problem ? "secretKey" : "headers"], message: problem ?? "a header name or value cannot be sent (headers, apiVersion)" };
  if (!problem) {
    try {
      return buildHeaders(core, extra, accept, secretKey);
    } catch {
      // Dropped on purpose: the message quotes the header value.
    }
  }
  throw new InvalidRequestError([issue]);
}

/** `apiHeaders` without the checks, for the pipeline, which has checked everything already. */
export function buildHeaders(
  core: ClerkCore,
  extra: Readonly<Record<string, string>> | undefined,
  accept: string,
  secretKey: string | undefined,
): Headers {
  const headers = new Headers(core.options.headers);
  for (const name in extra) headers.set(name, extra[name]!);
  headers.set("Accept", accept);
  headers.set("Clerk-API-Version", core.options.apiVersion ?? API_VERSION);
  if (!headers.has("User-Agent")) headers.set("User-Agent", USER_AGENT);
  if (secretKey) headers.set("Authorization", `Bearer ${secretKey}`);
  else headers.delete("Authorization");
  return headers;
}
