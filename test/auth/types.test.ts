// Type-level tests of src/auth (checked by `npm run typecheck`, which includes test/): toAuth()
// narrowed by acceptsToken, the README's snippets compiling as written, and session claims typed
// through module augmentation. The runtime part checks the README still holds these snippets.
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ClerkCore } from "../../src/core/index.js";
import {
  authenticateRequest,
  jwksWebCache,
  verifyToken,
  type ApiKeyAuth,
  type InvalidTokenAuth,
  type M2MAuth,
  type OAuthAuth,
  type SessionAuthObject,
  type SignedInSessionAuth,
  type SignedOutSessionAuth,
  type WebCacheLike,
} from "../../src/auth/index.js";

declare module "../../src/auth/index.js" {
  interface CustomJwtSessionClaims {
    tenant?: string;
  }
}

declare const core: ClerkCore;
declare const request: Request;
declare const env: { CLERK_JWT_KEY: string; CLERK_PUBLISHABLE_KEY: string; CLERK_SECRET_KEY: string; CLERK_MACHINE_SECRET_KEY: string };
declare const caches: { default: WebCacheLike };

// The README's first snippet, as written there (the function is never called: types only).
export async function readmeSession(): Promise<Response | undefined> {
  // In any fetch-style handler (Workers, Next.js route handlers, Bun.serve, Hono, …)
  const state = await authenticateRequest(core, request, {
    jwtKey: env.CLERK_JWT_KEY,                       // networkless: no JWKS request at all
    publishableKey: env.CLERK_PUBLISHABLE_KEY,       // picks this app's __session_<suffix> cookie
    authorizedParties: ["https://app.example.com"],  // azp must be one of these
  });
  if (state.status !== "signed-in") return new Response(state.reason, { status: 401 });
  const { userId, orgId, orgRole, has } = state.toAuth();
  if (!userId) return new Response("pending session", { status: 403 });
  if (!has({ permission: "org:invoices:read" })) return new Response("forbidden", { status: 403 });
  expectTypeOf(userId).toEqualTypeOf<string>();
  expectTypeOf(orgId).toEqualTypeOf<string | null>();
  expectTypeOf(orgRole).toEqualTypeOf<string | null>();
  return undefined;
}

// The README's machine-token snippet.
export async function readmeMachines(): Promise<Response | undefined> {
  const core = new ClerkCore({ secretKey: env.CLERK_SECRET_KEY, machineSecretKey: env.CLERK_MACHINE_SECRET_KEY });
  const state = await authenticateRequest(core, request, { acceptsToken: ["session_token", "api_key", "m2m_token"] });
  if (state.status !== "signed-in") return new Response(state.reason, { status: 401 });
  const auth = state.toAuth();
  switch (auth.tokenType) {
    case "session_token": return Response.json({ user: auth.userId, org: auth.orgId });
    case "api_key": return Response.json({ key: auth.name, owner: auth.userId ?? auth.orgId, scopes: auth.scopes });
    case "m2m_token": return Response.json({ machine: auth.machineId, claims: auth.claims });
  }
  return undefined;
}

export async function narrowing(): Promise<void> {
  const byDefault = await authenticateRequest(core, request);
  const session = await authenticateRequest(core, request, { acceptsToken: "session_token" });
  const sessionList = await authenticateRequest(core, request, { acceptsToken: ["session_token"] });
  if (byDefault.status === "signed-in" && session.status === "signed-in" && sessionList.status === "signed-in") {
    expectTypeOf(byDefault.toAuth()).toEqualTypeOf<SessionAuthObject>();
    expectTypeOf(session.toAuth()).toEqualTypeOf<SessionAuthObject>();
    expectTypeOf(sessionList.toAuth()).toEqualTypeOf<SessionAuthObject>();
    expectTypeOf(session.toAuth({ treatPendingAsSignedOut: false })).toEqualTypeOf<SignedInSessionAuth>();
    // Custom claims through CustomJwtSessionClaims.
    const claims = session.toAuth({ treatPendingAsSignedOut: false }).sessionClaims;
    expectTypeOf(claims.tenant).toEqualTypeOf<string | undefined>();
    expectTypeOf(claims.sub).toEqualTypeOf<string>();
  }
  if (byDefault.status === "signed-out") {
    expectTypeOf(byDefault.toAuth()).toEqualTypeOf<SignedOutSessionAuth>();
    expectTypeOf(byDefault.tokenType).toEqualTypeOf<"session_token">();
  }
  const apiKey = await authenticateRequest(core, request, { acceptsToken: "api_key" });
  if (apiKey.status === "signed-in") expectTypeOf(apiKey.toAuth()).toEqualTypeOf<ApiKeyAuth>();
  const m2m = await authenticateRequest(core, request, { acceptsToken: "m2m_token" });
  if (m2m.status === "signed-in") expectTypeOf(m2m.toAuth()).toEqualTypeOf<M2MAuth>();
  const oauth = await authenticateRequest(core, request, { acceptsToken: "oauth_token" });
  if (oauth.status === "signed-in") expectTypeOf(oauth.toAuth()).toEqualTypeOf<OAuthAuth>();
  const any = await authenticateRequest(core, request, { acceptsToken: "any" });
  if (any.status === "signed-in") {
    expectTypeOf(any.tokenType).toEqualTypeOf<"session_token" | "api_key" | "m2m_token" | "oauth_token">();
    if (any.tokenType === "oauth_token") expectTypeOf(any.toAuth()).toEqualTypeOf<OAuthAuth>();
  }
  const list = await authenticateRequest(core, request, { acceptsToken: ["api_key", "oauth_token"] });
  if (list.status === "signed-out") {
    expectTypeOf(list.tokenType).toEqualTypeOf<"api_key" | "oauth_token" | null>();
    expectTypeOf<InvalidTokenAuth>().toMatchTypeOf<ReturnType<typeof list.toAuth>>();
  }
  // @ts-expect-error — a session route's auth object has no machineId.
  if (session.status === "signed-in") console.log(session.toAuth().machineId);
  // @ts-expect-error — not a token kind.
  await authenticateRequest(core, request, { acceptsToken: "cookie" });
  const verified = await verifyToken(core, "t", { jwtKey: env.CLERK_JWT_KEY, jwksCache: jwksWebCache(caches.default) });
  if (verified.ok) expectTypeOf(verified.value.sub).toEqualTypeOf<string>();
}

describe("the README's auth snippets are the ones type-checked here", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Request authentication"), readme.indexOf("## Webhooks"));
  const source = readFileSync(new URL(import.meta.url), "utf8");
  const block = (fn: string): string[] => {
    const body = source.slice(source.indexOf(`export async function ${fn}(`));
    return body
      .slice(body.indexOf("\n") + 1, body.indexOf("\n  return undefined;"))
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("expectTypeOf"));
  };
  it.each(["readmeSession", "readmeMachines"])("%s", (fn) => {
    const lines = block(fn);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(section, line).toContain(line);
  });
  it("shows the augmentation of CustomJwtSessionClaims", () => {
    expect(section).toContain('declare module "clerk-fn/auth" {');
    expect(section).toContain("interface CustomJwtSessionClaims { tenant?: string }");
  });
});
