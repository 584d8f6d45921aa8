/**
 * Build-time settings (Vite `VITE_*` variables). The defaults suit the dev host: the API on the same origin and the
 * development identity. A production build sets VITE_AUTH=naa and the app registration (see vite.config.ts).
 */
export type AuthMode = 'development' | 'naa';

export interface PaneConfig {
  /** Base URL of the API without the trailing `/api`; empty means the origin that serves the pane. */
  apiBaseUrl: string;
  auth: AuthMode;
  /** The add-in's own Entra app registration (NAA). */
  clientId: string;
  authority: string;
  /** The API's delegated scope, `api://<api-client-id>/access_as_user`. */
  apiScope: string;
  /** Dev builds only: accept a simulated Office mailbox when the pane is not inside Outlook (the try-out page). */
  allowSimulatedMailbox: boolean;
}

const env = import.meta.env;

export const config: PaneConfig = {
  apiBaseUrl: (env.VITE_API_BASE_URL ?? '').replace(/\/+$/, ''),
  auth: env.VITE_AUTH === 'naa' ? 'naa' : 'development',
  clientId: env.VITE_CLIENT_ID ?? '',
  authority: env.VITE_AUTHORITY ?? 'https://login.microsoftonline.com/common',
  apiScope: env.VITE_API_SCOPE ?? (env.VITE_API_CLIENT_ID ? `api://${env.VITE_API_CLIENT_ID}/access_as_user` : ''),
  allowSimulatedMailbox: env.VITE_AUTH !== 'naa',
};
