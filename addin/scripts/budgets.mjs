// `npm run budgets`: the task pane's JS and CSS size (gzip, without office.js) and the time from navigation to an
// interactive form in headless Chromium (median of several runs), against the dev host or the API stand-in.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launchChromium, startServer } from '../test/servers.mjs';

const RUNS = Number(process.env.BUDGET_RUNS ?? 7);
const BUNDLE_BUDGET_KB = 150;
const INTERACTIVE_BUDGET_MS = 1000;

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

// The pane's own files: what taskpane.html references, plus the chunks it loads lazily (sign-in).
const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const lazy = readdirSync(join(DIST, 'assets')).filter((f) => /^naa-.*\.js$/.test(f)).map((f) => `assets/${f}`);
const sum = (files, ext) => files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gz(f), 0);
const js = sum(initial, '.js');
const css = sum(initial, '.css');
const lazyJs = sum(lazy, '.js');
const total = js + css + lazyJs;

const server = await startServer();
const browser = await launchChromium();
const samples = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/tryout/index.html?email=4`);
    const frame = page.frameLocator('#pane');
    await frame.locator('html[data-pane-state="form"]').waitFor({ state: 'attached', timeout: 30_000 });
    const pane = page.frames().find((f) => f.url().includes('taskpane.html'));
    samples.push(await pane.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { officeReady: mark('followup:office-ready'), interactive: mark('followup:interactive') };
    }));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fromNavigation = median(samples.map((s) => s.interactive));
const afterOffice = median(samples.map((s) => s.interactive - s.officeReady));
const officeReady = median(samples.map((s) => s.officeReady));

const ok = (good) => (good ? 'OK' : 'OVER BUDGET');
console.log(`task pane JS (initial, gzip): ${kb(js)} KB`);
console.log(`task pane CSS (gzip): ${kb(css)} KB`);
console.log(`sign-in chunk loaded by NAA builds only (gzip): ${kb(lazyJs)} KB`);
console.log(`bundle total without office.js (gzip): ${kb(total)} KB — budget ${BUNDLE_BUDGET_KB} KB: ${ok(total / 1024 <= BUNDLE_BUDGET_KB)}`);
console.log(`server: dev host; runs: ${RUNS}; first run ${Math.round(samples[0].interactive)} ms from navigation`);
console.log(`office.js ready (median, from navigation): ${Math.round(officeReady)} ms`);
console.log(`interactive form (median, from navigation): ${Math.round(fromNavigation)} ms`);
console.log(`interactive form after office.js loaded (median): ${Math.round(afterOffice)} ms — budget ${INTERACTIVE_BUDGET_MS} ms: ${ok(afterOffice <= INTERACTIVE_BUDGET_MS)}`);
process.exit(total / 1024 <= BUNDLE_BUDGET_KB && afterOffice <= INTERACTIVE_BUDGET_MS ? 0 : 1);
