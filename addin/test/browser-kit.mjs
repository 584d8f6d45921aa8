// What the browser tests share: opening the try-out page, waiting for the pane's state, axe-core, screenshots and the
// Fluent controls a person clicks. Kept out of test/browser/ so node's test runner does not take it for a test file.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ADDIN } from './servers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SHOTS = join(ADDIN, 'test-results');
mkdirSync(SHOTS, { recursive: true });

/** The try-out page with message `email` (1-based, newest first) selected and the pane framed beside it. */
export async function openTryout(browser, server, email = 1, options = {}) {
  const page = await browser.context.newPage();
  if (options.dark) await page.emulateMedia({ colorScheme: 'dark' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const query = new URLSearchParams({ email: String(email), ...(options.query ?? {}) });
  await page.goto(`${server.url}/tryout/index.html?${query}`);
  const frame = page.frameLocator('#pane');
  return { page, frame, errors, pane: () => paneFrame(page) };
}

export const paneFrame = (page) => page.frames().find((f) => f.url().includes('taskpane.html'));

/** Waits for the pane's state; a form counts once its dropdowns have rendered their controls. */
export async function state(frame, value, timeout = 15_000) {
  await frame.locator(`html[data-pane-state="${value}"]`).waitFor({ state: 'attached', timeout });
  if (value === 'form') await frame.locator('#stage [slot="control"][aria-labelledby][aria-expanded]').waitFor({ state: 'attached', timeout });
}

/** axe-core in a frame (the pane's by default): no serious or critical violations. */
export async function expectAccessible(page, label, frame = paneFrame(page)) {
  await frame.evaluate(AXE);
  const violations = await frame.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, [], `axe violations in state "${label}"`);
}

/** A screenshot of the pane's frame. */
export async function shot(page, name) {
  await page.locator('#pane').screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Fluent buttons get their role through ElementInternals, which Playwright's role queries do not read. */
export const fluentButton = (frame, text) => frame.locator('fluent-button').filter({ hasText: text }).first();

export async function pick(frame, dropdownLabel, optionText) {
  await frame.getByRole('combobox', { name: new RegExp(`^${dropdownLabel}`) }).click();
  await frame.locator(`#${dropdownLabel === 'Reason' ? 'reason' : 'stage'} fluent-option`).filter({ hasText: optionText }).click();
}

/** Marks the selected thread as a "no" through the form, as a rep would, and waits for the plan. */
export async function markNo(frame, reason, stage) {
  await state(frame, 'form');
  await pick(frame, 'Reason', reason);
  await pick(frame, 'Sales stage when it happened', stage);
  await fluentButton(frame, 'Save and plan follow-up').click();
  await state(frame, 'plan-active');
}

/** The dev host's JSON, as the development identity. */
export async function devJson(server, path, init = {}) {
  const response = await fetch(`${server.url}${path}`, init);
  assert.ok(response.ok, `${init.method ?? 'GET'} ${path}: HTTP ${response.status} ${await response.clone().text()}`);
  return response.json();
}
