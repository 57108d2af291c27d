import { decodeJwt } from "./jwt.js";
import { cookieSuffix, issuerFromPublishableKey, parseCookies } from "./cookies.js";

/**
 * The token of the `Authorization` header, read exactly as `@clerk/backend` reads it: the value
 * is split at its first space; `Bearer <token>` gives the token (words after it are ignored),
 * a value without a space is taken whole as the token (`Authorization: <jwt>`), and any other
 * scheme — `Basic …`, a lowercase `bearer …` — is no token (the cookies are looked at instead).
 * `Bearer  <jwt>` (two spaces) has an empty second word, so the whole value is the token and
 * fails as `token-invalid`, as it does with Clerk.
 */
export function bearerToken(headers: Headers): string | undefined {
  const value = headers.get("authorization");
  if (!value) return undefined;
  const space = value.indexOf(" ");
  if (space < 0) return value;
  const scheme = value.slice(0, space);
  const rest = value.slice(space + 1);
  const token = rest.slice(0, rest.indexOf(" ") < 0 ? undefined : rest.indexOf(" "));
  if (!token) return scheme;
  return scheme === "Bearer" ? token : undefined;
}

/** What the cookies say about this instance's browser session. */
export interface CookieSession {
  /** The session token, `undefined` when absent or empty. */
  readonly token: string | undefined;
  /** `__client_uat` as a number; `0` when absent, not a number or signed out. */
  readonly clientUat: number;
  /** `development` for `pk_test_` keys, `production` for `pk_live_`, `undefined` without a key. */
  readonly instanceType: "development" | "production" | undefined;
  /** The dev-browser token (`__clerk_db_jwt` query parameter or cookie) of development instances. */
  readonly devBrowser: string | undefined;
  /** The request URL carries `__clerk_db_jwt` (a dev-browser sync in progress). */
  readonly devBrowserInQuery: boolean;
}

/**
 * The session cookies of this instance, chosen as `@clerk/backend` chooses them. Without a
 * publishable key: `__session` and `__client_uat`. With one, the instance's suffixed cookies
 * (`__session_<suffix>`, `__client_uat_<suffix>`, see `cookieSuffix`) unless the un-suffixed ones
 * are the better evidence: an un-suffixed token of this instance (by its unverified `iss`, which
 * only chooses; the signature still decides) that is newer, a suffixed `__client_uat` of `0`
 * beside a signed-in un-suffixed one, or a suffixed token without its `__client_uat`.
 */
export async function cookieSession(url: string, cookieHeader: string | null, publishableKey: string | undefined, nowMs: number): Promise<CookieSession> {
  const cookies = parseCookies(cookieHeader);
  const get = (name: string): string | undefined => cookies.get(name) || undefined;
  let instanceType: CookieSession["instanceType"];
  let suffix = "";
  let suffixed = false;
  if (publishableKey !== undefined) {
    instanceType = publishableKey.startsWith("pk_live_") ? "production" : "development";
    suffix = `_${await cookieSuffix(publishableKey)}`;
    const frontendApi = issuerFromPublishableKey(publishableKey)?.slice("https://".length);
    suffixed = usesSuffixedCookies(get, suffix, frontendApi, instanceType, nowMs);
  }
  const pick = (name: string): string | undefined => (suffixed ? get(name + suffix) : get(name));
  let query: URLSearchParams | undefined;
  try {
    query = new URL(url).searchParams;
  } catch {
    query = undefined;
  }
  const devBrowserQuery = query?.get("__clerk_db_jwt") || undefined;
  return {
    token: pick("__session"),
    clientUat: Number.parseInt(pick("__client_uat") ?? "", 10) || 0,
    instanceType,
    devBrowser: devBrowserQuery ?? pick("__clerk_db_jwt"),
    devBrowserInQuery: devBrowserQuery !== undefined,
  };
}

function usesSuffixedCookies(
  get: (name: string) => string | undefined,
  suffix: string,
  frontendApi: string | undefined,
  instanceType: string,
  nowMs: number,
): boolean {
  const suffixedUat = get(`__client_uat${suffix}`);
  const uat = get("__client_uat");
  const suffixedSession = get(`__session${suffix}`) ?? "";
  const session = get("__session") ?? "";
  const plain = session ? decodeJwt(session) : undefined;
  const iss = plain?.payload.iss;
  // A malformed un-suffixed token: read the un-suffixed cookies, so it is refused as invalid.
  if (session && !iss) return false;
  // An un-suffixed token of another instance on the domain: only the suffixed cookies are ours.
  if (session && (typeof iss !== "string" || iss.replace(/https?:\/\//gi, "") !== frontendApi)) return true;
  if (!suffixedUat && !suffixedSession) return false;
  const own = suffixedSession ? decodeJwt(suffixedSession) : undefined;
  const iat = (claims: unknown): number => (typeof claims === "number" && claims) || 0;
  if (suffixedUat !== "0" && uat !== "0" && iat(plain?.payload.iat) > iat(own?.payload.iat)) return false;
  if (suffixedUat === "0" && uat !== "0") return false;
  if (instanceType !== "production" && suffixedUat !== "0" && uat === "0") {
    const exp = own?.payload.exp;
    if (own && typeof exp === "number" && exp <= Math.floor(nowMs / 1000)) return false;
  }
  return !(!suffixedUat && suffixedSession);
}
