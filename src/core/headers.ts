import { API_VERSION, type ClerkCore } from "./core.js";

const USER_AGENT = "clerk-fn/0.1.0";

/**
 * The headers of every Backend API request, in one place for the pipeline (`call`) and the JWKS
 * fetch of `src/auth`: the core's extra headers, then the per-call ones, then what clerk-fn
 * owns — `Accept`, `Clerk-API-Version`, a user agent, and `Authorization` (set from the secret
 * key, or removed for public operations, so no extra header can replace it).
 *
 * The key is checked first and a problem is thrown as a `TypeError` naming the option only: the
 * one `Headers` throws quotes the value (`"Bearer sk_…" is an invalid header value`), which a
 * caller would keep as a cause and print. A plain error, so `errors.ts` stays out of the JWKS
 * fetch's bundle (it wraps this in its own error).
 */
export function apiHeaders(
  core: ClerkCore,
  extra: Readonly<Record<string, string>> | undefined,
  accept: string,
  secretKey: string | undefined,
): Headers {
  const problem = secretKey === undefined ? undefined : keyProblem(secretKey, "secretKey");
  if (!problem) {
    try {
      return buildHeaders(core, extra, accept, secretKey);
    } catch {
      // Dropped on purpose: the message quotes the header value.
    }
  }
  throw new TypeError(`clerk-fn: ${problem ? `secretKey ${problem}` : "a header name or value cannot be sent (headers, apiVersion)"}`);
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

/** Why a string cannot be a header value, or nothing. Checked before `Headers` sees it: its error quotes the value. */
export function headerText(value: unknown): string | undefined {
  return typeof value !== "string"
    ? "must be a string"
    : /[\0\r\n]|[^\0-\xff]/.test(value)
      ? "contains a line break, NUL or a character a header cannot carry"
      : undefined;
}

/**
 * Why a key cannot be used, or nothing: checked before any header is built, so the `Headers`
 * error that quotes `Bearer <key>` never happens. `option` names where the key comes from.
 */
export function keyProblem(key: unknown, option: "secretKey" | "machineSecretKey"): string | undefined {
  if (key === undefined || key === "") {
    return `is missing: pass the \`${option}\` option of ClerkCore (e.g. from ${option === "secretKey" ? "CLERK_SECRET_KEY" : "CLERK_MACHINE_SECRET_KEY"})`;
  }
  if (typeof key === "string" && key.startsWith("pk_")) return "is a publishable key (pk_…); use the secret key (sk_…)";
  return headerText(key);
}
