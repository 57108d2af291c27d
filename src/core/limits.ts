// Its own module: src/auth reads it without taking options.ts's check tables into its bundles.

/** `maxResponseBytes` when neither the call nor the core sets it: 16 MiB, ~15× the largest page (500 users, ~1.1 MB). */
export const MAX_RESPONSE_BYTES: number = 16 * 1024 * 1024;
