// The token classes and machine-token verify answers the request suites combine.
import { CAT_M2M, CAT_SESSION, CAT_TEMPLATE, ISSUER, NOW, NOW_S, ORIGIN, session, signToken, type FakeAnswer } from "./harness.js";

/** Session claims in both layouts, with organization, billing and reverification data. */
export const SESSION_CLAIMS: Readonly<Record<string, Record<string, unknown>>> = {
  "session v1 with org": session({
    org_id: "org_2acme",
    org_role: "org:admin",
    org_slug: "acme",
    org_permissions: ["org:invoices:read", "org:sys_memberships:read"],
    fva: [3, 20],
    fea: "u:chat,o:reports",
    pla: "u:pro,o:team",
  }),
  "session v1 without org": session({ fva: [0, -1], fea: "u:chat", pla: "u:pro" }),
  "session v1 member role unprefixed": session({ org_id: "org_2acme", org_role: "member", org_permissions: [] }),
  "session v2 with org": session({
    v: 2,
    o: { id: "org_2acme", slg: "acme", rol: "admin", per: "read,write", fpm: "1,3" },
    fea: "o:invoices,o:reports,u:chat",
    pla: "o:team,u:pro",
    fva: [0, 5],
    sts: "active",
  }),
  "session v2 org without features": session({ v: 2, o: { id: "org_2acme", slg: "acme", rol: "member" }, fva: [-1, -1] }),
  "session v2 ou-scoped features": session({ v: 2, o: { id: "org_2b", rol: "admin", per: "manage", fpm: "1" }, fea: "ou:reports,uo:chat", pla: "ou:pro", fva: [30, 30] }),
  "session v2 without org": session({ v: 2, fea: "u:chat", pla: "u:free", fva: [2, 2], sts: "active" }),
  "session v2 malformed fea": session({ v: 2, fea: "chat,u:x", fva: [1, 1] }),
  "session pending": session({ v: 2, sts: "pending", o: { id: "org_2acme", rol: "admin" }, fva: [1, 1] }),
  "session pending v1": session({ sts: "pending", org_id: "org_2acme", org_role: "org:admin" }),
  "session impersonated": session({ act: { sub: "user_2admin", iss: "https://dashboard.clerk.com" }, fva: [5, -1] }),
  "session fva second factor stale": session({ fva: [5, 90] }),
  "session no sid": Object.fromEntries(Object.entries(session()).filter(([k]) => k !== "sid")),
};

/** A JWT of each class the instance key signs, and opaque machine tokens. */
export async function tokenClasses(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, claims] of Object.entries(SESSION_CLAIMS)) out[name] = await signToken({ claims });
  out["session without cat"] = await signToken({ claims: session(), header: { cat: undefined } });
  out["JWT template"] = await signToken({ claims: { sub: "user_2diff", iss: ISSUER, iat: NOW_S - 5, nbf: NOW_S - 5, exp: NOW_S + 300, azp: ORIGIN, email: "a@example.com" }, header: { cat: CAT_TEMPLATE } });
  const m2m = { sub: "mch_2worker", iss: ISSUER, iat: NOW_S - 5, nbf: NOW_S - 5, exp: NOW_S + 300, jti: "mt_jwt_2worker", scopes: "mch_2api mch_2db", region: "eu" };
  out["M2M JWT with cat"] = await signToken({ claims: m2m, header: { cat: CAT_M2M } });
  out["M2M JWT without cat"] = await signToken({ claims: m2m, header: { cat: undefined } });
  out["M2M JWT with session cat"] = await signToken({ claims: m2m, header: { cat: CAT_SESSION } });
  out["M2M JWT aud scopes"] = await signToken({ claims: { ...m2m, scopes: undefined, aud: ["mch_2api"] }, header: { cat: CAT_M2M } });
  out["M2M JWT expired"] = await signToken({ claims: { ...m2m, exp: NOW_S - 60 }, header: { cat: CAT_M2M } });
  const oauth = { sub: "user_2diff", iss: ISSUER, iat: NOW_S - 5, nbf: NOW_S - 5, exp: NOW_S + 300, jti: "oat_jwt_1", client_id: "client_2app", scope: "profile email", aud: ["https://api.example.com"] };
  out["OAuth at+jwt"] = await signToken({ claims: oauth, header: { typ: "at+jwt", cat: undefined } });
  out["OAuth application/at+jwt scp"] = await signToken({ claims: { ...oauth, scope: undefined, scp: ["a", "b"] }, header: { typ: "application/at+jwt", cat: undefined } });
  out["OAuth at+jwt without aud"] = await signToken({ claims: { ...oauth, aud: undefined }, header: { typ: "at+jwt", cat: undefined } });
  out["OAuth at+jwt expired"] = await signToken({ claims: { ...oauth, exp: NOW_S - 30 }, header: { typ: "at+jwt", cat: undefined } });
  out["session expired"] = await signToken({ claims: session({ exp: NOW_S - 60 }) });
  out["session foreign signature"] = await signToken({ claims: session(), foreign: true });
  out["opaque API key"] = "ak_live_2diffApiKeySecret";
  out["opaque API key of an org"] = "ak_live_2diffOrgApiKey";
  out["opaque M2M token"] = "mt_2diffMachineToken";
  out["opaque OAuth token"] = "oat_2diffOAuthToken";
  out["unknown API key"] = "ak_live_2unknown";
  out["garbage"] = "not-a-token";
  return out;
}

const times = { created_at: NOW - 86_400_000, updated_at: NOW - 3600_000 };

/** The fake API's verify operations: known tokens answer 200 (with the object name Clerk deserializes). */
export const MACHINE_API: Readonly<Record<string, (body: unknown) => FakeAnswer>> = {
  "POST /api_keys/verify": (body) => {
    const secret = (body as { secret?: string } | undefined)?.secret;
    if (secret === "ak_live_2diffApiKeySecret" || secret === "ak_live_2diffOrgApiKey") {
      const org = secret.includes("Org");
      return {
        json: {
          object: "api_key", id: org ? "ak_2org" : "ak_2user", type: "api_key", name: org ? "Org key" : "CI key",
          subject: org ? "org_2acme" : "user_2diff", scopes: ["read", "write"], claims: org ? null : { team: "core" },
          revoked: false, revocation_reason: null, expired: false, expiration: null, created_by: "user_2diff",
          description: null, last_used_at: null, ...times,
        },
      };
    }
    return { status: 404, json: { errors: [{ code: "resource_not_found", message: "API key not found" }] } };
  },
  "POST /m2m_tokens/verify": (body) =>
    (body as { token?: string } | undefined)?.token === "mt_2diffMachineToken"
      ? { json: { object: "machine_to_machine_token", id: "mt_2diff", subject: "mch_2worker", scopes: ["mch_2api"], claims: { region: "eu" }, revoked: false, revocation_reason: null, expired: false, expiration: NOW + 3600_000, last_used_at: null, ...times } }
      : { status: 404, json: { errors: [{ code: "resource_not_found", message: "not found" }] } },
  "POST /oauth_applications/access_tokens/verify": (body) =>
    (body as { access_token?: string } | undefined)?.access_token === "oat_2diffOAuthToken"
      ? { json: { object: "clerk_idp_oauth_access_token", id: "oat_2diff", client_id: "client_2app", type: "oauth_token", subject: "user_2diff", scopes: ["profile", "email"], revoked: false, revocation_reason: null, expired: false, expiration: NOW + 3600_000, aud: ["https://api.example.com"], ...times } }
      : { status: 404, json: { errors: [{ code: "resource_not_found", message: "not found" }] } },
};
