// Generated from bapi-2026-05-12.yml (RevokeAgentTask). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { AgentTask } from "../models/agentTask.js";

/** The request of {@link agentTasksRevoke}: path, query and body keys by their wire names. */
export interface AgentTasksRevokeRequest {
  /** The ID of the agent task to be revoked. */
  agent_task_id: string;
}

const op: Operation<AgentTask> = {
  id: "RevokeAgentTask",
  method: "POST",
  path: "/agents/tasks/{agent_task_id}/revoke",
  response: AgentTask,
};

/**
 * Revoke agent task
 *
 * Revokes a pending agent task.
 *
 * `POST /agents/tasks/{agent_task_id}/revoke` · documented errors: 400, 404
 */
export function agentTasksRevoke(
  core: ClerkCore,
  request: AgentTasksRevokeRequest,
  options?: CallOptions,
): Promise<Result<AgentTask, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
