// Typed metadata through module augmentation, checked the way a user gets it: the package built
// into a scratch project's node_modules, and a consumer that augments `clerk-fn/core` type-checked
// with tsc (strict; `bundler` and `nodenext`). The augmentation must reach the models behind the
// published entry points, not only the source files.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
let dir = "";

const CONSUMER = `
import type { User } from "clerk-fn/models/user";
import type { Organization } from "clerk-fn/models/organization";
import type { UserPublicMetadata } from "clerk-fn";
import { usersGet } from "clerk-fn/funcs/usersGet";
import type { ClerkCore } from "clerk-fn/core";

declare module "clerk-fn/core" {
  interface UserPublicMetadata {
    plan?: "free" | "pro";
  }
  interface OrganizationPrivateMetadata {
    seats: number;
  }
}

export async function plan(core: ClerkCore): Promise<"free" | "pro" | undefined> {
  const res = await usersGet(core, { user_id: "user_1" });
  if (!res.ok) return undefined;
  const p: "free" | "pro" | undefined = res.value.public_metadata.plan;
  // @ts-expect-error an augmented key keeps its type
  const wrong: number = res.value.public_metadata.plan;
  void wrong;
  return p;
}

export function seats(org: Organization): number {
  return org.private_metadata?.seats ?? 0;
}

export const fromRoot: UserPublicMetadata["plan"] = "pro";
// @ts-expect-error "enterprise" is not a plan
export const notAPlan: User["public_metadata"]["plan"] = "enterprise";
// Keys nobody declared stay open (the API's metadata is any JSON object).
export const other: unknown = ({} as User).public_metadata["anything"];
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "clerk-fn-augment-"));
  const pkg = join(dir, "node_modules", "clerk-fn");
  mkdirSync(pkg, { recursive: true });
  execFileSync(process.execPath, [TSC, "-p", join(ROOT, "tsconfig.build.json"), "--outDir", join(pkg, "dist")], { cwd: ROOT, stdio: "pipe" });
  cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
  for (const dep of ["valibot", "jose", "ky"]) symlinkSync(join(ROOT, "node_modules", dep), join(dir, "node_modules", dep), "dir");
  writeFileSync(join(dir, "consumer.ts"), CONSUMER);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** tsc over the consumer; returns its diagnostics (empty when it compiles). */
function check(resolution: "bundler" | "nodenext"): string {
  const options = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: "es2022",
      lib: ["es2023", "dom"],
      types: [],
      module: resolution === "bundler" ? "esnext" : "nodenext",
      moduleResolution: resolution,
    },
    files: ["consumer.ts"],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(options));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  try {
    execFileSync(process.execPath, [TSC, "-p", join(dir, "tsconfig.json")], { cwd: dir, stdio: "pipe" });
    return "";
  } catch (e) {
    return String((e as { stdout?: Buffer }).stdout ?? e);
  }
}

describe("metadata augmentation through the published clerk-fn/core", () => {
  test.each(["bundler", "nodenext"] as const)("a consumer's declaration types the models (%s)", (resolution) => {
    expect(check(resolution)).toBe("");
  }, 60_000);

  test("the check fails when the augmentation does not reach the model (the test can fail)", () => {
    // The same interfaces declared in an unrelated namespace: the models must not see them.
    writeFileSync(join(dir, "consumer.ts"), CONSUMER.replace('declare module "clerk-fn/core"', "namespace Unrelated"));
    try {
      expect(check("bundler")).toMatch(/consumer\.ts\(\d+,\d+\): error TS2322/);
    } finally {
      writeFileSync(join(dir, "consumer.ts"), CONSUMER);
    }
  }, 60_000);
});
