// `npm run spec:upgrade` on a modified copy of the pinned spec in a temp dir: the regenerated
// files and the change report show an added operation, a removed one, request and response
// fields added/removed/changed. The repo's files are not touched (output goes to the temp dir).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { BAPI, loadSpec } from "../../codegen/spec.ts";
import { upgrade, type UpgradeResult } from "../../codegen/upgrade.ts";

const ROOT = resolve(import.meta.dirname, "../..");
let dir = "";
let result: UpgradeResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "clerk-fn-upgrade-"));
  const spec = await loadSpec(BAPI);
  // What Clerk might change under the same version name:
  spec.paths["/users"].post.requestBody.content["application/json"].schema.properties.skip_restriction_checks = { type: "boolean" };
  delete spec.paths["/users"].post.requestBody.content["application/json"].schema.properties.username;
  spec.paths["/users"].get.parameters.push({ name: "wears_hat", in: "query", schema: { type: "boolean" } });
  spec.components.schemas.User.properties.shoe_size = { type: "string", nullable: true };
  spec.components.schemas.User.required.push("shoe_size");
  spec.components.schemas.User.properties.banned = { type: "string" };
  spec.paths["/users/{user_id}/shoes"] = {
    get: {
      operationId: "ListUserShoes",
      "x-speakeasy-group": "users",
      "x-speakeasy-name-override": "listShoes",
      parameters: [{ name: "user_id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: { type: "string" } } } } } },
    },
  };
  delete spec.paths["/testing_tokens"];
  writeFileSync(join(dir, "bapi-next.yml"), stringify(spec, { aliasDuplicateObjects: false }));
  result = await upgrade(join(dir, "bapi-next.yml"), join(dir, "out"));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("spec:upgrade", () => {
  test("reports operations added and removed", () => {
    expect(result.report.added).toEqual([{ id: "ListUserShoes", name: "usersListShoes", route: "GET /users/{user_id}/shoes" }]);
    expect(result.report.removed).toEqual([{ id: "CreateTestingToken", name: "testingTokensCreate", route: "POST /testing_tokens" }]);
  });

  test("reports request fields added and removed, and response fields added and changed", () => {
    const create = result.report.changed.find((c) => c.id === "CreateUser")!;
    expect(create.request).toEqual(expect.arrayContaining([{ field: "body:skip_restriction_checks", to: "b" }, { field: "body:username", from: "s?" }]));
    expect(create.response).toEqual(expect.arrayContaining([{ field: "shoe_size", to: "s!?" }]));
    const list = result.report.changed.find((c) => c.id === "GetUserList")!;
    expect(list.request).toEqual([{ field: "query:wears_hat", to: "b" }]);
    expect(list.response).toEqual(expect.arrayContaining([{ field: "banned", from: "b!", to: "s!" }]));
    const user = result.report.schemasChanged.find((s) => s.name === "User")!;
    expect(user.fields).toEqual(expect.arrayContaining([{ field: "shoe_size", to: "s!?" }, { field: "banned", from: "b!", to: "s!" }]));
  });

  test("the markdown names every change, and the files are regenerated where asked", () => {
    expect(result.markdown).toContain("- `usersListShoes` (ListUserShoes) GET /users/{user_id}/shoes");
    expect(result.markdown).toContain("request: added `body:skip_restriction_checks` (b)");
    expect(result.markdown).toContain("response: changed `banned` b! → s!");
    expect(existsSync(join(dir, "out", "src/funcs/usersListShoes.ts"))).toBe(true);
    expect(readFileSync(join(dir, "out", "src/funcs/usersCreate.ts"), "utf8")).toContain("skip_restriction_checks?: boolean;");
    expect(existsSync(join(dir, "out", "src/funcs/testingTokensCreate.ts"))).toBe(false);
    // The repo's own generated files are untouched.
    expect(existsSync(join(ROOT, "src/funcs/usersListShoes.ts"))).toBe(false);
  });

  test("the command line needs one spec and writes the report", () => {
    let failed: { status?: number; stderr?: Buffer } | undefined;
    try {
      execFileSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "codegen/upgrade.ts")], { cwd: ROOT, stdio: "pipe" });
    } catch (e) {
      failed = e as { status?: number; stderr?: Buffer };
    }
    expect(failed?.status).toBe(2);
    expect(String(failed?.stderr)).toContain("usage: npm run spec:upgrade");
  });
});
