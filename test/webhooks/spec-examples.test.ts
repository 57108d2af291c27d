// Every example event in Clerk's webhooks spec must verify and decode: they are the best evidence
// of what Clerk really sends (and where the spec's `required` lists are wrong; see
// codegen/webhooks-overlay.yml). The spec is read at test time, never copied into the repo.
import { describe, expect, it } from "vitest";
import { loadSpec, WEBHOOKS } from "../../codegen/spec.js";
import { verifyWebhook } from "../../src/webhooks/index.js";
import { SECRET, clock, signed } from "./fixtures.js";

const spec = await loadSpec(WEBHOOKS);

function examples(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [type, item] of Object.entries<any>(spec["x-webhooks"])) {
    const content = item.post.requestBody.content["application/json"];
    if (content.example !== undefined) out.push([type, content.example]);
    for (const [name, ex] of Object.entries<any>(content.examples ?? {})) {
      const resolved = typeof ex.$ref === "string" ? spec.components.examples[ex.$ref.split("/").pop()] : ex;
      out.push([`${type} (${name})`, resolved.value]);
    }
  }
  return out;
}

describe("the webhooks spec's example events", () => {
  const all = examples();

  it("has an example for every event type", () => {
    expect(new Set(all.map(([label]) => label.split(" ")[0])).size).toBe(Object.keys(spec["x-webhooks"]).length);
  });

  it.each(all)("%s verifies and decodes", async (_label, example) => {
    const { body, headers } = await signed(JSON.stringify(example));
    const result = await verifyWebhook(body, headers, { signingSecret: SECRET, now: clock() });
    if (!result.ok) throw result.error;
    expect(result.value).toEqual(example);
  });
});
