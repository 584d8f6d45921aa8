import { describe, expect, it } from 'vitest';
import type { Plan } from '../api/types';
import { formatDue, summarize } from './plan-model';

const plan = (over: Partial<Plan> = {}): Plan => ({
  planId: 'p', conversationId: 'c', state: 'active', outcome: null, prospect: null, category: null, mark: null,
  steps: [
    { number: 1, kind: 'thank-you', dueAt: '2025-03-10T08:00:00Z', status: 'done', lastError: null },
    { number: 2, kind: 'follow-up', dueAt: '2025-03-31T08:00:00Z', status: 'planned', lastError: null },
    { number: 3, kind: 'callback', dueAt: '2025-05-13T08:30:00Z', status: 'parked', lastError: 'Calendar busy' },
  ],
  ...over,
});

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
});
