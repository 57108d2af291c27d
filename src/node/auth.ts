// The auth object the framework adapters hand to an app, and the one place it is kept. Shared by
// clerk-fn/node (Express, Fastify, node:http) and clerk-fn/hono; web globals only.
import type { AcceptsToken, AuthenticateRequestOptions, AuthObject, AuthReason, RequestState, TokenType } from "../auth/index.js";

declare const clerkAuthBrand: unique symbol;

/**
 * Who sent the request, as the adapters' middleware decided it: the `toAuth()` fields of
 * `authenticateRequest` plus the outcome. Frozen, and branded so that only the middleware makes
 * one (an object literal with the same fields is not a `ClerkAuth`).
 */
export type ClerkAuth = AuthObject & {
  /** `true` when the request carries a valid token of an accepted kind. */
  readonly isAuthenticated: boolean;
  /** Why the request is signed out (`session-token-missing`, `token-expired`…); `null` when signed in. */
  readonly reason: AuthReason | null;
  readonly [clerkAuthBrand]: true;
};

/** Options of the adapters' middleware: `authenticateRequest`'s, and how to read the URL. */
export interface ClerkMiddlewareOptions extends AuthenticateRequestOptions {
  /**
   * Node adapters: trust `X-Forwarded-Proto` / `X-Forwarded-Host` (see `toFetchRequest`). Only
   * behind a proxy of yours that sets them. Default `false`.
   */
  readonly trustProxy?: boolean | undefined;
}

/** Options of `requireAuth`. */
export interface RequireAuthOptions<Req = unknown> {
  /**
   * Where to send a signed-out request instead of answering 401 (a sign-in page), e.g.
   * `"/sign-in"` or `(req) => "/sign-in?redirect_url=" + encodeURIComponent(req.url)`. Answered 302.
   */
  readonly redirectTo?: string | ((req: Req) => string) | undefined;
  /**
   * A signed-in request that this returns `false` for (or throws) is answered 403, e.g.
   * `(auth) => auth.tokenType === "session_token" && auth.orgRole === "org:admin"`.
   */
  readonly authorize?: ((auth: ClerkAuth) => boolean | Promise<boolean>) | undefined;
  /**
   * Token kinds this route takes, when the middleware accepts more (e.g. it accepts API keys for
   * the API, but this page wants a session): another kind is answered 401 `token-type-mismatch`.
   */
  readonly acceptsToken?: TokenType | readonly TokenType[] | undefined;
}

/** What `requireAuth` does with a request. */
export type AuthDecision =
  | { readonly kind: "allow" }
  | { readonly kind: "redirect"; readonly location: string }
  | { readonly kind: "deny"; readonly status: 401 | 403 | 500; readonly body: { readonly error: string; readonly reason?: AuthReason } };

// Keyed by the request object: nothing but these adapters can write here, so a middleware that
// happens to set `req.auth` or `res.locals.clerkAuth` cannot make a request look signed in.
const registry = /*#__PURE__*/ new WeakMap<object, ClerkAuth>();

/** Builds the frozen auth object from a request state. */
export function toClerkAuth(state: RequestState<AcceptsToken>): ClerkAuth {
  // Each state kind has its own toAuth() signature; called without options they agree.
  return Object.freeze({
    ...(state as { toAuth(): AuthObject }).toAuth(),
    isAuthenticated: state.status === "signed-in",
    reason: state.reason,
  }) as ClerkAuth;
}

/** Keeps `auth` for each of `keys` (e.g. a Fastify request and its node request). */
export function rememberAuth(auth: ClerkAuth, ...keys: readonly unknown[]): void {
  for (const key of keys) if (typeof key === "object" && key !== null) registry.set(key, auth);
}

/** The auth object the middleware stored for this request object, `undefined` when it did not run. */
export function storedAuth(key: unknown): ClerkAuth | undefined {
  return typeof key === "object" && key !== null ? registry.get(key) : undefined;
}

/** The decision of `requireAuth` for an auth object (or its absence: the middleware did not run). */
export async function decide<Req>(auth: ClerkAuth | undefined, req: Req, options: RequireAuthOptions<Req> | undefined): Promise<AuthDecision> {
  if (auth === undefined) {
    // Fail closed: a route guarded by requireAuth without the middleware is a setup mistake.
    return { kind: "deny", status: 500, body: { error: "clerk_middleware_missing" } };
  }
  if (!auth.isAuthenticated) {
    const to = options?.redirectTo;
    try {
      if (to !== undefined) return { kind: "redirect", location: typeof to === "function" ? to(req) : to };
    } catch {
      // A redirect function that throws: answered as if there were none.
    }
    return { kind: "deny", status: 401, body: { error: "unauthenticated", ...(auth.reason ? { reason: auth.reason } : {}) } };
  }
  const accepted = options?.acceptsToken;
  if (accepted !== undefined && !(typeof accepted === "string" ? [accepted] : accepted).includes(auth.tokenType)) {
    return { kind: "deny", status: 401, body: { error: "unauthenticated", reason: "token-type-mismatch" } };
  }
  if (options?.authorize !== undefined) {
    let allowed = false;
    try {
      allowed = (await options.authorize(auth)) === true;
    } catch {
      allowed = false;
    }
    if (!allowed) return { kind: "deny", status: 403, body: { error: "forbidden" } };
  }
  return { kind: "allow" };
}
