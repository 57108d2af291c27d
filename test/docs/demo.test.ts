// `npm start` (examples/demo.ts): offline on the emulator without a key, and never on a
// production instance because a live key happened to be in the shell.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { demoTarget } from "../../examples/target.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** Runs the demo as `npm start` does, with exactly the given Clerk variables. */
function runDemo(env: Record<string, string>, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("CLERK_")));
  const out = spawnSync(process.execPath, [TSX, join(ROOT, "examples", "demo.ts"), ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe("demo target", () => {
  it("no key (or an empty one): the emulator", () => {
    expect(demoTarget({}, [])).toEqual({ kind: "emulator" });
    expect(demoTarget({ CLERK_SECRET_KEY: "  " }, [])).toEqual({ kind: "emulator" });
  });

  it("a development key: that instance, without asking", () => {
    expect(demoTarget({ CLERK_SECRET_KEY: "sk_test_abc" }, [])).toEqual({ kind: "instance", secretKey: "sk_test_abc", live: false });
  });

  it("a live key: refused unless --live or CLERK_DEMO_ALLOW_LIVE=1", () => {
    const refused = demoTarget({ CLERK_SECRET_KEY: "sk_live_abc" }, []);
    expect(refused.kind).toBe("refused");
    expect(demoTarget({ CLERK_SECRET_KEY: "sk_live_abc", CLERK_DEMO_ALLOW_LIVE: "0" }, []).kind).toBe("refused");
    expect(demoTarget({ CLERK_SECRET_KEY: "sk_live_abc" }, ["--liveish"]).kind).toBe("refused");
    expect(demoTarget({ CLERK_SECRET_KEY: "sk_live_abc" }, ["--live"])).toEqual({ kind: "instance", secretKey: "sk_live_abc", live: true });
    expect(demoTarget({ CLERK_SECRET_KEY: "sk_live_abc", CLERK_DEMO_ALLOW_LIVE: "1" }, [])).toEqual({
      kind: "instance",
      secretKey: "sk_live_abc",
      live: true,
    });
  });
});

describe("npm start", () => {
  it("refuses a live key before sending anything, says how to proceed, and never prints the key", () => {
    const key = "sk_live_DoNotPrintThisKey0123456789";
    const out = runDemo({ CLERK_SECRET_KEY: key });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("production key (sk_live_…)");
    expect(out.stderr).toContain("npm start -- --live");
    expect(out.stderr).toContain("CLERK_DEMO_ALLOW_LIVE=1");
    expect(out.stdout).not.toContain("Create three users");
    expect(out.stdout + out.stderr).not.toContain(key);
  });

  it("runs end to end on the emulator when no key is set", () => {
    const out = runDemo({});
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("on the in-memory emulator");
    expect(out.stdout).toContain("a tampered payload is refused");
    expect(out.stdout).toMatch(/\d+ requests served by the emulator, none over the network\./);
    expect(out.stdout).toContain("✓ done");
  });
});
