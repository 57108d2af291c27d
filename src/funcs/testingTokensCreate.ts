// Generated from bapi-2026-05-12.yml (CreateTestingToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import type { EmptyRequest } from "../core/request.js";
import { TestingToken } from "../models/testingToken.js";

const op: Operation<TestingToken> = {
  id: "CreateTestingToken",
  method: "POST",
  path: "/testing_tokens",
  response: TestingToken,
};

/**
 * Retrieve a new testing token
 *
 * Retrieve a new testing token.
 *
 * `POST /testing_tokens`
 */
export function testingTokensCreate(
  core: ClerkCore,
  request?: EmptyRequest,
  options?: CallOptions,
): Promise<Result<TestingToken, CallError<never>>> {
  return call(core, op, request, options);
}
