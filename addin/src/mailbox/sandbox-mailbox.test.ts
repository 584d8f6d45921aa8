import { describe, expect, it } from 'vitest';
import { SimulatedOffice } from './fake-office';
import { createMailbox } from './mailbox';
import { fetchSandboxEmails, toSandboxEmail, type DevIdentity, type GraphMessage } from './sandbox-mailbox';

const graphMessage = (over: Partial<GraphMessage> = {}): GraphMessage => ({
  id: 'AAkALgAb-c_d-e_f',
  conversationId: 'AAQkADx_y-z',
  internetMessageId: '<abc@sandbox.example>',
  subject: 'Re: Proposal',
  receivedDateTime: '2026-11-23T09:12:00Z',
  from: { emailAddress: { address: 'dana@fabrikam.example', name: 'Dana Okafor' } },
  body: { contentType: 'html', content: '<p>Too expensive.</p>' },
  categories: [],
  ...over,
});

const devRep: DevIdentity = {
  name: 'dev-rep',
  objectId: '5e2a9b47-18c6-4d3f-a7e0-9b4c6d8f1e04',
  graph: '/graph/v1.0',
  mailbox: { id: '5e2a9b47-18c6-4d3f-a7e0-9b4c6d8f1e04', userPrincipalName: 'dev-rep@sales.example', displayName: 'Sam Rivera', timeZone: 'W. Europe Standard Time' },
};

describe('the try-out page over the Graph sandbox', () => {
  it('gives the pane the sandbox message\'s own ids, so the sweep can reply in that thread', () => {
    const office = new SimulatedOffice();
    office.select(toSandboxEmail(graphMessage()));
    expect(office.context.mailbox.item?.itemId).toBe('AAkALgAb/c+d/e+f');
    expect(createMailbox(office).current()).toEqual({
      itemId: 'AAkALgAb-c_d-e_f',
      conversationId: 'AAQkADx_y-z',
      internetMessageId: '<abc@sandbox.example>',
      subject: 'Re: Proposal',
      sender: { email: 'dana@fabrikam.example', name: 'Dana Okafor' },
    });
  });

  it('lists received mail only, following every page', async () => {
    const urls: string[] = [];
    const pages: Record<string, unknown> = {
      first: { value: [graphMessage({ id: 'one' })], '@odata.nextLink': 'next' },
      next: { value: [graphMessage({ id: 'two' })] },
    };
    const fetchFn = async (url: string) => {
      urls.push(url);
      return Response.json(pages[urls.length === 1 ? 'first' : url]);
    };
    const emails = await fetchSandboxEmails(devRep, fetchFn);
    expect(emails.map((e) => e.itemId)).toEqual(['one', 'two']);
    const first = new URL(urls[0]!, 'http://devhost');
    expect(first.pathname).toBe('/graph/v1.0/users/5e2a9b47-18c6-4d3f-a7e0-9b4c6d8f1e04/messages');
    expect(first.searchParams.get('$filter')).toBe('isDraft eq false');
  });

  it('says so when the dev user has no sandbox mailbox', async () => {
    await expect(fetchSandboxEmails({ ...devRep, name: 'alice', mailbox: null })).rejects.toThrow(/alice.*no mailbox/);
  });
});
