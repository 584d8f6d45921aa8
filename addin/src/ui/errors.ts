import { ApiError, isApiError } from '../api/errors';

export interface Problem {
  title: string;
  message: string;
  /** The button that fixes it, if the pane can do something. */
  action: 'retry' | 'sign-in' | null;
}

/** Any failure → what the rep reads and can do about it. Never a blank pane. */
export function describeProblem(error: unknown): Problem {
  const e: ApiError = isApiError(error) ? error : new ApiError('unexpected', 'Something went wrong in the pane. Try again.');
  switch (e.kind) {
    case 'offline':
      return { title: 'You are offline', message: e.message, action: 'retry' };
    case 'unreachable':
      return { title: 'Follow-Up service unreachable', message: e.message, action: 'retry' };
    case 'server':
      return { title: 'Follow-Up service problem', message: e.message, action: 'retry' };
    case 'signed-out':
      return { title: 'Sign-in needed', message: e.message, action: 'sign-in' };
    case 'consent':
      return { title: 'Permission needed', message: e.message, action: 'sign-in' };
    case 'forbidden':
      return { title: 'Not allowed', message: e.message, action: null };
    case 'validation':
      return { title: 'Check the highlighted fields', message: e.message, action: null };
    case 'conflict':
      return { title: 'The plan changed meanwhile', message: `${e.message} Reload to see where it stands.`, action: 'retry' };
    case 'not-found':
      return { title: 'Not found', message: 'This plan no longer exists. It may have been removed.', action: 'retry' };
    default:
      return { title: 'Something went wrong', message: e.message, action: 'retry' };
  }
}
