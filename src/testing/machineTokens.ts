// Machine credentials of the emulator: API keys, M2M tokens and OAuth access tokens, stateful
// (create, list, verify, revoke, expire), so routes protected by `authenticateRequest` with
// `acceptsToken` can be tested offline end to end. A token verifies only if the emulator issued
// it and it is neither revoked nor expired — a random `ak_…` string is not signed in.
import { Body, failure, notFound, page, paramMissing, type Query } from "./http.js";
import { signJwt } from "./keys.js";
import type { JsonObject } from "./merge.js";
import { Reply, type RouteContext, type Routes } from "./router.js";
import type { Env, State } from "./store.js";

/** An API key as the API returns it, with its secret kept apart. */
interface ApiKeyRecord {
  readonly key: JsonObject & { id: string; subject: string; revoked: boolean; expiration: number | null };
  readonly secret: string;
}

/** An M2M token or OAuth access token, with the token string it was issued as. */
interface TokenRecord {
  readonly record: JsonObject & { id: string; subject: string; revoked: boolean; expiration: number | null };
  readonly token: string;
}

// Clerk's category of M2M JWTs (the protected `cat` header).
const CATEGORY_M2M = "cl_B7d4PD333AAA";

/** What one emulator state holds about machine credentials. */
export interface MachineState {
  readonly apiKeys: Map<string, ApiKeyRecord>;
  readonly m2m: Map<string, TokenRecord>;
  readonly oauth: Map<string, TokenRecord>;
}

// Keyed by the emulator's State, so `reset()` (a new State) forgets every credential with it.
let machineStates: WeakMap<State, MachineState> | undefined;

/** The machine credentials of an emulator state. */
export function machineState(env: Env): MachineState {
  machineStates ??= new WeakMap();
  let state = machineStates.get(env.state);
  if (!state) machineStates.set(env.state, (state = { apiKeys: new Map(), m2m: new Map(), oauth: new Map() }));
  return state;
}

/** The secret key of the emulator's machine and the machine it stands for. */
export interface EmulatedMachine {
  readonly machineId: string;
  readonly machineSecretKey: string;
}

function secretString(prefix: string): string {
  return `${prefix}${Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

const expired = (r: { expiration: number | null }, now: number): boolean => r.expiration !== null && r.expiration <= now;

function expirationOf(body: Body, now: number): number | null {
  const seconds = body.int("seconds_until_expiration");
  if (seconds === undefined || seconds === null) return null;
  if (seconds <= 0) throw failure(422, "form_param_format_invalid", "is invalid", "seconds_until_expiration must be positive.", { param_name: "seconds_until_expiration" });
  return now + seconds * 1000;
}

function view<T extends { revoked: boolean; expiration: number | null }>(record: T, now: number): T & { expired: boolean } {
  return { ...record, expired: expired(record, now) };
}

function revoke<T extends { revoked: boolean }>(record: T & JsonObject, body: Body, now: number): void {
  Object.assign(record, { revoked: true, revocation_reason: body.str("revocation_reason") ?? null, updated_at: now });
}

/** The one machine of the emulator may use the M2M routes; so may the instance secret key. */
function callingMachine(ctx: RouteContext, machine: EmulatedMachine): string | undefined {
  return ctx.authorization === `Bearer ${machine.machineSecretKey}` ? machine.machineId : undefined;
}

/** The routes, for one emulator (its machine key is part of them). */
export function machineTokenRoutes(machine: EmulatedMachine): Routes {
  return {
    "POST /api_keys": ({ env, body }) => {
      const subject = body.required("subject");
      const name = body.required("name");
      const now = env.now();
      const id = env.newId("ak");
      const key = {
        object: "api_key",
        id,
        type: body.str("type") ?? "api_key",
        subject,
        name,
        description: body.str("description") ?? null,
        claims: body.obj("claims") ?? null,
        scopes: body.strings("scopes") ?? [],
        revoked: false,
        revocation_reason: null,
        expiration: expirationOf(body, now),
        created_by: body.str("created_by") ?? null,
        last_used_at: null,
        created_at: now,
        updated_at: now,
      };
      const secret = secretString("ak_");
      machineState(env).apiKeys.set(id, { key, secret });
      return new Reply(201, { ...view(key, now), secret });
    },
    "GET /api_keys": ({ env, query }) => {
      const subject = query.str("subject");
      if (!subject) throw paramMissing("subject");
      const now = env.now();
      const all = query.str("include_invalid") === "true";
      const keys = [...machineState(env).apiKeys.values()]
        .map((r) => view(r.key, now))
        .filter((k) => k.subject === subject && (all || (!k.revoked && !k.expired)));
      return { data: page(keys, query), total_count: keys.length };
    },
    "GET /api_keys/{apiKeyID}": ({ env, param }) => view(apiKey(env, param("apiKeyID")).key, env.now()),
    "GET /api_keys/{apiKeyID}/secret": ({ env, param }) => ({ secret: apiKey(env, param("apiKeyID")).secret }),
    "POST /api_keys/{apiKeyID}/revoke": ({ env, param, body }) => {
      const { key } = apiKey(env, param("apiKeyID"));
      revoke(key, body, env.now());
      return view(key, env.now());
    },
    "DELETE /api_keys/{apiKeyID}": ({ env, param }) => {
      const { key } = apiKey(env, param("apiKeyID"));
      machineState(env).apiKeys.delete(key.id);
      return { id: key.id, object: "api_key", deleted: true };
    },
    "POST /api_keys/verify": ({ env, body }) => {
      const secret = body.required("secret");
      const now = env.now();
      const found = [...machineState(env).apiKeys.values()].find((r) => r.secret === secret);
      if (!found || found.key.revoked || expired(found.key, now)) throw notFound("API key not found");
      Object.assign(found.key, { last_used_at: now });
      return view(found.key, now);
    },

    "POST /m2m_tokens": async (ctx) => {
      const { env, body } = ctx;
      const subject = callingMachine(ctx, machine);
      if (!subject) throw failure(403, "authorization_invalid", "Unauthorized request", "M2M tokens are created with a machine secret key.");
      const now = env.now();
      const id = env.newId("mt");
      const claims = body.obj("claims") ?? null;
      const record = {
        object: "machine_to_machine_token",
        id,
        subject,
        claims,
        scopes: [] as string[],
        revoked: false,
        revocation_reason: null,
        expiration: expirationOf(body, now),
        last_used_at: null,
        created_at: now,
        updated_at: now,
      };
      let token = secretString("mt_");
      if (body.str("token_format") === "jwt") {
        const iat = Math.floor(now / 1000);
        const exp = record.expiration === null ? iat + 3600 : Math.floor(record.expiration / 1000);
        if (record.expiration === null) record.expiration = exp * 1000;
        token = await signJwt(await env.keys(), { ...claims, iss: env.issuer, sub: subject, iat, nbf: iat, exp, jti: id }, CATEGORY_M2M);
      }
      machineState(env).m2m.set(id, { record, token });
      return { ...view(record, now), token };
    },
    "GET /m2m_tokens": ({ env, query }) => {
      const subject = query.str("subject");
      if (!subject) throw paramMissing("subject");
      const now = env.now();
      const tokens = [...machineState(env).m2m.values()].map((r) => view(r.record, now)).filter((t) => t.subject === subject && wanted(t, query));
      return { m2m_tokens: page(tokens, query), total_count: tokens.length };
    },
    "POST /m2m_tokens/{m2m_token_id}/revoke": ({ env, param, body }) => {
      const found = machineState(env).m2m.get(param("m2m_token_id"));
      if (!found) throw notFound(`No M2M token was found with id ${param("m2m_token_id")}`);
      revoke(found.record, body, env.now());
      return view(found.record, env.now());
    },
    "POST /m2m_tokens/verify": (ctx) => {
      const { env, body } = ctx;
      const token = body.required("token");
      const now = env.now();
      const found = [...machineState(env).m2m.values()].find((r) => r.token === token);
      if (!found || found.record.revoked || expired(found.record, now)) throw notFound("Machine token not found");
      // A machine's key verifies only the tokens it may access (here: its own); the instance key any.
      const machineId = callingMachine(ctx, machine);
      if (machineId !== undefined && found.record.subject !== machineId) throw notFound("Machine token not found");
      Object.assign(found.record, { last_used_at: now });
      return view(found.record, now);
    },

    "POST /oauth_applications/access_tokens/verify": ({ env, body }) => {
      const token = body.str("access_token") ?? body.str("secret");
      if (!token) throw paramMissing("access_token");
      const now = env.now();
      const found = [...machineState(env).oauth.values()].find((r) => r.token === token);
      if (!found || found.record.revoked || expired(found.record, now)) throw notFound("OAuth access token not found");
      return view(found.record, now);
    },
  };
}

function wanted(t: { revoked: boolean; expired: boolean }, query: Query): boolean {
  const revoked = query.str("revoked") === "true";
  const expiredToo = query.str("expired") === "true";
  return (revoked || !t.revoked) && (expiredToo || !t.expired);
}

function apiKey(env: Env, id: string): ApiKeyRecord {
  const found = machineState(env).apiKeys.get(id);
  if (!found) throw notFound(`No API key was found with id ${id}`);
  return found;
}

/** What `emulator.createOAuthAccessToken` takes. */
export interface OAuthAccessTokenOptions {
  /** The user who granted access; must exist in the emulator. */
  readonly userId: string;
  /** The OAuth application's client id. Default: a generated one. */
  readonly clientId?: string;
  readonly scopes?: readonly string[];
  /** Seconds until it expires. Default: never. */
  readonly expiresInSeconds?: number;
}

/** Issues an opaque OAuth access token (`oat_…`) as Clerk's OAuth flow would, for a user of the emulator. */
export function issueOAuthAccessToken(env: Env, options: OAuthAccessTokenOptions): { id: string; token: string } {
  if (!env.state.users.has(options.userId)) throw new TypeError(`No user ${options.userId} in the emulator.`);
  const now = env.now();
  const id = env.newId("oat");
  const token = secretString("oat_");
  const record = {
    object: "clerk_idp_oauth_access_token",
    id,
    client_id: options.clientId ?? env.newId("client"),
    type: "oauth_token",
    subject: options.userId,
    scopes: [...(options.scopes ?? [])],
    revoked: false,
    revocation_reason: null,
    expiration: options.expiresInSeconds === undefined ? null : now + options.expiresInSeconds * 1000,
    created_at: now,
    updated_at: now,
  };
  machineState(env).oauth.set(id, { record, token });
  return { id, token };
}

/** Revokes an OAuth access token by id or token string; `false` when the emulator does not know it. */
export function revokeOAuthAccessToken(env: Env, idOrToken: string): boolean {
  const found = [...machineState(env).oauth.values()].find((r) => r.record.id === idOrToken || r.token === idOrToken);
  if (!found) return false;
  revoke(found.record, new Body({}), env.now());
  return true;
}
