// Where `npm start` runs: the in-memory emulator without a key, your instance with one, and never
// a production instance by accident. A `CLERK_SECRET_KEY=sk_live_…` left in a shell would
// otherwise create and delete users on production, so a live key needs an explicit yes.

export type DemoTarget =
  | { readonly kind: "emulator" }
  | { readonly kind: "instance"; readonly secretKey: string; readonly live: boolean }
  | { readonly kind: "refused"; readonly message: string };

/** The flag and the variable that say "yes, run on production". */
export const ALLOW_LIVE_FLAG = "--live";
export const ALLOW_LIVE_ENV = "CLERK_DEMO_ALLOW_LIVE";

/** Decides from the environment and the command line; reads nothing else. */
export function demoTarget(env: Readonly<Record<string, string | undefined>>, argv: readonly string[]): DemoTarget {
  const secretKey = env.CLERK_SECRET_KEY?.trim();
  if (!secretKey) return { kind: "emulator" };
  const live = secretKey.startsWith("sk_live_");
  if (live && !argv.includes(ALLOW_LIVE_FLAG) && env[ALLOW_LIVE_ENV] !== "1") {
    return {
      kind: "refused",
      message: [
        "CLERK_SECRET_KEY is a production key (sk_live_…): the demo creates and deletes users and an organization,",
        "so it does not run on a production instance unless asked. Either:",
        "  - unset CLERK_SECRET_KEY to run on the in-memory emulator (no account, no network),",
        "  - use a development key (sk_test_…), or",
        `  - run \`npm start -- ${ALLOW_LIVE_FLAG}\` (or set ${ALLOW_LIVE_ENV}=1) to run on production anyway.`,
      ].join("\n"),
    };
  }
  return { kind: "instance", secretKey, live };
}
