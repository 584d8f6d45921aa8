import { createNestablePublicClientApplication, type IPublicClientApplication, type Configuration } from '@azure/msal-browser';
import type { PaneConfig } from '../config';
import { ApiError } from '../api/errors';
import type { TokenProvider } from './token-provider';

/** The bits of MSAL this module uses; tests pass a stub. */
export type CreateClient = (configuration: Configuration) => Promise<Pick<IPublicClientApplication, 'acquireTokenSilent' | 'acquireTokenPopup'>>;

/**
 * Nested App Authentication: Outlook brokers the sign-in, so the rep is not asked again. Silent first (the host's
 * account and cached tokens), then a popup when Entra wants an interaction (first consent, MFA, expired session).
 */
export function createNaaTokenProvider(
  config: Pick<PaneConfig, 'clientId' | 'authority' | 'apiScope'>,
  create: CreateClient = createNestablePublicClientApplication,
): TokenProvider {
  let client: ReturnType<CreateClient> | null = null;
  const request = { scopes: [config.apiScope] };

  return async () => {
    client ??= create({ auth: { clientId: config.clientId, authority: config.authority } });
    let app: Awaited<ReturnType<CreateClient>>;
    try {
      app = await client;
    } catch {
      client = null;
      throw new ApiError('signed-out', 'Sign-in is not available in this Outlook. Update Outlook or use Outlook on the web.');
    }
    try {
      return (await app.acquireTokenSilent(request)).accessToken;
    } catch {
      // Fall through to an interactive sign-in.
    }
    try {
      return (await app.acquireTokenPopup(request)).accessToken;
    } catch (e) {
      throw toAuthError(e);
    }
  };
}

export function toAuthError(e: unknown): ApiError {
  const code = (e as { errorCode?: string } | null)?.errorCode ?? '';
  const message = e instanceof Error ? e.message : '';
  if (code === 'consent_required' || /AADSTS65001|consent/i.test(message)) {
    return new ApiError('consent', 'Follow-Up needs your permission (or your administrator\'s) to act for you. Select "Sign in" and accept, or ask your administrator to grant consent.');
  }
  if (code === 'popup_window_error' || code === 'empty_window_error') {
    return new ApiError('signed-out', 'The sign-in window was blocked. Allow pop-ups for Outlook, then select "Sign in".');
  }
  return new ApiError('signed-out', 'You are not signed in to Follow-Up. Select "Sign in" to continue.');
}
