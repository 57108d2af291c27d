// The differential harness: one browser request run through @clerk/backend's authenticateRequest
// and through clerk-fn's with the handshake plug-in, on the same keys, clock and fake Backend API
// (JWKS, handshake payload by nonce, session refresh), then reduced to what a browser sees.
import { createClerkClient } from "@clerk/backend";
import { SignJWT, type JWTPayload } from "jose";
import { vi } from "vitest";
import { authenticateRequest, cookieSuffix, handshake, type AuthenticateRequestOptions, type AcceptsToken, type RequestState } from "../../src/auth/index.js";
import { ClerkCore } from "../../src/core/index.js";
import { makeKey, NOW, NOW_S, type TestKey } from "../auth/helpers.js";

export { NOW, NOW_S };

export const API_URL = "https://api.clerk.test";
export const CATEGORY_SESSION = "cl_B7d4PD111AAA";
export const CATEGORY_TEMPLATE = "cl_B7d4PD222AAA";

/** A Clerk instance as the tests know it. */
export interface Instance {
  readonly type: "development" | "production";
  readonly publishableKey: string;
  readonly secretKey: string;
  /** The Frontend API host the key names, and the `iss` of its tokens. */
  readonly fapi: string;
  readonly suffix: string;
}

const pk = (prefix: string, host: string): string => `${prefix}${Buffer.from(`${host}$`).toString("base64")}`;

export async function instances(): Promise<{ dev: Instance; prod: Instance }> {
  const devPk = pk("pk_test_", "foo-bar-13.clerk.accounts.dev");
  const prodPk = pk("pk_live_", "clerk.example.com");
  return {
    dev: { type: "development", publishableKey: devPk, secretKey: "sk_test_handshakeDifferential0123456789", fapi: "foo-bar-13.clerk.accounts.dev", suffix: await cookieSuffix(devPk) },
    prod: { type: "production", publishableKey: prodPk, secretKey: "sk_live_handshakeDifferential0123456789", fapi: "clerk.example.com", suffix: await cookieSuffix(prodPk) },
  };
}

/** Signs a JWT with `key` (RS256) with the given header fields. */
export function signWith(key: TestKey, claims: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT(claims as JWTPayload).setProtectedHeader({ alg: "RS256", typ: "JWT", kid: key.kid, cat: CATEGORY_SESSION, ...header }).sign(key.privateKey);
}

/** What the fake Backend API answers to a refresh. */
export type RefreshMode = "ok" | "token_invalid" | "unexpected_error" | "empty";

/** Mutable per-case behaviour of the fake Backend API. */
export interface ApiScript {
  /** Directives per handshake nonce. */
  nonces: Map<string, string[]>;
  refresh: RefreshMode;
  /** The cookies a successful refresh sets. */
  refreshCookies: string[];
}

/** A request the fake API saw. */
export interface Seen {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: unknown;
}

/** The fake Backend API, shared by both SDKs. */
export function fakeBackend(keys: () => readonly TestKey[], script: ApiScript): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const path = url.pathname.replace(/^\/v1/, "");
    seen.push({ method: request.method, path, query: url.search, body: text ? JSON.parse(text) : undefined });
    if (request.method === "GET" && path === "/jwks") return json(200, { keys: keys().map((k) => k.jwk) });
    if (request.method === "GET" && path === "/clients/handshake_payload") {
      const directives = script.nonces.get(url.searchParams.get("nonce") ?? "");
      return directives ? json(200, { directives }) : json(404, { errors: [{ code: "resource_not_found", message: "not found" }] });
    }
    if (request.method === "POST" && /^\/sessions\/[^/]+\/refresh$/.test(path)) {
      if (script.refresh === "ok") return json(200, { object: "cookies", cookies: script.refreshCookies });
      if (script.refresh === "empty") return json(200, { object: "cookies", cookies: [] });
      return json(script.refresh === "token_invalid" ? 401 : 500, { errors: [{ code: script.refresh, message: "refused" }] });
    }
    return json(404, { errors: [{ code: "resource_not_found", message: "not found" }] });
  };
  return { fetch: impl as typeof fetch, seen };
}

/** The options both SDKs get, in @clerk/backend's names. */
export interface FlowOptions {
  readonly publishableKey: string;
  readonly secretKey: string;
  readonly jwtKey?: string;
  readonly signInUrl?: string;
  readonly signUpUrl?: string;
  readonly isSatellite?: boolean;
  readonly domain?: string;
  readonly proxyUrl?: string;
  readonly satelliteAutoSync?: boolean;
  readonly authorizedParties?: string[];
}

/** What a browser sees of an outcome. */
export interface Observed {
  readonly status: "signed-in" | "signed-out" | "handshake";
  /** Handshake states only (the two SDKs name signed-out reasons differently). */
  readonly reason: string | null;
  /** The reason of any state, in the SDK's own vocabulary (not compared across SDKs). */
  readonly ownReason: string | null;
  readonly token: string | null;
  readonly location: string | null;
  readonly setCookie: readonly string[];
  readonly cacheControl: string | null;
  readonly allowOrigin: string | null;
}

function observe(status: Observed["status"], reason: string | null, token: string | null, headers: Headers | undefined): Observed {
  const h = headers ?? new Headers();
  return {
    status,
    reason: status === "handshake" ? reason : null,
    ownReason: reason,
    token: status === "signed-in" ? token : null,
    location: h.get("location"),
    setCookie: h.getSetCookie(),
    cacheControl: h.get("cache-control"),
    allowOrigin: h.get("access-control-allow-origin"),
  };
}

/** @clerk/backend's verdict. A throw (it throws on misconfiguration and bad dev handshakes) is signed out. */
export async function runClerk(request: Request, options: FlowOptions, backend: { fetch: typeof fetch }): Promise<Observed & { threw?: string }> {
  const client = createClerkClient({ secretKey: options.secretKey, publishableKey: options.publishableKey, apiUrl: API_URL });
  vi.stubGlobal("fetch", backend.fetch);
  try {
    // The same option object both SDKs get (undefined keys dropped, as exactOptionalPropertyTypes wants).
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    const state = await client.authenticateRequest(request, { ...given, skipJwksCache: true });
    return observe(state.status, state.reason, state.status === "signed-in" ? state.token : null, state.headers);
  } catch (thrown) {
    return { ...observe("signed-out", null, null, undefined), threw: thrown instanceof Error ? thrown.message : String(thrown) };
  } finally {
    vi.unstubAllGlobals();
  }
}

/** clerk-fn's verdict (with the plug-in unless `plugin: false`) and the raw state. */
export async function runClerkFn(
  request: Request,
  options: FlowOptions,
  backend: { fetch: typeof fetch },
  plugin = true,
): Promise<Observed & { state: RequestState<AcceptsToken> }> {
  const core = new ClerkCore({ secretKey: options.secretKey, serverURL: `${API_URL}/v1`, fetch: backend.fetch, retry: false });
  const { secretKey: _secret, ...rest } = options;
  const opts: AuthenticateRequestOptions = { ...rest, ...(plugin ? { handshake } : {}) };
  const state = await authenticateRequest(core, request, opts);
  return { ...observe(state.status, state.reason, state.token, state.headers), state };
}

/** A Location URL split so that two can be compared parameter by parameter. */
export function splitLocation(location: string | null): { target: string; params: [string, string][] } | null {
  if (location === null) return null;
  const url = new URL(location);
  return { target: `${url.origin}${url.pathname}`, params: [...url.searchParams.entries()].sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b))) };
}

export { makeKey, type TestKey };
