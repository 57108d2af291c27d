// src/models/<file>.ts: one module per component schema, its TS type and its structural shape.
import type { ApiModel, SchemaModel } from "../model.ts";
import { docText, jsdoc, objectMembers, objectProps, pure, shapeExpr, tExpr, type Components, type Ctx } from "../schema.ts";
import { importLines, SPEC, type OutFile } from "./common.ts";

/** The model module of one component. */
export function modelFile(m: SchemaModel, comps: Components, fileOf: (typeName: string) => string): OutFile {
  const { schema, typeName: id, mode } = m;
  const ctx: Ctx = { imports: new Map(), owner: m.name, augment: new Set() };
  const shared = m.sharedBy?.map((id) => `\`${id}\``).join(", ");
  const doc = jsdoc([docText(schema.description) ?? (shared ? `The answer of ${shared}: one schema the spec declares inline in each, declared once here.` : `The \`${m.specName}\` object of the Backend API.`)], "");
  const props = objectProps(schema, comps);
  const typeDecl =
    props && !schema.oneOf && !schema.anyOf && !schema.nullable
      ? `${doc}export interface ${id} {\n${objectMembers(schema, comps, ctx, mode, 1)}}\n`
      : `${doc}export type ${id} = ${tExpr(schema, comps, ctx, mode)};\n`;
  const shape = shapeExpr(schema, comps, ctx, 0, mode);
  const imports = importLines(ctx, (i) => (i === "openVariant" ? "../core/schemas.js" : i === "augment" ? "../core/augment.js" : `./${fileOf(i)}.js`), id);
  const content =
    `// Generated from ${SPEC} (${m.sharedBy ? `the identical inline success response of ${m.sharedBy.join(", ")}` : `components/schemas/${m.specName}`}). Do not edit: change codegen/ instead.\n` +
    `import * as s from "../core/shape.js";\n` +
    (imports ? imports + "\n" : "") +
    `\n${typeDecl}\n` +
    `/** Structural shape of {@link ${id}}: types, presence and nullability; unknown keys kept. */\n` +
    `export const ${id}: s.Shape<${id}> = ${pure(shape)};\n`;
  return { path: `src/models/${m.file}.ts`, content };
}

/** Every model module. */
export function modelFiles(model: ApiModel): OutFile[] {
  const fileOf = moduleOf(model);
  return model.schemas.map((m) => modelFile(m, model.comps, fileOf));
}

/** Type name → model module (without `.ts`). */
export function moduleOf(model: ApiModel): (typeName: string) => string {
  const files = new Map(model.schemas.map((m) => [m.typeName, m.file]));
  return (typeName) => {
    const f = files.get(typeName);
    if (!f) throw new Error(`no model declares ${typeName}`);
    return f;
  };
}
