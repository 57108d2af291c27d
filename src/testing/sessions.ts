// Sessions, the tokens the instance signs for them, JWT templates and the instance JWKS. Session
// tokens carry Clerk's v2 claims so `authenticateRequest` / `verifyToken` accept them offline.
import type { JWTTemplate } from "../models/jwtTemplate.js";
import type { Session } from "../models/session.js";
import type { User } from "../models/user.js";
import { formatInvalid, identifierExists, listPage, notFound, orderBy, type Body } from "./http.js";
import { CATEGORY_SESSION, CATEGORY_TEMPLATE, signJwt } from "./keys.js";
import { isObject, type JsonObject } from "./merge.js";
import type { Routes } from "./router.js";
import { membershipOf, primaryEmail, requireOrganization, requireUser, type Env } from "./store.js";

const DAY_MS = 86_400_000;
/** Clerk's session token lifetime. */
const SESSION_TOKEN_TTL_SECONDS = 60;
/** Clerk back-dates `nbf` a little so a verifier whose clock runs behind still accepts the token. */
const NBF_LEEWAY_SECONDS = 10;

/** Creates an active session for a user, with an organization active in it when given. */
export function createSession(env: Env, userId: string, activeOrganizationId?: string): Session {
  const { user } = requireUser(env, userId);
  if (activeOrganizationId !== undefined) requireMember(env, activeOrganizationId, userId);
  const now = env.now();
  const session: Session = {
    object: "session",
    id: env.newId("sess"),
    user_id: userId,
    client_id: env.newId("client"),
    actor: null,
    status: "active",
    last_active_organization_id: activeOrganizationId ?? null,
    last_active_at: now,
    expire_at: now + 7 * DAY_MS,
    abandon_at: now + 30 * DAY_MS,
    updated_at: now,
    created_at: now,
    tasks: null,
  };
  env.state.sessions.set(session.id, session);
  // A new session is a sign-in: the user's activity timestamps move with it.
  user.last_sign_in_at = user.last_active_at = now;
  env.emit("session.created", session);
  return session;
}

function requireMember(env: Env, organizationId: string, userId: string): void {
  const org = requireOrganization(env, organizationId);
  if (!membershipOf(env, org.id, userId)) throw notFound(`User ${userId} is not a member of organization ${organizationId}`);
}

function requireSession(env: Env, sessionId: string): Session {
  const session = env.state.sessions.get(sessionId);
  if (!session) throw notFound(`No session was found with id ${sessionId}`);
  return session;
}

function requireActive(env: Env, sessionId: string): Session {
  const session = requireSession(env, sessionId);
  if (session.status !== "active") throw notFound(`No active session was found with id ${sessionId}`);
  return session;
}

/** What a minted session token may carry beyond what the session determines. */
export interface MintOptions {
  readonly expiresInSeconds?: number | undefined;
  /** The origin that asked for the token (`azp`); verifiers check it against `authorizedParties`. */
  readonly azp?: string | undefined;
  /** Custom session claims, merged over the standard ones. */
  readonly claims?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The v2 organization claims. `o.per` lists permission names and `o.fpm` one bitmask per feature
 * in `fea`, which is how Clerk fits custom permissions in a cookie. System permissions
 * (`org:sys_*`) are never in session tokens, so default roles carry none.
 */
function organizationClaims(env: Env, session: Session): JsonObject {
  const orgId = session.last_active_organization_id;
  if (!orgId) return {};
  const org = env.state.organizations.get(orgId);
  const membership = org && membershipOf(env, org.id, session.user_id);
  if (!org || !membership) return {};
  const custom = (env.roles[membership.role] ?? []).filter((p) => !/^org:sys_/.test(p));
  const parsed = custom.map((p) => p.split(":")).filter((parts): parts is [string, string, string] => parts.length === 3);
  const features = [...new Set(parsed.map(([, feature]) => feature))];
  const names = [...new Set(parsed.map(([, , name]) => name))];
  const masks = features.map((feature) =>
    names.reduce((mask, name, bit) => (parsed.some(([, f, n]) => f === feature && n === name) ? mask + 2 ** bit : mask), 0),
  );
  const o: JsonObject = { id: org.id, rol: membership.role.replace(/^org:/, ""), slg: org.slug };
  if (names.length) {
    o.per = names.join(",");
    o.fpm = masks.join(",");
  }
  return features.length ? { o, fea: features.map((f) => `o:${f}`).join(",") } : { o };
}

function jti(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Signs a v2 session token for an active session. */
export async function mintSessionToken(env: Env, session: Session, options: MintOptions = {}): Promise<string> {
  const ttl = options.expiresInSeconds ?? SESSION_TOKEN_TTL_SECONDS;
  if (!Number.isFinite(ttl) || ttl <= 0) throw formatInvalid("expires_in_seconds", "expires_in_seconds must be a positive number.");
  const iat = Math.floor(env.now() / 1000);
  const claims: JsonObject = {
    ...(options.azp !== undefined ? { azp: options.azp } : {}),
    exp: iat + Math.floor(ttl),
    fva: [0, -1],
    iat,
    iss: env.issuer,
    jti: jti(),
    nbf: iat - NBF_LEEWAY_SECONDS,
    sid: session.id,
    sts: "active",
    sub: session.user_id,
    v: 2,
    ...organizationClaims(env, session),
    ...options.claims,
  };
  return signJwt(await env.keys(), claims, CATEGORY_SESSION);
}

/** The values a template's `{{user.…}}` / `{{org.…}}` shortcodes read. */
function shortcodes(env: Env, user: User, session: Session): JsonObject {
  const org = session.last_active_organization_id ? env.state.organizations.get(session.last_active_organization_id) : undefined;
  const membership = org && membershipOf(env, org.id, user.id);
  return {
    user: {
      ...user,
      full_name: [user.first_name, user.last_name].filter(Boolean).join(" ") || null,
      primary_email_address: primaryEmail(user),
      primary_phone_number: user.phone_numbers.find((p) => p.id === user.primary_phone_number_id)?.phone_number ?? null,
      email_verified: user.email_addresses.some((e) => e.verification?.status === "verified"),
    },
    org: org ? { ...org, role: membership?.role ?? null } : null,
    session: { id: session.id, actor: session.actor ?? null },
  };
}

function lookup(context: JsonObject, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), context);
}

/**
 * Fills a template's claims: a value that is exactly one shortcode takes the shortcode's value
 * (objects and numbers stay typed); shortcodes inside a longer string are interpolated.
 */
function fillTemplate(value: unknown, context: JsonObject): unknown {
  if (typeof value === "string") {
    const whole = /^\{\{\s*([\w.]+)\s*\}\}$/.exec(value);
    if (whole) return lookup(context, whole[1]!) ?? null;
    return value.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
      const v = lookup(context, path);
      return v == null ? "" : String(v);
    });
  }
  if (Array.isArray(value)) return value.map((v) => fillTemplate(v, context));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTemplate(v, context)]));
  return value;
}

function templateBody(env: Env, body: Body, current?: JWTTemplate): Omit<JWTTemplate, "object" | "id" | "created_at" | "updated_at"> {
  const name = body.required("name");
  if ([...env.state.jwtTemplates.values()].some((t) => t.name === name && t.id !== current?.id)) {
    throw identifierExists("name", "A JWT template with this name already exists.");
  }
  const claims = body.obj("claims");
  if (!claims) throw formatInvalid("claims", "claims must be an object.");
  const lifetime = body.int("lifetime") ?? current?.lifetime ?? 60;
  if (lifetime < 30 || lifetime > 315_360_000) throw formatInvalid("lifetime", "lifetime must be between 30 and 315360000 seconds.");
  const algorithm = body.str("signing_algorithm") ?? current?.signing_algorithm ?? "RS256";
  return {
    name,
    claims,
    lifetime,
    allowed_clock_skew: body.int("allowed_clock_skew") ?? current?.allowed_clock_skew ?? 5,
    custom_signing_key: body.bool("custom_signing_key") ?? current?.custom_signing_key ?? false,
    signing_algorithm: algorithm,
  };
}

function requireTemplate(env: Env, id: string): JWTTemplate {
  const template = env.state.jwtTemplates.get(id);
  if (!template) throw notFound(`No JWT template exists with id: ${id}`);
  return template;
}

/** `/sessions` and their tokens, `/jwt_templates` and `/jwks`. */
export const sessionRoutes: Routes = {
  "POST /sessions": ({ env, body }) => createSession(env, body.required("user_id"), body.str("active_organization_id") ?? undefined),
  "GET /sessions": ({ env, query }) => {
    const clientId = query.str("client_id");
    const userId = query.str("user_id");
    const status = query.str("status");
    const matches = [...env.state.sessions.values()].filter(
      (s) => (clientId === undefined || s.client_id === clientId) && (userId === undefined || s.user_id === userId) && (status === undefined || s.status === status),
    );
    return listPage(orderBy(matches, undefined, "-created_at", { created_at: (s) => s.created_at }), query);
  },
  "GET /sessions/{session_id}": ({ env, param }) => requireSession(env, param("session_id")),
  "POST /sessions/{session_id}/revoke": ({ env, param }) => {
    const session = requireSession(env, param("session_id"));
    session.status = "revoked";
    session.updated_at = env.now();
    env.emit("session.revoked", session);
    return session;
  },
  "POST /sessions/{session_id}/tokens": async ({ env, param, body }) => {
    const session = requireActive(env, param("session_id"));
    const jwt = await mintSessionToken(env, session, { expiresInSeconds: body.int("expires_in_seconds") ?? undefined });
    return { object: "token", jwt };
  },
  "POST /sessions/{session_id}/tokens/{template_name}": async ({ env, param, body }) => {
    const session = requireActive(env, param("session_id"));
    const template = [...env.state.jwtTemplates.values()].find((t) => t.name === param("template_name"));
    if (!template) throw notFound(`No JWT template exists with name: ${param("template_name")}`);
    const { user } = requireUser(env, session.user_id);
    const iat = Math.floor(env.now() / 1000);
    const claims = {
      ...(fillTemplate(template.claims, shortcodes(env, user, session)) as JsonObject),
      exp: iat + (body.int("expires_in_seconds") ?? template.lifetime),
      iat,
      iss: env.issuer,
      jti: jti(),
      nbf: iat - template.allowed_clock_skew,
      sub: user.id,
    };
    return { object: "token", jwt: await signJwt(await env.keys(), claims, CATEGORY_TEMPLATE) };
  },

  "GET /jwks": async ({ env }) => ({ keys: [(await env.keys()).jwk] }),

  "POST /jwt_templates": ({ env, body }) => {
    const now = env.now();
    const template: JWTTemplate = { object: "jwt_template", id: env.newId("jtmp"), ...templateBody(env, body), created_at: now, updated_at: now };
    env.state.jwtTemplates.set(template.id, template);
    return template;
  },
  "GET /jwt_templates": ({ env, query }) =>
    listPage(orderBy([...env.state.jwtTemplates.values()], undefined, "-created_at", { created_at: (t) => t.created_at }), query),
  "GET /jwt_templates/{template_id}": ({ env, param }) => requireTemplate(env, param("template_id")),
  "PATCH /jwt_templates/{template_id}": ({ env, param, body }) => {
    const template = requireTemplate(env, param("template_id"));
    Object.assign(template, templateBody(env, body, template), { updated_at: env.now() });
    return template;
  },
  "DELETE /jwt_templates/{template_id}": ({ env, param }) => {
    const template = requireTemplate(env, param("template_id"));
    env.state.jwtTemplates.delete(template.id);
    return { object: "jwt_template", id: template.id, deleted: true };
  },
};
