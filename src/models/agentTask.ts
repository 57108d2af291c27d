// Generated from bapi-2026-05-12.yml (components/schemas/AgentTask). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `AgentTask` object of the Backend API. */
export interface AgentTask {
  object: "agent_task" | (string & {});
  /** A stable identifier for the agent, unique per agent_name within an instance. */
  agent_id: string;
  /** A unique identifier for this agent task. */
  agent_task_id: string;
  /**
   * A unique identifier for this agent task. Deprecated: use agent_task_id instead.
   *
   * @deprecated
   */
  task_id: string;
  /** The URL that, when visited, creates a session for the user. Only present in the response to a create request. */
  url?: string;
}

/** Structural schema of {@link AgentTask}: types, presence and nullability; unknown keys kept. */
export const AgentTask: v.GenericSchema<unknown, AgentTask> = /*#__PURE__*/ v.looseObject({
  object: v.string(),
  agent_id: v.string(),
  agent_task_id: v.string(),
  task_id: v.string(),
  url: v.exactOptional(v.string()),
});
