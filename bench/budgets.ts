// The size budgets (bench/budgets.json): gzip bytes an app may reach. Each is set at what the code
// reaches, rounded up a little, and only ever lowered (`npm run bench:size -- --tighten-budgets`).
// `caps` are hard ceilings from issue 6 that a budget may never exceed; `goals` are where we want
// to be. test/bench/size-budget.test.ts fails when an app is over its budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./bundle.js";

export type BudgetKey =
  | "usersList"
  | "verifyToken+jwtKey"
  | "authenticateRequest"
  | "authenticateRequest+handshake"
  | "verifyWebhook"
  | "maxSingleFunction"
  /** The usersList app built with chunk splitting: the code that loads eagerly (ky is lazy). */
  | "usersListEager";

export interface Budgets {
  readonly note?: string;
  readonly gzip: Record<BudgetKey, number>;
  readonly caps: Partial<Record<BudgetKey, number>>;
  readonly goals: Partial<Record<BudgetKey, number>>;
  /** Budgets knowingly above their cap, each with the reason; the test fails once one is met. */
  readonly overCap?: Partial<Record<BudgetKey, string>>;
  /** Budgets raised, each with when, from what to what, and why. */
  readonly raised?: Partial<Record<BudgetKey, string>>;
}

export interface BudgetRow {
  readonly key: BudgetKey;
  readonly measured: number | undefined;
  /** The checked budget: min(budget in the file, cap). */
  readonly budget: number;
  readonly cap: number | undefined;
  readonly goal: number | undefined;
  readonly ok: boolean;
}

export function readBudgets(): Budgets {
  return JSON.parse(readFileSync(join(ROOT, "bench", "budgets.json"), "utf8")) as Budgets;
}

/** What a budget is set to from a measurement: +1.5 %, rounded up to the next 64 bytes. */
export function roundBudget(measured: number): number {
  return Math.ceil((measured * 1.015) / 64) * 64;
}

export function checkBudgets(budgets: Budgets, measured: Partial<Record<BudgetKey, number | undefined>>): BudgetRow[] {
  return (Object.keys(budgets.gzip) as BudgetKey[]).map((key) => {
    const cap = budgets.caps[key];
    const budget = budgets.overCap?.[key] ? budgets.gzip[key] : Math.min(budgets.gzip[key], cap ?? Infinity);
    const m = measured[key];
    return { key, measured: m, budget, cap, goal: budgets.goals[key], ok: m === undefined || m <= budget };
  });
}
