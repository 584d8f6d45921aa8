/**
 * The slice of Office.js the adapter uses, as structural types. The real `Office` namespace satisfies them, and so
 * does the simulated mailbox of the try-out page and the tests (fake-office.ts).
 */
export interface AsyncResultLike<T> {
  status: 'succeeded' | 'failed' | string;
  value: T;
  error?: { name?: string; message?: string; code?: number } | null;
}
export type Callback<T> = (result: AsyncResultLike<T>) => void;

export interface CategoryDetailsLike {
  displayName: string;
  color: string;
}

export interface MessageReadLike {
  itemId: string;
  conversationId: string;
  internetMessageId: string;
  subject: string;
  from: { emailAddress: string; displayName: string } | null;
  categories: {
    getAsync(callback: Callback<CategoryDetailsLike[] | null>): void;
    addAsync(categories: string[], callback: Callback<void>): void;
    removeAsync(categories: string[], callback: Callback<void>): void;
  };
}

export interface MailboxLike {
  item: MessageReadLike | null | undefined;
  userProfile: { timeZone: string; emailAddress?: string; displayName?: string };
  convertToRestId(itemId: string, restVersion: unknown): string;
  addHandlerAsync(eventType: unknown, handler: (args?: unknown) => void, callback?: Callback<void>): void;
  masterCategories: {
    addAsync(categories: CategoryDetailsLike[], callback: Callback<void>): void;
  };
}

export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context: { mailbox?: MailboxLike | null; officeTheme?: { bodyBackgroundColor?: string } | null } | undefined;
  MailboxEnums: { RestVersion: { v2_0: unknown }; CategoryColor: { Preset0: string } };
  EventType: { ItemChanged: unknown };
  AsyncResultStatus: { Succeeded: unknown };
}
