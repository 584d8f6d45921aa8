import type { PaneConfig } from '../config';
import { ApiError } from '../api/errors';

/** Gives the API client an access token, or null where the API takes the development identity (the dev host). */
export type TokenProvider = () => Promise<string | null>;

export function createTokenProvider(config: PaneConfig): TokenProvider {
  if (config.auth === 'development') return async () => null;
  if (!config.clientId || !config.apiScope) {
    return async () => {
      throw new ApiError('unexpected', 'This build of Follow-Up has no sign-in settings (client id and API scope). Tell your administrator.');
    };
  }
  // MSAL is loaded only by builds that sign in, and only when the first call needs a token.
  let provider: Promise<TokenProvider> | null = null;
  return async () => {
    provider ??= import('./naa').then((m) => m.createNaaTokenProvider(config));
    return (await provider)();
  };
}
