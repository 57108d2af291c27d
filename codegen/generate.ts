// Builds every generated file of the Backend API from the (overlaid) spec: the model once
// (codegen/model.ts), then each emitter. Pure apart from reading codegen/facts.yml and
// src/core/index.ts: spec in, { path, content }[] out, in a stable order (deterministic output).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type OutFile } from "./emit/common.ts";
import { docsFile } from "./emit/docs.ts";
import { funcFile } from "./emit/funcs.ts";
import { indexFiles } from "./emit/indexes.ts";
import { modelFiles, moduleOf } from "./emit/models.ts";
import { operationsFile } from "./emit/operations.ts";
import { loadFacts, type Facts } from "./facts.ts";
import { buildModel, type ApiModel } from "./model.ts";
import { ROOT } from "./spec.ts";

export type { OutFile } from "./emit/common.ts";

export interface GenerateOptions {
  readonly facts?: Facts;
  /** The text of src/core/index.ts (its exports become the root's). */
  readonly coreIndex?: string;
}

export function generate(spec: any, options: GenerateOptions = {}): { files: OutFile[]; model: ApiModel } {
  const model = buildModel(spec, options.facts ?? loadFacts());
  const coreIndex = options.coreIndex ?? readFileSync(join(ROOT, "src", "core", "index.ts"), "utf8");
  const files: OutFile[] = [...modelFiles(model)];
  const fileOf = moduleOf(model);
  const valueTypes = new Map<string, string>();
  for (const o of model.operations) {
    const built = funcFile(o, model.comps, (id) => `../models/${fileOf(id)}.js`);
    files.push(built.file);
    valueTypes.set(o.name, built.valueType);
  }
  files.push(...indexFiles(model, coreIndex), docsFile(model, valueTypes), operationsFile(model));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, model };
}
