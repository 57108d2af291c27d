// Generated from bapi-2026-05-12.yml (components/schemas/Template). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link Template}: types, presence and nullability; unknown keys kept. */
export const Template: s.Shape<Template> = /*#__PURE__*/ s.looseObject({
  id: s.exactOptional(s.string),
  object: s.exactOptional(s.string),
  instance_id: s.exactOptional(s.nullable(s.string)),
  resource_type: s.exactOptional(s.string),
  template_type: s.exactOptional(s.string),
  name: s.exactOptional(s.string),
  slug: s.exactOptional(s.string),
  position: s.exactOptional(s.number),
  can_revert: s.exactOptional(s.boolean),
  can_delete: s.exactOptional(s.boolean),
  can_edit_body: s.exactOptional(s.boolean),
  can_toggle: s.exactOptional(s.boolean),
  subject: s.exactOptional(s.nullable(s.string)),
  markup: s.exactOptional(s.string),
  body: s.exactOptional(s.string),
  available_variables: s.exactOptional(s.array(s.string)),
  required_variables: s.exactOptional(s.array(s.string)),
  from_email_name: s.exactOptional(s.string),
  reply_to_email_name: s.exactOptional(s.string),
  delivered_by_clerk: s.exactOptional(s.boolean),
  enabled: s.exactOptional(s.boolean),
  flagged_as_suspicious: s.exactOptional(s.boolean),
  updated_at: s.exactOptional(s.number),
  created_at: s.exactOptional(s.number),
});
