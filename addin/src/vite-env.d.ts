/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_AUTH?: string;
  readonly VITE_CLIENT_ID?: string;
  readonly VITE_AUTHORITY?: string;
  readonly VITE_API_SCOPE?: string;
  readonly VITE_API_CLIENT_ID?: string;
  readonly VITE_OFFICE_JS_URL?: string;
}
