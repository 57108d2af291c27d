// Differential suite: generated browser requests through @clerk/backend 3 and through clerk-fn's
// authenticateRequest with the handshake plug-in, same keys, clock and fake Backend API. Page loads
// must match on status, handshake reason, redirect target and every query parameter, the cookies
// set (whole directives), Cache-Control and the CORS headers of a resolved handshake. Other
// requests keep clerk-fn's own rules, except what Clerk also does for them (returning handshakes,
// refresh of an expired cookie token on GET), which must match Clerk as well.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCase, describeCase, generateCases, signTokens, type Case, type Tokens } from "./cases.js";
import { fakeBackend, instances, makeKey, NOW, runClerk, runClerkFn, splitLocation, type Instance, type Observed, type TestKey } from "./harness.js";

const CASES = generateCases(1200, 20261201);
// Clerk's answers for requests it would have redirected had they been page loads.
const WOULD_HANDSHAKE = /^(dev-browser-|satellite-needs-syncing|primary-responds-to-syncing|primary-domain-cross-origin-sync|session-token-but-no-client-uat|client-uat-but-no-session-token|session-token-iat-before-client-uat|session-token-expired-refresh-|session-token-nbf|session-token-iat-in-the-future)/;

let key: TestKey;
let otherKey: TestKey;
let insts: { dev: Instance; prod: Instance };
let tokens: { dev: Tokens; prod: Tokens };
const tally = { document: 0, other: 0, handshake: 0, signedIn: 0, signedOut: 0, clerkThrew: 0, keptOwnRule: 0 };

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
  key = await makeKey("ins_2handshake");
  otherKey = await makeKey("ins_2handshake");
  insts = await instances();
  tokens = { dev: await signTokens(key, otherKey, insts.dev), prod: await signTokens(key, otherKey, insts.prod) };
});

afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function isPageLoad(c: Case): boolean {
  return c.dest === "document" || c.dest === "iframe" || c.dest === "html-accept";
}

/** The observation without what the two SDKs may name differently. */
function comparable(o: Observed): Omit<Observed, "ownReason" | "location"> & { location: ReturnType<typeof splitLocation> } {
  const { status, reason, token, setCookie, cacheControl, allowOrigin, location } = o;
  return { status, reason, token, setCookie, cacheControl, allowOrigin, location: splitLocation(location) };
}

async function runCase(c: Case): Promise<void> {
  const inst = insts[c.instance];
  const built = () => buildCase(c, inst, tokens[c.instance], key, otherKey, key.pem);
  const clerkCase = await built();
  const clerk = await runClerk(clerkCase.request, clerkCase.options, fakeBackend(() => [key], clerkCase.script));
  const oursCase = await built();
  const ours = await runClerkFn(oursCase.request, oursCase.options, fakeBackend(() => [key], oursCase.script));
  const label = `${describeCase(c)}\nclerk: ${JSON.stringify({ ...clerk, threw: clerk.threw })}\nours: ${JSON.stringify({ ...ours, state: undefined })}`;
  if (clerk.threw) tally.clerkThrew++;
  // Messages never carry a token, a cookie value or a key.
  const message = ours.state.message ?? "";
  for (const secret of ["eyJ", inst.secretKey, "rt_opaque_refresh", "dvb_", "nonce_"]) expect(message, label).not.toContain(secret);
  tally[ours.status === "handshake" ? "handshake" : ours.status === "signed-in" ? "signedIn" : "signedOut"]++;

  const clerkResolvedOrRefreshed = clerk.allowOrigin !== null || (clerk.status === "signed-in" && clerk.setCookie.length > 0);
  if (isPageLoad(c) || clerkResolvedOrRefreshed) {
    tally.document += isPageLoad(c) ? 1 : 0;
    tally.other += isPageLoad(c) ? 0 : 1;
    expect(comparable(ours), label).toEqual(comparable(clerk));
    return;
  }
  tally.other++;
  if (clerk.threw && c.returning !== "none") {
    // A development handshake that does not verify stops every kind of request (Clerk throws).
    expect({ status: ours.status, location: ours.location }, label).toEqual({ status: "signed-out", location: null });
    return;
  }
  // Not a page load: no redirect, and clerk-fn's verdict is the one it gives without the plug-in…
  const plain = await buildCase(c, inst, tokens[c.instance], key, otherKey, key.pem);
  const without = await runClerkFn(plain.request, plain.options, fakeBackend(() => [key], plain.script), false);
  expect(ours.location, label).toBeNull();
  if (ours.ownReason !== "handshake-options-invalid") {
    // (The reason may differ: like Clerk, a token both out of date and not for this app says the latter.)
    expect({ status: ours.status, token: ours.token }, label).toEqual({ status: without.status, token: without.token });
  }
  // …which is Clerk's status too, unless Clerk signs out for a rule that only redirects page loads.
  // …or where authenticateRequest's own choice between plain and suffixed cookies differs from
  // Clerk's: a production satellite with only plain (legacy) cookies (it reads the plain cookie
  // whose iss is the key's Frontend API, Clerk only suffixed ones), and a downgraded clerk-js that
  // signed in on the plain cookies while the suffixed say signed out (Clerk trusts the plain ones).
  const wouldRedirect = clerk.ownReason !== null && WOULD_HANDSHAKE.test(clerk.ownReason);
  const cookieChoice = (c.instance === "prod" && c.app === "satellite" && c.proxy === "none" && c.naming === "plain") || c.naming === "downgrade";
  if ((wouldRedirect || cookieChoice) && ours.status !== clerk.status) tally.keptOwnRule++;
  else expect(ours.status, label).toBe(clerk.status);
}

describe(`differential vs @clerk/backend: ${CASES.length} generated browser requests`, () => {
  for (let start = 0; start < CASES.length; start += 100) {
    const chunk = CASES.slice(start, start + 100);
    it(`cases ${start}–${start + chunk.length - 1}`, async () => {
      for (const c of chunk) await runCase(c);
    });
  }

  it("covers every outcome and both kinds of request", () => {
    // The generator must reach every branch kind, or the agreement above says little.
    expect(tally.document).toBeGreaterThan(700);
    expect(tally.other).toBeGreaterThan(200);
    expect(tally.handshake).toBeGreaterThan(250);
    expect(tally.signedIn).toBeGreaterThan(200);
    expect(tally.signedOut).toBeGreaterThan(400);
    expect(tally.clerkThrew).toBeGreaterThan(40);
    // The documented exceptions stay exceptions.
    expect(tally.keptOwnRule).toBeLessThan(40);
  });
});
