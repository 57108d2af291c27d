import { createHas, hasNothing, splitByScope, type Has } from "./has.js";
import { listOf } from "./jwt.js";
import type { MachineTokenRecord } from "./machine.js";
import type { ActorClaim, JwtClaims, MachineTokenType, SessionClaims, TokenType } from "./types.js";

/** A verified session: who the user is, the active organization, and `has()` to check access. */
export interface SignedInSessionAuth {
  readonly tokenType: "session_token";
  readonly isAuthenticated: true;
  readonly userId: string;
  readonly sessionId: string | null;
  /** `active`, or `pending` (read with `toAuth({ treatPendingAsSignedOut: false })`). */
  readonly sessionStatus: SessionClaims["sts"] | null;
  /** Who impersonates the user (`act`), `null` for the user's own session. */
  readonly actor: ActorClaim | null;
  readonly orgId: string | null;
  /** E.g. `org:admin`. */
  readonly orgRole: string | null;
  readonly orgSlug: string | null;
  /** E.g. `["org:invoices:read"]`. */
  readonly orgPermissions: readonly string[] | null;
  /** Minutes since the first and second factor were last verified (`fva`), `-1` for never. */
  readonly factorVerificationAge: readonly [number, number] | null;
  readonly sessionClaims: SessionClaims;
  readonly has: Has;
}

/** No session (or a pending one, see `sessionStatus`): every field `null`, `has()` always false. */
export interface SignedOutSessionAuth {
  readonly tokenType: "session_token";
  readonly isAuthenticated: false;
  readonly userId: null;
  readonly sessionId: null;
  /** `pending` when a pending session was treated as signed out, else `null`. */
  readonly sessionStatus: SessionClaims["sts"] | null;
  readonly actor: null;
  readonly orgId: null;
  readonly orgRole: null;
  readonly orgSlug: null;
  readonly orgPermissions: null;
  readonly factorVerificationAge: null;
  readonly sessionClaims: null;
  readonly has: Has;
}

/** What a session route's `toAuth()` returns; check `isAuthenticated` or `userId`. */
export type SessionAuthObject = SignedInSessionAuth | SignedOutSessionAuth;

interface MachineBase<T extends MachineTokenType> {
  readonly tokenType: T;
  readonly isAuthenticated: true;
  /** The token's id (`ak_…`, `mt_…`, `oat_…`, or the JWT's `jti`). */
  readonly id: string;
  /** The owner: `user_…`, `org_…` or `mch_…`. */
  readonly subject: string;
  readonly scopes: readonly string[];
  /** Always false: machine tokens carry no roles, permissions or plans. */
  readonly has: Has;
}

/** A verified API key. */
export interface ApiKeyAuth extends MachineBase<"api_key"> {
  readonly name: string | null;
  readonly claims: Readonly<Record<string, unknown>> | null;
  /** The subject when it is a user. */
  readonly userId: string | null;
  /** The subject when it is an organization. */
  readonly orgId: string | null;
}

/** A verified M2M token. */
export interface M2MAuth extends MachineBase<"m2m_token"> {
  readonly claims: Readonly<Record<string, unknown>> | null;
  /** The machine (`mch_…`) the token speaks for. */
  readonly machineId: string;
}

/** A verified OAuth access token. */
export interface OAuthAuth extends MachineBase<"oauth_token"> {
  /** The user who granted the access. */
  readonly userId: string;
  /** The OAuth application's client id. */
  readonly clientId: string;
}

/** A machine route that is not authenticated: the fields of its kind, all `null`. */
export type SignedOutMachineAuth<T extends MachineTokenType = MachineTokenType> = T extends "api_key"
  ? { readonly tokenType: T; readonly isAuthenticated: false; readonly id: null; readonly subject: null; readonly scopes: null; readonly name: null; readonly claims: null; readonly userId: null; readonly orgId: null; readonly has: Has }
  : T extends "m2m_token"
    ? { readonly tokenType: T; readonly isAuthenticated: false; readonly id: null; readonly subject: null; readonly scopes: null; readonly claims: null; readonly machineId: null; readonly has: Has }
    : { readonly tokenType: T; readonly isAuthenticated: false; readonly id: null; readonly subject: null; readonly scopes: null; readonly userId: null; readonly clientId: null; readonly has: Has };

/** The verified auth object of one machine kind. */
export type MachineAuthFor<T extends MachineTokenType> = T extends "api_key" ? ApiKeyAuth : T extends "m2m_token" ? M2MAuth : OAuthAuth;

/** A verified machine token of any kind; switch on `tokenType`. */
export type MachineAuthObject = ApiKeyAuth | M2MAuth | OAuthAuth;

/** A route with a list of kinds got a token of none of them: nothing is known. */
export interface InvalidTokenAuth {
  readonly tokenType: null;
  readonly isAuthenticated: false;
  readonly has: Has;
}

/** Every auth object `toAuth()` can return. */
export type AuthObject = SessionAuthObject | MachineAuthObject | SignedOutMachineAuth | InvalidTokenAuth;

/** The auth object of a verified token of kind `T`. */
export type SignedInAuthFor<T extends TokenType> = T extends "session_token" ? SignedInSessionAuth : T extends MachineTokenType ? MachineAuthFor<T> : never;
/** The auth object of a route of kind `T` that is not authenticated. */
export type SignedOutAuthFor<T extends TokenType> = T extends "session_token" ? SignedOutSessionAuth : T extends MachineTokenType ? SignedOutMachineAuth<T> : never;

/** The signed-out auth object of a kind (`null`: the invalid-token object). */
export function signedOutAuth(tokenType: TokenType | null, sessionStatus: string | null = null): AuthObject {
  if (tokenType === null) return { tokenType, isAuthenticated: false, has: hasNothing };
  const base = { tokenType, isAuthenticated: false as const, id: null, subject: null, scopes: null, has: hasNothing };
  switch (tokenType) {
    case "session_token":
      return {
        tokenType,
        isAuthenticated: false,
        userId: null,
        sessionId: null,
        sessionStatus,
        actor: null,
        orgId: null,
        orgRole: null,
        orgSlug: null,
        orgPermissions: null,
        factorVerificationAge: null,
        sessionClaims: null,
        has: hasNothing,
      };
    case "api_key":
      return { ...base, tokenType, name: null, claims: null, userId: null, orgId: null };
    case "m2m_token":
      return { ...base, tokenType, claims: null, machineId: null };
    default:
      return { ...base, tokenType: "oauth_token", userId: null, clientId: null };
  }
}

/**
 * The auth object of verified session claims. Reads both claim layouts: v1 (`org_id`,
 * `org_role`, `org_slug`, `org_permissions`) and v2 (`v: 2`, the compact `o` claim, with
 * permissions expanded from `o.per` / `o.fpm` and the org features in `fea`).
 */
export function sessionAuth(claims: SessionClaims): SignedInSessionAuth {
  let orgId: string | null = null;
  let orgRole: string | null = null;
  let orgSlug: string | null = null;
  let orgPermissions: readonly string[] | null = null;
  const raw = claims as JwtClaims;
  if (raw.v === 2) {
    const o = raw.o;
    if (typeof o === "object" && o !== null) {
      const org = o as Record<string, unknown>;
      orgId = str(org.id);
      orgSlug = str(org.slg);
      orgRole = typeof org.rol === "string" && org.rol ? `org:${org.rol}` : null;
      orgPermissions = v2Permissions(raw.fea, org.per, org.fpm);
    }
  } else {
    orgId = str(raw.org_id);
    orgRole = str(raw.org_role);
    orgSlug = str(raw.org_slug);
    orgPermissions = Array.isArray(raw.org_permissions) ? (raw.org_permissions as string[]) : null;
  }
  const fva = raw.fva;
  const factorVerificationAge = Array.isArray(fva) && fva.length === 2 ? ([fva[0], fva[1]] as const) : null;
  const userId = claims.sub;
  return {
    tokenType: "session_token",
    isAuthenticated: true,
    userId,
    sessionId: str(raw.sid),
    sessionStatus: typeof raw.sts === "string" ? raw.sts : null,
    actor: typeof raw.act === "object" && raw.act !== null ? (raw.act as ActorClaim) : null,
    orgId,
    orgRole,
    orgSlug,
    orgPermissions,
    factorVerificationAge,
    sessionClaims: claims,
    has: createHas({
      userId,
      orgId,
      orgRole,
      orgPermissions,
      factorVerificationAge,
      features: typeof raw.fea === "string" ? raw.fea : "",
      plans: typeof raw.pla === "string" ? raw.pla : "",
    }),
  };
}

/**
 * v2 tokens carry org permissions compactly: `fea` lists features (`o:invoices,u:chat`, the
 * org ones matter), `o.per` the permission names, `o.fpm` one decimal bitmask per org feature
 * saying which of those permissions the member has in it (least significant bit = first name).
 */
function v2Permissions(fea: unknown, per: unknown, fpm: unknown): string[] {
  const features = splitByScope(typeof fea === "string" ? fea : undefined)?.org ?? [];
  if (typeof per !== "string" || typeof fpm !== "string" || !per || !fpm) return [];
  const names = per.split(",").map((p) => p.trim());
  const masks = fpm.split(",").map((m) => m.trim());
  const out: string[] = [];
  features.forEach((feature, i) => {
    const mask = masks[i];
    // Decimal of any length (BigInt): a mask is a bit per permission, and there may be more than 53.
    if (mask === undefined || !/^\d+$/.test(mask)) return;
    const bits = BigInt(mask);
    names.forEach((name, bit) => {
      if ((bits >> BigInt(bit)) & 1n) out.push(`org:${feature}:${name}`);
    });
  });
  return out;
}

/** The auth object of a verified machine token. */
export function machineAuth(tokenType: MachineTokenType, record: MachineTokenRecord): MachineAuthObject {
  const { id, subject, scopes } = record;
  const base = { isAuthenticated: true as const, id, subject, scopes, has: hasNothing };
  if (tokenType === "api_key") {
    return {
      ...base,
      tokenType,
      name: record.name,
      claims: record.claims,
      userId: subject.startsWith("user_") ? subject : null,
      orgId: subject.startsWith("org_") ? subject : null,
    };
  }
  if (tokenType === "m2m_token") return { ...base, tokenType, claims: record.claims, machineId: subject };
  return { ...base, tokenType, userId: subject, clientId: record.clientId ?? "" };
}

// The registered claims of an M2M JWT; everything else is the custom claims given at creation.
const M2M_RESERVED = ["iss", "sub", "exp", "nbf", "iat", "jti"];

/** A machine record from the claims of a verified M2M or OAuth JWT, read as Clerk reads them. */
export function recordFromJwt(tokenType: "m2m_token" | "oauth_token", claims: JwtClaims): MachineTokenRecord {
  const id = typeof claims.jti === "string" ? claims.jti : "";
  const subject = claims.sub ?? "";
  if (tokenType === "m2m_token") {
    const custom = Object.fromEntries(Object.entries(claims).filter(([k]) => !M2M_RESERVED.includes(k)));
    const scopes = typeof claims.scopes === "string" ? claims.scopes.split(" ") : listOf(claims.aud);
    return { id, subject, name: null, scopes, claims: Object.keys(custom).length > 0 ? custom : null, clientId: null, raw: claims };
  }
  const scopes = Array.isArray(claims.scp) ? listOf(claims.scp) : typeof claims.scope === "string" ? claims.scope.split(" ") : [];
  return { id, subject, name: null, scopes, claims: null, clientId: typeof claims.client_id === "string" ? claims.client_id : "", raw: claims };
}

function str(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}
