// authenticateRequest, differential: generated requests (token classes × acceptsToken ×
// Authorization header forms × cookies) through @clerk/backend and clerk-fn, asserting the same
// status, reason (through REASONS), tokenType, toAuth() fields (also with
// treatPendingAsSignedOut: false) and has() answers. Only non-document requests: on a document
// request Clerk answers with a handshake, the job of the browser-session plug-in.
import { afterAll, describe, expect, it } from "vitest";
import { clerkRequest, ourRequest, PK_LIVE, PK_TEST, NOW_S, session, signToken, ORIGIN, type RequestCase } from "./harness.js";
import { MACHINE_API, tokenClasses } from "./tokens.js";
import type { AcceptsToken } from "../../../src/auth/index.js";

const tokens = await tokenClasses();

const ACCEPTS: readonly (AcceptsToken | undefined)[] = [
  undefined,
  "session_token",
  "api_key",
  "m2m_token",
  "oauth_token",
  "any",
  ["session_token", "api_key"],
  ["api_key"],
  ["m2m_token", "oauth_token"],
  ["oauth_token", "session_token"],
];

const cases: RequestCase[] = [];

// 1. Every token class in the header, under every acceptsToken, with jwtKey and with the JWKS.
for (const [tokenName, token] of Object.entries(tokens)) {
  for (const acceptsToken of ACCEPTS) {
    for (const jwtKey of [true, false]) {
      cases.push({
        name: `${tokenName} · accepts ${JSON.stringify(acceptsToken)} · ${jwtKey ? "jwtKey" : "JWKS"}`,
        headers: { authorization: `Bearer ${token}` },
        ...(acceptsToken !== undefined ? { acceptsToken } : {}),
        jwtKey,
        api: MACHINE_API,
      });
    }
  }
}

// 2. Authorization header forms, with and without a valid session cookie beside it.
const sessionToken = tokens["session v1 with org"]!;
const cookie = `__session=${sessionToken}; __client_uat=${NOW_S - 100}`;
const FORMS: Readonly<Record<string, string>> = {
  "Bearer <jwt>": `Bearer ${sessionToken}`,
  "<jwt> without scheme": sessionToken,
  "Bearer  <jwt> (two spaces)": `Bearer  ${sessionToken}`,
  "bearer <jwt> (lowercase)": `bearer ${sessionToken}`,
  "BEARER <jwt>": `BEARER ${sessionToken}`,
  "Bearer <jwt> extra words": `Bearer ${sessionToken} extra words`,
  "Basic <jwt>": `Basic ${sessionToken}`,
  "Token <jwt>": `Token ${sessionToken}`,
  "Bearer alone": "Bearer",
  "Bearer<tab><jwt>": `Bearer\t${sessionToken}`,
  " Bearer <jwt> (leading space)": ` Bearer ${sessionToken}`,
  "Bearer <expired jwt>": `Bearer ${tokens["session expired"]}`,
  "Bearer <garbage>": "Bearer not-a-token",
  "Bearer ak_ on session route": `Bearer ${tokens["opaque API key"]}`,
};
for (const [form, value] of Object.entries(FORMS)) {
  for (const withCookie of [false, true]) {
    for (const acceptsToken of [undefined, "any", "api_key", ["session_token", "api_key"]] as const) {
      cases.push({
        name: `header ${form}${withCookie ? " + cookie" : ""} · accepts ${JSON.stringify(acceptsToken)}`,
        headers: { authorization: value, ...(withCookie ? { cookie } : {}) },
        ...(acceptsToken !== undefined ? { acceptsToken } : {}),
        jwtKey: true,
        api: MACHINE_API,
      });
    }
  }
}

// 3. Cookies: plain and suffixed session cookies, __client_uat rules, dev-browser rules.
const { cookieSuffix } = await import("../../../src/auth/index.js");
const SUFFIX: Readonly<Record<string, string>> = { [PK_LIVE]: await cookieSuffix(PK_LIVE), [PK_TEST]: await cookieSuffix(PK_TEST) };
const fresh = await signToken({ claims: session({ iat: NOW_S - 10 }) });
const older = await signToken({ claims: session({ iat: NOW_S - 40, sid: "sess_old" }) });
const foreignIss = await signToken({ claims: session({ iss: "https://clerk.other-app.example.com" }) });
const noIss = await signToken({ claims: Object.fromEntries(Object.entries(session()).filter(([k]) => k !== "iss")) });
const expiredCookie = await signToken({ claims: session({ exp: NOW_S - 30, iat: NOW_S - 90 }) });
const template = tokens["JWT template"]!;
const m2mJwt = tokens["M2M JWT with cat"]!;
const pending = tokens["session pending"]!;
const v2 = tokens["session v2 with org"]!;
const noIat = await signToken({ claims: Object.fromEntries(Object.entries(session()).filter(([k]) => k !== "iat")) });

type Jar = Readonly<Record<string, string | undefined>>;
const UATS: readonly (string | undefined)[] = [undefined, "0", String(NOW_S - 100), String(NOW_S - 10), String(NOW_S - 5), String(NOW_S + 100), "abc", ""];
for (const pk of [PK_LIVE, PK_TEST]) {
  const s = SUFFIX[pk]!;
  const dev = pk === PK_TEST ? { __clerk_db_jwt: "dvb_2diff" } : {};
  const jars: Record<string, Jar> = {};
  for (const [tokenName, t] of Object.entries({ fresh, older, expiredCookie, template, m2mJwt, pending, v2, noIat, foreignIss, noIss, garbage: "garbage", none: undefined })) {
    for (const uat of UATS) {
      jars[`plain ${tokenName} uat ${JSON.stringify(uat)}`] = { __session: t, __client_uat: uat };
      jars[`suffixed ${tokenName} uat ${JSON.stringify(uat)}`] = { [`__session_${s}`]: t, [`__client_uat_${s}`]: uat };
    }
  }
  jars["suffixed fresh, plain older (both signed in)"] = { [`__session_${s}`]: fresh, [`__client_uat_${s}`]: String(NOW_S - 100), __session: older, __client_uat: String(NOW_S - 100) };
  jars["suffixed older, plain fresh (both signed in)"] = { [`__session_${s}`]: older, [`__client_uat_${s}`]: String(NOW_S - 100), __session: fresh, __client_uat: String(NOW_S - 100) };
  jars["suffixed signed out, plain signed in"] = { [`__session_${s}`]: fresh, [`__client_uat_${s}`]: "0", __session: fresh, __client_uat: String(NOW_S - 100) };
  jars["suffixed signed in, plain signed out"] = { [`__session_${s}`]: fresh, [`__client_uat_${s}`]: String(NOW_S - 100), __session: fresh, __client_uat: "0" };
  jars["suffixed expired signed in, plain signed out"] = { [`__session_${s}`]: expiredCookie, [`__client_uat_${s}`]: String(NOW_S - 100), __session: fresh, __client_uat: "0" };
  jars["suffixed token without its uat, plain signed in"] = { [`__session_${s}`]: fresh, __session: older, __client_uat: String(NOW_S - 100) };
  jars["foreign app plain cookie, ours suffixed"] = { __session: foreignIss, __client_uat: String(NOW_S - 100), [`__session_${s}`]: fresh, [`__client_uat_${s}`]: String(NOW_S - 100) };
  jars["foreign app plain cookie only"] = { __session: foreignIss, __client_uat: String(NOW_S - 100) };
  jars["another suffix only"] = { __session_zzzzzzzz: fresh, __client_uat_zzzzzzzz: String(NOW_S - 100) };
  jars["uat only (suffixed)"] = { [`__client_uat_${s}`]: String(NOW_S - 100) };
  jars["quoted cookie values"] = { __session: `"${fresh}"`, __client_uat: `"${NOW_S - 100}"` };
  for (const [jarName, jar] of Object.entries(jars)) {
    for (const devBrowser of pk === PK_TEST ? [true, false] : [false]) {
      const pairs = Object.entries({ ...(devBrowser ? dev : {}), ...jar }).filter(([, v]) => v !== undefined);
      cases.push({
        name: `cookies ${pk === PK_LIVE ? "pk_live" : "pk_test"}${pk === PK_TEST ? (devBrowser ? " +dev-browser" : " no dev-browser") : ""} · ${jarName}`,
        headers: pairs.length ? { cookie: pairs.map(([k, v]) => `${k}=${v}`).join("; "), accept: "application/json" } : { accept: "application/json" },
        publishableKey: pk,
        jwtKey: true,
      });
    }
  }
}
cases.push({ name: "cookies pk_test dev-browser in the query", url: "https://app.example.com/api/data?__clerk_db_jwt=dvb_2q", headers: { cookie: `__session=${fresh}; __client_uat=${NOW_S - 100}` }, publishableKey: PK_TEST, jwtKey: true });
cases.push({ name: "cookies on a POST", method: "POST", headers: { cookie: `__session=${expiredCookie}; __client_uat=${NOW_S - 100}` }, jwtKey: true });
cases.push({ name: "cookies with authorizedParties that list the azp", headers: { cookie: `__session=${fresh}; __client_uat=${NOW_S - 100}` }, authorizedParties: [ORIGIN], jwtKey: true });
cases.push({ name: "cookies with authorizedParties that do not list the azp", headers: { cookie: `__session=${fresh}; __client_uat=${NOW_S - 100}` }, authorizedParties: ["https://other.example.com"], jwtKey: true });
cases.push({ name: "machine route, token only in a cookie", headers: { cookie: `__session=${tokens["opaque API key"]}; __client_uat=${NOW_S - 100}` }, acceptsToken: "api_key", api: MACHINE_API });
cases.push({ name: "machine list route, token only in a cookie", headers: { cookie: `__session=${fresh}; __client_uat=${NOW_S - 100}` }, acceptsToken: ["api_key", "m2m_token"], api: MACHINE_API, jwtKey: true });
cases.push({ name: "nothing at all, any", headers: {}, acceptsToken: "any", jwtKey: true });

// 4. Machine verify answers that fail: not found, refused secret key, server error, network.
for (const [answerName, answer] of Object.entries({
  "404": { status: 404, json: { errors: [{ code: "resource_not_found", message: "not found" }] } },
  "401": { status: 401, json: { errors: [{ code: "authentication_invalid", message: "bad key" }] } },
  "500": { status: 500, json: { errors: [{ code: "internal", message: "boom" }] } },
  "422": { status: 422, json: { errors: [{ code: "form_param_format_invalid", message: "bad" }] } },
})) {
  for (const [kind, route, token] of [
    ["api_key", "POST /api_keys/verify", tokens["opaque API key"]],
    ["m2m_token", "POST /m2m_tokens/verify", tokens["opaque M2M token"]],
    ["oauth_token", "POST /oauth_applications/access_tokens/verify", tokens["opaque OAuth token"]],
  ] as const) {
    for (const acceptsToken of [kind, "any"] as const) {
      cases.push({ name: `${kind} verify answers ${answerName} · accepts ${acceptsToken}`, headers: { authorization: `Bearer ${token}` }, acceptsToken, api: { ...MACHINE_API, [route]: answer } });
    }
  }
}
// The OAuth audience check on opaque and JWT access tokens.
for (const audience of ["https://api.example.com", "https://other.example.com", ["https://other.example.com", "https://api.example.com"]]) {
  for (const name of ["opaque OAuth token", "OAuth at+jwt"]) {
    cases.push({ name: `${name} with audience ${JSON.stringify(audience)}`, headers: { authorization: `Bearer ${tokens[name]}` }, acceptsToken: "oauth_token", audience, jwtKey: true, api: MACHINE_API });
  }
}
// M2M tokens verified with the machine secret key.
cases.push({ name: "opaque M2M token with a machine secret key", headers: { authorization: `Bearer ${tokens["opaque M2M token"]}` }, acceptsToken: "m2m_token", machineSecretKey: "ak_2machineSecret", api: { ...MACHINE_API, "POST /m2m_tokens/verify": (b) => (MACHINE_API["POST /m2m_tokens/verify"]!(b)) } });

const seen: { status: string; reason: string | null; tokenType: string | null; has: number }[] = [];

describe("authenticateRequest vs @clerk/backend", () => {
  // The comparison would be vacuous if both sides refused everything: the inputs must reach
  // every outcome — signed in for each token kind, has() true somewhere, many reasons.
  afterAll(() => {
    if (seen.length < cases.length) return; // a filtered run (-t)
    const signedIn = new Set(seen.filter((o) => o.status === "signed-in").map((o) => o.tokenType));
    expect([...signedIn].sort()).toEqual(["api_key", "m2m_token", "oauth_token", "session_token"]);
    expect(seen.filter((o) => o.status === "signed-in").length).toBeGreaterThan(150);
    expect(seen.reduce((n, o) => n + o.has, 0)).toBeGreaterThan(100);
    expect(new Set(seen.map((o) => o.reason)).size).toBeGreaterThan(14);
  });
  it(`generates a broad set of requests (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThan(800);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const theirs = await clerkRequest(c);
    const ours = await ourRequest(c);
    expect(ours).toEqual(theirs);
    seen.push({ status: ours.status, reason: ours.reason, tokenType: ours.tokenType, has: ours.has.filter(Boolean).length });
  });
});
