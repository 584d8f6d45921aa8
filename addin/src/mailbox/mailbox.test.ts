import { describe, expect, it, vi } from 'vitest';
import { createMailbox } from './mailbox';
import { SimulatedOffice, type SimulatedMessage } from './fake-office';
import { isDark } from './office-host';

const message = (over: Partial<SimulatedMessage> = {}): SimulatedMessage => ({
  itemId: 'AAMkAD/abc+def==',
  conversationId: 'AAQkAD-conv-1',
  internetMessageId: '<m1@prospect.example>',
  subject: 'Re: Your proposal',
  from: { emailAddress: 'dana@prospect.example', displayName: 'Dana Okafor' },
  categories: [],
  ...over,
});

describe('mailbox adapter', () => {
  it('reads the sender, subject, ids and converts the item id to a REST id', () => {
    const office = new SimulatedOffice();
    office.select(message());
    const convert = vi.spyOn(office.context.mailbox, 'convertToRestId');
    expect(createMailbox(office).current()).toEqual({
      itemId: 'AAMkAD-abc_def==',
      conversationId: 'AAQkAD-conv-1',
      internetMessageId: '<m1@prospect.example>',
      subject: 'Re: Your proposal',
      sender: { email: 'dana@prospect.example', name: 'Dana Okafor' },
    });
    expect(convert).toHaveBeenCalledWith('AAMkAD/abc+def==', 'v2.0');
  });

  it('has no current message when nothing is selected', () => {
    expect(createMailbox(new SimulatedOffice()).current()).toBeNull();
  });

  it("gives the rep's time zone from the user profile", () => {
    expect(createMailbox(new SimulatedOffice({ timeZone: 'Pacific Standard Time' })).timeZone()).toBe('Pacific Standard Time');
  });

  it('tells a pinned pane about the newly selected message', async () => {
    const office = new SimulatedOffice();
    office.select(message());
    const mailbox = createMailbox(office);
    const seen: (string | null)[] = [];
    await mailbox.onItemChanged((m) => seen.push(m?.conversationId ?? null));
    office.select(message({ conversationId: 'conv-2', itemId: 'id-2' }));
    office.select(null);
    expect(seen).toEqual(['conv-2', null]);
  });

  it('puts the category on the message when it is in the master list', async () => {
    const office = new SimulatedOffice({ canCreateMasterCategories: false, masterCategories: ['No: Price'] });
    const m = message();
    office.select(m);
    expect(await createMailbox(office).markCategory('No: Price')).toEqual({ applied: true, category: 'No: Price', created: false });
    expect(m.categories).toEqual(['No: Price']);
  });

  it('creates the master category when it is missing and the permission allows', async () => {
    const office = new SimulatedOffice({ canCreateMasterCategories: true });
    const m = message();
    office.select(m);
    expect(await createMailbox(office).markCategory('No: Price')).toEqual({ applied: true, category: 'No: Price', created: true });
    expect(office.masterCategories.has('No: Price')).toBe(true);
    expect(m.categories).toEqual(['No: Price']);
  });

  it('says why when the category is missing and may not be created', async () => {
    const office = new SimulatedOffice({ canCreateMasterCategories: false });
    const m = message();
    office.select(m);
    const result = await createMailbox(office).markCategory('No: Price');
    expect(result.applied).toBe(false);
    expect(result.applied === false && result.reason).toMatch(/Manage categories/);
    expect(m.categories).toEqual([]);
  });

  it('replaces an earlier No: category when the reason changes', async () => {
    const office = new SimulatedOffice({ masterCategories: ['No: Price', 'No: Bad timing', 'Customer'] });
    const m = message({ categories: ['Customer', 'No: Price'] });
    office.select(m);
    await createMailbox(office).markCategory('No: Bad timing');
    expect(m.categories).toEqual(['Customer', 'No: Bad timing']);
  });
});

describe('theme detection', () => {
  it('reads a dark Office body colour as dark and a white one as light', () => {
    expect(isDark('#292929')).toBe(true);
    expect(isDark('#ffffff')).toBe(false);
    expect(isDark(undefined)).toBeNull();
  });
});
