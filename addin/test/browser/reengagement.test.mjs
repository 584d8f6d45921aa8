// Browser tests: the prospect comes back. The try-out page plays the prospect in the dev host's Graph sandbox (a reply,
// an out-of-office), runs the reply check, and the pinned pane reloads to show what the plan did about it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { devJson, expectAccessible, fluentButton, markNo, openTryout, SHOTS, shot, state } from '../browser-kit.mjs';
import { launchChromium, startServer } from '../servers.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The try-out page with the prospect's thread selected, found by name: a prospect's answer is a new message at the top
 * of the inbox, so positions change as these tests run.
 */
async function openThread(prospect) {
  const opened = await openTryout(browser, server);
  const item = opened.page.locator('#messages button.message').filter({ hasText: prospect }).last();
  await item.click();
  await opened.frame.locator('.prospect-name', { hasText: prospect }).waitFor();
  return { ...opened, conversationId: await item.getAttribute('data-conversation') };
}

const stepStatuses = (frame) => frame.locator('.timeline .step').evaluateAll((steps) => steps.map((s) => /status-(\w+)/.exec(s.className)?.[1]));
const plannedDates = (frame) => frame.locator('.timeline .step.status-planned time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));

describe('re-engagement in the pane', () => {
  it('pauses the plan when the prospect replies, cancelling the steps still to come', async () => {
    const { page, frame, errors, conversationId } = await openThread('Lee Chen');
    await markNo(frame, 'Price', 'Demo');
    const before = await stepStatuses(frame);
    assert.ok(before.includes('planned'), `steps: ${before}`);

    await page.getByRole('button', { name: 'Prospect replies' }).click();
    await state(frame, 'plan-paused', 30_000);
    await page.locator('#simulate-status').getByText(/^Reply check ran/).waitFor();
    const banner = (await frame.locator('#engagement-notice').textContent()).trim();
    assert.match(banner, /^Lee replied on \S.* — the plan is paused so you can answer in person\.$/);
    const plan = await devJson(server, `/api/plans/by-conversation?conversationId=${encodeURIComponent(conversationId)}`);
    assert.deepEqual(await stepStatuses(frame), before.map((s) => (s === 'planned' ? 'cancelled' : s)),
      `every step still to come is cancelled; the API says ${JSON.stringify(plan.steps.map((s) => s.status))}`);
    await fluentButton(frame, 'Resume').waitFor();
    await fluentButton(frame, 'Close with outcome…').waitFor();
    assert.equal(plan.engagement.source, 'prospect-replied');
    const link = frame.getByRole('link', { name: 'Team insights' });
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('href'), /\/insights\.html$/);
    await expectAccessible(page, 'plan-replied');
    await shot(page, '12-prospect-replied');
    await page.screenshot({ path: join(SHOTS, '16-tryout-prospect-replied.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('moves the planned steps past the return date of an out-of-office, keeping the plan active', async () => {
    const { page, frame } = await openThread('Priya Raman');
    await markNo(frame, 'Bad timing', 'Discovery');
    const before = await plannedDates(frame);
    const { now } = await devJson(server, '/dev/clock');

    await page.getByRole('button', { name: 'Out of office (2 weeks)' }).click();
    await frame.locator('#away-notice').waitFor({ timeout: 30_000 });
    await state(frame, 'plan-active');
    assert.match((await frame.locator('#away-notice').textContent()).trim(), /^Out of office until \S.*: the remaining steps were moved after their return\.$/);
    const moved = await plannedDates(frame);
    assert.equal(moved.length, before.length);
    moved.forEach((due, i) => assert.ok(Date.parse(due) > Date.parse(before[i]), `step ${i + 1}: ${before[i]} → ${due}`));
    // The sandbox's prospect is back on the UTC date 14 days from now; the first step lands on a later business
    // day in the rep's zone, at its own time of day, so it is compared with the start of that date, not with now + 14 days.
    const today = new Date(now);
    const returnDay = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 14);
    assert.ok(Date.parse(moved[0]) > returnDay, `the first step (${moved[0]}) comes after the return day (${new Date(returnDay).toISOString()})`);
    await expectAccessible(page, 'plan-away');
    await shot(page, '13-out-of-office');
    await page.close();
  });

  it('asks how the call went once it is past, and re-opening the conversation pauses the plan', async () => {
    const { page, frame, conversationId } = await openThread('Dana Okafor');
    await markNo(frame, 'Price', 'Proposal');
    await devJson(server, '/dev/clock/advance?days=80', { method: 'POST' });
    const byConversation = `/api/plans/by-conversation?conversationId=${encodeURIComponent(conversationId)}`;
    // The sweep hands the due steps to the queue's workers: wait until they have put the callback in the calendar.
    for (let tries = 0; ; tries++) {
      await devJson(server, '/dev/sweep', { method: 'POST' });
      const plan = await devJson(server, byConversation);
      if (plan.steps.some((s) => s.kind === 'callback' && s.canRecordOutcome)) break;
      assert.ok(tries < 20, `the callback never became due: ${JSON.stringify(plan.steps)}`);
      await new Promise((r) => setTimeout(r, 1500));
    }

    await page.locator('#messages button.message').filter({ hasText: 'Dana Okafor' }).last().click();
    const ask = frame.getByRole('group', { name: 'How did the call go?' });
    await ask.waitFor();
    await expectAccessible(page, 'call-outcome');
    await shot(page, '14-call-outcome');
    await fluentButton(frame, 'Re-opened the conversation').click();
    await state(frame, 'plan-paused');
    await frame.getByText('Call: Re-opened the conversation').waitFor();
    assert.match((await frame.locator('#engagement-notice').textContent()).trim(), /^You re-opened the conversation on the call of \S.* — the plan is paused so you can take it from there\.$/);
    assert.equal(await ask.count(), 0, 'the question gives way to the answer');
    const plan = await devJson(server, byConversation);
    assert.equal(plan.steps.find((s) => s.kind === 'callback').outcome, 'reopened');
    await shot(page, '15-call-reopened');
    await page.close();
  });
});
