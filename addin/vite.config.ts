import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const OFFICE_JS_DIST = resolve(import.meta.dirname, 'node_modules/@microsoft/office-js/dist');
const LOCAL_OFFICE_JS = 'office-js/office.js';

/**
 * office.js: production builds point at Microsoft's CDN (VITE_OFFICE_JS_URL), as Outlook expects; dev builds serve the
 * copy from the @microsoft/office-js package next to the pane (the Outlook files, locale strings; no debug builds).
 */
function officeJs(url: string, allowTryout: boolean): Plugin {
  // office.js blanks a page framed by a plain browser page (anti-framing) unless `OsfOptOut` is set. Dev builds set
  // it only when the same-origin parent is the try-out page with its simulated mailbox; inside Outlook the parent is
  // another origin, reading it throws, and office.js behaves as usual.
  const optOut = allowTryout
    ? '<script>try { if (window.top !== window.self && window.parent.__followUpSimulatedOffice) window.OsfOptOut = true; } catch (e) {}</script>\n    '
    : '';
  return {
    name: 'office-js',
    transformIndexHtml: (html) => html.replace('<script src="%OFFICE_JS_URL%"></script>', `${optOut}<script src="${url}"></script>`),
    writeBundle(options) {
      if (url !== LOCAL_OFFICE_JS) return;
      const out = join(options.dir ?? 'dist', 'office-js');
      mkdirSync(out, { recursive: true });
      for (const name of readdirSync(OFFICE_JS_DIST)) {
        const source = join(OFFICE_JS_DIST, name);
        if (statSync(source).isDirectory()) {
          cpSync(source, join(out, name), { recursive: true, filter: (f) => !f.endsWith('.debug.js') });
        } else if (/^(office|es6-promise|o15apptofilemappingtable|outlook[\w.-]*)\.js$/.test(name) && !name.endsWith('.debug.js')) {
          cpSync(source, join(out, name));
        }
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, 'VITE_');
  const production = env.VITE_AUTH === 'naa';
  if (production && (!env.VITE_CLIENT_ID || !(env.VITE_API_SCOPE || env.VITE_API_CLIENT_ID))) {
    throw new Error('VITE_AUTH=naa needs VITE_CLIENT_ID and VITE_API_SCOPE (or VITE_API_CLIENT_ID).');
  }
  const officeJsUrl = env.VITE_OFFICE_JS_URL || LOCAL_OFFICE_JS;
  return {
    base: './',
    plugins: [officeJs(officeJsUrl, !production)],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      rollupOptions: {
        input: {
          taskpane: resolve(import.meta.dirname, 'taskpane.html'),
          // A page of its own, so the charts do not weigh on the pane.
          insights: resolve(import.meta.dirname, 'insights.html'),
          // The try-out page uses a simulated mailbox: dev builds only.
          ...(production ? {} : { tryout: resolve(import.meta.dirname, 'tryout/index.html') }),
        },
      },
    },
    test: {
      include: ['src/**/*.test.ts', 'manifest/**/*.test.ts'],
      environment: 'node',
    },
  };
});
