// The handshake answer: a redirect through the Frontend API (or a given Location), made
// uncacheable, counted in a short-lived cookie so a misconfigured app cannot loop forever.
import { API_VERSION } from "../../core/core.js";
import type { SignedOutState } from "../authenticateRequest.js";
import { NAMES, type FlowContext } from "./context.js";
import type { HandshakeHost, HandshakeReason, HandshakeState } from "./types.js";

/** After this many handshakes within the counter cookie's 2 s, the request is signed out instead. */
export const MAX_REDIRECTS = 3;

/**
 * The redirect to `<Frontend API>/v1/client/handshake`, which sets fresh cookies and sends the
 * browser back to this URL (without dev-browser parameters) carrying `__clerk_handshake_nonce`.
 */
export function handshakeLocation(ctx: FlowContext, reason: HandshakeReason): string {
  const back = new URL(ctx.url);
  back.searchParams.delete(NAMES.devBrowser);
  back.searchParams.delete(NAMES.legacyDevBrowser);
  const base = (ctx.frontendApi.startsWith("http") ? ctx.frontendApi : `https://${ctx.frontendApi}`).replace(/\/+$/, "") + "/";
  const url = new URL("v1/client/handshake", base);
  url.searchParams.append("redirect_url", back.href);
  url.searchParams.append("__clerk_api_version", API_VERSION);
  url.searchParams.append("suffixed_cookies", String(ctx.usesSuffixedCookies));
  url.searchParams.append("__clerk_hs_reason", reason);
  url.searchParams.append("format", "nonce");
  if (ctx.sessionToken) url.searchParams.append(NAMES.session, ctx.sessionToken);
  if (ctx.instanceType === "development" && ctx.devBrowserToken) url.searchParams.append(NAMES.devBrowser, ctx.devBrowserToken);
  return url.href;
}

/**
 * The `handshake` state for `reason` (to the Frontend API, or to `location` when given), or a
 * signed-out state with the same reason when this browser has been redirected too often already.
 */
export function handshakeOrSignedOut(
  host: HandshakeHost,
  ctx: FlowContext,
  reason: HandshakeReason,
  message: string,
  location?: string,
): HandshakeState | SignedOutState {
  if (ctx.redirectCount === MAX_REDIRECTS) {
    const why =
      reason === "satellite-needs-syncing"
        ? "Satellite sync ended in a redirect loop: check that this domain is a configured primary or satellite domain of the instance."
        : "The handshake ended in a redirect loop: check that the publishable and secret keys belong to the same instance.";
    host.core.options.debugLogger?.warn?.(`clerk-fn: ${why}`);
    return host.signedOut(reason, message ? `${message} ${why}` : why, null, new Headers());
  }
  const headers = new Headers({ Location: location ?? handshakeLocation(ctx, reason) });
  // Browsers cache 307s of inactive tabs; a cached handshake redirect would loop forever.
  headers.set("Cache-Control", "no-store");
  headers.append("Set-Cookie", `${NAMES.redirectCount}=${ctx.redirectCount + 1}; SameSite=Lax; HttpOnly; Max-Age=2`);
  const auth = host.signedOut(reason, message, null, headers);
  return { status: "handshake", reason, message, token: null, tokenType: "session_token", payload: null, headers, toAuth: auth.toAuth };
}
