// Authentication for node:http and Express (Connect-style middleware).
import { authenticateRequest } from "../auth/authenticateRequest.js";
import type { ClerkCore } from "../core/core.js";
import { decide, rememberAuth, storedAuth, toClerkAuth, type AuthDecision, type ClerkAuth, type ClerkMiddlewareOptions, type RequireAuthOptions } from "./auth.js";
import { toFetchRequest } from "./request.js";
import type { NextFunction, NodeRequestLike, NodeResponseLike } from "./types.js";

/**
 * Authenticates a node:http / Express / Fastify request (as `authenticateRequest` does, from the
 * Bearer header or the session cookie) and returns the frozen auth object, also kept for
 * {@link getAuth}. Never rejects: anything unexpected is a signed-out auth (`unexpected-error`).
 */
export async function authenticateNodeRequest(core: ClerkCore, req: NodeRequestLike, options?: ClerkMiddlewareOptions): Promise<ClerkAuth> {
  // Headers only: authentication never reads the body, which stays for the route.
  const request = toFetchRequest(req, { trustProxy: options?.trustProxy, body: false });
  // authenticateRequest answers a non-Request with a signed-out `unexpected-error` state.
  const state = await authenticateRequest(core, request.ok ? request.value : (undefined as unknown as Request), options);
  const auth = toClerkAuth(state);
  rememberAuth(auth, req, req?.raw);
  return auth;
}

/**
 * The auth object `clerkMiddleware` (or `authenticateNodeRequest`, or the Fastify hook) stored for
 * this request; `undefined` when none of them ran for it. Only those can store it: setting
 * `req.auth` or `res.locals.clerkAuth` elsewhere does not change what this returns.
 */
export function getAuth(req: unknown): ClerkAuth | undefined {
  return storedAuth(req);
}

/**
 * Express / Connect middleware: authenticates every request and keeps the auth object for
 * `getAuth(req)` and, read-only, as `res.locals.clerkAuth`. It never rejects a request itself
 * (see `requireAuth`) and always calls `next()`.
 *
 * ```ts
 * app.use(clerkMiddleware(core, { authorizedParties: ["https://example.com"] }));
 * app.get("/me", requireAuth(), (req, res) => res.json({ userId: getAuth(req)?.userId }));
 * ```
 */
export function clerkMiddleware(
  core: ClerkCore,
  options?: ClerkMiddlewareOptions,
): (req: NodeRequestLike, res: NodeResponseLike, next: NextFunction) => Promise<void> {
  return async (req, res, next) => {
    const auth = await authenticateNodeRequest(core, req, options);
    exposeOnLocals(res, auth);
    next();
  };
}

/**
 * Express / Connect middleware that lets only authenticated requests through: signed out → 401
 * JSON `{ error: "unauthenticated", reason }` (or a 302 to `redirectTo`), signed in but refused
 * by `authorize` → 403. Without `clerkMiddleware` before it, every request is answered 500
 * (`clerk_middleware_missing`): fail closed.
 */
export function requireAuth(
  options?: RequireAuthOptions<NodeRequestLike>,
): (req: NodeRequestLike, res: NodeResponseLike, next: NextFunction) => Promise<void> {
  return async (req, res, next) => {
    const decision = await decide(storedAuth(req), req, options);
    if (decision.kind === "allow") return next();
    writeDecision(res, decision);
  };
}

/** Answers a 401/403/500 or a redirect on a node:http response. */
export function writeDecision(res: NodeResponseLike, decision: Exclude<AuthDecision, { kind: "allow" }>): void {
  try {
    if (decision.kind === "redirect") {
      res.statusCode = 302;
      res.setHeader("location", decision.location);
      res.end();
      return;
    }
    res.statusCode = decision.status;
    res.setHeader("content-type", "application/json");
    if (decision.status === 401) res.setHeader("www-authenticate", "Bearer");
    res.end(JSON.stringify(decision.body));
  } catch {
    // The response was already sent or destroyed.
  }
}

/** `res.locals.clerkAuth`, defined read-only so later middleware cannot replace it. */
function exposeOnLocals(res: NodeResponseLike, auth: ClerkAuth): void {
  try {
    const locals = res.locals;
    if (typeof locals !== "object" || locals === null) return;
    Object.defineProperty(locals, "clerkAuth", { value: auth, enumerable: true, writable: false, configurable: false });
  } catch {
    // Already defined (the middleware mounted twice): getAuth(req) is the source of truth.
  }
}
