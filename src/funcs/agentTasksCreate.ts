// Generated from bapi-2026-05-12.yml (CreateAgentTask). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { AgentTask } from "../models/agentTask.js";

/** The request of {@link agentTasksCreate}: path, query and body keys by their wire names. */
export interface AgentTasksCreateRequest {
  /**
   * Identifies the user on whose behalf the agent task is created.
   * Exactly one of user_id or identifier must be provided.
   */
  on_behalf_of: {
    /** The ID of the user. */
    user_id?: string;
    /** A verified identifier (e.g. email address) belonging to the user. */
    identifier?: string;
  };
  /** The permissions granted to the agent task. Must be "*" (all permissions). */
  permissions: "*";
  /**
   * A name identifying the agent. Used to derive a stable agent_id per instance.
   * Logged for audit purposes.
   */
  agent_name: string;
  /** A description of the task being performed. Logged for audit purposes. */
  task_description: string;
  /**
   * The URL the user is redirected to after the agent task is accepted.
   * Must be a valid absolute URL with an `https` scheme in production instances.
   * In development instances, `http` is also permitted.
   * The URL's domain must belong to one of the instance's associated domains
   * (primary or satellite); otherwise the redirect will be rejected when the
   * task ticket is consumed.
   */
  redirect_url: string;
  /**
   * The maximum duration that the session which will be created by the generated agent task should last.
   * By default, the duration of a session created via an agent task lasts 30 minutes.
   */
  session_max_duration_in_seconds?: number;
}

const op: Operation<AgentTask> = {
  id: "CreateAgentTask",
  method: "POST",
  path: "/agents/tasks",
  body: { on_behalf_of: "o!", permissions: "s!", agent_name: "s!", task_description: "s!", redirect_url: "s!", session_max_duration_in_seconds: "i" },
  response: AgentTask,
};

/**
 * Create agent task
 *
 * Create an agent task on behalf of a user.
 * The response contains a URL that, when visited, creates a session for the user.
 * The agent_id is stable per agent_name within an instance. The agent_task_id is unique per call.
 *
 * `POST /agents/tasks` · documented errors: 400, 404, 422
 */
export function agentTasksCreate(
  core: ClerkCore,
  request: AgentTasksCreateRequest,
  options?: CallOptions,
): Promise<Result<AgentTask, CallError<400 | 404 | 422>>> {
  return call(core, op, request, options);
}
