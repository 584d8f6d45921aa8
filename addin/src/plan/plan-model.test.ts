import { describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from '../api/types';
import { awaitsOutcome, awayMessage, describeStepRef, engagementMessage, formatDue, ordinal, statusLabel, summarize } from './plan-model';

const step = (over: Partial<PlanStep> & Pick<PlanStep, 'number' | 'kind' | 'dueAt' | 'status'>): PlanStep => ({
  lastError: null, outcome: null, outcomeAt: null, canRecordOutcome: false, ...over,
});

const plan = (over: Partial<Plan> = {}): Plan => ({
  planId: 'p', conversationId: 'c', state: 'active', outcome: null, prospect: null, category: null, mark: null,
  engagement: null, awayUntil: null,
  steps: [
    step({ number: 1, kind: 'thank-you', dueAt: '2025-03-10T08:00:00Z', status: 'done' }),
    step({ number: 2, kind: 'follow-up', dueAt: '2025-03-31T08:00:00Z', status: 'planned' }),
    step({ number: 3, kind: 'callback', dueAt: '2025-05-13T08:30:00Z', status: 'parked', lastError: 'Calendar busy' }),
  ],
  ...over,
});

const now = new Date('2026-12-05T12:00:00Z');
const lee = { email: 'lee@fabrikam.example', name: 'Lee Chen', company: 'Fabrikam' };
const twoFollowUps = [
  step({ number: 1, kind: 'thank-you', dueAt: '2026-10-01T08:00:00Z', status: 'done' }),
  step({ number: 2, kind: 'follow-up', dueAt: '2026-10-20T08:00:00Z', status: 'done' }),
  step({ number: 3, kind: 'follow-up', dueAt: '2026-11-20T08:00:00Z', status: 'done' }),
  step({ number: 4, kind: 'callback', dueAt: '2026-12-01T09:30:00Z', status: 'done', canRecordOutcome: true }),
];

describe('plan timeline', () => {
  it('shows drafts by day and callbacks with the local time', () => {
    const [, followUp, callback] = plan().steps;
    expect(formatDue(followUp!, 'en-GB', 'Europe/Amsterdam')).toMatch(/^Mon,? 31 Mar 2025$/);
    expect(formatDue(callback!, 'en-GB', 'Europe/Amsterdam')).toMatch(/^Tue,? 13 May 2025,? (at )?10:30$/);
  });

  it('summarises the state, the next step and the parked steps', () => {
    expect(summarize(plan(), 'en-GB', 'UTC')).toMatch(/^Active\. Next: follow-up draft on Mon,? 31 Mar 2025\. 1 step needs attention\.$/);
    expect(summarize(plan({ state: 'paused' }), 'en-GB', 'UTC')).toBe('Paused. 1 step needs attention.');
    expect(summarize(plan({ state: 'closed', outcome: 're-engaged' }))).toBe('Closed: Re-engaged.');
  });

  it('says why a plan paused itself', () => {
    const replied = plan({ state: 'paused', engagement: { source: 'prospect-replied', at: '2026-12-03T10:00:00Z', after: null } });
    expect(summarize(replied, 'en-GB', 'UTC')).toBe('Paused: the prospect replied. 1 step needs attention.');
  });
});

describe('re-engagement', () => {
  it('names the prospect, the day and the step they replied after, and why the plan is paused', () => {
    const p = plan({ state: 'paused', prospect: lee, steps: twoFollowUps,
      engagement: { source: 'prospect-replied', at: '2026-12-03T10:00:00Z', after: { kind: 'follow-up', ordinal: 2 } } });
    expect(engagementMessage(p, 'en-GB', 'UTC', now)).toBe('Lee replied on Thu 3 Dec, after the 2nd follow-up — the plan is paused so you can answer in person.');
  });

  it('drops the pause from the sentence once the rep resumed, and names a lone step without a number', () => {
    const p = plan({ state: 'active', prospect: lee,
      engagement: { source: 'prospect-replied', at: '2025-03-12T10:00:00Z', after: { kind: 'thank-you', ordinal: 1 } } });
    expect(engagementMessage(p, 'en-GB', 'UTC', now)).toBe('Lee replied on Wed 12 Mar 2025, after the thank-you note.');
  });

  it('dates a re-opened conversation by the call it happened on', () => {
    const p = plan({ state: 'paused', steps: twoFollowUps,
      engagement: { source: 'callback-reopened', at: '2026-12-04T16:00:00Z', after: { kind: 'callback', ordinal: 1 } } });
    expect(engagementMessage(p, 'en-GB', 'UTC', now)).toBe('You re-opened the conversation on the call of Tue 1 Dec — the plan is paused so you can take it from there.');
  });

  it('has no message for a plan the prospect has not come back to', () => {
    expect(engagementMessage(plan())).toBeNull();
  });

  it('tells until when the prospect is away, as the calendar day the reply named', () => {
    expect(awayMessage(plan({ awayUntil: '2026-12-24' }), 'en-GB', now)).toBe('Out of office until Thu 24 Dec: the remaining steps were moved after their return.');
    expect(awayMessage(plan({ awayUntil: '2026-12-24', state: 'closed' }), 'en-GB', now)).toBeNull();
    expect(awayMessage(plan())).toBeNull();
  });

  it('asks how a past callback went until the rep has said', () => {
    const callback = twoFollowUps[3]!;
    expect(awaitsOutcome(callback)).toBe(true);
    expect(awaitsOutcome({ ...callback, outcome: 'reached' })).toBe(false);
    expect(awaitsOutcome({ ...callback, canRecordOutcome: false })).toBe(false);
  });

  it('counts steps as people do', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
    expect(describeStepRef({ kind: 'follow-up', ordinal: 1 }, plan({ steps: twoFollowUps }))).toBe('the 1st follow-up');
    expect(describeStepRef({ kind: 'callback', ordinal: 1 }, plan({ steps: twoFollowUps }))).toBe('the callback');
  });
});

describe('statusLabel', () => {
  it('reads a done callback as an event waiting in the calendar, other steps by their status', () => {
    expect(statusLabel({ kind: 'callback', status: 'done' })).toBe('In your calendar');
    expect(statusLabel({ kind: 'callback', status: 'planned' })).toBe('Planned');
    expect(statusLabel({ kind: 'follow-up', status: 'done' })).toBe('Done');
  });
});
