// verifyToken, differential: generated claim and header edge cases through @clerk/backend's
// verifyToken and clerk-fn's, networkless (jwtKey) and with the JWKS from a fake Backend API.
// Same outcome (ok, or the same reason through REASONS) and the same claims.
import { describe, expect, it } from "vitest";
import { KID, CAT_IGNORE, CAT_M2M, CAT_SESSION, CAT_TEMPLATE, clerkVerify, ISSUER, NOW_S, ORIGIN, ourVerify, prng, session, signToken, type TokenSpec, type VerifyCase } from "./harness.js";
import type { Difference } from "./differences.js";

type Options = Pick<VerifyCase, "authorizedParties" | "audience" | "issuer" | "clockSkewInMs">;
interface Input extends Options {
  readonly name: string;
  readonly token: TokenSpec | string;
}

const omit = (key: string) => (claims: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(claims).filter(([k]) => k !== key));
const withClaims = (name: string, claims: Record<string, unknown>, extra: Partial<Input> = {}, header?: Record<string, unknown>): Input => ({
  name,
  token: { claims, ...(header ? { header } : {}) },
  ...extra,
});

function inputs(): Input[] {
  const out: Input[] = [];
  // Times around the skew (default 5 s, and 0 / 10 s).
  for (const skew of [undefined, 0, 10_000]) {
    const extra = skew === undefined ? {} : { clockSkewInMs: skew };
    for (const d of [-3600, -11, -10, -6, -5, -4, -1, 0, 1, 4, 5, 6, 60]) {
      out.push(withClaims(`exp now${d >= 0 ? "+" : ""}${d}s skew ${skew ?? "default"}`, session({ exp: NOW_S + d }), extra));
      out.push(withClaims(`nbf now${d >= 0 ? "+" : ""}${d}s skew ${skew ?? "default"}`, session({ nbf: NOW_S + d }), extra));
      out.push(withClaims(`iat now${d >= 0 ? "+" : ""}${d}s skew ${skew ?? "default"}`, session({ iat: NOW_S + d }), extra));
    }
  }
  out.push(withClaims("exp missing", omit("exp")(session())));
  out.push(withClaims("exp a string", session({ exp: String(NOW_S + 60) })));
  out.push(withClaims("nbf missing", omit("nbf")(session())));
  out.push(withClaims("nbf a string", session({ nbf: "soon" })));
  out.push(withClaims("iat missing", omit("iat")(session())));
  out.push(withClaims("iat a string", session({ iat: "then" })));
  // azp × authorizedParties.
  for (const azp of [ORIGIN, "https://evil.example.com", undefined, ""]) {
    for (const parties of [undefined, [], [ORIGIN], ["https://other.example.com", ORIGIN], ["https://other.example.com"]]) {
      const claims = azp === undefined ? omit("azp")(session()) : session({ azp });
      out.push(withClaims(`azp ${JSON.stringify(azp)} parties ${JSON.stringify(parties)}`, claims, parties ? { authorizedParties: parties } : {}));
    }
  }
  // aud × audience.
  for (const aud of [undefined, "aud-a", "aud-b", ["aud-a", "aud-c"], ["aud-c"], [], [7]]) {
    for (const audience of [undefined, "aud-a", ["aud-a", "aud-b"], "", []]) {
      const claims = aud === undefined ? session() : session({ aud });
      out.push(withClaims(`aud ${JSON.stringify(aud)} audience ${JSON.stringify(audience)}`, claims, audience !== undefined ? { audience } : {}));
    }
  }
  // iss × issuer.
  for (const iss of [ISSUER, "https://evil.example.com", undefined, 5]) {
    for (const issuer of [undefined, ISSUER, [ISSUER, "https://other.example.com"], ["https://other.example.com"]]) {
      const claims = iss === undefined ? omit("iss")(session()) : session({ iss });
      out.push(withClaims(`iss ${JSON.stringify(iss)} issuer ${JSON.stringify(issuer)}`, claims, issuer !== undefined ? { issuer } : {}));
    }
  }
  // sub, jti.
  for (const sub of ["user_2other", "", 42, null, undefined, "mch_2machine"]) {
    out.push(withClaims(`sub ${JSON.stringify(sub)}`, sub === undefined ? omit("sub")(session()) : session({ sub })));
  }
  out.push(withClaims("jti present", session({ jti: "jti_1" })));
  // Header: typ, cat, kid, alg, signature.
  for (const typ of ["JWT", "jwt", undefined, "at+jwt", "application/at+jwt", "JOSE"]) {
    out.push(withClaims(`typ ${JSON.stringify(typ)}`, session(), {}, { typ }));
  }
  for (const cat of [CAT_SESSION, CAT_TEMPLATE, CAT_M2M, CAT_IGNORE, undefined, "cl_other"]) {
    out.push(withClaims(`cat ${JSON.stringify(cat)}`, session(), {}, { cat }));
    out.push(withClaims(`M2M JWT (sub mch_) cat ${JSON.stringify(cat)}`, { sub: "mch_2m", iat: NOW_S - 5, exp: NOW_S + 60, jti: "mt_jwt1", scopes: "read write" }, {}, { cat }));
  }
  out.push(withClaims("JWT template (no sid, custom claims)", { sub: "user_2diff", iss: ISSUER, iat: NOW_S - 5, nbf: NOW_S - 5, exp: NOW_S + 600, email: "a@example.com" }, {}, { cat: CAT_TEMPLATE }));
  for (const kid of ["ins_unknown", undefined, ""]) out.push(withClaims(`kid ${JSON.stringify(kid)}`, session(), {}, { kid }));
  for (const alg of ["RS384", "HS256", "none"] as const) out.push({ name: `alg ${alg}`, token: { claims: session(), alg } });
  out.push({ name: "signed by a foreign key", token: { claims: session(), foreign: true } });
  out.push({ name: "alg none and unknown kid", token: { claims: session(), alg: "none", header: { kid: "ins_unknown" } } });
  out.push({ name: "typ jwt and unknown kid", token: { claims: session(), header: { typ: "jwt", kid: "ins_unknown" } } });
  // Malformed strings.
  for (const raw of ["", "abc", "a.b", "a.b.c.d", "e30.e30.", "bm90LWpzb24.e30.c2ln", "e30.bm90LWpzb24.c2ln"]) out.push({ name: `malformed ${JSON.stringify(raw)}`, token: raw });
  // Seeded combinations of several dimensions at once.
  const rnd = prng(0x5eed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  for (let i = 0; i < 120; i++) {
    const claims = session({
      exp: NOW_S + pick([-30, -5, 3, 60]),
      nbf: NOW_S + pick([-10, 0, 4, 30]),
      iat: NOW_S + pick([-10, 0, 6]),
      azp: pick([ORIGIN, "https://evil.example.com"]),
      iss: pick([ISSUER, "https://evil.example.com"]),
      aud: pick(["aud-a", ["aud-b"], "aud-c"]),
    });
    const options: Options = {
      ...(rnd() < 0.5 ? { authorizedParties: [ORIGIN] } : {}),
      ...(rnd() < 0.4 ? { audience: pick(["aud-a", ["aud-b", "aud-c"]]) } : {}),
      ...(rnd() < 0.3 ? { issuer: ISSUER } : {}),
      ...(rnd() < 0.3 ? { clockSkewInMs: pick([0, 2000, 30_000]) } : {}),
    };
    out.push({ name: `combination #${i}`, token: { claims, header: { typ: pick(["JWT", undefined]), cat: pick([CAT_SESSION, undefined, CAT_IGNORE]) } }, ...options });
  }
  return out;
}

/** The header of a compact token, `undefined` when it does not decode. */
function headerOf(token: string): Record<string, unknown> | undefined {
  try {
    const h: unknown = JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString("utf8"));
    return typeof h === "object" && h !== null ? (h as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The deliberate difference a case falls under, if any (see differences.ts). */
function verifyDifference(input: Input, jwks: boolean, token: string): Difference | undefined {
  const spec = typeof input.token === "string" ? undefined : input.token;
  const audience = [input.audience ?? []].flat().filter(Boolean);
  const aud = spec ? [spec.claims.aud ?? []].flat().filter((a) => typeof a === "string" && a) : [];
  if (spec && audience.length > 0 && aud.length === 0) return "audience-without-aud";
  const h = headerOf(token);
  if (h && jwks && token.split(".").length === 3) {
    const badHeader = (h.typ !== undefined && h.typ !== "JWT") || h.alg !== "RS256";
    if (badHeader && h.kid !== KID && h.cat !== CAT_M2M) return "header-checked-before-key";
  }
  return undefined;
}

const cases = inputs();

const signed = await Promise.all(cases.map(async (c) => [c, typeof c.token === "string" ? c.token : await signToken(c.token)] as const));

describe.each([
  ["jwtKey (networkless)", false],
  ["JWKS from the Backend API", true],
])("verifyToken vs @clerk/backend, %s", (_mode, jwks) => {
  const compared = signed.filter(([c, token]) => verifyDifference(c, jwks, token) === undefined);
  it(`generates a broad set (${compared.length} compared, ${signed.length - compared.length} deliberate differences)`, () => {
    expect(compared.length).toBeGreaterThan(250);
  });
  it.each(compared.map(([c, token]) => [c.name, c, token] as const))("%s", async (_name, c, token) => {
    const input: VerifyCase = { ...c, token, jwtKey: !jwks };
    const theirs = await clerkVerify(input, token);
    const ours = await ourVerify(input, token);
    expect(ours).toEqual(theirs);
  });
});

