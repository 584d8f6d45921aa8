import type { AsyncResultLike, Callback, MailboxLike, MessageReadLike, OfficeLike } from './office-types';

/**
 * The pane's only door to Office.js: what it reads from the open message and what it changes on it.
 * Everything else in the pane works with these plain values, so it can be tested and tried without Outlook.
 */
export interface Message {
  /** The REST (Graph) id of the message, converted from the EWS id Office.js gives. */
  itemId: string;
  conversationId: string;
  internetMessageId: string;
  subject: string;
  sender: { email: string; name: string | null };
}

export type CategoryResult =
  | { applied: true; category: string; created: boolean }
  | { applied: false; category: string; reason: string };

export interface Mailbox {
  /** The message open in the reading pane, or null (none selected, or not a message). */
  current(): Message | null;
  /** The rep's time zone as Outlook reports it (a Windows or an IANA id). */
  timeZone(): string;
  /** Calls back with the newly selected message when the pinned pane stays open across a selection change. */
  onItemChanged(handler: (message: Message | null) => void): Promise<void>;
  /** Puts the category (`No: <reason>`) on the open message, replacing an earlier `No: ...`, creating the master category when allowed. */
  markCategory(category: string): Promise<CategoryResult>;
}

export const CATEGORY_PREFIX = 'No: ';
export const categoryName = (reasonLabel: string): string => `${CATEGORY_PREFIX}${reasonLabel}`.slice(0, 255);

export function createMailbox(office: OfficeLike): Mailbox {
  const mailbox = (): MailboxLike => {
    const m = office.context?.mailbox;
    if (!m) throw new Error('No Outlook mailbox is available.');
    return m;
  };

  const read = (item: MessageReadLike | null | undefined): Message | null => {
    if (!item || !item.itemId || !item.from) return null;
    return {
      itemId: mailbox().convertToRestId(item.itemId, office.MailboxEnums.RestVersion.v2_0),
      conversationId: item.conversationId,
      internetMessageId: item.internetMessageId,
      subject: item.subject ?? '',
      sender: { email: item.from.emailAddress, name: item.from.displayName?.trim() || null },
    };
  };

  const call = <T>(start: (callback: Callback<T>) => void): Promise<AsyncResultLike<T>> =>
    new Promise((resolve) => start(resolve));
  const ok = (r: AsyncResultLike<unknown>) => r.status === office.AsyncResultStatus.Succeeded || r.status === 'succeeded';

  return {
    current: () => read(office.context?.mailbox?.item),
    timeZone: () => office.context?.mailbox?.userProfile.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone,

    async onItemChanged(handler) {
      const result = await call<void>((cb) =>
        mailbox().addHandlerAsync(office.EventType.ItemChanged, () => handler(read(mailbox().item)), cb),
      );
      if (!ok(result)) throw new Error(result.error?.message ?? 'Could not follow the selected message.');
    },

    async markCategory(name) {
      const category = name.slice(0, 255);
      const item = mailbox().item;
      if (!item) return { applied: false, category, reason: 'No message is open.' };

      // Take off an earlier "No: ..." first, so a changed reason does not leave two marks.
      const existing = await call<{ displayName: string }[] | null>((cb) => item.categories.getAsync(cb));
      const stale = ok(existing) ? (existing.value ?? []).map((c) => c.displayName).filter((n) => n.startsWith(CATEGORY_PREFIX) && n !== category) : [];
      if (stale.length) await call<void>((cb) => item.categories.removeAsync(stale, cb));
      if (ok(existing) && (existing.value ?? []).some((c) => c.displayName === category)) {
        return { applied: true, category, created: false };
      }

      const first = await call<void>((cb) => item.categories.addAsync([category], cb));
      if (ok(first)) return { applied: true, category, created: false };

      // Usually the category is not in the mailbox's master list yet. Creating it needs the mailbox-level
      // permission, which this add-in does not ask for (least privilege); some mailboxes grant it anyway.
      const created = await call<void>((cb) =>
        mailbox().masterCategories.addAsync([{ displayName: category, color: office.MailboxEnums.CategoryColor.Preset0 }], cb),
      );
      if (ok(created)) {
        const second = await call<void>((cb) => item.categories.addAsync([category], cb));
        if (ok(second)) return { applied: true, category, created: true };
        return { applied: false, category, reason: `Outlook did not put the category on this message (${second.error?.message ?? 'unknown error'}).` };
      }
      return {
        applied: false,
        category,
        reason:
          `The category "${category}" does not exist in your mailbox yet, and Follow-Up may only change this message, not your category list. ` +
          `Create it once in Outlook (Categorize › Manage categories) and Follow-Up will use it from then on. The plan itself is saved.`,
      };
    },
  };
}
