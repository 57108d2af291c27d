import type { MachineTokenRecord } from "./machine.js";
import type { JwtClaims, MachineTokenType } from "./types.js";

/** Who a session token speaks for. All fields are `null` when signed out. */
export interface SessionAuthObject {
  readonly tokenType: "session_token";
  readonly userId: string | null;
  readonly sessionId: string | null;
  readonly orgId: string | null;
  /** E.g. `org:admin`. */
  readonly orgRole: string | null;
  readonly orgSlug: string | null;
  /** E.g. `["org:invoices:read"]`. */
  readonly orgPermissions: readonly string[] | null;
  /** Minutes since the first and second factor were last verified (`fva`), `-1` for never. */
  readonly factorVerificationAge: readonly [number, number] | null;
  readonly claims: JwtClaims | null;
}

/** Who a machine token speaks for. All fields are `null` when signed out. */
export interface MachineAuthObject {
  readonly tokenType: MachineTokenType;
  /** The token's id (`ak_…`, `mt_…`, `oat_…`, or the JWT's `jti`). */
  readonly id: string | null;
  /** The owner: `user_…`, `org_…` or `mch_…`. */
  readonly subject: string | null;
  /** API keys: the key's name. */
  readonly name: string | null;
  readonly scopes: readonly string[] | null;
  readonly claims: Readonly<Record<string, unknown>> | null;
  /** The subject when it is a user (API keys, OAuth tokens). */
  readonly userId: string | null;
  /** The subject when it is an organization (API keys). */
  readonly orgId: string | null;
  /** The subject when it is a machine (M2M tokens, machine API keys). */
  readonly machineId: string | null;
  /** OAuth tokens: the OAuth application's client id. */
  readonly clientId: string | null;
}

/** What `RequestState.toAuth()` returns; switch on `tokenType`. */
export type AuthObject = SessionAuthObject | MachineAuthObject;

/** The signed-out auth object for a kind of token. */
export function signedOutAuth(tokenType: SessionAuthObject["tokenType"] | MachineTokenType): AuthObject {
  if (tokenType === "session_token") {
    return {
      tokenType,
      userId: null,
      sessionId: null,
      orgId: null,
      orgRole: null,
      orgSlug: null,
      orgPermissions: null,
      factorVerificationAge: null,
      claims: null,
    };
  }
  return machineAuth(tokenType, null);
}

/**
 * The auth object of verified session claims. Reads both claim layouts: v1 (`org_id`,
 * `org_role`, `org_slug`, `org_permissions`) and v2 (`v: 2`, the compact `o` claim, with
 * permissions expanded from `o.per` / `o.fpm` and the org features in `fea`).
 */
export function sessionAuth(claims: JwtClaims): SessionAuthObject {
  let orgId: string | null = null;
  let orgRole: string | null = null;
  let orgSlug: string | null = null;
  let orgPermissions: string[] | null = null;
  if (claims.v === 2) {
    const o = claims.o;
    if (typeof o === "object" && o !== null) {
      const org = o as Record<string, unknown>;
      orgId = str(org.id);
      orgSlug = str(org.slg);
      orgRole = typeof org.rol === "string" && org.rol ? `org:${org.rol}` : null;
      orgPermissions = v2Permissions(claims.fea, org.per, org.fpm);
    }
  } else {
    orgId = str(claims.org_id);
    orgRole = str(claims.org_role);
    orgSlug = str(claims.org_slug);
    orgPermissions = Array.isArray(claims.org_permissions)
      ? claims.org_permissions.filter((p): p is string => typeof p === "string")
      : null;
  }
  const fva = claims.fva;
  const factorVerificationAge =
    Array.isArray(fva) && fva.length === 2 && typeof fva[0] === "number" && typeof fva[1] === "number"
      ? ([fva[0], fva[1]] as const)
      : null;
  return {
    tokenType: "session_token",
    userId: str(claims.sub),
    sessionId: str(claims.sid),
    orgId,
    orgRole,
    orgSlug,
    orgPermissions,
    factorVerificationAge,
    claims,
  };
}

/**
 * v2 tokens carry org permissions compactly: `fea` lists features (`o:invoices,u:chat`, the
 * org ones matter), `o.per` the permission names, `o.fpm` one bitmask per org feature saying
 * which of those permissions the member has in it (least significant bit = first name).
 */
function v2Permissions(fea: unknown, per: unknown, fpm: unknown): string[] {
  if (typeof fea !== "string" || typeof per !== "string" || typeof fpm !== "string" || !per || !fpm) return [];
  const features = fea
    .split(",")
    .map((f) => f.trim().split(":"))
    .filter(([scope, name]) => scope !== undefined && scope.includes("o") && name)
    .map(([, name]) => name as string);
  const names = per.split(",").map((p) => p.trim());
  const masks = fpm.split(",").map((m) => Number.parseInt(m.trim(), 10));
  const out: string[] = [];
  features.forEach((feature, i) => {
    const mask = masks[i];
    if (mask === undefined || !Number.isSafeInteger(mask) || mask < 0) return;
    names.forEach((name, bit) => {
      if (Math.floor(mask / 2 ** bit) % 2 === 1) out.push(`org:${feature}:${name}`);
    });
  });
  return out;
}

/** The auth object of a verified opaque machine token, or a signed-out one for `null`. */
export function machineAuth(tokenType: MachineTokenType, record: MachineTokenRecord | null): MachineAuthObject {
  const subject = record?.subject ?? null;
  return {
    tokenType,
    id: record?.id || null,
    subject,
    name: record?.name ?? null,
    scopes: record ? record.scopes : null,
    claims: record?.claims ?? null,
    userId: subject?.startsWith("user_") ? subject : null,
    orgId: subject?.startsWith("org_") ? subject : null,
    machineId: subject?.startsWith("mch_") ? subject : null,
    clientId: record?.clientId ?? null,
  };
}

/** A machine record from the claims of a verified M2M or OAuth JWT. */
export function recordFromJwt(claims: JwtClaims): MachineTokenRecord {
  const scopes = claims.scopes ?? claims.scope;
  return {
    id: str(claims.jti) ?? "",
    subject: str(claims.sub),
    name: null,
    scopes: Array.isArray(scopes)
      ? scopes.filter((s): s is string => typeof s === "string")
      : typeof scopes === "string"
        ? scopes.split(/[\s,]+/).filter(Boolean)
        : [],
    claims,
    clientId: str(claims.client_id) ?? (typeof claims.azp === "string" ? claims.azp : null),
    raw: claims,
  };
}

function str(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}
