// The emulator over HTTP: the Backend API routes of createClerkEmulator plus a few control
// endpoints under /__emulator, as one Fetch API handler. Web globals only; the `clerk-fn emulator`
// command serves it with node:http, and Bun.serve / Deno.serve can serve it as is.
import type { ClerkEmulator } from "./types.js";

/** The control endpoints, for tests written in any language. */
export const CONTROL_PREFIX = "/__emulator";

/**
 * A Fetch API handler for an emulator: every Backend API route (with or without the `/v1`
 * prefix, authenticated by the emulator's secret key as Clerk's API is), and, without a key:
 *
 * - `POST /__emulator/reset` → back to the seeded state (`{ reset: true }`);
 * - `POST /__emulator/session_token` `{ userId, orgId?, azp?, sessionId?, expiresInSeconds?, claims? }`
 *   → `{ jwt }`, a session token signed with the instance key (400 `{ error }` when refused);
 * - `GET /__emulator/info` → secret key, issuer, instance id, webhook signing secret, PEM public key;
 * - `GET /__emulator/requests` and `GET /__emulator/events` → what the emulator recorded;
 * - `GET /.well-known/jwks.json` → the JWKS (the same as `GET /v1/jwks`, but public, as a
 *   Frontend API serves it).
 *
 * Never rejects.
 */
export function emulatorHandler(emulator: ClerkEmulator): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const { pathname } = new URL(request.url);
      const method = request.method.toUpperCase();
      if (pathname === "/.well-known/jwks.json" && method === "GET") {
        return await emulator.fetch(new URL("/v1/jwks", request.url), { headers: { authorization: `Bearer ${emulator.secretKey}` } });
      }
      if (pathname !== CONTROL_PREFIX && !pathname.startsWith(`${CONTROL_PREFIX}/`)) return await emulator.fetch(request);
      return await control(emulator, method, pathname.slice(CONTROL_PREFIX.length), request);
    } catch (cause) {
      return Response.json({ error: cause instanceof Error ? cause.message : "The emulator failed." }, { status: 500 });
    }
  };
}

async function control(emulator: ClerkEmulator, method: string, path: string, request: Request): Promise<Response> {
  const route = `${method} ${path}`;
  switch (route) {
    case "POST /reset":
      emulator.reset();
      return Response.json({ reset: true });
    case "POST /session_token":
      return await sessionToken(emulator, request);
    case "GET /info":
      return Response.json({
        instanceId: emulator.instanceId,
        issuer: emulator.issuer,
        secretKey: emulator.secretKey,
        webhookSigningSecret: emulator.webhookSigningSecret,
        publicKeyPem: await emulator.publicKeyPem(),
      });
    case "GET /requests":
      return Response.json(emulator.requests);
    case "GET /events":
      return Response.json(emulator.events);
    default:
      return Response.json({ error: `No emulator control endpoint ${route}.` }, { status: 404 });
  }
}

async function sessionToken(emulator: ClerkEmulator, request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "The body must be JSON: { \"userId\": \"user_…\" }." }, { status: 400 });
  }
  const input = typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const { userId, orgId, azp, sessionId, expiresInSeconds, claims } = input;
  const strings = { userId, orgId, azp, sessionId };
  for (const [name, value] of Object.entries(strings)) {
    if (value !== undefined && typeof value !== "string") return Response.json({ error: `${name} must be a string.` }, { status: 400 });
  }
  if (typeof userId !== "string" || userId === "") return Response.json({ error: "userId is required." }, { status: 400 });
  if (expiresInSeconds !== undefined && (typeof expiresInSeconds !== "number" || !(expiresInSeconds > 0))) {
    return Response.json({ error: "expiresInSeconds must be a positive number." }, { status: 400 });
  }
  if (claims !== undefined && (typeof claims !== "object" || claims === null || Array.isArray(claims))) {
    return Response.json({ error: "claims must be an object." }, { status: 400 });
  }
  try {
    const jwt = await emulator.createSessionToken({
      userId,
      ...(typeof orgId === "string" ? { orgId } : {}),
      ...(typeof azp === "string" ? { azp } : {}),
      ...(typeof sessionId === "string" ? { sessionId } : {}),
      ...(typeof expiresInSeconds === "number" ? { expiresInSeconds } : {}),
      ...(claims !== undefined ? { claims: claims as Record<string, unknown> } : {}),
    });
    return Response.json({ jwt });
  } catch (cause) {
    return Response.json({ error: cause instanceof Error ? cause.message : "The token could not be minted." }, { status: 400 });
  }
}
