import type { FieldSpec } from "./encoding.js";

/**
 * Turns the request fields of an operation into a body and its Content-Type. The body type is
 * spelled through `RequestInit` (global in both the DOM lib and @types/node) rather than the
 * DOM-only `BodyInit`, so the published .d.ts compile without the DOM lib.
 */
export type BodyEncoder = (input: Record<string, unknown>, spec: FieldSpec) => Promise<readonly [NonNullable<RequestInit["body"]>, string]>;

/**
 * `multipart/form-data` for the upload operations: Blobs as file parts, other values as strings.
 * Its own module, named by the three upload operations only, so no other function carries it.
 * Sent as bytes, not as the FormData: Node's fetch (undici) raises an unhandled rejection (which
 * ends a Node process) when a FormData-backed body is cancelled before it is read, and ky cancels
 * it when an attempt fails before sending (e.g. a throwing beforeRequest hook).
 */
export const multipart: BodyEncoder = async (input, spec) => {
  const form = new FormData();
  for (const key in spec) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(key, value, (value as File).name || "upload");
    else form.append(key, typeof value === "string" ? value : JSON.stringify(value));
  }
  const encoded = new Response(form);
  // Read the type (with its boundary) before the body: Bun drops the header once it is read.
  const type = encoded.headers.get("Content-Type");
  if (!type) throw new TypeError("this runtime gave no multipart boundary");
  return [await encoded.arrayBuffer(), type];
};
