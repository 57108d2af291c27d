import { API_VERSION, type ClerkCore } from "./core.js";

const USER_AGENT = "clerk-fn/0.1.0";

/**
 * The headers of every Backend API request, in one place for the pipeline (`call`) and the JWKS
 * fetch of `src/auth`: the core's extra headers, then the per-call ones, then what clerk-fn
 * owns — `Accept`, `Clerk-API-Version`, a user agent, and `Authorization` (set from the secret
 * key, or removed for public operations, so no extra header can replace it).
 */
export function apiHeaders(
  core: ClerkCore,
  extra: Readonly<Record<string, string>> | undefined,
  accept: string,
  secretKey: string | undefined,
): Headers {
  const headers = new Headers(core.options.headers);
  for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  headers.set("Accept", accept);
  headers.set("Clerk-API-Version", core.options.apiVersion ?? API_VERSION);
  if (!headers.has("User-Agent")) headers.set("User-Agent", USER_AGENT);
  if (secretKey) headers.set("Authorization", `Bearer ${secretKey}`);
  else headers.delete("Authorization");
  return headers;
}
