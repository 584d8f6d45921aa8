import '@fluentui/web-components/button.js';
import '@fluentui/web-components/badge.js';
import '@fluentui/web-components/checkbox.js';
import '@fluentui/web-components/dropdown.js';
import '@fluentui/web-components/listbox.js';
import '@fluentui/web-components/option.js';
import '@fluentui/web-components/message-bar.js';
import '@fluentui/web-components/spinner.js';
import '@fluentui/web-components/switch.js';
import '@fluentui/web-components/text-input.js';
import '@fluentui/web-components/textarea.js';
import './styles.css';
import { App } from './app';
import { createApiClient } from './api/client';
import { createTokenProvider } from './auth/token-provider';
import { config } from './config';
import { connectToHost } from './mailbox/office-host';
import { applyTheme } from './ui/theme';
import { describeProblem } from './ui/errors';

performance.mark('followup:script-start');

async function main() {
  const view = document.getElementById('view')!;
  try {
    const host = await connectToHost(config.allowSimulatedMailbox);
    applyTheme(host.prefersDark);
    const api = createApiClient({ baseUrl: config.apiBaseUrl, getToken: createTokenProvider(config) });
    const app = new App(
      {
        view,
        status: document.getElementById('status')!,
        prospect: document.getElementById('prospect')!,
        notice: document.getElementById('notice')!,
      },
      host.mailbox,
      api,
    );
    await app.start();
  } catch (e) {
    // Last resort: never leave the pane blank.
    const p = describeProblem(e);
    view.textContent = `${p.title}. ${p.message}`;
    view.removeAttribute('aria-busy');
  }
}

void main();
