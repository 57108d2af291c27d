/** A successful outcome. */
export type Ok<T> = { readonly ok: true; readonly value: T };
/** A failed outcome: the error is a value, never thrown. */
export type Err<E> = { readonly ok: false; readonly error: E };
/** What every public function of clerk-fn returns instead of throwing. */
export type Result<T, E> = Ok<T> | Err<E>;

/** Wrap a value as a successful Result. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Wrap an error as a failed Result. */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * For callers who prefer exceptions: the value of a successful Result, or its error thrown.
 * This is the one place clerk-fn throws, and only because the caller asked for it.
 */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw result.error;
}
