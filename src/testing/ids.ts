// Ids and the clock of one emulator. Clerk's ids are a type prefix and 27 base62 characters
// (`user_2x…`); ours have the same shape so code that checks the format still works.

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ID_LENGTH = 27;

/** Makes a fresh id for a prefix, e.g. `newId("user")` → `user_…`. */
export type IdGenerator = (prefix: string) => string;

/**
 * Random ids by default; with a `seed`, the same sequence of ids on every run (and after every
 * `reset()`), so snapshot tests stay stable.
 */
export function idGenerator(seed?: number): IdGenerator {
  const next = seed === undefined ? randomByte : seededBytes(seed);
  return (prefix) => {
    let suffix = "";
    // 248 is the largest multiple of 62 below 256: rejecting bytes above it keeps every
    // character equally likely (no modulo bias), which matters only for realism, not security.
    while (suffix.length < ID_LENGTH) {
      const byte = next();
      if (byte < 248) suffix += BASE62[byte % 62];
    }
    return `${prefix}_${suffix}`;
  };
}

function randomByte(): number {
  return crypto.getRandomValues(new Uint8Array(1))[0]!;
}

/** mulberry32: tiny, fast and good enough for reproducible test ids (not for secrets). */
export function seededBytes(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  };
}

/** 32 lowercase hex digits, the form of Clerk's `clerk_trace_id`. */
export function traceId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
