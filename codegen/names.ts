// Every name the generator gives: functions, type identifiers and model file names. One word
// splitter for both specs, so `SAMLConnection`, `user.created` and `verification_otp` are cut the
// same way everywhere.

/** Words of an identifier or a label: separators, case changes and digits split. `SAMLConnection` → SAML, Connection. */
export function words(s: string): string[] {
  return s.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+/g) ?? [];
}

const upperFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * PascalCase identifier that keeps each part's own casing: `user.created` → `UserCreated`,
 * `SAMLAccount` stays, `CommercePlan-2` → `CommercePlan2` (the spec's names become type names).
 */
export function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(upperFirst)
    .join("");
}

/** camelCase of words, acronyms lowered whole when first: `SAMLConnection` → `samlConnection`. */
export function camel(s: string): string {
  return words(s)
    .map((w, i) => (i === 0 ? w.toLowerCase() : upperFirst(w)))
    .join("");
}

/**
 * camelCase of a label split at separators only, so the spec's own camelCase groups keep their
 * casing (`emailSMSTemplates`, `m2m`) while tags become camelCase (`API Keys` → `apiKeys`).
 */
export function camelLabel(s: string): string {
  return s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 ? upperFirst(w) : w === w.toUpperCase() ? w.toLowerCase() : w[0]!.toLowerCase() + w.slice(1)))
    .join("");
}

/** The model module of a component: camelCase of its words (`JWTTemplate` → `jwtTemplate`). */
export function fileName(typeName: string): string {
  return camel(typeName);
}

const singular = (w: string): string => w.toLowerCase().replace(/s$/, "");

/**
 * The verb of an operation without the group's noun in it: the operationId's words minus the
 * longest run that spells the group (or its leading words), e.g. `createApiKey` under `API Keys`
 * → `create`, `GetInstanceProtect` under `Instance Settings` → `GetProtect`. A bare `get` of the
 * whole plural group is a list (`getApiKeys` → `list`).
 */
export function verbWithoutGroup(operationId: string, group: string): string {
  const verb = words(operationId);
  const noun = words(group).map(singular);
  let best = { at: -1, length: 0 };
  for (let at = 1; at < verb.length; at++) {
    let n = 0;
    while (n < noun.length && at + n < verb.length && singular(verb[at + n]!) === noun[n]) n++;
    if (n > best.length) best = { at, length: n };
  }
  if (best.length === 0) return operationId;
  const last = verb[best.at + best.length - 1]!;
  const rest = [...verb.slice(0, best.at), ...verb.slice(best.at + best.length)];
  if (rest.length === 1 && rest[0]!.toLowerCase() === "get" && best.length === noun.length && /s$/.test(last)) return "list";
  return rest.map((w, i) => (i === 0 ? w : upperFirst(w))).join("");
}

/**
 * `<group><NameOverride>` from the Speakeasy extensions; without them `<tag><verb>` with the
 * group's noun taken out of the verb (DESIGN.md: `apiKeysCreate`, never `apiKeysCreateApiKey`).
 */
export function functionName(op: { operationId: string; tags?: string[]; "x-speakeasy-group"?: string; "x-speakeasy-name-override"?: string }): string {
  const group = op["x-speakeasy-group"];
  const override = op["x-speakeasy-name-override"];
  if (group && override) return camelLabel(group) + upperFirst(override);
  const tag = op.tags?.[0] ?? "misc";
  return camelLabel(tag) + upperFirst(verbWithoutGroup(op.operationId, tag));
}

/** A valid unquoted property key, or the JSON-quoted one. */
export function propKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
