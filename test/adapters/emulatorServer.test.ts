// `clerk-fn emulator` as a user runs it: the built bin (plain JS on this Node, no TypeScript
// runner) started as a child process, driven over HTTP with fetch and curl, reset, its tokens
// verified by authenticateRequest over the network, and shut down by a signal.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authenticateRequest } from "../../src/auth/index.js";
import { ClerkCore } from "../../src/core/index.js";
import { usersList } from "../../src/funcs/usersList.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "dist/bin/clerk-fn.js");
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "clerk-fn-emulator-"));
const SEED = join(work, "seed.json");
const children: ChildProcess[] = [];

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly secretKey: string;
  stdout(): string;
  exit: Promise<number | null>;
}

/** Starts a command and waits for the line with the URL. */
function start(command: string, args: readonly string[], options: { detached?: boolean } = {}): Promise<Started> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], detached: options.detached ?? false });
  children.push(child);
  let out = "";
  let err = "";
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stdout: ${out}; stderr: ${err}`)), 30_000);
    child.stderr!.on("data", (d) => (err += d));
    child.stdout!.on("data", (d) => {
      out += d;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      const key = /CLERK_SECRET_KEY=(\S+)/.exec(out)?.[1];
      if (url && key) {
        clearTimeout(timer);
        resolve({ child, url, secretKey: key, stdout: () => out, exit });
      }
    });
    void exit.then((code) => reject(new Error(`exited ${code}; stderr: ${err}`)));
  });
}

async function curl(...args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await run("curl", ["-s", "-w", "\n%{http_code}", ...args]);
  const at = stdout.lastIndexOf("\n");
  return { status: Number(stdout.slice(at + 1)), body: stdout.slice(0, at) };
}

let server: Started;

beforeAll(() => {
  // The project's build (tsc, and the bin made executable as npm does when it installs a package).
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  writeFileSync(
    SEED,
    JSON.stringify({
      seed: 7,
      users: [{ id: "user_ada", email_address: ["ada@example.com"], first_name: "Ada" }],
      organizations: [{ id: "org_acme", name: "Acme", created_by: "user_ada" }],
    }),
  );
}, 120_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("clerk-fn emulator (node dist/bin/clerk-fn.js)", () => {
  beforeAll(async () => {
    server = await start(process.execPath, [BIN, "emulator", "--port", "0", "--seed", SEED]);
  }, 60_000);

  test("prints the URL, the API URL and the secret key; serves the seeded users to fetch", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.stdout()).toContain(`CLERK_API_URL=${server.url}/v1`);
    const res = await fetch(`${server.url}/v1/users`, { headers: { authorization: `Bearer ${server.secretKey}` } });
    expect(res.status).toBe(200);
    expect((await res.json()).map((u: { id: string }) => u.id)).toEqual(["user_ada"]);
  });

  test("the SDK talks to it as to Clerk's API (serverURL), and a missing key is 401 as Clerk answers", async () => {
    const core = new ClerkCore({ secretKey: server.secretKey, serverURL: `${server.url}/v1`, retry: false });
    const users = await usersList(core, { limit: 10 });
    expect(users.ok && users.value.map((u) => u.first_name)).toEqual(["Ada"]);
    const anonymous = await curl(`${server.url}/v1/users`);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body).errors[0].code).toBe("authorization_header_format_invalid");
  });

  test("curl: create a user, mint a token, reset back to the seed", async () => {
    const auth = ["-H", `Authorization: Bearer ${server.secretKey}`];
    const created = await curl("-X", "POST", `${server.url}/v1/users`, ...auth, "-H", "Content-Type: application/json", "-d", '{"email_address":["grace@example.com"],"first_name":"Grace"}');
    expect(created.status).toBe(200);
    const grace = JSON.parse(created.body);
    expect(grace).toMatchObject({ object: "user", first_name: "Grace" });
    const minted = await curl("-X", "POST", `${server.url}/__emulator/session_token`, "-H", "Content-Type: application/json", "-d", JSON.stringify({ userId: grace.id }));
    expect(minted.status).toBe(200);
    expect(JSON.parse(minted.body).jwt.split(".")).toHaveLength(3);
    expect(JSON.parse((await curl(`${server.url}/v1/users`, ...auth)).body)).toHaveLength(2);

    const reset = await curl("-X", "POST", `${server.url}/__emulator/reset`);
    expect([reset.status, JSON.parse(reset.body)]).toEqual([200, { reset: true }]);
    const after = JSON.parse((await curl(`${server.url}/v1/users`, ...auth)).body);
    expect(after.map((u: { id: string }) => u.id)).toEqual(["user_ada"]);
    // The user created before the reset is gone, and so is the token's subject.
    const stale = await curl("-X", "POST", `${server.url}/__emulator/session_token`, "-H", "Content-Type: application/json", "-d", JSON.stringify({ userId: grace.id }));
    expect(stale.status).toBe(400);
  });

  test("a minted token (with org and azp) passes authenticateRequest, which loads the JWKS over HTTP", async () => {
    const res = await fetch(`${server.url}/__emulator/session_token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: "user_ada", orgId: "org_acme", azp: "https://app.example.com" }),
    });
    const { jwt } = await res.json();
    const core = new ClerkCore({ secretKey: server.secretKey, serverURL: `${server.url}/v1` });
    const state = await authenticateRequest(core, new Request("https://app.example.com/", { headers: { authorization: `Bearer ${jwt}` } }), {
      authorizedParties: ["https://app.example.com"],
    });
    expect(state.status).toBe("signed-in");
    expect(state.toAuth()).toMatchObject({ tokenType: "session_token", userId: "user_ada", orgId: "org_acme", orgRole: "org:admin" });
    // A token for another origin is refused the same way.
    const other = await (await fetch(`${server.url}/__emulator/session_token`, { method: "POST", body: JSON.stringify({ userId: "user_ada", azp: "https://evil.example" }) })).json();
    const refused = await authenticateRequest(core, new Request("https://app.example.com/", { headers: { authorization: `Bearer ${other.jwt}` } }), {
      authorizedParties: ["https://app.example.com"],
    });
    expect(refused.reason).toBe("token-invalid-authorized-parties");
  });

  test("the JWKS: /v1/jwks with the key, /.well-known/jwks.json without; the same key, which verifies tokens", async () => {
    const viaApi = await (await fetch(`${server.url}/v1/jwks`, { headers: { authorization: `Bearer ${server.secretKey}` } })).json();
    const publicJwks = await curl(`${server.url}/.well-known/jwks.json`);
    expect(publicJwks.status).toBe(200);
    expect(JSON.parse(publicJwks.body)).toEqual(viaApi);
    expect(viaApi.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
    const info = await (await fetch(`${server.url}/__emulator/info`)).json();
    expect(info).toMatchObject({ secretKey: server.secretKey, instanceId: viaApi.keys[0].kid });
    expect(info.publicKeyPem).toContain("BEGIN PUBLIC KEY");
  });

  test("bad control requests are 400/404 with a message", async () => {
    const noUser = await curl("-X", "POST", `${server.url}/__emulator/session_token`, "-d", "{}");
    expect([noUser.status, JSON.parse(noUser.body).error]).toEqual([400, "userId is required."]);
    expect((await curl("-X", "POST", `${server.url}/__emulator/session_token`, "-d", "not json")).status).toBe(400);
    expect((await curl(`${server.url}/__emulator/nope`)).status).toBe(404);
  });

  test("SIGTERM: a graceful shutdown, exit code 0", async () => {
    // A keep-alive connection must not hold the shutdown open.
    await fetch(`${server.url}/__emulator/info`, { headers: { connection: "keep-alive" } });
    server.child.kill("SIGTERM");
    expect(await server.exit).toBe(0);
    expect(server.stdout()).toContain("SIGTERM: shutting down");
    await expect(fetch(`${server.url}/__emulator/info`)).rejects.toThrow();
  });
});

describe("clerk-fn emulator: through the package and from the command line", () => {
  test("npx clerk-fn emulator starts the package's bin; SIGINT stops it", async () => {
    const viaNpx = await start("npx", ["--no-install", "clerk-fn", "emulator", "--port", "0"], { detached: true });
    const res = await fetch(`${viaNpx.url}/v1/users`, { headers: { authorization: `Bearer ${viaNpx.secretKey}` } });
    expect(await res.json()).toEqual([]);
    // Ctrl-C in a terminal signals the whole process group: npm and the emulator under it.
    process.kill(-viaNpx.child.pid!, "SIGINT");
    await viaNpx.exit;
    await expect.poll(() => viaNpx.stdout()).toContain("SIGINT: shutting down");
    await expect(fetch(`${viaNpx.url}/v1/users`)).rejects.toThrow();
  }, 60_000);

  test("--secret-key makes it accept only that key", async () => {
    const strict = await start(process.execPath, [BIN, "emulator", "--port", "0", "--secret-key", "sk_test_only_this_one"]);
    expect(strict.secretKey).toBe("sk_test_only_this_one");
    expect((await curl(`${strict.url}/v1/users`, "-H", "Authorization: Bearer sk_test_another")).status).toBe(401);
    expect((await curl(`${strict.url}/v1/users`, "-H", "Authorization: Bearer sk_test_only_this_one")).status).toBe(200);
    strict.child.kill("SIGINT");
    expect(await strict.exit).toBe(0);
  });

  test("usage errors exit 2 with a message: unknown command, bad port, bad seed file", async () => {
    const fail = (args: string[]) => run(process.execPath, [BIN, ...args]).then(() => ({ code: 0, stderr: "" }), (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }));
    expect(await fail(["serve"])).toMatchObject({ code: 2, stderr: expect.stringContaining("Usage: clerk-fn emulator") });
    expect(await fail(["emulator", "--port", "99999"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--port") });
    const badSeed = join(work, "bad.json");
    writeFileSync(badSeed, JSON.stringify({ users: [], colour: "blue" }));
    expect(await fail(["emulator", "--seed", badSeed])).toMatchObject({ code: 2, stderr: expect.stringContaining("colour") });
    const dupSeed = join(work, "dup.json");
    writeFileSync(dupSeed, JSON.stringify({ users: [{ email_address: ["a@example.com"] }, { email_address: ["a@example.com"] }] }));
    expect(await fail(["emulator", "--seed", dupSeed])).toMatchObject({ code: 2, stderr: expect.stringContaining("seed was refused") });
    expect(await fail(["emulator", "--seed", join(work, "missing.json")])).toMatchObject({ code: 2, stderr: expect.stringContaining("Cannot read") });
  });

  test("a port already in use exits 1 with a message", async () => {
    const first = await start(process.execPath, [BIN, "emulator", "--port", "0"]);
    const port = new URL(first.url).port;
    const second = await run(process.execPath, [BIN, "emulator", "--port", port]).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Cannot listen on 127.0.0.1:${port}`);
    first.child.kill("SIGTERM");
    await first.exit;
  });
});
