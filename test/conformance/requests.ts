// Builds a realistic request for an operation from the spec alone: the parameter's or schema's
// `example` where it fits, otherwise a value derived from the schema (enums, formats, patterns,
// bounds, lengths) and the field's name. The result is the function's request object: path, query
// and body keys by their wire names (the body under `body` when it is not a plain object or its
// fields collide with path/query names), files as small Blobs.
import { resolveRef } from "./spec.ts";

export type Variant = "minimal" | "full";

const ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const WORD = "2xhFjEI5X2qWRvtV13BzSj8H6Dk" + ALNUM + "_";

// ---- a small regex sampler: enough for the anchored patterns OpenAPI specs use ------------------

type Node =
  | { t: "seq"; items: { atom: Node; min: number; max: number }[] }
  | { t: "alt"; options: Node[] }
  | { t: "chars"; chars: string };

function classChars(body: string): string {
  let negate = false;
  let i = 0;
  if (body[0] === "^") {
    negate = true;
    i = 1;
  }
  let set = "";
  while (i < body.length) {
    const c = body[i]!;
    if (c === "\\") {
      const e = body[i + 1]!;
      set += escapeChars(e);
      i += 2;
      continue;
    }
    if (body[i + 1] === "-" && i + 2 < body.length) {
      const end = body[i + 2]!;
      for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) set += String.fromCharCode(code);
      i += 3;
      continue;
    }
    set += c;
    i += 1;
  }
  if (!negate) return set;
  return [...(ALNUM + "_-. ")].filter((ch) => !set.includes(ch)).join("");
}

function escapeChars(e: string): string {
  switch (e) {
    case "w":
      return WORD;
    case "d":
      return "0123456789";
    case "s":
      return " ";
    case "S":
    case "W":
    case "D":
      return e === "D" ? "abcdef" : e === "W" ? "-" : ALNUM;
    default:
      return e;
  }
}

function parseRegex(src: string): Node {
  let i = 0;
  const parseAlt = (): Node => {
    const options: Node[] = [parseSeq()];
    while (src[i] === "|") {
      i++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0]! : { t: "alt", options };
  };
  const parseSeq = (): Node => {
    const items: { atom: Node; min: number; max: number }[] = [];
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      const c = src[i]!;
      let atom: Node;
      if (c === "^" || c === "$") {
        i++;
        continue;
      } else if (c === "(") {
        i++;
        if (src.startsWith("?:", i)) i += 2;
        atom = parseAlt();
        if (src[i] !== ")") throw new Error(`unbalanced group in /${src}/`);
        i++;
      } else if (c === "[") {
        const end = src.indexOf("]", i + 2);
        atom = { t: "chars", chars: classChars(src.slice(i + 1, end)) };
        i = end + 1;
      } else if (c === "\\") {
        atom = { t: "chars", chars: escapeChars(src[i + 1]!) };
        i += 2;
      } else if (c === ".") {
        atom = { t: "chars", chars: ALNUM };
        i++;
      } else {
        atom = { t: "chars", chars: c };
        i++;
      }
      let min = 1;
      let max = 1;
      const q = src[i];
      if (q === "*" || q === "+" || q === "?") {
        min = q === "+" ? 1 : 0;
        max = q === "?" ? 1 : Infinity;
        i++;
      } else if (q === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
        if (m) {
          min = Number(m[1]);
          max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
          i += m[0].length;
        }
      }
      if (src[i] === "?") i++; // lazy
      items.push({ atom, min, max });
    }
    return { t: "seq", items };
  };
  return parseAlt();
}

function sampleNode(node: Node, counter: { n: number }): string {
  switch (node.t) {
    case "chars": {
      const ch = node.chars[counter.n % node.chars.length] ?? "";
      counter.n++;
      return ch;
    }
    case "alt":
      return sampleNode(node.options[0]!, counter);
    case "seq":
      return node.items
        .map(({ atom, min, max }) => {
          // One occurrence where optional (realistic, non-empty), the minimum otherwise.
          const times = Math.max(min, Math.min(max, 1));
          let out = "";
          for (let k = 0; k < times; k++) out += sampleNode(atom, counter);
          return out;
        })
        .join("");
  }
}

/** A string matching `pattern`, or an error when the sampler cannot make one. */
export function sampleRegex(pattern: string): string {
  const out = sampleNode(parseRegex(pattern), { n: 0 });
  if (!new RegExp(pattern).test(out)) throw new Error(`cannot sample a string for the pattern /${pattern}/ (got ${JSON.stringify(out)})`);
  return out;
}

// ---- values from schemas ----------------------------------------------------------------------

const ID_PREFIX: Record<string, string> = {
  user: "user",
  organization: "org",
  org: "org",
  session: "sess",
  client: "client",
  invitation: "inv",
  email_address: "idn",
  phone_number: "idn",
  machine: "mch",
  template: "tmpl",
  domain: "dmn",
  oauth_application: "oa",
  saml_connection: "samlc",
  enterprise_connection: "entc",
  role: "role",
  permission: "perm",
  role_set: "rs",
  api_key: "ak",
  waitlist_entry: "wle",
  subscription_item: "csubi",
  plan: "cplan",
  price: "cprice",
  statement: "stmt",
  payer: "cpayer",
};

function stringFor(name: string): string {
  const n = name.toLowerCase();
  if (n === "id" || n.endsWith("_id")) {
    const base = n === "id" ? "obj" : n.replace(/_id$/, "").replace(/^(from|to|uploader|actor|inviter|requesting|instance)_/, "");
    const prefix = ID_PREFIX[base] ?? base.split("_").pop()!.slice(0, 6);
    return `${prefix}_2xhFjEI5X2qWRvtV13BzSj8H6Dk`;
  }
  if (n.includes("email")) return "jane.doe@example.com";
  if (n.includes("phone")) return "+15555550100";
  if (n.includes("url") || n.includes("uri") || n.endsWith("_link")) return "https://example.com/callback";
  if (n.includes("domain") || n === "frontendapi" || n === "host") return "example.com";
  if (n.includes("password")) return "correct-horse-battery-staple";
  if (n.includes("token") || n.includes("secret")) return "tok_2xhFjEI5X2qWRvtV13BzSj8H6Dk";
  if (n.includes("first_name")) return "Jane";
  if (n.includes("last_name")) return "Doe";
  if (n === "username") return "jane_doe";
  if (n === "name" || n.endsWith("_name")) return "Example name";
  if (n === "slug" || n.endsWith("_slug")) return "example-slug";
  if (n === "order_by") return "-created_at";
  if (n === "query" || n.endsWith("_query")) return "jane";
  if (n.includes("description")) return "An example description";
  return "example";
}

function flatten(spec: any, schema: any): any {
  let s = resolveRef(spec, schema);
  if (s && Array.isArray(s.allOf)) {
    const merged: any = { ...s, type: undefined, properties: {}, required: [] as string[] };
    delete merged.allOf;
    for (const part of s.allOf) {
      const p = flatten(spec, part);
      Object.assign(merged, { ...p, properties: merged.properties, required: merged.required });
      Object.assign(merged.properties, p.properties ?? {});
      merged.required.push(...(p.required ?? []));
    }
    Object.assign(merged.properties, s.properties ?? {});
    merged.required.push(...(s.required ?? []));
    if (!merged.type && Object.keys(merged.properties).length) merged.type = "object";
    if (!Object.keys(merged.properties).length) delete merged.properties;
    s = merged;
  }
  return s;
}

function fitsString(s: any, v: unknown): v is string {
  if (typeof v !== "string") return false;
  if (Array.isArray(s.enum) && !s.enum.includes(v)) return false;
  if (s.pattern && !new RegExp(s.pattern).test(v)) return false;
  if (s.minLength !== undefined && v.length < s.minLength) return false;
  if (s.maxLength !== undefined && v.length > s.maxLength) return false;
  if (s.format === "email" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) return false;
  if ((s.format === "uri" || s.format === "url") && !/^[a-z][a-z0-9+.-]*:/i.test(v)) return false;
  if (s.format === "date-time" && Number.isNaN(Date.parse(v))) return false;
  return true;
}

function fitsNumber(s: any, v: unknown): v is number {
  if (typeof v !== "number" || !Number.isFinite(v)) return false;
  if (s.type === "integer" && !Number.isInteger(v)) return false;
  if (Array.isArray(s.enum) && !s.enum.includes(v)) return false;
  if (s.minimum !== undefined && (s.exclusiveMinimum === true ? v <= s.minimum : v < s.minimum)) return false;
  if (s.maximum !== undefined && (s.exclusiveMaximum === true ? v >= s.maximum : v > s.maximum)) return false;
  if (typeof s.exclusiveMinimum === "number" && v <= s.exclusiveMinimum) return false;
  if (typeof s.exclusiveMaximum === "number" && v >= s.exclusiveMaximum) return false;
  return true;
}

function makeString(s: any, name: string): string {
  for (const candidate of [s.example, s.default, s.enum?.[0]]) if (fitsString(s, candidate)) return candidate;
  let v: string;
  if (s.format === "email") v = "jane.doe@example.com";
  else if (s.format === "uri" || s.format === "url") v = "https://example.com/callback";
  else if (s.format === "date-time") v = "2026-05-12T10:00:00Z";
  else if (s.format === "date") v = "2026-05-12";
  else if (s.pattern) v = sampleRegex(s.pattern);
  else v = stringFor(name);
  if (s.minLength !== undefined && v.length < s.minLength) v = v.padEnd(s.minLength, "x");
  if (s.maxLength !== undefined && v.length > s.maxLength) v = v.slice(0, s.maxLength);
  if (!fitsString(s, v)) throw new Error(`no value for string field ${name}: ${JSON.stringify(s)}`);
  return v;
}

function makeNumber(s: any, name: string): number {
  const n = name.toLowerCase();
  const preferred = n === "offset" ? 0 : n === "limit" ? 10 : n.endsWith("_at") || n.includes("_at_") ? 1_700_690_400_000 : 10;
  for (const candidate of [s.example, s.default, s.enum?.[0], preferred]) if (fitsNumber(s, candidate)) return candidate;
  const lo = typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum + 1 : s.minimum !== undefined ? s.minimum + (s.exclusiveMinimum === true ? 1 : 0) : undefined;
  const hi = typeof s.exclusiveMaximum === "number" ? s.exclusiveMaximum - 1 : s.maximum !== undefined ? s.maximum - (s.exclusiveMaximum === true ? 1 : 0) : undefined;
  let v = preferred;
  if (lo !== undefined && v < lo) v = lo;
  if (hi !== undefined && v > hi) v = hi;
  if (s.type === "integer") v = Math.ceil(v);
  if (!fitsNumber(s, v)) throw new Error(`no value for number field ${name}: ${JSON.stringify(s)}`);
  return v;
}

interface GenOptions {
  readonly full: boolean;
  readonly depth: number;
}

/** A value for `schema` (after `$ref`/`allOf`), never `null`. */
export function valueFor(spec: any, schema: any, name: string, opts: GenOptions): unknown {
  const s = flatten(spec, schema);
  if (!s || typeof s !== "object") return stringFor(name);
  const members = s.oneOf ?? s.anyOf;
  const constraintOnly = Array.isArray(members) && members.every((m: any) => !m.$ref && !m.type && !m.properties && !m.items);
  if (Array.isArray(members) && !constraintOnly && !s.properties) {
    return valueFor(spec, members[0], name, opts);
  }
  const type = s.type ?? (s.properties ? "object" : s.items ? "array" : undefined);
  switch (type) {
    case "string":
      if (s.format === "binary") return new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], { type: "image/png" });
      return makeString(s, name);
    case "integer":
    case "number":
      return makeNumber(s, name);
    case "boolean":
      return typeof s.example === "boolean" ? s.example : typeof s.default === "boolean" ? s.default : true;
    case "array": {
      if (Array.isArray(s.example) && s.example.length >= (s.minItems ?? 1) && s.example.every((x: unknown) => typeof x !== "object")) {
        return structuredClone(s.example);
      }
      const count = Math.min(Math.max(1, s.minItems ?? 0), s.maxItems ?? Infinity);
      const items = flatten(spec, s.items);
      const out: unknown[] = [];
      for (let k = 0; k < count; k++) {
        let item = valueFor(spec, items, singular(name), opts);
        if (k > 0 && typeof item === "string") item = Array.isArray(items?.enum) ? items.enum[k % items.enum.length] : `${item}${k}`;
        out.push(item);
      }
      return out;
    }
    case "object":
    default:
      return objectFor(spec, s, constraintOnly ? members : undefined, opts, name);
  }
}

function singular(name: string): string {
  if (name.endsWith("ies")) return name.slice(0, -3) + "y";
  if (name.endsWith("ses")) return name.slice(0, -2);
  return name.endsWith("s") ? name.slice(0, -1) : name;
}

function objectFor(spec: any, s: any, constraintMembers: any[] | undefined, opts: GenOptions, name: string): Record<string, unknown> {
  const props = Object.entries<any>(s.properties ?? {});
  if (!props.length) {
    if (s.example && typeof s.example === "object" && !Array.isArray(s.example)) return structuredClone(s.example);
    const ap = s.additionalProperties;
    if (ap && typeof ap === "object" && (ap.type || ap.$ref)) return { example: valueFor(spec, ap, "value", opts) };
    return name.includes("metadata") ? { plan: "pro" } : {};
  }
  const required = new Set<string>(s.required ?? []);
  // `anyOf`/`oneOf` of constraint-only members (e.g. `required: [domain]` or `required: [domains]`):
  // satisfy the first one.
  for (const r of constraintMembers?.[0]?.required ?? []) required.add(r);
  const out: Record<string, unknown> = {};
  for (const [key, p] of props) {
    const ps = flatten(spec, p);
    const binary = ps?.type === "string" && ps.format === "binary";
    if (!required.has(key) && !binary && !(opts.full && opts.depth < 4)) continue;
    if (ps?.readOnly) continue;
    out[key] = valueFor(spec, p, key, { full: opts.full, depth: opts.depth + 1 });
  }
  return out;
}

/** Whether the generated function takes the body's fields side by side (else under `body`). */
export function bodyFieldsSideBySide(spec: any, op: any): boolean {
  const content = op.requestBody?.content;
  if (!content) return false;
  const media = Object.keys(content)[0]!;
  const s = flatten(spec, content[media].schema);
  if (!s?.properties || (s.type && s.type !== "object")) return false;
  const names = new Set<string>(["body", ...(op.parameters ?? []).map((p: any) => resolveRef(spec, p).name)]);
  return !Object.keys(s.properties).some((k) => names.has(k));
}

/** The request object for `fn(core, request)`. */
export function buildRequest(spec: any, op: any, variant: Variant): Record<string, unknown> {
  const full = variant === "full";
  const request: Record<string, unknown> = {};
  for (const raw of op.parameters ?? []) {
    const p = resolveRef(spec, raw);
    if (p.in !== "path" && p.in !== "query") continue;
    if (p.in === "query" && !p.required && !full) continue;
    const schema = p.example !== undefined ? { ...flatten(spec, p.schema), example: p.example } : p.schema;
    // `paginated: true` makes the API answer a `{ data, total_count }` envelope the spec does not
    // describe, so Prism (which serves the spec) cannot answer it; the envelope is tested on the
    // emulator and with real answers instead (test/core/paginate, test/corpus).
    request[p.name] = p.name === "paginated" ? false : valueFor(spec, schema, p.name, { full, depth: 0 });
  }
  const content = op.requestBody?.content;
  if (content) {
    const media = Object.keys(content)[0]!;
    const schema = content[media].example !== undefined ? { ...flatten(spec, content[media].schema), example: content[media].example } : content[media].schema;
    const body = valueFor(spec, schema, "body", { full, depth: 0 });
    if (bodyFieldsSideBySide(spec, op)) Object.assign(request, body);
    else request["body"] = body;
  }
  return request;
}
