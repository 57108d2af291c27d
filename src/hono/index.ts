// clerk-fn/hono: Clerk authentication as Hono middleware. Only Hono's types are imported (hono
// is an optional peer); the request is already a Fetch API Request, so nothing is converted.
import type { Context, MiddlewareHandler } from "hono";
import { authenticateRequest } from "../auth/authenticateRequest.js";
import type { ClerkCore } from "../core/core.js";
import { decide, rememberAuth, storedAuth, toClerkAuth, type ClerkAuth, type ClerkMiddlewareOptions, type RequireAuthOptions } from "../node/auth.js";

export type { ClerkAuth, RequireAuthOptions } from "../node/auth.js";

/** The context variables the middleware sets: `c.get("clerkAuth")`. */
export type ClerkVariables = { clerkAuth: ClerkAuth };

/** The Hono environment of routes behind the middleware. */
export type ClerkEnv = { Variables: ClerkVariables };

/** Options of the Hono middleware: those of `authenticateRequest` (no proxy setting: Hono's URL is used as is). */
export type HonoClerkOptions = Omit<ClerkMiddlewareOptions, "trustProxy">;

/**
 * Hono middleware: authenticates every request (Bearer header or session cookie, as
 * `authenticateRequest`) and sets the frozen auth object as `c.get("clerkAuth")`. It never
 * rejects a request itself (see `requireAuth`).
 *
 * ```ts
 * const app = new Hono<ClerkEnv>();
 * app.use(clerkMiddleware(core));
 * app.get("/me", requireAuth(), (c) => c.json({ userId: c.get("clerkAuth").userId }));
 * ```
 */
export function clerkMiddleware(core: ClerkCore, options?: HonoClerkOptions): MiddlewareHandler<ClerkEnv> {
  return async (c, next) => {
    const auth = toClerkAuth(await authenticateRequest(core, c.req.raw, options));
    rememberAuth(auth, c.req.raw);
    c.set("clerkAuth", auth);
    await next();
  };
}

/**
 * The auth object the middleware made for this request, `undefined` when it did not run. Unlike
 * `c.get("clerkAuth")`, which any later middleware can `c.set`, only the middleware writes this.
 */
export function getAuth(c: Context): ClerkAuth | undefined {
  return storedAuth((c as Partial<Context> | undefined)?.req?.raw);
}

/**
 * Lets only authenticated requests through: signed out → 401 JSON `{ error: "unauthenticated",
 * reason }` (or a 302 to `redirectTo`), refused by `authorize` → 403, and 500 when
 * `clerkMiddleware` did not run first (fail closed). It reads what the middleware stored, not
 * the `clerkAuth` variable.
 */
export function requireAuth(options?: RequireAuthOptions<Context>): MiddlewareHandler<ClerkEnv> {
  return async (c, next) => {
    const decision = await decide(storedAuth(c.req.raw), c, options);
    if (decision.kind === "allow") return next();
    if (decision.kind === "redirect") return c.redirect(decision.location, 302);
    if (decision.status === 401) c.header("www-authenticate", "Bearer");
    return c.json(decision.body, decision.status);
  };
}
