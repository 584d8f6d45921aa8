import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client';
import type { PlanRequest } from './types';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } });

function client(respond: (url: string, init: RequestInit) => Response | Promise<Response>, over: { token?: string | null; online?: boolean } = {}) {
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => respond(String(url), init ?? {}));
  const api = createApiClient({ baseUrl: 'https://api.example', getToken: async () => over.token ?? null, fetch: fetch as typeof globalThis.fetch, isOnline: () => over.online ?? true });
  return { api, fetch };
}

const request = { conversationId: 'c/1+2', reason: 'price' } as PlanRequest;

describe('API client', () => {
  it('reads the reason catalog, tolerating the server\'s enum spellings', async () => {
    const { api, fetch } = client(() => json(200, [{
      code: 'no-budget', label: 'Budget already spent', hint: 'h', callbackWindow: { fromDays: -75, toDays: -30, anchor: 'NextBudgetYear' },
      followUpDays: [30, 60], emphasis: { summary: 'Light planning material.', preferredKinds: ['tip'] }, suggestedOpening: 'o', thankYouByDefault: true,
    }]));
    expect(await api.getReasons()).toEqual([{
      code: 'no-budget', label: 'Budget already spent', hint: 'h', callbackWindow: { fromDays: -75, toDays: -30, anchor: 'next-budget-year' },
      followUpDays: [30, 60], emphasis: 'Light planning material.', suggestedOpening: 'o', thankYouByDefault: true,
    }]);
    expect(fetch.mock.calls[0]?.[0]).toBe('https://api.example/api/reasons');
  });

  it('sends the bearer token when there is one, and none for the development identity', async () => {
    const withToken = client(() => json(200, []), { token: 'abc' });
    await withToken.api.getReasons();
    expect((withToken.fetch.mock.calls[0]?.[1]?.headers as Record<string, string>).Authorization).toBe('Bearer abc');
    const dev = client(() => json(200, []));
    await dev.api.getReasons();
    expect((dev.fetch.mock.calls[0]?.[1]?.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('PUTs the plan and tells a new plan (201) from an update (200)', async () => {
    const plan = { planId: 'p1', state: 'Active', steps: [
      { number: 2, kind: 'FollowUp', dueAt: '2025-04-01T08:00:00Z', status: 'Planned' },
      { number: 1, kind: 'thank-you', dueAt: '2025-03-10T08:00:00Z', status: 'done' },
      { number: 3, kind: 'callback', dueAt: '2025-05-20T09:30:00+02:00', status: 'parked', lastError: 'Calendar unavailable' },
    ] };
    const { api, fetch } = client(() => json(201, plan));
    const saved = await api.savePlan(request);
    expect(saved.created).toBe(true);
    expect(saved.plan.state).toBe('active');
    expect(saved.plan.steps.map((s) => [s.number, s.kind, s.status])).toEqual([[1, 'thank-you', 'done'], [2, 'follow-up', 'planned'], [3, 'callback', 'parked']]);
    expect(saved.plan.steps[2]?.lastError).toBe('Calendar unavailable');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://api.example/api/plans');
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual(request);
    expect((await client(() => json(200, plan)).api.savePlan(request)).created).toBe(false);
  });

  it('returns null for a thread without a plan and escapes the conversation id', async () => {
    const { api, fetch } = client(() => json(404, { title: 'Not Found' }, 'application/problem+json'));
    expect(await api.getPlanByConversation('c/1+2')).toBeNull();
    expect(fetch.mock.calls[0]?.[0]).toBe('https://api.example/api/plans/by-conversation?conversationId=c%2F1%2B2');
  });

  it('posts pause, resume and close with the outcome', async () => {
    const { api, fetch } = client(() => json(200, { planId: 'p1', state: 'closed', outcome: 'still-no', steps: [] }));
    await api.pausePlan('p1');
    await api.resumePlan('p1');
    const closed = await api.closePlan('p1', 'still-no');
    expect(fetch.mock.calls.map((c) => [c[1]?.method, c[0]])).toEqual([
      ['POST', 'https://api.example/api/plans/p1/pause'],
      ['POST', 'https://api.example/api/plans/p1/resume'],
      ['POST', 'https://api.example/api/plans/p1/close'],
    ]);
    expect(JSON.parse(String(fetch.mock.calls[2]?.[1]?.body))).toEqual({ outcome: 'still-no' });
    expect(closed.outcome).toBe('still-no');
  });

  it('turns a 400 problem into a validation error with the field errors', async () => {
    const { api } = client(() => json(400, { title: 'One or more validation errors occurred.', errors: { callbackDate: ['Must be in the future.'] } }, 'application/problem+json'));
    await expect(api.savePlan(request)).rejects.toMatchObject({ kind: 'validation', status: 400, fieldErrors: { callbackDate: ['Must be in the future.'] } });
  });

  it.each([
    [401, 'signed-out'],
    [403, 'forbidden'],
    [500, 'server'],
    [503, 'server'],
  ])('classifies HTTP %i as %s', async (status, kind) => {
    const { api } = client(() => json(status, {}));
    await expect(api.getReasons()).rejects.toMatchObject({ kind });
  });

  it('says offline without calling when the device is offline, and unreachable when the API does not answer', async () => {
    const offline = client(() => json(200, []), { online: false });
    await expect(offline.api.getReasons()).rejects.toMatchObject({ kind: 'offline' });
    expect(offline.fetch).not.toHaveBeenCalled();
    const down = client(() => { throw new TypeError('Failed to fetch'); });
    await expect(down.api.getReasons()).rejects.toMatchObject({ kind: 'unreachable' });
  });

  it('reads the mark back from a plan, nested or at the top level', async () => {
    const top = { planId: 'p', state: 'active', steps: [], reason: 'price', stage: 'ColdCall', tags: { goals: ['g'] }, callbackAgreed: true, thankYou: false };
    const plan = await client(() => json(200, top)).api.getPlan('p');
    expect(plan.mark).toMatchObject({ reason: 'price', stage: 'cold-call', tags: { goals: ['g'], challenges: [], interests: [] }, callbackAgreed: true, thankYou: false });
    const nested = await client(() => json(200, { planId: 'p', steps: [], mark: { reasonCode: 'no-need', stage: 'demo' } })).api.getPlan('p');
    expect(nested.mark).toMatchObject({ reason: 'no-need', stage: 'demo' });
  });
});

describe('API client against the dev host\'s shapes', () => {
  it('reads the catalog from { reasons, stages } and the category the server names', async () => {
    const { api } = client((url) => url.endsWith('/reasons')
      ? json(200, { reasons: [{ code: 'price', label: 'Price', hint: 'h', callbackWindow: { fromDays: 55, toDays: 70, anchor: 'after-mark' }, followUpDays: [21], emphasis: { summary: 's' }, suggestedOpening: 'o', thankYouByDefault: true }], stages: ['cold-call'] })
      : json(200, { planId: 'p', state: 'active', category: 'No: Price', reason: 'price', stage: 'proposal', tags: { goals: [], challenges: [], interests: [] }, callbackAgreed: false, steps: [] }));
    expect((await api.getReasons()).map((r) => r.code)).toEqual(['price']);
    expect((await api.getPlan('p')).category).toBe('No: Price');
  });

  it('reports a 409 as a conflict', async () => {
    const { api } = client(() => json(409, { title: 'The plan is not in a state that allows this.', detail: 'The plan is closed.' }, 'application/problem+json'));
    await expect(api.pausePlan('p')).rejects.toMatchObject({ kind: 'conflict', message: 'The plan is closed.' });
  });
});

describe('API client for re-engagement and insights', () => {
  it('posts a callback outcome to the step and reads back the paused plan with its engagement', async () => {
    const { api, fetch } = client(() => json(200, {
      planId: 'p 1', state: 'paused', awayUntil: '2026-12-24',
      engagement: { source: 'callback-reopened', at: '2026-12-03T10:00:00Z', after: { kind: 'callback', ordinal: 1 } },
      steps: [{ number: 3, kind: 'callback', dueAt: '2026-12-03T09:30:00Z', status: 'done', outcome: 'reopened', outcomeAt: '2026-12-03T10:00:00Z', canRecordOutcome: true }],
    }));
    const plan = await api.recordOutcome('p 1', 3, 'reopened');
    expect(fetch.mock.calls[0]?.[0]).toBe('https://api.example/api/plans/p%201/steps/3/outcome');
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('POST');
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({ outcome: 'reopened' });
    expect(plan.engagement).toEqual({ source: 'callback-reopened', at: '2026-12-03T10:00:00Z', after: { kind: 'callback', ordinal: 1 } });
    expect(plan.awayUntil).toBe('2026-12-24');
    expect(plan.steps[0]).toMatchObject({ outcome: 'reopened', canRecordOutcome: true });
  });

  it('reads a plan without engagement, away date or outcomes as having none', async () => {
    const plan = await client(() => json(200, { planId: 'p', state: 'active', steps: [{ number: 1, kind: 'callback', dueAt: '2026-12-03T09:30:00Z', status: 'planned' }] })).api.getPlan('p');
    expect([plan.engagement, plan.awayUntil, plan.steps[0]?.outcome, plan.steps[0]?.canRecordOutcome]).toEqual([null, null, null, false]);
  });

  it('asks for insights over a range, and for the server\'s default range without one', async () => {
    const { api, fetch } = client(() => json(200, {
      from: '2026-01-01', to: '2026-12-31', totalPlans: 3, reEngaged: 1,
      reasons: [{ code: 'price', label: 'Price', plans: 3, reEngaged: 1, replied: 1, reopened: 0, afterStep: [{ ordinal: 0, plans: 1 }], outcomes: { reEngaged: 0, won: 0, stillNo: 1 } }],
      stages: ['cold-call', 'proposal'], byReasonAndStage: [{ reason: 'price', stage: 'proposal', plans: 3 }],
      byRep: [], overTime: [{ month: '2026-01', plans: 3, byReason: { price: 3 } }], debrief: [],
    }));
    const insights = await api.getInsights('2026-01-01', '2026-12-31');
    await api.getInsights();
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['https://api.example/api/insights?from=2026-01-01&to=2026-12-31', 'https://api.example/api/insights']);
    expect(insights.reasons[0]?.afterStep).toEqual([{ kind: null, ordinal: 0, plans: 1 }]);
    expect(insights.byReasonAndStage).toEqual([{ reason: 'price', stage: 'proposal', plans: 3 }]);
  });

  it('tells a rep without the manager role apart from other failures', async () => {
    await expect(client(() => json(403, {})).api.getInsights()).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
