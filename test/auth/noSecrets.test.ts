import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ClerkCore, type Logger } from "../../src/core/index.js";
import { authenticateRequest, verifyToken, type AuthenticateRequestOptions, type RequestState, type AcceptsToken } from "../../src/auth/index.js";
import {
  b64json,
  fakeApi,
  jwksRoute,
  MACHINE_SECRET_KEY,
  makeKey,
  NOW_S,
  now,
  ORIGIN,
  requestWith,
  SECRET_KEY,
  sessionClaims,
  sign,
  signatureOf,
  type Route,
  type SeenRequest,
  type TestKey,
} from "./helpers.js";

let key: TestKey;
let stranger: TestKey;

beforeAll(async () => {
  key = await makeKey("ins_key_1");
  stranger = await makeKey("ins_key_1");
});

// A hostile API whose error bodies echo the credentials and the request body back: even then,
// nothing of it may reach a message.
const echo =
  (status: number): Route =>
  (r: SeenRequest) => ({
    status,
    json: { errors: [{ code: "echo", message: `auth=${r.authorization} body=${JSON.stringify(r.body)}`, long_message: `${r.authorization}` }] },
  });

function assertClean(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) if (secret) expect(text).not.toContain(secret);
}

function textOf(state: RequestState<AcceptsToken>): string {
  const { token: _token, toAuth: _toAuth, ...rest } = state;
  return `${JSON.stringify(rest)} ${state.message ?? ""}`;
}

describe("no secret key, token or signature in any error message or log line", () => {
  it("holds for every verifyToken failure", async () => {
    const tokens = [
      "garbage-token-value-1234567890",
      `${b64json({ alg: "none", kid: key.kid })}.${b64json(sessionClaims())}.`,
      await new SignJWT(sessionClaims()).setProtectedHeader({ alg: "HS256", kid: key.kid }).sign(new TextEncoder().encode(key.pem)),
      await sign(stranger, sessionClaims()),
      await sign(key, sessionClaims({ exp: NOW_S - 600 })),
      await sign(key, sessionClaims({ nbf: NOW_S + 600 })),
      await sign(key, sessionClaims({ iat: NOW_S + 600 })),
      await sign(key, sessionClaims({ azp: "https://evil.example.net" })),
      await sign(key, sessionClaims({ sub: 7 })),
      await sign(key, sessionClaims(), { cat: "cl_B7d4PD222AAA" }),
      await sign(key, sessionClaims(), { kid: "unknown_kid" }),
      await sign(key, sessionClaims(), { kid: undefined }),
    ];
    const logs: string[] = [];
    const logger: Logger = { debug: (m, d) => logs.push(`${m} ${JSON.stringify(d)}`), warn: (m, d) => logs.push(`${m} ${JSON.stringify(d)}`) };
    const cores = [
      new ClerkCore({ secretKey: SECRET_KEY, retry: false, debugLogger: logger, fetch: fakeApi({ "GET /jwks": jwksRoute(() => [key]) }).fetch }),
      new ClerkCore({ secretKey: SECRET_KEY, retry: false, debugLogger: logger, fetch: fakeApi({ "GET /jwks": echo(401) }).fetch }),
      new ClerkCore({ fetch: fakeApi().fetch }),
    ];
    let failures = 0;
    for (const core of cores) {
      for (const token of tokens) {
        for (const options of [{ now, authorizedParties: [ORIGIN], audience: "x", issuer: "y" }, { now, jwtKey: key.pem, authorizedParties: [ORIGIN] }]) {
          const result = await verifyToken(core, token, options);
          if (result.ok) continue;
          failures++;
          const error = result.error;
          assertClean(`${error.message} ${String(error)} ${error.stack ?? ""} ${JSON.stringify(error)}`, [SECRET_KEY, token, signatureOf(token)]);
        }
      }
    }
    // Everything fails except, with jwtKey (no kid needed), the kid-less and unknown-kid tokens and
    // the JWT template token (verifyToken verifies any JWT of the instance, as Clerk's does).
    expect(failures).toBe(tokens.length * cores.length * 2 - 3 * cores.length);
    // The JWKS requests were logged (so the check below is not vacuous), without the key.
    expect(logs.some((line) => line.includes("GET ") && line.includes("/jwks"))).toBe(true);
    assertClean(logs.join("\n"), [SECRET_KEY]);
  });

  it("holds for every authenticateRequest failure, machine tokens included", async () => {
    const session = await sign(key, sessionClaims());
    const forged = await sign(stranger, sessionClaims());
    const machine = ["ak_3beecc9c60adb5f9b850e91a8ee1e992", "mt_f7f0ba8c3b4843ce7d85fcdd5e71853e", "oat_0ef5a7a33d87ed87ee7954c845d80450"];
    const routes = (status: number): Record<string, Route> => ({
      "GET /jwks": jwksRoute(() => [key]),
      "POST /api_keys/verify": echo(status),
      "POST /m2m_tokens/verify": echo(status),
      "POST /oauth_applications/access_tokens/verify": echo(status),
    });
    const logs: string[] = [];
    const logger: Logger = { debug: (m, d) => logs.push(`${m} ${JSON.stringify(d)}`) };
    const cases: Array<[Record<string, string>, AuthenticateRequestOptions]> = [
      [{ authorization: `Bearer ${forged}` }, {}],
      [{ cookie: `__session=${session}; __client_uat=0` }, {}],
      [{ cookie: `__session=${session}` }, {}],
      [{ cookie: `__session=${session}; __client_uat=${NOW_S}` }, {}],
      [{ cookie: `__session=${forged}; __client_uat=1` }, {}],
      [{ authorization: `Bearer ${machine[0]}` }, {}],
      ...machine.flatMap((t): Array<[Record<string, string>, AuthenticateRequestOptions]> => [
        [{ authorization: `Bearer ${t}` }, { acceptsToken: "any" }],
      ]),
    ];
    let failures = 0;
    for (const status of [401, 404, 500]) {
      const api = fakeApi(routes(status));
      const core = new ClerkCore({ secretKey: SECRET_KEY, machineSecretKey: MACHINE_SECRET_KEY, retry: false, debugLogger: logger, fetch: api.fetch });
      for (const [headers, options] of cases) {
        const state = await authenticateRequest(core, requestWith(headers), { now, ...options });
        expect(state.status).toBe("signed-out");
        failures++;
        const tokens = [session, forged, ...machine];
        assertClean(textOf(state), [SECRET_KEY, MACHINE_SECRET_KEY, ...tokens, signatureOf(session), signatureOf(forged)]);
      }
    }
    expect(failures).toBe(cases.length * 3);
    assertClean(logs.join("\n"), [SECRET_KEY, MACHINE_SECRET_KEY, ...machine]);
  });
});
