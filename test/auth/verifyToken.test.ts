import { exportPKCS8, importPKCS8, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ClerkCore } from "../../src/core/index.js";
import { verifyToken, TokenVerificationError, type VerifyTokenOptions } from "../../src/auth/index.js";
import {
  b64json,
  coreFor,
  fakeApi,
  ISSUER,
  jwksRoute,
  makeKey,
  NOW,
  NOW_S,
  now,
  ORIGIN,
  sessionClaims,
  sign,
  type FakeApi,
  type TestKey,
} from "./helpers.js";

let key: TestKey;
let other: TestKey;
let api: FakeApi;
let core: ClerkCore;

beforeAll(async () => {
  key = await makeKey("ins_key_1");
  other = await makeKey("ins_key_1"); // same kid, different key: a forger's
});

// Every test in this file is networkless: jwtKey is set, and the fake API counts anything sent.
function setup(): void {
  api = fakeApi({ "GET /jwks": jwksRoute(() => [key]) });
  core = coreFor(api);
}

async function reasonOf(token: string, options: VerifyTokenOptions = {}): Promise<string | undefined> {
  setup();
  const result = await verifyToken(core, token, { jwtKey: key.pem, now, ...options });
  expect(api.seen).toHaveLength(0);
  return result.ok ? undefined : result.error.reason;
}

describe("verifyToken: a valid session token", () => {
  it("returns the claims and sends nothing with jwtKey", async () => {
    setup();
    const token = await sign(key, sessionClaims({ custom: { plan: "pro" } }));
    const result = await verifyToken(core, token, { jwtKey: key.pem, now });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.sub).toBe("user_2abc");
      expect(result.value.sid).toBe("sess_2abc");
      expect(result.value.custom).toEqual({ plan: "pro" });
    }
    expect(api.seen).toHaveLength(0);
  });

  it("needs no secret key with jwtKey", async () => {
    const token = await sign(key, sessionClaims());
    const bare = new ClerkCore({ fetch: () => Promise.reject(new Error("must not be called")) });
    const result = await verifyToken(bare, token, { jwtKey: key.pem, now });
    expect(result.ok).toBe(true);
  });

  it("accepts the PEM with line breaks, on one line, with \\n escapes, with CRLF, or as the bare body", async () => {
    const token = await sign(key, sessionClaims());
    const body = key.pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, "").replace(/\s+/g, "");
    const forms = [
      key.pem,
      key.pem.replace(/\n/g, ""),
      key.pem.replace(/\n/g, "\\n"),
      key.pem.replace(/\n/g, "\r\n"),
      `-----BEGIN PUBLIC KEY----- ${body} -----END PUBLIC KEY-----`,
      body,
    ];
    for (const jwtKey of forms) expect(await reasonOf(token, { jwtKey })).toBeUndefined();
  });

  it("reports a jwtKey that is not a public key as jwt-key-invalid", async () => {
    const token = await sign(key, sessionClaims());
    expect(await reasonOf(token, { jwtKey: "not a key" })).toBe("jwt-key-invalid");
    expect(await reasonOf(token, { jwtKey: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----" })).toBe("jwt-key-invalid");
  });
});

describe("verifyToken: structure", () => {
  it("refuses what is not a compact JWS with JSON header and payload as token-invalid", async () => {
    const good = await sign(key, sessionClaims());
    const [h, p, s] = good.split(".") as [string, string, string];
    const cases = [
      "",
      "abc",
      `${h}.${p}`,
      `${h}.${p}.${s}.extra`,
      `${h}..${s}`,
      `!!.${p}.${s}`,
      `${Buffer.from("not json").toString("base64url")}.${p}.${s}`,
      `${h}.${b64json([1, 2])}.${s}`,
      `${b64json("RS256")}.${p}.${s}`,
      "x".repeat(70_000),
    ];
    for (const token of cases) expect(await reasonOf(token)).toBe("token-invalid");
  });

  it("never throws on values that are not strings", async () => {
    setup();
    for (const token of [undefined, null, 42, {}, ["a.b.c"]]) {
      const result = await verifyToken(core, token as unknown as string, { jwtKey: key.pem, now });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toBeInstanceOf(TokenVerificationError);
        expect(result.error.kind).toBe("token-verification");
        expect(result.error.reason).toBe("token-invalid");
      }
    }
  });

  it("does not let a broken clock or skew switch the time checks off", async () => {
    const expired = await sign(key, sessionClaims({ exp: NOW_S - 3600, iat: NOW_S - 7200, nbf: NOW_S - 7200 }));
    expect(await reasonOf(expired, { clockSkewInMs: "soon" as unknown as number })).toBe("token-expired");
    expect(await reasonOf(expired, { clockSkewInMs: Number.NaN })).toBe("token-expired");
    expect(await reasonOf(expired, { clockSkewInMs: Number.POSITIVE_INFINITY })).toBe("token-expired");
    // A clock answering NaN falls back to the real clock (2026+), where this token is long expired.
    const old = await sign(key, sessionClaims({ exp: 1_000_000, iat: 999_000, nbf: 999_000 }));
    expect(await reasonOf(old, { now: () => Number.NaN })).toBe("token-expired");
  });

  it("reads a lone authorizedParties string as one party, and fails closed on other shapes", async () => {
    const token = await sign(key, sessionClaims({ azp: "https://app.example" }));
    const asAny = (v: unknown) => v as readonly string[];
    expect(await reasonOf(token, { authorizedParties: asAny("https://app.example.com") })).toBe("token-invalid-authorized-parties");
    expect(await reasonOf(token, { authorizedParties: asAny("https://app.example") })).toBeUndefined();
    expect(await reasonOf(token, { authorizedParties: asAny(42) })).toBe("token-invalid-authorized-parties");
    expect(await reasonOf(token, { authorizedParties: asAny([42]) })).toBe("token-invalid-authorized-parties");
  });

  it("never throws on garbage options", async () => {
    setup();
    const token = await sign(key, sessionClaims());
    const result = await verifyToken(core, token, { jwtKey: 42 as unknown as string, now });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe("jwt-key-invalid");
  });
});

describe("verifyToken: algorithm (checked before any key is used)", () => {
  it("refuses alg none (attack) without looking up a key", async () => {
    const token = `${b64json({ alg: "none", typ: "JWT", kid: key.kid })}.${b64json(sessionClaims())}.`;
    expect(await reasonOf(token)).toBe("token-invalid-algorithm");
    // Also with the JWKS: the cold cache is not even filled.
    setup();
    const result = await verifyToken(core, token, { now });
    expect(!result.ok && result.error.reason).toBe("token-invalid-algorithm");
    expect(api.seen).toHaveLength(0);
  });

  it("refuses HS256 signed with the public key as the HMAC secret (attack)", async () => {
    const secret = new TextEncoder().encode(key.pem);
    const token = await new SignJWT(sessionClaims()).setProtectedHeader({ alg: "HS256", kid: key.kid }).sign(secret);
    expect(await reasonOf(token)).toBe("token-invalid-algorithm");
    setup();
    const result = await verifyToken(core, token, { now });
    expect(!result.ok && result.error.reason).toBe("token-invalid-algorithm");
    expect(api.seen).toHaveLength(0);
  });

  it("refuses every other algorithm, even with a valid signature by the instance key", async () => {
    // The instance's own private key, imported for other RSA algorithms: the signatures are genuine.
    const pkcs8 = await exportPKCS8(key.privateKey);
    for (const alg of ["RS384", "RS512", "PS256"]) {
      const privateKey = await importPKCS8(pkcs8, alg);
      const token = await new SignJWT(sessionClaims()).setProtectedHeader({ alg, kid: key.kid }).sign(privateKey);
      expect(await reasonOf(token)).toBe("token-invalid-algorithm");
    }
    for (const alg of ["HS512", "ES256", "EdDSA", "rs256", ""]) {
      const token = `${b64json({ alg, kid: key.kid })}.${b64json(sessionClaims())}.c2ln`;
      expect(await reasonOf(token)).toBe("token-invalid-algorithm");
    }
    const noAlg = `${b64json({ kid: key.kid })}.${b64json(sessionClaims())}.c2ln`;
    expect(await reasonOf(noAlg)).toBe("token-invalid-algorithm");
  });
});

describe("verifyToken: kid and signature", () => {
  it("does not need a kid with jwtKey", async () => {
    const token = await sign(key, sessionClaims(), { kid: undefined });
    expect(await reasonOf(token)).toBeUndefined();
  });

  it("refuses a token signed by another key as token-invalid-signature", async () => {
    const token = await sign(other, sessionClaims());
    expect(await reasonOf(token)).toBe("token-invalid-signature");
  });

  it("refuses a token whose payload was changed after signing", async () => {
    const token = await sign(key, sessionClaims());
    const [h, , s] = token.split(".") as [string, string, string];
    const forged = `${h}.${b64json(sessionClaims({ sub: "user_admin" }))}.${s}`;
    expect(await reasonOf(forged)).toBe("token-invalid-signature");
    expect(await reasonOf(`${h}.${token.split(".")[1]}.`)).toBe("token-invalid-signature");
  });

  it("checks the signature before the claims: an expired forgery is a signature failure", async () => {
    const token = await sign(other, sessionClaims({ exp: NOW_S - 3600 }));
    expect(await reasonOf(token)).toBe("token-invalid-signature");
  });
});

describe("verifyToken: exp, nbf, iat with the clock skew", () => {
  it("expires exactly when exp + skew is reached (default skew 5000 ms)", async () => {
    const exp = NOW_S - 5;
    const token = await sign(key, sessionClaims({ exp, iat: exp - 60, nbf: exp - 60 }));
    expect(await reasonOf(token, { now: () => exp * 1000 + 5000 })).toBe("token-expired");
    expect(await reasonOf(token, { now: () => exp * 1000 + 4999 })).toBeUndefined();
  });

  it("uses clockSkewInMs: with 0 the token expires at exp", async () => {
    const token = await sign(key, sessionClaims({ exp: NOW_S }));
    expect(await reasonOf(token, { clockSkewInMs: 0 })).toBe("token-expired");
    expect(await reasonOf(token, { clockSkewInMs: 0, now: () => NOW - 1 })).toBeUndefined();
    expect(await reasonOf(token, { clockSkewInMs: 10_000, now: () => NOW + 9_999 })).toBeUndefined();
  });

  it("refuses a token without exp", async () => {
    const claims = sessionClaims();
    delete claims.exp;
    expect(await reasonOf(await sign(key, claims))).toBe("token-invalid");
    expect(await reasonOf(await sign(key, sessionClaims({ exp: "tomorrow" })))).toBe("token-invalid");
  });

  it("nbf one second in the future: accepted within the default skew, refused with no skew", async () => {
    const token = await sign(key, sessionClaims({ nbf: NOW_S + 1 }));
    expect(await reasonOf(token)).toBeUndefined();
    expect(await reasonOf(token, { clockSkewInMs: 0 })).toBe("token-not-active-yet");
  });

  it("nbf boundary: valid at exactly now + skew, refused 1 ms earlier", async () => {
    const token = await sign(key, sessionClaims({ nbf: NOW_S + 5 }));
    expect(await reasonOf(token)).toBeUndefined();
    expect(await reasonOf(token, { now: () => NOW - 1 })).toBe("token-not-active-yet");
  });

  it("refuses an iat beyond the skew as token-iat-in-the-future", async () => {
    expect(await reasonOf(await sign(key, sessionClaims({ iat: NOW_S + 6 })))).toBe("token-iat-in-the-future");
    expect(await reasonOf(await sign(key, sessionClaims({ iat: NOW_S + 5 })))).toBeUndefined();
  });
});

describe("verifyToken: azp, audience, issuer, sub", () => {
  it("refuses an azp from another origin (attack)", async () => {
    const token = await sign(key, sessionClaims({ azp: "https://evil.example.net" }));
    expect(await reasonOf(token, { authorizedParties: [ORIGIN] })).toBe("token-invalid-authorized-parties");
  });

  it("refuses a missing or empty azp when authorizedParties is set", async () => {
    const claims = sessionClaims();
    delete claims.azp;
    expect(await reasonOf(await sign(key, claims), { authorizedParties: [ORIGIN] })).toBe("token-invalid-authorized-parties");
    expect(await reasonOf(await sign(key, sessionClaims({ azp: "" })), { authorizedParties: [ORIGIN] })).toBe(
      "token-invalid-authorized-parties",
    );
  });

  it("accepts a listed azp, and anything when the list is empty or absent", async () => {
    const token = await sign(key, sessionClaims({ azp: "https://evil.example.net" }));
    expect(await reasonOf(await sign(key, sessionClaims()), { authorizedParties: ["https://x.test", ORIGIN] })).toBeUndefined();
    expect(await reasonOf(token, { authorizedParties: [] })).toBeUndefined();
    expect(await reasonOf(token)).toBeUndefined();
  });

  it("checks audience against a string or list aud", async () => {
    const one = await sign(key, sessionClaims({ aud: "api://orders" }));
    const many = await sign(key, sessionClaims({ aud: ["api://a", "api://orders"] }));
    const none = await sign(key, sessionClaims());
    expect(await reasonOf(one, { audience: "api://orders" })).toBeUndefined();
    expect(await reasonOf(many, { audience: ["api://x", "api://orders"] })).toBeUndefined();
    expect(await reasonOf(one, { audience: "api://billing" })).toBe("token-invalid-audience");
    expect(await reasonOf(none, { audience: "api://orders" })).toBe("token-invalid-audience");
    expect(await reasonOf(none)).toBeUndefined();
  });

  it("checks iss against issuer when given", async () => {
    const token = await sign(key, sessionClaims());
    expect(await reasonOf(token, { issuer: ISSUER })).toBeUndefined();
    expect(await reasonOf(token, { issuer: "https://clerk.other.com" })).toBe("token-invalid-issuer");
  });

  it("requires sub to be a string", async () => {
    const claims = sessionClaims();
    delete claims.sub;
    expect(await reasonOf(await sign(key, claims))).toBe("token-invalid");
    expect(await reasonOf(await sign(key, sessionClaims({ sub: 42 })))).toBe("token-invalid");
  });

  it("checks in Clerk's order: sub, audience, azp, issuer, then the times", async () => {
    const all = { authorizedParties: [ORIGIN], audience: "api://x", issuer: "https://other" };
    const bad = { azp: "https://evil.example.net", aud: "api://y", iss: "https://evil", exp: NOW_S - 60 };
    expect(await reasonOf(await sign(key, sessionClaims({ ...bad, sub: 7 })), all)).toBe("token-invalid");
    expect(await reasonOf(await sign(key, sessionClaims(bad)), all)).toBe("token-invalid-audience");
    expect(await reasonOf(await sign(key, sessionClaims({ ...bad, aud: "api://x" })), all)).toBe("token-invalid-authorized-parties");
    expect(await reasonOf(await sign(key, sessionClaims({ ...bad, aud: "api://x", azp: ORIGIN })), all)).toBe("token-invalid-issuer");
    expect(await reasonOf(await sign(key, sessionClaims({ ...bad, aud: "api://x", azp: ORIGIN, iss: "https://other" })), all)).toBe("token-expired");
  });
});

describe("verifyToken: what Clerk's verifyToken verifies", () => {
  it("verifies a JWT template token (any JWT of the instance); authenticateRequest is what refuses it as a session", async () => {
    const token = await sign(key, { sub: "user_2abc", iat: NOW_S - 5, exp: NOW_S + 600, email: "a@example.com" }, { cat: "cl_B7d4PD222AAA" });
    const result = await verifyToken(core, token, { jwtKey: key.pem, now });
    expect(result.ok && result.value.email).toBe("a@example.com");
  });

  it("verifies an M2M JWT without Clerk's M2M category, refuses one with it", async () => {
    expect(await reasonOf(await sign(key, sessionClaims({ sub: "mch_2xyz" })))).toBeUndefined();
    expect(await reasonOf(await sign(key, sessionClaims(), { cat: "cl_B7d4PD333AAA" }))).toBe("token-invalid");
  });

  it("refuses OAuth access tokens and any typ other than JWT (typ is case-sensitive)", async () => {
    expect(await reasonOf(await sign(key, sessionClaims(), { typ: "at+jwt" }))).toBe("token-invalid");
    expect(await reasonOf(await sign(key, sessionClaims(), { typ: "application/at+jwt" }))).toBe("token-invalid");
    expect(await reasonOf(await sign(key, sessionClaims(), { typ: "jwt" }))).toBe("token-invalid");
    expect(await reasonOf(await sign(key, sessionClaims(), { typ: undefined }))).toBeUndefined();
  });

  it("accepts the session category, the opt-out category and tokens minted before categories", async () => {
    expect(await reasonOf(await sign(key, sessionClaims(), { cat: "cl_B7d4PD111AAA" }))).toBeUndefined();
    expect(await reasonOf(await sign(key, sessionClaims(), { cat: "cl_I7d4PD111III" }))).toBeUndefined();
    expect(await reasonOf(await sign(key, sessionClaims()))).toBeUndefined();
  });
});

describe("verifyToken: keys from the JWKS", () => {
  it("needs a secret key when there is no jwtKey, and sends nothing without one", async () => {
    const api2 = fakeApi({ "GET /jwks": jwksRoute(() => [key]) });
    const bare = new ClerkCore({ fetch: api2.fetch });
    const result = await verifyToken(bare, await sign(key, sessionClaims()), { now });
    expect(!result.ok && result.error.reason).toBe("secret-key-missing");
    expect(api2.seen).toHaveLength(0);
  });

  it("requires a kid in the header when keys come from the JWKS", async () => {
    setup();
    const result = await verifyToken(core, await sign(key, sessionClaims(), { kid: undefined }), { now });
    expect(!result.ok && result.error.reason).toBe("jwk-kid-mismatch");
    expect(api.seen).toHaveLength(0);
  });
});
