// The deliberate differences from @clerk/backend, one named test each: the input runs through
// both, Clerk's answer is asserted as it is today (so a change in Clerk shows up here), and
// clerk-fn's stricter answer next to it. README.md lists them with the reasons.
import { describe, expect, it } from "vitest";
import { clerkRequest, clerkVerify, KID, NOW, NOW_S, ourRequest, ourVerify, session, signToken, type FakeAnswer } from "./harness.js";
import { DIFFERENCES } from "./differences.js";
import { MACHINE_API, tokenClasses } from "./tokens.js";

const tokens = await tokenClasses();

describe("deliberate differences from @clerk/backend", () => {
  it("lists exactly the differences tested here", () => {
    expect(Object.keys(DIFFERENCES).sort()).toEqual([
      "audience-without-aud",
      "header-checked-before-key",
      "machine-answer-revoked-or-expired",
      "machine-answer-without-subject",
    ]);
  });

  it("audience-without-aud: an audience option with a token that has no aud is refused", async () => {
    for (const claims of [session(), session({ aud: [] }), session({ aud: [7] })]) {
      const token = await signToken({ claims });
      for (const jwtKey of [true, false]) {
        const input = { name: "aud", token, jwtKey, audience: "https://api.example.com" };
        expect(await clerkVerify(input, token)).toMatchObject({ ok: true });
        expect(await ourVerify(input, token)).toEqual({ ok: false, reason: "token-invalid-audience", claims: null });
      }
      // Also through authenticateRequest, and for M2M JWTs (Clerk checks aud leniently there too).
      const request = { name: "aud", headers: { authorization: `Bearer ${token}` }, jwtKey: true, audience: "https://api.example.com" };
      expect((await clerkRequest(request)).status).toBe("signed-in");
      expect(await ourRequest(request)).toMatchObject({ status: "signed-out", reason: "token-invalid-audience" });
    }
    const m2m = { name: "m2m aud", headers: { authorization: `Bearer ${tokens["M2M JWT with cat"]}` }, acceptsToken: "m2m_token" as const, jwtKey: true, audience: "mch_2other" };
    expect((await clerkRequest(m2m)).status).toBe("signed-in");
    expect(await ourRequest(m2m)).toMatchObject({ status: "signed-out", reason: "token-invalid-audience" });
  });

  it("header-checked-before-key: a bad alg or typ with an unknown kid is refused for the header, without a JWKS request", async () => {
    for (const spec of [
      { claims: session(), alg: "HS256" as const, header: { kid: "ins_unknown" } },
      { claims: session(), alg: "none" as const, header: { kid: "ins_unknown" } },
      { claims: session(), header: { typ: "jwt", kid: "ins_unknown" } },
    ]) {
      const token = await signToken(spec);
      const input = { name: "hdr", token, jwtKey: false };
      expect(await clerkVerify(input, token)).toMatchObject({ ok: false, reason: "jwk-kid-mismatch" });
      const ours = await ourVerify(input, token);
      expect(ours.ok).toBe(false);
      expect(["token-invalid-algorithm", "token-invalid"]).toContain(ours.reason);
    }
    // With the instance's kid the reasons agree again (the generated suite covers those).
    const known = await signToken({ claims: session(), alg: "HS256", header: { kid: KID } });
    expect((await ourVerify({ name: "k", token: known }, known)).reason).toBe((await clerkVerify({ name: "k", token: known }, known)).reason);
  });

  const revokedOrExpired: Readonly<Record<string, Record<string, unknown>>> = {
    "revoked: true": { revoked: true, revocation_reason: "leaked" },
    "expired: true": { expired: true },
    "expiration in the past (ms)": { expiration: NOW - 60_000 },
    "expiration in the past (s)": { expiration: NOW_S - 60 },
  };
  it.each(Object.entries(revokedOrExpired))("machine-answer-revoked-or-expired: an answer with %s is refused", async (_name, fields) => {
    const [base] = [MACHINE_API["POST /api_keys/verify"]!({ secret: "ak_live_2diffApiKeySecret" }) as { json: Record<string, unknown> }];
    const answer: FakeAnswer = { json: { ...base.json, ...fields } };
    const input = { name: "rev", headers: { authorization: `Bearer ${tokens["opaque API key"]}` }, acceptsToken: "api_key" as const, api: { "POST /api_keys/verify": answer } };
    expect((await clerkRequest(input)).status).toBe("signed-in");
    const ours = await ourRequest(input);
    expect(ours.status).toBe("signed-out");
    expect(ours.reason).toBe(fields.revoked ? "token-revoked" : "token-expired");
  });

  it("machine-answer-without-subject: a verify answer that names no subject is refused", async () => {
    const m2m = MACHINE_API["POST /m2m_tokens/verify"]!({ token: "mt_2diffMachineToken" }) as { json: Record<string, unknown> };
    const { subject: _dropped, ...withoutSubject } = m2m.json;
    const input = { name: "nosub", headers: { authorization: `Bearer ${tokens["opaque M2M token"]}` }, acceptsToken: "m2m_token" as const, api: { "POST /m2m_tokens/verify": { json: withoutSubject } } };
    expect((await clerkRequest(input)).status).toBe("signed-in");
    expect(await ourRequest(input)).toMatchObject({ status: "signed-out", reason: "token-verification-failed" });
  });
});
