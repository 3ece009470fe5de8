/**
 * Expected business outcomes ("this class is uninsurable", "this posting would overdraw the escrow")
 * are returned as values, not thrown: the server maps each `code` to a problem+json `type` URI and
 * the caller can branch exhaustively. Only misconfiguration (an unknown rule key) throws.
 */

/** Every returned error has a stable `code` and a message saying what failed, what was expected and what to do. */
export interface EngineError<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
}

/** Success with a value, or a typed error. */
export type Result<T, E extends EngineError = EngineError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failed {@link Result}. */
export function err<E extends EngineError>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
