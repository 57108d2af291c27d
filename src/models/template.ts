// Generated from bapi-2026-05-12.yml (components/schemas/Template). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `Template` object of the Backend API. */
export interface Template {
  id?: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object?: "template" | (string & {});
  /** The ID of the instance to which the template belongs */
  instance_id?: string | null;
  /** whether this is a system (default) or user overridden) template */
  resource_type?: string;
  /** whether this is an email or SMS template */
  template_type?: string;
  /** user-friendly name of the template */
  name?: string;
  /** machine-friendly name of the template */
  slug?: string;
  /** position with the listing of templates */
  position?: number;
  /** whether this template can be reverted to the corresponding system default */
  can_revert?: boolean;
  /** whether this template can be deleted */
  can_delete?: boolean;
  /** whether the body of this template can be edited */
  can_edit_body?: boolean;
  /** whether this template can be enabled or disabled, true only for notification SMS templates */
  can_toggle?: boolean;
  /** email subject */
  subject?: string | null;
  /** the editor markup used to generate the body of the template */
  markup?: string;
  /** the template body before variable interpolation */
  body?: string;
  /** list of variables that are available for use in the template body */
  available_variables?: string[];
  /** list of variables that must be contained in the template body */
  required_variables?: string[];
  from_email_name?: string;
  reply_to_email_name?: string;
  delivered_by_clerk?: boolean;
  enabled?: boolean;
  flagged_as_suspicious?: boolean;
  /** Unix timestamp of last update. */
  updated_at?: number;
  /** Unix timestamp of creation. */
  created_at?: number;
}

/** Structural schema of {@link Template}: types, presence and nullability; unknown keys kept. */
export const Template: v.GenericSchema<unknown, Template> = /*#__PURE__*/ v.looseObject({
  id: v.exactOptional(v.string()),
  object: v.exactOptional(v.string()),
  instance_id: v.exactOptional(v.nullable(v.string())),
  resource_type: v.exactOptional(v.string()),
  template_type: v.exactOptional(v.string()),
  name: v.exactOptional(v.string()),
  slug: v.exactOptional(v.string()),
  position: v.exactOptional(v.number()),
  can_revert: v.exactOptional(v.boolean()),
  can_delete: v.exactOptional(v.boolean()),
  can_edit_body: v.exactOptional(v.boolean()),
  can_toggle: v.exactOptional(v.boolean()),
  subject: v.exactOptional(v.nullable(v.string())),
  markup: v.exactOptional(v.string()),
  body: v.exactOptional(v.string()),
  available_variables: v.exactOptional(v.array(v.string())),
  required_variables: v.exactOptional(v.array(v.string())),
  from_email_name: v.exactOptional(v.string()),
  reply_to_email_name: v.exactOptional(v.string()),
  delivered_by_clerk: v.exactOptional(v.boolean()),
  enabled: v.exactOptional(v.boolean()),
  flagged_as_suspicious: v.exactOptional(v.boolean()),
  updated_at: v.exactOptional(v.number()),
  created_at: v.exactOptional(v.number()),
});
