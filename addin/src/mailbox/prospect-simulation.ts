import type { DevIdentity } from './sandbox-mailbox';

/**
 * The try-out page's stand-in for the prospect: adds their reply (or an out-of-office) to the thread in the dev host's
 * Graph sandbox, then runs the reply check at once instead of waiting for the `replies` timer.
 */
export type ProspectAnswer = { kind: 'reply' } | { kind: 'out-of-office'; awayDays: number };

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export async function simulateProspect(me: DevIdentity, conversationId: string, answer: ProspectAnswer, fetchFn: Fetch = fetch): Promise<string> {
  if (!me.mailbox) throw new Error(`The dev user "${me.name}" has no mailbox in the Graph sandbox.`);
  // The return date counts from the dev host's clock, which the demo may have moved forward.
  const returnOn = answer.kind === 'out-of-office' ? addDays((await post<{ now: string }>(fetchFn, '/dev/clock', undefined, 'GET')).now, answer.awayDays) : null;
  await post(fetchFn, `/sandbox/mailboxes/${encodeURIComponent(me.mailbox.id)}/prospect-reply`, {
    conversationId, automatic: answer.kind === 'out-of-office', text: null, returnOn,
  });
  return describeCheck(await post<unknown>(fetchFn, '/dev/replies', {}));
}

/** `2026-12-01T10:00:00Z` + 14 → `2026-12-15`. */
export function addDays(iso: string, days: number): string {
  const d = new Date(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The reply check's summary in a line: its counts, whatever the dev host names them. */
export function describeCheck(summary: unknown): string {
  const counts = summary && typeof summary === 'object'
    ? Object.entries(summary).filter((e): e is [string, number] => typeof e[1] === 'number').map(([k, n]) => `${k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} ${n}`)
    : [];
  return `Reply check ran${counts.length ? `: ${counts.join(', ')}` : ''}.`;
}

async function post<T>(fetchFn: Fetch, url: string, body: unknown, method = 'POST'): Promise<T> {
  const response = await fetchFn(url, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: HTTP ${response.status}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}
