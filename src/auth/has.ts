// `has()` of the session auth object, with the semantics of Clerk's SDKs: every dimension the
// caller asks about (org role/permission, billing feature/plan, reverification) must pass, at
// least one must be asked, and anything missing or malformed fails closed.

/** A reverification requirement: a preset, or a factor level and the minutes since it was verified. */
export type ReverificationConfig =
  | "strict_mfa"
  | "strict"
  | "moderate"
  | "lax"
  | { readonly level: "first_factor" | "second_factor" | "multi_factor"; readonly afterMinutes: number };

/** What `has()` can check; pass one or more. */
export interface HasParams {
  /** An organization role, with or without the `org:` prefix: `"admin"`, `"org:admin"`. */
  readonly role?: string;
  /** An organization permission: `"org:invoices:read"` (the `org:` prefix is optional). */
  readonly permission?: string;
  /** A billing feature: `"chat"`, or scoped `"u:chat"` / `"o:chat"` (`user:` / `org:` too). */
  readonly feature?: string;
  /** A billing plan, scoped like `feature`. */
  readonly plan?: string;
  /** Whether the user verified recently enough (`fva` claim). */
  readonly reverification?: ReverificationConfig;
}

/** Answers whether the caller has a role, permission, feature, plan or a recent verification. */
export type Has = (params: HasParams) => boolean;

/** What the checks read from the session. */
export interface Authorization {
  readonly userId: string | null;
  readonly orgId: string | null;
  readonly orgRole: string | null;
  readonly orgPermissions: readonly string[] | null;
  readonly factorVerificationAge: readonly [number, number] | null;
  readonly features: string;
  readonly plans: string;
}

type Verdict = "pass" | "fail" | "skip";

const PRESETS: Readonly<Record<string, readonly [level: string, afterMinutes: number]>> = {
  strict_mfa: ["multi_factor", 10],
  strict: ["second_factor", 10],
  moderate: ["second_factor", 60],
  lax: ["second_factor", 1440],
};
const LEVELS = ["first_factor", "second_factor", "multi_factor"];
const ORG_SCOPES = ["o", "org", "organization"];
const USER_SCOPES = ["u", "user"];

/** `has()` over a session's authorization data. */
export function createHas(auth: Authorization): Has {
  return (params) => {
    if (!auth.userId || typeof params !== "object" || params === null) return false;
    const verdicts = [orgCheck(params, auth), billingCheck(params, auth), reverificationCheck(params, auth)];
    return verdicts.includes("pass") && verdicts.every((v) => v !== "fail");
  };
}

/** The `has()` of auth objects that carry no authorization data (signed out, machines). */
export const hasNothing: Has = () => false;

const withOrg = (value: string): string => value.replace(/^(org:)*/, "org:");

function orgCheck({ role, permission }: HasParams, { orgId, orgRole, orgPermissions }: Authorization): Verdict {
  if (role === undefined && permission === undefined) return "skip";
  if ((role !== undefined && typeof role !== "string") || (permission !== undefined && typeof permission !== "string")) return "fail";
  if (!orgId) return "fail";
  if (role !== undefined && (!orgRole || withOrg(orgRole) !== withOrg(role))) return "fail";
  if (permission !== undefined && !orgPermissions?.includes(withOrg(permission))) return "fail";
  return "pass";
}

function billingCheck({ feature, plan }: HasParams, { features, plans }: Authorization): Verdict {
  if (feature === undefined && plan === undefined) return "skip";
  if (feature !== undefined && !inClaim(features, feature)) return "fail";
  if (plan !== undefined && !inClaim(plans, plan)) return "fail";
  return "pass";
}

function inClaim(claim: string, wanted: unknown): boolean {
  if (typeof wanted !== "string" || !claim) return false;
  const scoped = splitByScope(claim);
  if (!scoped) return false;
  const [scope, rawName] = wanted.split(":") as [string, string | undefined];
  if (rawName === undefined) return scoped.org.includes(scope) || scoped.user.includes(scope);
  // `"o:"` asks for a feature named `o` in the org scope, as Clerk reads it.
  const name = rawName || scope;
  if (ORG_SCOPES.includes(scope)) return scoped.org.includes(name);
  if (USER_SCOPES.includes(scope)) return scoped.user.includes(name);
  return false;
}

/**
 * Splits a `fea` / `pla` claim (`u:chat,o:invoices,ou:export`) by scope. `undefined` when an
 * element has no scope: the claim is malformed and nothing in it counts.
 */
export function splitByScope(claim: string | undefined): { org: string[]; user: string[] } | undefined {
  const org: string[] = [];
  const user: string[] = [];
  if (!claim) return { org, user };
  for (const raw of claim.split(",")) {
    const part = raw.trim();
    const colon = part.indexOf(":");
    if (colon < 0) return undefined;
    const scope = part.slice(0, colon);
    const value = part.slice(colon + 1);
    if (scope === "o" || scope === "ou" || scope === "uo") org.push(value);
    if (scope === "u" || scope === "ou" || scope === "uo") user.push(value);
  }
  return { org, user };
}

const validAge = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x) && (x === -1 || x >= 0);

function reverificationCheck({ reverification }: HasParams, { factorVerificationAge: fva }: Authorization): Verdict {
  if (reverification === undefined) return "skip";
  if (!Array.isArray(fva) || fva.length !== 2 || !validAge(fva[0]) || !validAge(fva[1])) return "fail";
  const config =
    typeof reverification === "string"
      ? PRESETS[reverification]
      : typeof reverification === "object" && reverification !== null && LEVELS.includes(reverification.level) &&
          typeof reverification.afterMinutes === "number" && reverification.afterMinutes > 0
        ? ([reverification.level, reverification.afterMinutes] as const)
        : undefined;
  if (!config) return "fail";
  const [level, afterMinutes] = config;
  const [first, second] = fva as readonly [number, number];
  if (first === -1 && second === -1) return "fail";
  const firstFresh = first !== -1 && afterMinutes > first;
  const secondFresh = second !== -1 && afterMinutes > second;
  let ok: boolean;
  if (level === "first_factor") ok = firstFresh;
  // No second factor enrolled: the first one decides (Clerk's graceful downgrade).
  else if (second === -1) ok = firstFresh;
  else if (level === "second_factor") ok = secondFresh;
  else ok = first !== -1 && firstFresh && secondFresh;
  return ok ? "pass" : "fail";
}
