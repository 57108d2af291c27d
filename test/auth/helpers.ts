// Test helpers for src/auth: keys generated per run, tokens signed with them, a fixed clock and a
// fake Backend API (an injected fetch) that counts every request it receives.
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import { ClerkCore, type ClerkCoreOptions } from "../../src/core/index.js";

/** The fixed clock of every test: 2026-01-15T12:00:00Z, in ms. */
export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
/** `NOW` in seconds, the unit of JWT time claims. */
export const NOW_S = NOW / 1000;
/** The clock option that pins `NOW`. */
export const now = (): number => NOW;

export const SECRET_KEY = "sk_test_SuperSecretValue0123456789abcdef";
export const MACHINE_SECRET_KEY = "ak_machine_SecretValue0123456789abcdef";
export const ISSUER = "https://clerk.example.com";
export const ORIGIN = "https://app.example.com";

/** A generated RSA key pair with the forms tests need. */
export interface TestKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** SPKI PEM with line breaks, as the Dashboard shows it. */
  readonly pem: string;
  /** The public JWK as `GET /jwks` lists it. */
  readonly jwk: Record<string, unknown>;
}

/** Generates an RS256 key pair (extractable, so the public part can be exported). */
export async function makeKey(kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return { kid, privateKey, publicKey, pem: await exportSPKI(publicKey), jwk };
}

/** Claims of a valid session token at `NOW`. */
export function sessionClaims(overrides: Record<string, unknown> = {}): JWTPayload {
  return {
    sub: "user_2abc",
    sid: "sess_2abc",
    iss: ISSUER,
    azp: ORIGIN,
    iat: NOW_S - 10,
    nbf: NOW_S - 10,
    exp: NOW_S + 60,
    ...overrides,
  };
}

/** Signs `claims` with RS256 (or another RSA alg) under `key`; `header` adds or overrides fields. */
export async function sign(key: TestKey, claims: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  const alg = typeof header.alg === "string" ? header.alg : "RS256";
  return new SignJWT(claims as JWTPayload).setProtectedHeader({ typ: "JWT", kid: key.kid, ...header, alg }).sign(key.privateKey);
}

/** base64url of a JSON value, to hand-craft tokens. */
export function b64json(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** The signature segment of a compact JWS. */
export function signatureOf(token: string): string {
  return token.split(".")[2] ?? "";
}

/** One request the fake API received. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
  readonly body: unknown;
}

/** A route answer: JSON body and status, or a thrown error (a network failure). */
export type Answer = { status?: number; json?: unknown } | Error;
/** Answers one route; may be async to hold requests in flight. */
export type Route = (request: SeenRequest) => Answer | Promise<Answer>;

/** The fake Backend API: `fetch` to inject, what it saw, and the routes (changeable mid-test). */
export interface FakeApi {
  readonly fetch: typeof fetch;
  readonly seen: SeenRequest[];
  readonly routes: Map<string, Route>;
  /** How many requests reached `METHOD /path`. */
  count(route: string): number;
}

/** Builds a fake API from `"METHOD /path"` routes; unknown routes answer 404. */
export function fakeApi(routes: Record<string, Route> = {}): FakeApi {
  const table = new Map(Object.entries(routes));
  const seen: SeenRequest[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const seenRequest: SeenRequest = {
      method: request.method,
      path: url.pathname.replace(/^\/v1/, ""),
      authorization: request.headers.get("authorization"),
      body: text ? JSON.parse(text) : undefined,
    };
    seen.push(seenRequest);
    const route = table.get(`${seenRequest.method} ${seenRequest.path}`);
    const answer: Answer = route ? await route(seenRequest) : { status: 404, json: { errors: [{ code: "not_found", message: "not found" }] } };
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer.json ?? {}), {
      status: answer.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  };
  return {
    fetch: fetchImpl as typeof fetch,
    seen,
    routes: table,
    count: (route) => seen.filter((r) => `${r.method} ${r.path}` === route).length,
  };
}

/** A JWKS route serving the given keys (read at request time, so tests can rotate them). */
export function jwksRoute(keys: () => readonly TestKey[]): Route {
  return () => ({ json: { keys: keys().map((k) => k.jwk) } });
}

/** A core on the fake API (no retries, so failure tests stay fast and counts exact). */
export function coreFor(api: FakeApi, options: Omit<ClerkCoreOptions, "fetch"> = {}): ClerkCore {
  return new ClerkCore({ secretKey: SECRET_KEY, retry: false, ...options, fetch: api.fetch });
}

/** A request with the given headers. */
export function requestWith(headers: Record<string, string>): Request {
  return new Request("https://app.example.com/api/data", { headers });
}

/** Waits until the event loop has run pending I/O and timers once. */
export function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
