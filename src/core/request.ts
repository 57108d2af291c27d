/** The request of an operation that takes no parameters: omit it, or pass `{}`. */
export type EmptyRequest = Record<string, never>;
