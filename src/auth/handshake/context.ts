// What the browser flow knows about one request: its public URL, this instance's cookies (Clerk's
// choice between suffixed and plain ones), the handshake values and the instance it talks to.
// Everything here is read from the request only; nothing is verified yet.
import { cookieSuffix, issuerFromPublishableKey, parseCookies } from "../cookies.js";
import { decodeJwt } from "../jwt.js";
import { clockOf } from "../verifyToken.js";
import type { HandshakeHost } from "./types.js";

/** Cookie and query parameter names of Clerk's browser flow. */
export const NAMES = {
  session: "__session",
  refresh: "__refresh",
  clientUat: "__client_uat",
  handshake: "__clerk_handshake",
  handshakeNonce: "__clerk_handshake_nonce",
  devBrowser: "__clerk_db_jwt",
  legacyDevBrowser: "__dev_session",
  redirectCount: "__clerk_redirect_count",
  help: "__clerk_help",
  synced: "__clerk_synced",
  redirectUrl: "__clerk_redirect_url",
} as const;

/** The request as Clerk's browser-flow rules read it. */
export interface FlowContext {
  readonly method: string;
  /** The URL the browser sees: `x-forwarded-host` / `x-forwarded-proto` over the request URL. */
  readonly url: URL;
  readonly secFetchDest: string | undefined;
  readonly accept: string | undefined;
  readonly referrer: string | undefined;
  readonly instanceType: "production" | "development";
  /** Where the Frontend API is reached: `proxyUrl`, `clerk.<domain>` (production satellites) or the key's host. */
  readonly frontendApi: string;
  readonly usesSuffixedCookies: boolean;
  readonly sessionToken: string | undefined;
  readonly refreshToken: string | undefined;
  /** `__client_uat` as a number; 0 when absent or not a number (no signed-in client). */
  readonly clientUat: number;
  readonly devBrowserToken: string | undefined;
  readonly handshakeToken: string | undefined;
  readonly handshakeNonce: string | undefined;
  readonly redirectCount: number;
  readonly isSatellite: boolean;
  readonly signInUrl: string | undefined;
  readonly satelliteAutoSync: boolean;
}

/** Why the options cannot drive the browser flow (@clerk/backend throws for these). */
export type ContextProblem = { readonly problem: string };

/** Builds the context, or says which option is wrong. */
export async function flowContext(host: HandshakeHost): Promise<FlowContext | ContextProblem> {
  const { request, options } = host;
  const publishableKey = options.publishableKey;
  const keyHost = publishableKey ? issuerFromPublishableKey(publishableKey)?.slice("https://".length) : undefined;
  if (!publishableKey || !keyHost) {
    return { problem: "The handshake plug-in needs the instance's publishable key (publishableKey: pk_test_… or pk_live_…)." };
  }
  const instanceType = publishableKey.startsWith("pk_live_") ? "production" : "development";
  const headers = request.headers;
  const header = (name: string): string | undefined => headers.get(name) || undefined;
  const url = publicUrl(request);
  const isSatellite = options.isSatellite === true;
  const domain = options.domain || undefined;
  const proxyUrl = options.proxyUrl?.startsWith("/") ? `${url.origin}${options.proxyUrl}` : options.proxyUrl || undefined;

  if (isSatellite) {
    const secretKey = host.core.secretKey ?? "";
    const devSecret = secretKey.startsWith("sk_test_") || secretKey.startsWith("test_");
    if (!options.signInUrl && devSecret) return { problem: "A satellite on a development instance needs signInUrl (on the primary domain)." };
    if (options.signInUrl) {
      let signIn: URL;
      try {
        signIn = new URL(options.signInUrl);
      } catch {
        return { problem: "signInUrl must be an absolute URL on a satellite." };
      }
      if (signIn.origin === url.origin) return { problem: "A satellite's signInUrl must be on another origin (the primary domain)." };
    }
    if (!proxyUrl && !domain) return { problem: "A satellite needs domain or proxyUrl." };
  }

  // The instance's own Frontend API host, which its session tokens name as `iss`.
  const ownFrontendApi = instanceType === "production" && isSatellite && domain ? `clerk.${domain}` : keyHost;
  const frontendApi = proxyUrl ?? ownFrontendApi;

  const cookies = parseCookies(header("cookie"));
  const suffix = await cookieSuffix(publishableKey);
  const plain = (name: string): string | undefined => cookies.get(name) || undefined;
  const suffixed = (name: string): string | undefined => cookies.get(`${name}_${suffix}`) || undefined;
  const { nowMs } = clockOf(options);
  const useSuffixed = chooseSuffixed(plain, suffixed, ownFrontendApi, instanceType, nowMs);
  const pick = (name: string): string | undefined => (useSuffixed ? suffixed(name) : plain(name));
  const query = (name: string): string | undefined => url.searchParams.get(name) || undefined;

  return {
    method: request.method,
    url,
    secFetchDest: header("sec-fetch-dest"),
    accept: header("accept"),
    referrer: header("referer"),
    instanceType,
    frontendApi,
    usesSuffixedCookies: useSuffixed,
    sessionToken: pick(NAMES.session),
    refreshToken: suffixed(NAMES.refresh),
    clientUat: Number.parseInt(pick(NAMES.clientUat) ?? "", 10) || 0,
    devBrowserToken: query(NAMES.devBrowser) ?? pick(NAMES.devBrowser),
    // The handshake cookies are never suffixed.
    handshakeToken: query(NAMES.handshake) ?? plain(NAMES.handshake),
    handshakeNonce: query(NAMES.handshakeNonce) ?? plain(NAMES.handshakeNonce),
    redirectCount: Number(plain(NAMES.redirectCount)) || 0,
    isSatellite,
    signInUrl: options.signInUrl || undefined,
    satelliteAutoSync: options.satelliteAutoSync === true,
  };
}

/**
 * The URL the browser used. Behind a proxy the request URL is the internal one; the first value
 * of `x-forwarded-host` (else `host`) and of `x-forwarded-proto` name the public origin.
 */
function publicUrl(request: Request): URL {
  const initial = new URL(request.url);
  const first = (name: string): string | undefined => request.headers.get(name)?.split(",")[0];
  const host = first("x-forwarded-host") ?? request.headers.get("host") ?? undefined;
  const proto = first("x-forwarded-proto") ?? initial.protocol.replace(/[:/]/, "");
  if (!host || !proto) return initial;
  try {
    const origin = `${proto}://${host}`;
    return origin === initial.origin ? initial : new URL(initial.pathname + initial.search, origin);
  } catch {
    return initial;
  }
}

/**
 * Whether this instance's suffixed cookies (`__session_<suffix>`, …) are the ones to read, by
 * @clerk/backend's rules for browsers that carry both kinds (old and new clerk-js, downgrades).
 */
function chooseSuffixed(
  plain: (name: string) => string | undefined,
  suffixed: (name: string) => string | undefined,
  ownFrontendApi: string,
  instanceType: "production" | "development",
  nowMs: number,
): boolean {
  const suffixedUat = suffixed(NAMES.clientUat);
  const plainUat = plain(NAMES.clientUat);
  const suffixedSession = suffixed(NAMES.session);
  const session = plain(NAMES.session);
  const claims = (token: string | undefined): { iss?: unknown; iat?: unknown; exp?: unknown } | undefined => {
    if (!token) return undefined;
    const decoded = decodeJwt(token);
    return decoded?.payload;
  };
  const plainClaims = claims(session);
  // A malformed plain session (no `iss`): read the plain cookies, which then sign the request out.
  if (session && !plainClaims?.iss) return false;
  // A plain session of another instance on the same domain: ours are the suffixed ones.
  if (session && (typeof plainClaims?.iss !== "string" || plainClaims.iss.replace(/https?:\/\//gi, "") !== ownFrontendApi)) return true;
  if (!suffixedUat && !suffixedSession) return false;
  const suffixedClaims = claims(suffixedSession);
  const iat = (c: { iat?: unknown } | undefined): number => (typeof c?.iat === "number" && c.iat) || 0;
  // Both signed in and the plain token is newer: an older clerk-js wrote it last.
  if (suffixedUat !== "0" && plainUat !== "0" && iat(plainClaims) > iat(suffixedClaims)) return false;
  if (suffixedUat === "0" && plainUat !== "0") return false;
  if (instanceType !== "production") {
    const exp = suffixedClaims?.exp;
    const expired = suffixedClaims !== undefined && typeof exp === "number" && exp <= Math.floor(nowMs / 1000);
    if (suffixedUat !== "0" && plainUat === "0" && expired) return false;
  }
  // A suffixed session without its suffixed client_uat: the instance does not write suffixed cookies.
  if (!suffixedUat && suffixedSession) return false;
  return true;
}

/**
 * Clerk only redirects requests that are probably a page load: GET (the Frontend API accepts
 * nothing else) with `Sec-Fetch-Dest: document` or `iframe`, or, from browsers without
 * `Sec-Fetch-*`, an `Accept` that starts with `text/html`.
 */
export function isDocumentRequest(ctx: FlowContext): boolean {
  if (ctx.method !== "GET") return false;
  if (ctx.secFetchDest === "document" || ctx.secFetchDest === "iframe") return true;
  return !ctx.secFetchDest && ctx.accept?.startsWith("text/html") === true;
}

const LEGACY_DEV_SUFFIXES = [".lcl.dev", ".lclstage.dev", ".lclclerk.com"];
const CURRENT_DEV_SUFFIXES = [".accounts.dev", ".accountsstage.dev", ".accounts.lclclerk.com"];

/** The page was reached from another origin (a satellite, another site) per `Referer`. */
export function isCrossOriginReferrer(ctx: FlowContext): boolean {
  if (!ctx.referrer) return false;
  try {
    return new URL(ctx.referrer).origin !== ctx.url.origin;
  } catch {
    return false;
  }
}

/**
 * The page was reached from Clerk itself: the Frontend API, the instance's Account Portal, or on
 * development instances a development Account Portal host.
 */
export function isKnownClerkReferrer(ctx: FlowContext): boolean {
  if (!ctx.referrer) return false;
  try {
    const referrer = new URL(ctx.referrer);
    const host = referrer.hostname;
    const fapiHost = ctx.frontendApi.startsWith("http") ? new URL(ctx.frontendApi).hostname : ctx.frontendApi;
    if (host === fapiHost) return true;
    if (ctx.instanceType !== "production") {
      if (LEGACY_DEV_SUFFIXES.some((s) => host.startsWith("accounts.") && host.endsWith(s))) return true;
      if (CURRENT_DEV_SUFFIXES.some((s) => host.endsWith(s) && !host.endsWith(`.clerk${s}`))) return true;
    }
    const accounts = ctx.frontendApi.replace(/clerk\.accountsstage\./, "accountsstage.").replace(/clerk\.accounts\.|clerk\./, "accounts.");
    return referrer.origin === new URL(`https://${accounts}`).origin;
  } catch {
    return false;
  }
}
