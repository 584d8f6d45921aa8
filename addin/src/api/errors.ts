/** Why a call to the API did not give an answer the pane can use, in terms a person can act on. */
export type ApiErrorKind =
  | 'offline' // the device has no network
  | 'unreachable' // the network is there but the API did not answer (down, DNS, timeout, CORS)
  | 'server' // the API answered 5xx
  | 'validation' // 400 with field errors
  | 'signed-out' // 401: no valid token; sign in again
  | 'consent' // the sign-in needs the user's (or an admin's) consent
  | 'forbidden' // 403
  | 'not-found'
  | 'conflict' // 409: the plan's state does not allow the action (changed elsewhere)
  | 'unexpected';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status = 0,
    /** Field path (as the server names it, e.g. `tags.goals[0]`) → messages; only for `validation`. */
    readonly fieldErrors: Readonly<Record<string, readonly string[]>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
