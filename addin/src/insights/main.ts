import '@fluentui/web-components/button.js';
import '@fluentui/web-components/spinner.js';
import '../styles.css';
import './insights.css';
import { createApiClient } from '../api/client';
import { createTokenProvider } from '../auth/token-provider';
import { config } from '../config';
import { describeProblem } from '../ui/errors';
import { applyTheme } from '../ui/theme';
import { InsightsPage } from './insights-page';

/** The insights page: a browser tab of its own (opened from the pane), signed in the same way as the pane. */
async function main() {
  const view = document.getElementById('view')!;
  try {
    applyTheme(null);
    const api = createApiClient({ baseUrl: config.apiBaseUrl, getToken: createTokenProvider(config) });
    await new InsightsPage({
      view,
      status: document.getElementById('status')!,
      totals: document.getElementById('totals')!,
      from: document.getElementById('from') as HTMLSelectElement,
      to: document.getElementById('to') as HTMLSelectElement,
    }, api).start();
  } catch (e) {
    // Last resort: never leave the page blank.
    const p = describeProblem(e);
    view.textContent = `${p.title}. ${p.message}`;
    view.removeAttribute('aria-busy');
  }
}

void main();
