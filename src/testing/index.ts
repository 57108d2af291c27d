// clerk-fn/testing: an in-memory Clerk Backend API for tests and demos, plugged in as `fetch`.
// Named re-exports only.
export { createClerkEmulator } from "./emulator.js";
export { emulatorHandler } from "./server.js";
export type {
  ClerkEmulator,
  ClerkEmulatorOptions,
  EmulatorEvent,
  EmulatorHandler,
  EmulatorRequest,
  RecordedRequest,
  SeedOrganization,
  SeedUser,
  SessionTokenOptions,
  SignedWebhook,
} from "./types.js";
export type { OAuthAccessTokenOptions } from "./machineTokens.js";
export type { BrowserSession, BrowserSessionOptions } from "./handshake.js";
