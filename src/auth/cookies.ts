import { fromBase64url, toBase64url } from "./crypto.js";

/**
 * Parses a `Cookie` request header as RFC 6265 §5.4 describes it: `name=value` pairs separated by
 * `;`, optional whitespace trimmed, a value kept as it is (double quotes included, as Clerk's SDK
 * keeps them; no session token or timestamp is quoted), no percent-decoding. The
 * first occurrence of a name wins (browsers list the most specific path first). A pair without
 * `=` or with an empty name is skipped without hiding the pairs after it.
 */
export function parseCookies(header: string | null | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq < 0) continue;
    const name = pair.slice(0, eq).trim();
    if (!name || cookies.has(name)) continue;
    cookies.set(name, pair.slice(eq + 1).trim());
  }
  return cookies;
}

/**
 * The suffix Clerk adds to the cookies of one instance (`__session_<suffix>`,
 * `__client_uat_<suffix>`) so apps sharing a domain (e.g. two ports on localhost) keep apart:
 * the first 8 characters of base64url(SHA-1(publishable key)).
 */
export async function cookieSuffix(publishableKey: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(publishableKey));
  return toBase64url(new Uint8Array(digest)).slice(0, 8);
}

/**
 * The Frontend API origin a publishable key names (`pk_test_` / `pk_live_` followed by
 * base64(`<host>$`)), i.e. the `iss` of that instance's session tokens; `undefined` when the key
 * does not have that form.
 */
export function issuerFromPublishableKey(publishableKey: string): string | undefined {
  const match = /^pk_(?:test|live)_([A-Za-z0-9+/_-]+={0,2})$/.exec(publishableKey);
  if (!match) return undefined;
  try {
    // Publishable keys use standard base64; jose decodes the URL-safe alphabet without padding.
    const bytes = fromBase64url(match[1]!.replace(/\+/g, "-").replace(/\//g, "_"));
    if (!bytes) return undefined;
    const decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (!decoded.endsWith("$")) return undefined;
    const host = decoded.slice(0, -1);
    return /^[A-Za-z0-9.-]+(?::\d+)?$/.test(host) ? `https://${host}` : undefined;
  } catch {
    return undefined;
  }
}
