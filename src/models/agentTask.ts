// Generated from bapi-2026-05-12.yml (components/schemas/AgentTask). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link AgentTask}: types, presence and nullability; unknown keys kept. */
export const AgentTask: s.Shape<AgentTask> = /*#__PURE__*/ s.looseObject({
  object: s.string,
  agent_id: s.string,
  agent_task_id: s.string,
  task_id: s.string,
  url: s.exactOptional(s.string),
});
