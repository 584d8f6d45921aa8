import { describe, expect, it, vi } from 'vitest';
import { addDays, describeCheck, simulateProspect } from './prospect-simulation';
import type { DevIdentity } from './sandbox-mailbox';

const devRep: DevIdentity = {
  name: 'dev-rep', objectId: 'rep-1', graph: '/graph/v1.0',
  mailbox: { id: 'rep-1', userPrincipalName: 'dev-rep@sales.example', displayName: 'Sam Rivera', timeZone: 'W. Europe Standard Time' },
};

function devHost() {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (url === '/dev/clock') return new Response(JSON.stringify({ now: '2026-12-20T16:00:00Z', offset: '19.00:00:00' }));
    if (url === '/dev/replies') return new Response(JSON.stringify({ plansChecked: 3, paused: 1, shifted: 0 }));
    return new Response(null, { status: 201 });
  });
  return { calls, fetch };
}

describe('the try-out page playing the prospect', () => {
  it('adds the prospect\'s reply to the thread, then runs the reply check', async () => {
    const { calls, fetch } = devHost();
    expect(await simulateProspect(devRep, 'conv/1', { kind: 'reply' }, fetch)).toBe('Reply check ran: plans checked 3, paused 1, shifted 0.');
    expect(calls).toEqual([
      { method: 'POST', url: '/sandbox/mailboxes/rep-1/prospect-reply', body: { conversationId: 'conv/1', automatic: false, text: null, returnOn: null } },
      { method: 'POST', url: '/dev/replies', body: {} },
    ]);
  });

  it('dates an out-of-office\'s return from the dev host\'s clock, not the browser\'s', async () => {
    const { calls, fetch } = devHost();
    await simulateProspect(devRep, 'conv/1', { kind: 'out-of-office', awayDays: 14 }, fetch);
    expect(calls[1]?.body).toEqual({ conversationId: 'conv/1', automatic: true, text: null, returnOn: '2027-01-03' });
  });

  it('says which call failed', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 404 }));
    await expect(simulateProspect(devRep, 'c', { kind: 'reply' }, fetch)).rejects.toThrow('POST /sandbox/mailboxes/rep-1/prospect-reply: HTTP 404');
  });

  it('counts days across a year end', () => {
    expect(addDays('2026-12-25T23:30:00Z', 14)).toBe('2027-01-08');
    expect(describeCheck(null)).toBe('Reply check ran.');
  });
});
