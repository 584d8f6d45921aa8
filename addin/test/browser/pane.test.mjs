// Browser tests: the built task pane with the real office.js (from @microsoft/office-js), framed by the try-out page
// and its simulated mailbox, against the dev host (or the in-memory stand-in when the dev host cannot run here).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expectAccessible, fluentButton, openTryout as open, pick, SHOTS, shot, state } from '../browser-kit.mjs';
import { launchChromium, startServer } from '../servers.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
  console.log(`# browser tests against the dev host at ${server.url}`);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const openTryout = (email = 1, options = {}) => open(browser, server, email, options);

/** Types tags as a person does: focus the box, type, Enter. */
async function addTags(page, frame, selector, ...tags) {
  await frame.locator(selector).click();
  for (const tag of tags) {
    await page.keyboard.type(tag);
    await page.keyboard.press('Enter');
  }
}

describe('the task pane', () => {
  it('marks a price "no": form, validation, plan timeline and the Outlook category', async () => {
    const { page, frame, errors } = await openTryout(1);
    await state(frame, 'form');
    await assert.doesNotReject(frame.getByText('Dana Okafor').first().waitFor());
    await expectAccessible(page, 'form');
    await shot(page, '01-form');

    await fluentButton(frame, 'Save and plan follow-up').click();
    await frame.getByText('Choose why they said no.').waitFor();
    await frame.getByText('Choose the sales stage.').waitFor();
    await expectAccessible(page, 'validation');
    await shot(page, '02-validation');

    await pick(frame, 'Reason', 'Price');
    await frame.getByText('Callback in 55–70 days').waitFor();
    await frame.getByText('Thank-you note by default').waitFor();
    await pick(frame, 'Sales stage when it happened', 'Proposal');
    await frame.getByRole('textbox', { name: "The prospect's own words" }).fill("More than we can justify right now; it has to pay back inside a year.");
    await addTags(page, frame, '#tags-goals', 'pay back within a year', 'roll out to all sites');
    await frame.getByRole('button', { name: 'Remove goal: pay back within a year' }).waitFor();
    await addTags(page, frame, '#tags-challenges', 'CFO approval');
    await frame.locator('#callback-agreed').click();
    await frame.getByText('Self-debrief (optional)').click();
    await frame.getByRole('group', { name: 'Did I propose before exploring their needs?' }).getByLabel('No').check();
    await shot(page, '03-form-filled');

    const put = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/api/plans'));
    await fluentButton(frame, 'Save and plan follow-up').click();
    await state(frame, 'plan-active');
    await frame.getByRole('heading', { name: 'Follow-up plan' }).waitFor();
    // The plan names the dev rep's real sandbox message, so the sweep's createReply finds it.
    const sent = (await put).postDataJSON();
    const me = await (await fetch(`${server.url}/dev/me`)).json();
    const inbox = await (await fetch(`${server.url}${me.graph}/users/${me.mailbox.id}/messages?$filter=isDraft eq false`)).json();
    const dana = inbox.value.find((m) => m.from.emailAddress.name === 'Dana Okafor');
    assert.deepEqual([sent.itemId, sent.conversationId, sent.internetMessageId], [dana.id, dana.conversationId, dana.internetMessageId]);
    assert.equal(await frame.locator('#plan-title').evaluate((el) => el === document.activeElement), true, 'focus moves to the plan');
    const steps = await frame.locator('.timeline .step-kind').allTextContents();
    assert.equal(steps[0], 'Thank-you draft');
    assert.ok(steps.includes('Follow-up draft'), `steps: ${steps}`);
    assert.equal(steps.at(-1), 'Callback in your calendar');
    await frame.locator('#category-notice').getByText('No: Price').waitFor();
    await page.locator('#message-categories').getByText('No: Price').waitFor();
    await expectAccessible(page, 'plan');
    await shot(page, '04-plan');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('turns the thank-you note off for a reflex brush-off', async () => {
    const { page, frame } = await openTryout(4);
    await state(frame, 'form');
    const thankYou = frame.locator('#thank-you');
    assert.equal(await thankYou.evaluate((el) => el.checked), true);
    await pick(frame, 'Reason', 'Reflex brush-off');
    await frame.getByText('No thank-you note by default').waitFor();
    assert.equal(await thankYou.evaluate((el) => el.checked), false);
    await page.close();
  });

  it('shows the saved plan on reopening the thread, and pauses, resumes, changes the reason and closes it', async () => {
    const { page, frame } = await openTryout(2);
    await state(frame, 'form');
    await pick(frame, 'Reason', 'Already has a supplier');
    await pick(frame, 'Sales stage when it happened', 'Discovery');
    await fluentButton(frame, 'Save and plan follow-up').click();
    await state(frame, 'plan-active');
    await page.reload();
    await state(frame, 'plan-active');

    await fluentButton(frame, 'Pause').click();
    await state(frame, 'plan-paused');
    await shot(page, '05-plan-paused');
    await fluentButton(frame, 'Resume').click();
    await state(frame, 'plan-active');

    await fluentButton(frame, 'Change reason').click();
    await state(frame, 'form');
    await frame.getByRole('heading', { name: 'Change the reason' }).waitFor();
    await frame.getByRole('combobox', { name: 'Reason Already has a supplier' }).waitFor();
    await pick(frame, 'Reason', 'Bad timing');
    await fluentButton(frame, 'Save changes').click();
    await state(frame, 'plan-active');
    await page.locator('#message-categories').getByText('No: Bad timing').waitFor();
    assert.equal(await page.locator('#message-categories').getByText('No: Already has a supplier').count(), 0);

    await fluentButton(frame, 'Close with outcome…').click();
    await frame.getByLabel('Re-engaged').check();
    await fluentButton(frame, 'Close plan').click();
    await state(frame, 'plan-closed');
    await frame.getByText('Closed: Re-engaged.').first().waitFor();
    await expectAccessible(page, 'plan-closed');
    await shot(page, '06-plan-closed');
    await page.close();
  });

  it('follows the selection when pinned', async () => {
    const { page, frame } = await openTryout(1);
    await state(frame, 'plan-active').catch(() => state(frame, 'form'));
    await page.getByRole('button', { name: /Tomás Keller/ }).click();
    await frame.locator('.prospect-name', { hasText: 'Tomás Keller' }).waitFor();
    await state(frame, 'form');
    await page.close();
  });

  it('says what to do when the service is down, and recovers with Try again', async () => {
    const { page, frame } = await openTryout(3, { query: {} });
    await page.close();
    const p = await browser.context.newPage();
    await p.route('**/api/**', (route) => route.abort('connectionrefused'));
    await p.goto(`${server.url}/tryout/index.html?email=3`);
    const f = p.frameLocator('#pane');
    await state(f, 'problem-unreachable');
    await f.getByRole('heading', { name: 'Follow-Up service unreachable' }).waitFor();
    await expectAccessible(p, 'problem-unreachable');
    await shot(p, '07-service-down');
    await p.unroute('**/api/**');
    await fluentButton(f, 'Try again').click();
    await state(f, 'form');
    await p.close();
    void frame;
  });

  it('says the device is offline, keeping the entries', async () => {
    const { page, frame } = await openTryout(3);
    await state(frame, 'form');
    await pick(frame, 'Reason', 'Bad timing');
    await pick(frame, 'Sales stage when it happened', 'Demo');
    await browser.context.setOffline(true);
    try {
      await fluentButton(frame, 'Save and plan follow-up').click();
      await state(frame, 'problem-offline');
      await frame.getByText('You are offline').waitFor();
      await shot(page, '08-offline');
    } finally {
      await browser.context.setOffline(false);
    }
    await fluentButton(frame, 'Try again').click();
    await state(frame, 'plan-active');
    await page.close();
  });

  it('shows the server\'s field errors next to the fields', async () => {
    const { page, frame } = await openTryout(3);
    await state(frame, 'plan-active').catch(() => state(frame, 'form'));
    await page.route('**/api/plans', (route) => route.request().method() === 'PUT'
      ? route.fulfill({ status: 400, contentType: 'application/problem+json', body: JSON.stringify({ title: 'One or more validation errors occurred.', status: 400, errors: { 'tags.goals[0]': ['At most 50 characters.'], 'prospect.email': ['An e-mail address.'] } }) })
      : route.continue());
    if (await fluentButton(frame, 'Change reason').count()) await fluentButton(frame, 'Change reason').click();
    await state(frame, 'form');
    await pick(frame, 'Reason', 'Bad timing');
    await pick(frame, 'Sales stage when it happened', 'Demo').catch(() => undefined);
    await fluentButton(frame, /Save/).click();
    await frame.getByText('At most 50 characters.').waitFor();
    await frame.getByText('An e-mail address.').waitFor();
    await expectAccessible(page, 'server-validation');
    await shot(page, '09-server-validation');
    await page.close();
  });

  it('follows a dark theme', async () => {
    const { page, frame } = await openTryout(4, { dark: true });
    await state(frame, 'form');
    assert.equal(await page.frames().find((f) => f.url().includes('taskpane.html')).evaluate(() => document.documentElement.dataset.theme), 'dark');
    await expectAccessible(page, 'form-dark');
    await shot(page, '10-form-dark');
    await page.close();
  });

  it('explains itself when opened outside Outlook, instead of a blank pane', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('html[data-pane-state="info"]').waitFor({ state: 'attached', timeout: 15_000 });
    await page.getByRole('heading', { name: 'Open a message in Outlook' }).waitFor();
    await page.screenshot({ path: join(SHOTS, '11-outside-outlook.png') });
    await page.close();
  });
});
