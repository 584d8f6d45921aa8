import { setTheme } from '@fluentui/web-components';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';

/**
 * Light or dark Fluent tokens: Office's theme when the host tells one, otherwise the system's preference
 * (followed live, for Outlook on the web and the try-out page).
 */
export function applyTheme(officePrefersDark: boolean | null): void {
  const query = window.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = (dark: boolean) => {
    setTheme(dark ? webDarkTheme : webLightTheme);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  };
  if (officePrefersDark !== null) {
    apply(officePrefersDark);
    return;
  }
  apply(query?.matches ?? false);
  query?.addEventListener('change', (e) => apply(e.matches));
}
