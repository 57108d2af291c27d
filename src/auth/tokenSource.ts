import { decodeJwt } from "./jwt.js";
import { cookieSuffix, issuerFromPublishableKey, parseCookies } from "./cookies.js";
import { TokenVerificationError } from "./errors.js";

/** A session token found in the cookies, with the `__client_uat` cookie that belongs to it. */
export interface CookieToken {
  readonly token: string;
  /** The raw `__client_uat` value of the same instance, `undefined` when the cookie is absent. */
  readonly clientUat: string | undefined;
}

/**
 * The token of an `Authorization: Bearer <token>` header. The scheme is matched
 * case-insensitively (RFC 7235). Any other scheme (`Basic …`, `Token …`, a bare token) and an
 * empty Bearer value are not a token source: the header is ignored and the session cookie is
 * looked at instead. A Bearer value that is not a valid token is still this request's token and
 * fails verification; it is never silently replaced by the cookie.
 */
export function bearerToken(headers: Headers): string | undefined {
  const value = headers.get("authorization");
  if (!value) return undefined;
  const match = /^\s*bearer(?:\s+(.*))?$/is.exec(value);
  const token = match?.[1]?.trim();
  return token ? token : undefined;
}

/**
 * The session cookie of this instance.
 *
 * Without a publishable key: `__session` and `__client_uat`.
 *
 * With one: `__session_<suffix>` and `__client_uat_<suffix>` (see `cookieSuffix`) when either is
 * present; cookies with other suffixes belong to other apps on the domain and are ignored. Only
 * when this instance has no suffixed cookie is the plain `__session` used (older clerk-js writes
 * only that), and only when its `iss` is this instance's Frontend API, because any app on the
 * domain may have written it. The `iss` read here is unverified; it only chooses the cookie, the
 * signature check still decides.
 */
export async function sessionCookie(cookieHeader: string | null, publishableKey: string | undefined): Promise<CookieToken | undefined> {
  const cookies = parseCookies(cookieHeader);
  if (publishableKey === undefined) {
    const token = cookies.get("__session");
    return token ? { token, clientUat: cookies.get("__client_uat") } : undefined;
  }
  const suffix = await cookieSuffix(publishableKey);
  const suffixed = cookies.get(`__session_${suffix}`);
  const suffixedUat = cookies.get(`__client_uat_${suffix}`);
  if (suffixed !== undefined || suffixedUat !== undefined) {
    return suffixed ? { token: suffixed, clientUat: suffixedUat } : undefined;
  }
  const plain = cookies.get("__session");
  if (!plain) return undefined;
  const issuer = issuerFromPublishableKey(publishableKey);
  const decoded = decodeJwt(plain);
  if (!issuer || decoded instanceof TokenVerificationError || decoded.payload.iss !== issuer) return undefined;
  return { token: plain, clientUat: cookies.get("__client_uat") };
}
