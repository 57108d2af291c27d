// Shared setup for the emulator tests: an emulator, a core on it, a controllable clock, and
// small assertions for Results. Everything goes through the SDK's public functions.
import { expect } from "vitest";
import { ClerkCore, type ClerkCoreOptions } from "../../src/core/index.js";
import type { APIError, Result } from "../../src/core/index.js";
import { createClerkEmulator, type ClerkEmulator, type ClerkEmulatorOptions } from "../../src/testing/index.js";

/** A clock that moves one second per reading, so every record gets its own `created_at`. */
export function tickingClock(start = Date.UTC(2026, 0, 15, 12, 0, 0)): () => number {
  let t = start;
  return () => (t += 1000);
}

/** An emulator and a core that talks to it (retries off unless asked, so error tests stay fast). */
export function setup(
  options: ClerkEmulatorOptions = {},
  coreOptions: Omit<ClerkCoreOptions, "fetch"> = {},
): { emulator: ClerkEmulator; core: ClerkCore } {
  const emulator = createClerkEmulator(options);
  const core = new ClerkCore({ secretKey: emulator.secretKey, retry: false, responseValidation: "strict", ...coreOptions, fetch: emulator.fetch });
  return { emulator, core };
}

/** The value of a successful Result; fails the test with the error otherwise. */
export function ok<T>(result: Result<T, unknown>): T {
  if (!result.ok) expect.fail(`expected ok, got ${String((result.error as Error)?.message ?? result.error)}`);
  return result.value;
}

/** The API error of a failed Result; fails the test for success or any other error kind. */
export function apiError(result: Result<unknown, { kind: string }>): APIError {
  if (result.ok) return expect.fail("expected an api error, got ok");
  if (result.error.kind !== "api") return expect.fail(`expected an api error, got ${result.error.kind}: ${String(result.error)}`);
  return result.error as APIError;
}
