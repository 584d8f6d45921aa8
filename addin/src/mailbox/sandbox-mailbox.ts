import { restIdToEwsId, type SimulatedMessage } from './fake-office';

/**
 * The try-out page's messages come from the dev host's Graph sandbox, the mailbox the sweep later writes into, so a
 * "no" marked there points at a message that really exists: its thank-you draft is a reply in the same thread.
 */

/** What `GET /dev/me` tells about the development identity (dev host, Development only). */
export interface DevIdentity {
  name: string;
  objectId: string;
  /** Where the sandbox's Graph v1.0 answers on the dev host, e.g. `/graph/v1.0`. */
  graph: string;
  /** Absent when the dev user is not one of the sandbox's reps. */
  mailbox?: { id: string; userPrincipalName: string; displayName: string; timeZone: string } | null;
}

/** The fields of a Graph message the try-out page uses. */
export interface GraphMessage {
  id: string;
  conversationId: string;
  internetMessageId?: string | null;
  subject?: string | null;
  receivedDateTime: string;
  from?: { emailAddress: { address: string; name?: string | null } } | null;
  body?: { contentType: string; content: string } | null;
  categories?: string[] | null;
}

export interface SandboxEmail extends SimulatedMessage {
  /** ISO 8601, as Graph gives it. */
  received: string;
  /** Graph's body as HTML; a display renders it as text, never as markup. */
  bodyHtml: string;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export async function fetchDevIdentity(fetchFn: Fetch = fetch): Promise<DevIdentity> {
  return json<DevIdentity>(await fetchFn('/dev/me', { credentials: 'same-origin' }), '/dev/me');
}

/** The mailbox's received mail, newest first, every page; drafts (such as the sweep's thank-you notes) left out. */
export async function fetchSandboxEmails(identity: DevIdentity, fetchFn: Fetch = fetch): Promise<SandboxEmail[]> {
  if (!identity.mailbox) throw new Error(`The dev user "${identity.name}" has no mailbox in the Graph sandbox.`);
  const query = new URLSearchParams({ $filter: 'isDraft eq false', $top: '50' });
  let url: string | undefined = `${identity.graph}/users/${encodeURIComponent(identity.mailbox.id)}/messages?${query}`;
  const emails: SandboxEmail[] = [];
  while (url) {
    const page: { value: GraphMessage[]; '@odata.nextLink'?: string } = await json(await fetchFn(url), url);
    emails.push(...page.value.map(toSandboxEmail));
    url = page['@odata.nextLink'];
  }
  return emails;
}

export function toSandboxEmail(m: GraphMessage): SandboxEmail {
  const address = m.from?.emailAddress.address ?? '';
  return {
    itemId: restIdToEwsId(m.id),
    conversationId: m.conversationId,
    internetMessageId: m.internetMessageId ?? '',
    subject: m.subject ?? '',
    from: { emailAddress: address, displayName: m.from?.emailAddress.name || address },
    categories: [...(m.categories ?? [])],
    received: m.receivedDateTime,
    bodyHtml: m.body?.content ?? '',
  };
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
