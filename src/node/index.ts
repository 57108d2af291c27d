// clerk-fn/node: Clerk authentication and webhooks for node:http, Express and Fastify. The
// frameworks are optional peers: nothing here imports them (their shapes are typed structurally).
export { toFetchRequest, readRawBody, type ToFetchRequestOptions } from "./request.js";
export { toNodeHandler, writeFetchResponse, type FetchHandler, type NodeHandlerOptions } from "./handler.js";
export { authenticateNodeRequest, clerkMiddleware, getAuth, requireAuth } from "./express.js";
export { clerkHook, clerkPlugin, fastifyRequireAuth, FASTIFY_AUTH_PROPERTY, type FastifyInstanceLike, type FastifyReplyLike } from "./fastify.js";
export { NodeAdapterError, type NodeAdapterReason } from "./errors.js";
export type { ClerkAuth, ClerkMiddlewareOptions, RequireAuthOptions } from "./auth.js";
export type { NextFunction, NodeHeaders, NodeRequestLike, NodeResponseLike } from "./types.js";
