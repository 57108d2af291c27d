import type { Issue } from "./errors.js";

/**
 * A request field's type in one short code, so generated operations stay declarations and the
 * checks live once, here: `s` string, `i` integer, `n` number, `b` boolean, `o` object,
 * `a` array, `s[]` string array (query: the key repeats), `s[],` string array joined by commas,
 * `f` Blob/File, `x` anything. A trailing `!` means required, `?` means `null` is allowed.
 */
export type FieldCode = string;
/** Field name → type code. */
export type FieldSpec = Readonly<Record<string, FieldCode>>;

/** Checks one value against its code; returns a message when it does not fit. */
export function checkField(value: unknown, code: FieldCode): string | undefined {
  if (value === null) return code.includes("?") ? undefined : "must not be null";
  // URLSearchParams and TextEncoder silently turn a lone surrogate into U+FFFD: refused instead,
  // as in a path param.
  if ((Array.isArray(value) ? value : [value]).some((v) => typeof v === "string" && /\p{Cs}/u.test(v))) {
    return "must be well-formed Unicode (no lone surrogate)";
  }
  const t = code.replace(/[!?]/g, "");
  const fits =
    t === "s" ? typeof value === "string"
    : t === "i" ? Number.isSafeInteger(value)
    : t === "n" ? Number.isFinite(value)
    : t === "b" ? typeof value === "boolean"
    : t === "o" ? isPlainObject(value)
    : t === "a" ? Array.isArray(value)
    : t.startsWith("s[]") ? Array.isArray(value) && value.every((v) => typeof v === "string")
    : t === "f" ? typeof Blob !== "undefined" && value instanceof Blob
    : true;
  return fits ? undefined : `must be ${NAMES[t]}`;
}

const NAMES: Readonly<Record<string, string>> = {
  s: "a string",
  i: "an integer",
  n: "a finite number",
  b: "a boolean",
  o: "an object",
  a: "an array",
  "s[]": "an array of strings",
  "s[],": "an array of strings",
  f: "a Blob or File",
};

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Validates the fields of `spec` found in `request`, adding issues for missing required ones. */
export function checkFields(request: Record<string, unknown>, spec: FieldSpec | undefined, issues: Issue[]): void {
  if (!spec) return;
  for (const key in spec) {
    const code = spec[key]!;
    const value = request[key];
    if (value === undefined) {
      if (code.includes("!")) issues.push({ path: [key], message: "is required" });
      continue;
    }
    const problem = checkField(value, code);
    if (problem) issues.push({ path: [key], message: problem });
  }
}

/**
 * Fills a path template. Path params must be non-empty strings; `.` and `..` are refused
 * because URL normalisation would turn `/users/..` into another endpoint.
 */
export function fillPath(template: string, request: Record<string, unknown>, issues: Issue[]): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = request[name];
    if (typeof value !== "string" || value.trim() === "" || value === "." || value === "..") {
      issues.push({
        path: [name],
        message: value === undefined ? "is required" : typeof value !== "string" ? "must be a string" : "must not be empty, '.' or '..'",
      });
      return "";
    }
    try {
      return encodeURIComponent(value);
    } catch {
      // A lone surrogate makes encodeURIComponent throw (URIError); refuse it like any bad value.
      issues.push({ path: [name], message: "must be well-formed Unicode" });
      return "";
    }
  });
}

/**
 * Encodes query parameters as the API expects: arrays repeat the key (`a=1&a=2`) unless the
 * spec says `explode: false` (`a=1,2`), booleans as `true`/`false`, numbers in decimal.
 */
export function encodeQuery(request: Record<string, unknown>, spec: FieldSpec | undefined, extra?: Readonly<Record<string, unknown>>): string {
  const params = new URLSearchParams();
  const add = (key: string, value: unknown, joined?: boolean): void => {
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) params.append(key, String(value));
    else if (joined) params.append(key, value.join(","));
    else for (const item of value) params.append(key, String(item));
  };
  for (const key in spec) add(key, request[key], spec[key]!.startsWith("s[],"));
  for (const key in extra) add(key, extra[key]);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Milliseconds from a `Retry-After` header (delay-seconds or HTTP-date), if it has one. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
