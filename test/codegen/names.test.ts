// Names per DESIGN.md: every exported function is `rename ?? name` of function-names.json (the
// rule, not a list, produces the 12 renames), model modules are camelCase of words, and no two
// schemas share a name with a number appended.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { camel, camelLabel, fileName, functionName, pascal, verbWithoutGroup, words } from "../../codegen/names.ts";
import { sharedOpenapiDir } from "../../codegen/spec.ts";
import { generated } from "./helpers.ts";

describe("the naming rule", () => {
  test("splits words at separators, case changes and digits", () => {
    expect(words("SAMLConnection")).toEqual(["SAML", "Connection"]);
    expect(words("createApiKey")).toEqual(["create", "Api", "Key"]);
    expect(words("user.created")).toEqual(["user", "created"]);
    expect(words("Web3Wallet")).toEqual(["Web", "3", "Wallet"]);
  });

  test("model modules are camelCase of words, acronyms lowered whole", () => {
    expect(fileName("SAMLConnection")).toBe("samlConnection");
    expect(fileName("JWTTemplate")).toBe("jwtTemplate");
    expect(fileName("SCIMDirectory")).toBe("scimDirectory");
    expect(fileName("JWKS")).toBe("jwks");
    expect(fileName("User")).toBe("user");
    expect(camel("verification_otp")).toBe("verificationOtp");
    expect(pascal("user.created")).toBe("UserCreated");
    expect(pascal("SAMLAccount")).toBe("SAMLAccount");
  });

  test("a group's noun is taken out of the verb; a get of the whole plural group is a list", () => {
    expect(verbWithoutGroup("createApiKey", "API Keys")).toBe("create");
    expect(verbWithoutGroup("getApiKeys", "API Keys")).toBe("list");
    expect(verbWithoutGroup("getApiKey", "API Keys")).toBe("get");
    expect(verbWithoutGroup("getApiKeySecret", "API Keys")).toBe("getSecret");
    expect(verbWithoutGroup("revokeAdminPortalLinkToken", "Admin Portal Link Tokens")).toBe("revoke");
    expect(verbWithoutGroup("GetInstanceProtect", "Instance Settings")).toBe("GetProtect");
    // Nothing of the group in the verb: unchanged.
    expect(verbWithoutGroup("rotateSecret", "Machines")).toBe("rotateSecret");
  });

  test("the Speakeasy extensions win and keep their own casing", () => {
    expect(functionName({ operationId: "GetUserList", "x-speakeasy-group": "users", "x-speakeasy-name-override": "list" })).toBe("usersList");
    expect(functionName({ operationId: "X", "x-speakeasy-group": "emailSMSTemplates", "x-speakeasy-name-override": "list" })).toBe("emailSMSTemplatesList");
    expect(functionName({ operationId: "createApiKey", tags: ["API Keys"] })).toBe("apiKeysCreate");
    expect(camelLabel("API Keys")).toBe("apiKeys");
  });
});

describe("names of the generated SDK", () => {
  const dir = sharedOpenapiDir();
  const namesFile = dir ? join(dir, "function-names.json") : undefined;

  // The 12 renames of the contract (function-names.json `rename`), for a clone without that file.
  const RENAMES: Record<string, string> = {
    apiKeysCreateApiKey: "apiKeysCreate",
    apiKeysGetApiKeys: "apiKeysList",
    apiKeysGetApiKey: "apiKeysGet",
    apiKeysUpdateApiKey: "apiKeysUpdate",
    apiKeysDeleteApiKey: "apiKeysDelete",
    apiKeysGetApiKeySecret: "apiKeysGetSecret",
    apiKeysRevokeApiKey: "apiKeysRevoke",
    apiKeysVerifyApiKey: "apiKeysVerify",
    adminPortalLinkTokensCreateAdminPortalLinkToken: "adminPortalLinkTokensCreate",
    adminPortalLinkTokensRevokeAdminPortalLinkToken: "adminPortalLinkTokensRevoke",
    instanceSettingsGetInstanceProtect: "instanceSettingsGetProtect",
    instanceSettingsUpdateInstanceProtect: "instanceSettingsUpdateProtect",
  };

  test("every function is `rename ?? name` of function-names.json", async () => {
    const { model } = await generated();
    const names = new Set(model.operations.map((o) => o.name));
    expect(names.size).toBe(249);
    for (const [from, to] of Object.entries(RENAMES)) {
      expect(names.has(to), to).toBe(true);
      expect(names.has(from), from).toBe(false);
    }
    if (namesFile === undefined || !existsSync(namesFile)) return;
    const { functions } = JSON.parse(readFileSync(namesFile, "utf8")) as { functions: { name: string; rename?: string; operationId: string }[] };
    const byId = new Map(model.operations.map((o) => [o.id, o.name]));
    expect(functions).toHaveLength(249);
    expect(Object.fromEntries(functions.filter((f) => f.rename).map((f) => [f.name, f.rename]))).toEqual(RENAMES);
    for (const f of functions) expect(byId.get(f.operationId), f.operationId).toBe(f.rename ?? f.name);
  });

  test("no function repeats its group in the verb", async () => {
    const { model } = await generated();
    const repeated = model.operations.filter((o) => /^(apiKeys.*ApiKey|adminPortalLinkTokens.*AdminPortalLinkToken|instanceSettings.+Instance)/.test(o.name));
    expect(repeated.map((o) => o.name)).toEqual([]);
  });

  test("model modules: camelCase of words, unique even ignoring case, none numbered", async () => {
    const { model } = await generated();
    const files = model.schemas.map((s) => s.file);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
    for (const s of model.schemas) {
      expect(s.file).toBe(fileName(s.typeName));
      expect(s.file, s.specName).toMatch(/^[a-z][a-z0-9]*(?:[A-Z0-9][a-z0-9]*)*$/);
      // A spec name with a number appended (`CommercePlan-2`) gets a name of its own.
      if (/-\d+$/.test(s.specName)) expect(s.typeName).not.toMatch(/\d$/);
    }
    expect(files).toContain("samlConnection");
    expect(files).toContain("jwtTemplate");
    expect(files).toContain("scimDirectory");
    expect(files.filter((f) => /^commerce.*\d$|^feature.*\d$/.test(f))).toEqual([]);
  });
});
