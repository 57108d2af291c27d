// Runs one input through @clerk/backend (the oracle) and clerk-fn, and reduces both answers to
// what a user observes: status, reason (Clerk's mapped through REASONS), the state's tokenType,
// the toAuth() fields (functions left out, `undefined` read as `null`), and has() on a fixed set
// of questions. Both sides get the same clock (faked Date), the same keys and the same fake
// Backend API (Clerk's SDK reads the global fetch under NODE_ENV=test; clerk-fn gets it on the core).
import { createClerkClient, verifyToken as clerkVerifyToken } from "@clerk/backend";
import { exportJWK, exportSPKI, generateKeyPair, importJWK, SignJWT, type JWTPayload } from "jose";
import { vi } from "vitest";
import { authenticateRequest, verifyToken, type AcceptsToken, type HasParams } from "../../../src/auth/index.js";
import { ClerkCore } from "../../../src/core/index.js";
import { toOurReason } from "./reasons.js";

export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
export const NOW_S = NOW / 1000;
export const API_URL = "https://api.clerk.test";
export const FRONTEND_API = "clerk.diff.example.com";
export const ISSUER = `https://${FRONTEND_API}`;
export const ORIGIN = "https://app.example.com";
export const PK_TEST = `pk_test_${Buffer.from(`${FRONTEND_API}$`).toString("base64")}`;
export const PK_LIVE = `pk_live_${Buffer.from(`${FRONTEND_API}$`).toString("base64")}`;
export const KID = "ins_diff_instance";
export const CAT_SESSION = "cl_B7d4PD111AAA";
export const CAT_TEMPLATE = "cl_B7d4PD222AAA";
export const CAT_M2M = "cl_B7d4PD333AAA";
export const CAT_IGNORE = "cl_I7d4PD111III";

export interface Keys {
  readonly privateKey: CryptoKey;
  readonly rs384: CryptoKey;
  readonly foreign: CryptoKey;
  readonly pem: string;
  readonly jwk: Record<string, unknown>;
}

let keys: Promise<Keys> | undefined;
/** The instance's key pair (and the same key for RS384, and a foreign key), made once per run. */
export function instanceKeys(): Promise<Keys> {
  return (keys ??= (async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    const privateJwk = await exportJWK(pair.privateKey);
    const rs384 = (await importJWK({ ...privateJwk, alg: "RS384" }, "RS384")) as CryptoKey;
    const foreign = (await generateKeyPair("RS256")).privateKey;
    return {
      privateKey: pair.privateKey,
      rs384,
      foreign,
      pem: await exportSPKI(pair.publicKey),
      jwk: { ...(await exportJWK(pair.publicKey)), kid: KID, alg: "RS256", use: "sig" },
    };
  })());
}

/** How a test token is signed. */
export interface TokenSpec {
  readonly claims: Record<string, unknown>;
  /** Header fields; a field set to `undefined` is left out (e.g. no `typ`). */
  readonly header?: Record<string, unknown>;
  readonly alg?: "RS256" | "RS384" | "HS256" | "none";
  /** Sign with a key that is not the instance's. */
  readonly foreign?: boolean;
}

export async function signToken({ claims, header = {}, alg = "RS256", foreign = false }: TokenSpec): Promise<string> {
  const k = await instanceKeys();
  const protectedHeader = Object.fromEntries(Object.entries({ typ: "JWT", kid: KID, cat: CAT_SESSION, ...header, alg }).filter(([, v]) => v !== undefined));
  const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString("base64url");
  if (alg === "none") return `${b64(protectedHeader)}.${b64(claims)}.`;
  const jwt = new SignJWT(claims as JWTPayload).setProtectedHeader(protectedHeader as { alg: string });
  if (alg === "HS256") return jwt.sign(new TextEncoder().encode("a-shared-secret-of-32-bytes-long!!"));
  return jwt.sign(foreign ? k.foreign : alg === "RS384" ? k.rs384 : k.privateKey);
}

/** Claims of a valid v1 session token at NOW. */
export function session(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { sub: "user_2diff", sid: "sess_2diff", iss: ISSUER, azp: ORIGIN, iat: NOW_S - 10, nbf: NOW_S - 10, exp: NOW_S + 50, ...overrides };
}

/** A route of the fake Backend API: JSON answer with a status, or a thrown network error. */
export type FakeAnswer = { readonly status?: number; readonly json?: unknown } | Error;

/** The fake Backend API both SDKs talk to (paths without the `/v1` prefix). */
export function fakeBackend(routes: Readonly<Record<string, FakeAnswer | ((body: unknown) => FakeAnswer)>>): { fetch: typeof fetch; seen: string[] } {
  const seen: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname.replace(/^\/v1(?=\/)/, "");
    const text = await request.text();
    seen.push(`${request.method} ${path}`);
    const route = routes[`${request.method} ${path}`];
    const answer = typeof route === "function" ? route(text ? JSON.parse(text) : undefined) : route;
    if (answer instanceof Error) throw answer;
    const json = answer?.json ?? { errors: [{ code: "resource_not_found", message: "not found" }] };
    return new Response(JSON.stringify(json), { status: answer ? (answer.status ?? 200) : 404, headers: { "content-type": "application/json" } });
  };
  return { fetch: fetchImpl as typeof fetch, seen };
}

/** What one side decided, in comparable form. */
export interface Outcome {
  readonly status: string;
  readonly reason: string | null;
  readonly tokenType: string | null;
  readonly auth: Record<string, unknown> | null;
  /** toAuth({ treatPendingAsSignedOut: false }) of session states. */
  readonly authPendingKept?: Record<string, unknown> | null;
  readonly has: readonly boolean[];
}

/** The has() questions asked of every auth object. */
export const HAS_QUESTIONS: readonly HasParams[] = [
  { role: "org:admin" },
  { role: "admin" },
  { role: "org:member" },
  { permission: "org:invoices:read" },
  { permission: "invoices:read" },
  { permission: "org:invoices:write" },
  { permission: "org:sys_memberships:read" },
  { feature: "chat" },
  { feature: "u:chat" },
  { feature: "o:chat" },
  { feature: "user:chat" },
  { feature: "org:reports" },
  { feature: "reports" },
  { feature: "x:chat" },
  { plan: "pro" },
  { plan: "u:pro" },
  { plan: "o:team" },
  { plan: "team" },
  { reverification: "strict" },
  { reverification: "strict_mfa" },
  { reverification: "moderate" },
  { reverification: "lax" },
  { reverification: { level: "first_factor", afterMinutes: 5 } },
  { reverification: { level: "second_factor", afterMinutes: 30 } },
  { reverification: { level: "multi_factor", afterMinutes: 120 } },
  { reverification: { level: "first_factor", afterMinutes: 0 } },
  { role: "org:admin", permission: "org:invoices:read" },
  { role: "org:admin", feature: "o:reports" },
  { permission: "org:invoices:read", reverification: "lax" },
  {},
];

const FUNCTION_KEYS = new Set(["has", "getToken", "debug"]);

/** An auth object's data fields, `undefined` as `null`. */
export function authFields(auth: unknown): Record<string, unknown> | null {
  if (auth === null || auth === undefined) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(auth as Record<string, unknown>)) {
    if (FUNCTION_KEYS.has(k)) continue;
    out[k] = v === undefined ? null : v;
  }
  return out;
}

function hasAnswers(auth: unknown): boolean[] {
  const has = (auth as { has?: (p: HasParams) => boolean } | null)?.has;
  return HAS_QUESTIONS.map((q) => {
    try {
      return typeof has === "function" ? has(q) === true : false;
    } catch {
      return false;
    }
  });
}

/** One request-authentication input. */
export interface RequestCase {
  readonly name: string;
  readonly url?: string;
  readonly method?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly acceptsToken?: AcceptsToken;
  readonly publishableKey?: string;
  readonly jwtKey?: boolean;
  readonly authorizedParties?: readonly string[];
  readonly audience?: string | readonly string[];
  readonly clockSkewInMs?: number;
  readonly secretKey?: string;
  readonly machineSecretKey?: string;
  readonly api?: Readonly<Record<string, FakeAnswer | ((body: unknown) => FakeAnswer)>>;
  readonly nowMs?: number;
}

let secretCounter = 0;
/** A secret key per case: Clerk's JWKS cache is keyed by it, so cases never see each other's cache. */
export function freshSecret(): string {
  return `sk_test_diff${String(++secretCounter).padStart(6, "0")}SecretValue`;
}

function withClock<T>(nowMs: number, run: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["Date"], now: nowMs });
  return run().finally(() => vi.useRealTimers());
}

/** Runs `c` through @clerk/backend's authenticateRequest. */
export async function clerkRequest(c: RequestCase): Promise<Outcome> {
  const k = await instanceKeys();
  const backend = fakeBackend({ "GET /jwks": { json: { keys: [k.jwk] } }, ...c.api });
  return withClock(c.nowMs ?? NOW, async () => {
    vi.stubGlobal("fetch", backend.fetch);
    try {
      const client = createClerkClient({
        secretKey: c.secretKey ?? freshSecret(),
        ...(c.machineSecretKey ? { machineSecretKey: c.machineSecretKey } : {}),
        publishableKey: c.publishableKey ?? PK_LIVE,
        apiUrl: API_URL,
      });
      const request = new Request(c.url ?? "https://app.example.com/api/data", { method: c.method ?? "GET", headers: c.headers });
      const state = await client.authenticateRequest(request, {
        ...(c.acceptsToken !== undefined ? { acceptsToken: c.acceptsToken as never } : {}),
        ...(c.jwtKey ? { jwtKey: k.pem } : {}),
        ...(c.authorizedParties ? { authorizedParties: [...c.authorizedParties] } : {}),
        ...(c.audience !== undefined ? { audience: c.audience as string | string[] } : {}),
        ...(c.clockSkewInMs !== undefined ? { clockSkewInMs: c.clockSkewInMs } : {}),
      });
      const s = state as { status: string; reason: string | null; message: string | null; tokenType: string | null; toAuth: (o?: unknown) => unknown };
      const auth = s.status === "handshake" ? null : s.toAuth();
      const kept = s.tokenType === "session_token" && s.status === "signed-in" ? s.toAuth({ treatPendingAsSignedOut: false }) : undefined;
      return {
        status: s.status,
        reason: toOurReason(s.reason, s.message),
        tokenType: s.tokenType,
        auth: authFields(auth),
        ...(kept !== undefined ? { authPendingKept: authFields(kept) } : {}),
        has: hasAnswers(auth),
      };
    } finally {
      vi.unstubAllGlobals();
    }
  });
}

/** Runs `c` through clerk-fn's authenticateRequest. */
export async function ourRequest(c: RequestCase): Promise<Outcome> {
  const k = await instanceKeys();
  const backend = fakeBackend({ "GET /jwks": { json: { keys: [k.jwk] } }, ...c.api });
  return withClock(c.nowMs ?? NOW, async () => {
    const core = new ClerkCore({
      secretKey: c.secretKey ?? freshSecret(),
      ...(c.machineSecretKey ? { machineSecretKey: c.machineSecretKey } : {}),
      serverURL: `${API_URL}/v1`,
      fetch: backend.fetch,
      retry: false,
    });
    const request = new Request(c.url ?? "https://app.example.com/api/data", { method: c.method ?? "GET", headers: c.headers });
    const state = await authenticateRequest(core, request, {
      publishableKey: c.publishableKey ?? PK_LIVE,
      ...(c.acceptsToken !== undefined ? { acceptsToken: c.acceptsToken } : {}),
      ...(c.jwtKey ? { jwtKey: k.pem } : {}),
      ...(c.authorizedParties ? { authorizedParties: c.authorizedParties } : {}),
      ...(c.audience !== undefined ? { audience: c.audience } : {}),
      ...(c.clockSkewInMs !== undefined ? { clockSkewInMs: c.clockSkewInMs } : {}),
    });
    const s = state as { status: string; reason: string | null; tokenType: string | null; toAuth: (o?: unknown) => unknown };
    const auth = s.toAuth();
    const kept = s.tokenType === "session_token" && s.status === "signed-in" ? s.toAuth({ treatPendingAsSignedOut: false }) : undefined;
    return {
      status: s.status,
      reason: s.reason,
      tokenType: s.tokenType,
      auth: authFields(auth),
      ...(kept !== undefined ? { authPendingKept: authFields(kept) } : {}),
      has: hasAnswers(auth),
    };
  });
}

/** One verifyToken input. */
export interface VerifyCase {
  readonly name: string;
  readonly token: TokenSpec | string;
  readonly jwtKey?: boolean;
  readonly authorizedParties?: readonly string[];
  readonly audience?: string | readonly string[];
  readonly issuer?: string | readonly string[];
  readonly clockSkewInMs?: number;
  readonly api?: Readonly<Record<string, FakeAnswer>>;
}

/** A verifyToken outcome: ok, or the (mapped) reason. */
export interface VerifyOutcome {
  readonly ok: boolean;
  readonly reason: string | null;
  readonly claims: Record<string, unknown> | null;
}

export async function clerkVerify(c: VerifyCase, token: string): Promise<VerifyOutcome> {
  const k = await instanceKeys();
  const backend = fakeBackend({ "GET /jwks": { json: { keys: [k.jwk] } }, ...c.api });
  return withClock(NOW, async () => {
    vi.stubGlobal("fetch", backend.fetch);
    try {
      let data: unknown;
      try {
        // The package's verifyToken throws its TokenVerificationError.
        data = await clerkVerifyToken(token, {
          ...(c.jwtKey ? { jwtKey: k.pem } : { secretKey: freshSecret(), apiUrl: API_URL }),
          ...(c.authorizedParties ? { authorizedParties: [...c.authorizedParties] } : {}),
          ...(c.audience !== undefined ? { audience: c.audience as string | string[] } : {}),
          ...(c.issuer !== undefined ? { issuer: c.issuer as string | string[] } : {}),
          ...(c.clockSkewInMs !== undefined ? { clockSkewInMs: c.clockSkewInMs } : {}),
        });
      } catch (thrown) {
        const e = thrown as { reason?: string; message?: string };
        return { ok: false, reason: toOurReason(e.reason ?? "thrown", e.message), claims: null };
      }
      return { ok: true, reason: null, claims: data as Record<string, unknown> };
    } finally {
      vi.unstubAllGlobals();
    }
  });
}

export async function ourVerify(c: VerifyCase, token: string): Promise<VerifyOutcome> {
  const k = await instanceKeys();
  const backend = fakeBackend({ "GET /jwks": { json: { keys: [k.jwk] } }, ...c.api });
  const core = new ClerkCore({ secretKey: freshSecret(), serverURL: `${API_URL}/v1`, fetch: backend.fetch, retry: false });
  return withClock(NOW, async () => {
    const result = await verifyToken(core, token, {
      ...(c.jwtKey ? { jwtKey: k.pem } : {}),
      ...(c.authorizedParties ? { authorizedParties: c.authorizedParties } : {}),
      ...(c.audience !== undefined ? { audience: c.audience } : {}),
      ...(c.issuer !== undefined ? { issuer: c.issuer } : {}),
      ...(c.clockSkewInMs !== undefined ? { clockSkewInMs: c.clockSkewInMs } : {}),
    });
    return result.ok ? { ok: true, reason: null, claims: { ...result.value } } : { ok: false, reason: result.error.reason, claims: null };
  });
}

/**
 * Deterministic numbers in [0, 1) (a Weyl sequence of the golden ratio, shifted by `seed`), so
 * generated cases are the same on every run.
 */
export function prng(seed: number): () => number {
  let n = 0;
  return () => ((seed + ++n * 0.6180339887498949) % 1 + 1) % 1;
}
