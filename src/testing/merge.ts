// Metadata merge as the Backend API documents it for `PATCH …/metadata`: a deep merge where
// nested objects merge too and a key set to `null` is removed, at any level.

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** Is `value` a plain JSON object (not an array, not null)? */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns a new object: `patch` deep-merged into `base`; `null` deletes; arrays are replaced. */
export function deepMerge(base: JsonObject, patch: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (isObject(value) && isObject(out[key])) out[key] = deepMerge(out[key] as JsonObject, value);
    else out[key] = isObject(value) ? deepMerge({}, value) : structuredClone(value);
  }
  return out;
}
