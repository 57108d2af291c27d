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
import { applyOverlay } from "./overlay.ts";
import { BAPI, loadSpec, ROOT } from "./spec.ts";
import type { ApiModels } from "./webhooks.ts";

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

/** What the webhooks generator needs of the API's models (to reuse them for payload types). */
export function apiModelsOf(spec: any, model: ApiModel): ApiModels {
  return { spec, modules: new Map(model.schemas.map((m) => [m.name, { file: m.file, typeName: m.typeName, mode: m.mode }])) };
}

/** The API's models from the pinned spec (+ overlay), as the generator sees them. */
export async function loadApiModels(): Promise<ApiModels> {
  const spec = await loadSpec(BAPI);
  applyOverlay(spec, join(ROOT, "codegen", "overlay.yml"));
  return apiModelsOf(spec, generate(spec).model);
}
