// createClerkEmulator: an in-memory Backend API behind a `fetch`. The request pipeline lives here
// (auth, rate limit, routing, error shapes, recording); resources live in their own modules.
import { createWebhookHeaders } from "../webhooks/sign.js";
import { encodeBase64 } from "../webhooks/signature.js";
import { FALLBACKS, type Fallback } from "./fallbacks.js";
import { ApiFailure, Body, failure, notFound, Query } from "./http.js";
import { idGenerator, traceId } from "./ids.js";
import { identifierRoutes } from "./identifiers.js";
import { invitationRoutes } from "./invitations.js";
import { lazySigningKeys } from "./keys.js";
import { issueOAuthAccessToken, machineTokenRoutes, revokeOAuthAccessToken, type EmulatedMachine } from "./machineTokens.js";
import { isObject } from "./merge.js";
import { addMember, createOrganization, organizationRoutes } from "./organizations.js";
import { enliven } from "./placeholder.js";
import { compileRoutes, matchRoute, Reply, type CompiledRoute, type RouteHandler } from "./router.js";
import { createSession, mintSessionToken, sessionRoutes } from "./sessions.js";
import { handshakePayloadRoutes, handshakeRoutes, startBrowserSession, type BrowserSession, type BrowserSessionOptions } from "./handshake.js";
import { emptyState, membershipOf, requireOrganization, requireParents, type Env, type EmulatorEvent, type State } from "./store.js";
import type {
  ClerkEmulator,
  ClerkEmulatorOptions,
  EmulatorHandler,
  RecordedRequest,
  SessionTokenOptions,
  SignedWebhook,
} from "./types.js";
import { createUser, userRoutes } from "./users.js";


const DEFAULT_ROLES: Readonly<Record<string, readonly string[]>> = {
  "org:admin": [
    "org:sys_profile:manage",
    "org:sys_profile:delete",
    "org:sys_memberships:read",
    "org:sys_memberships:manage",
    "org:sys_domains:read",
    "org:sys_domains:manage",
  ],
  "org:member": ["org:sys_memberships:read"],
};
const SECRET_KEY_FORMAT = /^sk_(test|live)_\S+$/;

/**
 * Creates an in-memory Clerk Backend API for tests and demos. Stateful for users (and their email
 * addresses and phone numbers), organizations, memberships, invitations, sessions, JWT templates
 * and the JWKS; every other operation answers a placeholder that decodes (see docs/TESTING.md).
 *
 * ```ts
 * const emulator = createClerkEmulator({ users: [{ email_address: ["ada@example.com"] }] });
 * const core = new ClerkCore({ secretKey: emulator.secretKey, fetch: emulator.fetch });
 * const users = await usersList(core); // one user
 * ```
 *
 * Seeds that the API would refuse (a duplicate email, an unknown member) throw a `TypeError`.
 */
export function createClerkEmulator(options: ClerkEmulatorOptions = {}): ClerkEmulator {
  const now = options.now ?? Date.now;
  const instanceId = idGenerator(options.seed === undefined ? undefined : options.seed ^ 0x5eed)("ins");
  const keys = lazySigningKeys(instanceId);
  const webhookSigningSecret = options.webhookSigningSecret ?? `whsec_${encodeBase64(crypto.getRandomValues(new Uint8Array(24)))}`;
  const requests: RecordedRequest[] = [];
  const events: EmulatorEvent[] = [];
  const hits: number[] = [];
  let overrides: CompiledRoute<EmulatorHandler>[] = [];
  const configured = compileRoutes(options.handlers ?? {});
  // Compiled per emulator rather than at import time: importing the module does no work.
  const machine: EmulatedMachine = {
    machineId: idGenerator(options.seed === undefined ? undefined : options.seed ^ 0x3ac4)("mch"),
    machineSecretKey: `ak_${idGenerator(options.seed === undefined ? undefined : options.seed ^ 0x3ac5)("machine").slice("machine_".length)}`,
  };
  const builtInRoutes = compileRoutes<RouteHandler>({
    ...userRoutes,
    ...identifierRoutes,
    ...organizationRoutes,
    ...invitationRoutes,
    ...sessionRoutes,
    ...machineTokenRoutes(machine),
    ...handshakeRoutes,
    ...handshakePayloadRoutes,
  });
  const fallbackRoutes = compileRoutes<Fallback>(FALLBACKS);

  const makeEnv = (state: State): Env => ({
    state,
    newId: idGenerator(options.seed),
    now,
    roles: { ...DEFAULT_ROLES, ...options.roles },
    instanceId,
    issuer: options.issuer ?? "https://emulated.clerk.accounts.dev",
    keys,
    emit: (type, data) => {
      events.push({ object: "event", type, data: structuredClone(data), timestamp: now(), instance_id: instanceId });
    },
  });
  let env = makeEnv(emptyState());
  seed(env, options);
  events.length = 0; // seeds are the starting point, not changes

  const emulatorFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (request.signal.aborted) throw request.signal.reason;
    if (options.latencyMs) await delay(options.latencyMs, request.signal);
    const url = new URL(request.url);
    // Accept any server URL: the API's own (`…/v1/users`) or a custom one without `/v1`.
    const path = url.pathname.replace(/^\/v1(?=\/|$)/, "") || "/";
    const method = request.method.toUpperCase();
    const custom = matchRoute(overrides, method, path) ?? matchRoute(configured, method, path);
    const builtIn = matchRoute(builtInRoutes, method, path);
    const fallback = builtIn ? undefined : matchRoute(fallbackRoutes, method, path);
    const route = custom?.route.key ?? builtIn?.route.key ?? fallback?.route.key;
    let raw: unknown;
    let response: Response;
    try {
      raw = await readBody(request);
      response = await answer();
    } catch (thrown) {
      response = errorResponse(thrown);
    }
    requests.push({
      method,
      path,
      route,
      query: queryObject(url.searchParams),
      body: raw,
      status: response.status,
      placeholder: !custom && !builtIn && fallback !== undefined && response.ok,
    });
    return response;

    async function answer(): Promise<Response> {
      const isPublic = !builtIn && typeof fallback?.route.handler === "object" && fallback.route.handler.public === true;
      // The M2M routes also take the machine's secret key, as the API does.
      const byMachine = path.startsWith("/m2m_tokens") && request.headers.get("authorization") === `Bearer ${machine.machineSecretKey}`;
      if (!isPublic && !byMachine) checkSecretKey(request.headers.get("authorization"), options.secretKey);
      limitRate(hits, options.rateLimit);
      if (custom) {
        const out = await custom.route.handler({ method, path, params: custom.params, query: url.searchParams, body: raw, request });
        if (out instanceof Response) return out;
        if (out !== undefined) return json(200, out);
      }
      if (builtIn) {
        const params = builtIn.params;
        const body = new Body(isObject(raw) ? raw : {});
        const out = await builtIn.route.handler({
          env,
          param: (name) => params[name] ?? "",
          query: new Query(url.searchParams),
          body,
          raw,
          authorization: request.headers.get("authorization"),
        });
        return out instanceof Reply ? json(out.status, out.body) : json(200, out);
      }
      if (fallback) {
        requireParents(env, fallback.params);
        return placeholder(fallback.route.handler, env, url.searchParams.get("paginated") === "true");
      }
      throw notFound(`The requested resource ${method} ${path} was not found.`);
    }
  };

  return {
    fetch: emulatorFetch as typeof fetch,
    secretKey: options.secretKey ?? "sk_test_clerk_fn_emulator_0000000000",
    instanceId,
    machineId: machine.machineId,
    machineSecretKey: machine.machineSecretKey,
    createOAuthAccessToken: (token) => asErrorSync(() => issueOAuthAccessToken(env, token)),
    revokeOAuthAccessToken: (idOrToken) => revokeOAuthAccessToken(env, idOrToken),
    issuer: env.issuer,
    webhookSigningSecret,
    requests,
    events,
    async createSessionToken(token: SessionTokenOptions): Promise<string> {
      return asError(async () => {
        let session;
        if (token.sessionId !== undefined) {
          session = env.state.sessions.get(token.sessionId);
          if (!session || session.user_id !== token.userId || session.status !== "active") {
            throw new TypeError(`No active session ${token.sessionId} of user ${token.userId} in the emulator.`);
          }
          if (token.orgId !== undefined) {
            // Switching organization within a session, as a user does in the app.
            const org = requireOrganization(env, token.orgId);
            if (!membershipOf(env, org.id, token.userId)) throw new TypeError(`User ${token.userId} is not a member of organization ${token.orgId}.`);
            session.last_active_organization_id = org.id;
            session.updated_at = now();
          }
        } else {
          session = createSession(env, token.userId, token.orgId);
        }
        return mintSessionToken(env, session, { expiresInSeconds: token.expiresInSeconds, azp: token.azp, claims: token.claims });
      });
    },
    publishableKey: publishableKeyOf(env.issuer),
    startBrowserSession(session: BrowserSessionOptions): Promise<BrowserSession> {
      return asError(() => startBrowserSession(env, session));
    },
    async publicKeyPem(): Promise<string> {
      return (await keys()).publicKeyPem;
    },
    async signWebhook(event: unknown): Promise<SignedWebhook> {
      const payload = JSON.stringify(event);
      const signed = await createWebhookHeaders(payload, {
        signingSecret: webhookSigningSecret,
        id: env.newId("msg"),
        timestamp: Math.floor(now() / 1000),
      });
      // Only a bad custom `webhookSigningSecret` fails here: a test setup mistake, so it throws.
      if (!signed.ok) throw signed.error;
      return { payload, headers: signed.value };
    },
    override(route: string, handler: EmulatorHandler): void {
      overrides = [...compileRoutes({ [route]: handler }), ...overrides];
    },
    reset(): void {
      env = makeEnv(emptyState());
      seed(env, options);
      requests.length = 0;
      events.length = 0;
      hits.length = 0;
      overrides = [];
    },
  };
}

/** A publishable key naming the emulator's issuer, so cookies and tokens belong together. */
function publishableKeyOf(issuer: string): string {
  const host = new URL(issuer).host;
  return `pk_test_${btoa(`${host}$`)}`;
}

function seed(env: Env, options: ClerkEmulatorOptions): void {
  for (const { id, ...user } of options.users ?? []) {
    asErrorSync(() => createUser(env, new Body(user as Record<string, unknown>), id));
  }
  for (const { id, members, ...org } of options.organizations ?? []) {
    asErrorSync(() => {
      const created = createOrganization(env, new Body(org as Record<string, unknown>), id);
      for (const m of members ?? []) addMember(env, created, m.user_id, m.role, {}, {});
    });
  }
}

/** 401 as Clerk answers it: a missing or malformed header, or a key this instance does not hold. */
function checkSecretKey(header: string | null, expected: string | undefined): void {
  const match = /^Bearer\s+(\S+)$/.exec(header ?? "");
  if (!match) {
    throw failure(401, "authorization_header_format_invalid", "Invalid Authorization header format", "Invalid Authorization header format. Must be 'Bearer <YOUR_API_KEY>'");
  }
  const key = match[1]!;
  if (expected !== undefined ? key !== expected : !SECRET_KEY_FORMAT.test(key)) {
    throw failure(
      401,
      "clerk_key_invalid",
      "The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.",
      "The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.",
    );
  }
}

/** A sliding window over real time (not the `now` option: retries wait in real time). */
function limitRate(hits: number[], limit: ClerkEmulatorOptions["rateLimit"]): void {
  if (!limit) return;
  const t = Date.now();
  while (hits.length && hits[0]! <= t - limit.windowMs) hits.shift();
  if (hits.length >= limit.requests) {
    const waitMs = hits[0]! + limit.windowMs - t;
    const seconds = String(Math.max(1, Math.ceil(waitMs / 1000)));
    throw failure(429, "too_many_requests", "Too many requests", "Too many requests, please try again later.", {}, { "Retry-After": seconds });
  }
  hits.push(t);
}

/** A placeholder answer; a list one asked with `paginated=true` comes in the `{ data, total_count }` envelope. */
function placeholder(fallback: Fallback, env: Env, paginated: boolean): Response {
  if (typeof fallback === "number") return new Response(null, { status: fallback, headers: { "x-clerk-trace-id": traceId() } });
  if ("text" in fallback && fallback.text !== undefined) {
    return new Response(fallback.text, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  const listed = "json" in fallback ? fallback.json : null;
  const value = paginated && Array.isArray(listed) ? { data: listed, total_count: listed.length } : listed;
  return json("status" in fallback && fallback.status !== undefined ? fallback.status : 200, enliven(value, env.newId, env.now()));
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body ?? null), {
    status,
    headers: { "content-type": "application/json", "x-clerk-trace-id": traceId(), ...headers },
  });
}

function errorResponse(thrown: unknown): Response {
  const problem =
    thrown instanceof ApiFailure
      ? thrown
      : failure(500, "internal_clerk_error", "Oops, an unexpected error occurred", `The emulator failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  const trace = traceId();
  return json(problem.status, { errors: problem.errors, clerk_trace_id: trace }, { ...problem.headers, "x-clerk-trace-id": trace });
}

async function readBody(request: Request): Promise<unknown> {
  if (request.body === null) return undefined;
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    // A body without a parsable boundary is the client's fault: 400 as the API answers, not 500.
    return request.formData().catch(() => {
      throw failure(400, "request_body_invalid", "Request body invalid", "The multipart body could not be parsed");
    });
  }
  const text = await request.text();
  if (text === "") return undefined;
  if (!type.includes("json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw failure(400, "request_body_invalid", "Request body invalid", "Request body invalid");
  }
}

function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Helpers called by tests report mistakes as errors with the API's message. */
async function asError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (thrown) {
    throw toError(thrown);
  }
}

function asErrorSync<T>(run: () => T): T {
  try {
    return run();
  } catch (thrown) {
    throw toError(thrown);
  }
}

function toError(thrown: unknown): unknown {
  if (!(thrown instanceof ApiFailure)) return thrown;
  const first = thrown.errors[0];
  return new TypeError(`Clerk emulator: ${first?.code ?? thrown.status}: ${first?.long_message ?? "request refused"}`);
}
