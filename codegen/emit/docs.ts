// docs/FUNCTIONS.md: every function by name, with its method and path, request keys, success
// value and documented error statuses — read from the same model as the code.
import type { ApiModel } from "../model.ts";
import { SPEC, type OutFile } from "./common.ts";

const esc = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** `valueType`: the success value type each funcs module declares, by function name. */
export function docsFile(model: ApiModel, valueType: ReadonlyMap<string, string>): OutFile {
  const ops = model.operations;
  const rows = ops.map((o) => {
    const keys = o.fields.map((f) => `\`${f.name}\``).join(", ") || "—";
    const flags = [o.deprecated ? "deprecated" : "", o.paginated ? "`paginated`" : "", o.machineAuth ? "machine key" : ""].filter(Boolean).join(", ");
    return `| \`${o.name}\`${flags ? ` (${flags})` : ""} | ${o.method} \`${o.path}\` | ${keys} | \`${esc(valueType.get(o.name) ?? "undefined")}\` | ${o.statuses.join(", ") || "—"} |`;
  });
  const underBody = ops.filter((o) => o.bodyKind === "whole").map((o) => `\`${o.name}\``);
  const content =
    `<!-- Generated from ${SPEC}. Do not edit: change codegen/ instead. -->\n` +
    `# Function reference\n\n` +
    `${ops.length} functions, one per Backend API operation. Each is \`fn(core, request?, options?)\` and returns ` +
    "`Promise<Result<value, error>>`; import it from `clerk-fn/funcs/<name>`.\n\n" +
    `Request keys are the API's wire names: path, query and JSON body fields side by side. ` +
    `These take their body under the \`body\` key (an array body, or body fields that collide with path/query names): ${underBody.join(", ") || "none"}.\n\n` +
    "Marked `paginated`: with `paginated: true` in the request the answer is `{ data, total_count }` instead of the bare array (the types follow). " +
    "Marked machine key: the call authenticates with `machineSecretKey` when the core has one.\n\n" +
    `| function | method and path | request keys | success value | documented error statuses |\n|---|---|---|---|---|\n` +
    rows.join("\n") +
    "\n";
  return { path: "docs/FUNCTIONS.md", content };
}
