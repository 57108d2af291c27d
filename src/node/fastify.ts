// Authentication for Fastify: an onRequest hook / plugin and a preHandler guard. Typed
// structurally, so neither fastify's code nor its types are needed to import this module.
import type { ClerkCore } from "../core/core.js";
import { decide, storedAuth, type ClerkAuth, type ClerkMiddlewareOptions, type RequireAuthOptions } from "./auth.js";
import { authenticateNodeRequest } from "./express.js";
import type { NodeRequestLike } from "./types.js";

/** The part of a Fastify `reply` the guard uses. */
export interface FastifyReplyLike {
  code(statusCode: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(payload?: unknown): unknown;
}

/** The part of a Fastify instance the plugin uses. */
export interface FastifyInstanceLike {
  decorateRequest(name: string, value: null): unknown;
  addHook(name: "onRequest", hook: (request: NodeRequestLike & { clerkAuth?: ClerkAuth | null }) => Promise<void>): unknown;
}

/** The request property the plugin decorates: specific enough that no other plugin uses it. */
export const FASTIFY_AUTH_PROPERTY = "clerkAuth";

/**
 * A Fastify `onRequest` hook that authenticates each request; read the result with
 * `getAuth(request)`. `fastify.addHook("onRequest", clerkHook(core, options))`.
 */
export function clerkHook(core: ClerkCore, options?: ClerkMiddlewareOptions): (request: NodeRequestLike) => Promise<void> {
  return async (request) => {
    await authenticateNodeRequest(core, request, options);
  };
}

/**
 * A Fastify plugin: decorates requests with `request.clerkAuth` (Fastify refuses to start if
 * another plugin already took that name, so a collision cannot go unnoticed) and fills it in an
 * `onRequest` hook, for the whole app (it is not encapsulated).
 * `await fastify.register(clerkPlugin, { core })`.
 */
export const clerkPlugin: ((fastify: FastifyInstanceLike, options: ClerkMiddlewareOptions & { readonly core: ClerkCore }) => Promise<void>) & {
  readonly [key: symbol]: boolean;
} = /*#__PURE__*/ Object.assign(
  async (fastify: FastifyInstanceLike, { core, ...options }: ClerkMiddlewareOptions & { readonly core: ClerkCore }): Promise<void> => {
    fastify.decorateRequest(FASTIFY_AUTH_PROPERTY, null);
    fastify.addHook("onRequest", async (request) => {
      request.clerkAuth = await authenticateNodeRequest(core, request, options);
    });
  },
  // What fastify-plugin sets: the hook then applies outside the plugin's own scope.
  { [Symbol.for("skip-override")]: true },
);

/**
 * A Fastify `preHandler` that lets only authenticated requests through: 401 / 302 / 403 as the
 * Express `requireAuth`, 500 when no Clerk hook ran for the request.
 * `fastify.get("/me", { preHandler: fastifyRequireAuth() }, handler)`.
 */
export function fastifyRequireAuth(
  options?: RequireAuthOptions<NodeRequestLike>,
): (request: NodeRequestLike, reply: FastifyReplyLike) => Promise<FastifyReplyLike | undefined> {
  // Returning the reply after send() is how an async Fastify hook stops the request there.
  return async (request, reply) => {
    const decision = await decide(storedAuth(request), request, options);
    if (decision.kind === "allow") return undefined;
    if (decision.kind === "redirect") {
      reply.code(302).header("location", decision.location).send();
      return reply;
    }
    if (decision.status === 401) reply.header("www-authenticate", "Bearer");
    reply.code(decision.status).header("content-type", "application/json").send(decision.body);
    return reply;
  };
}
