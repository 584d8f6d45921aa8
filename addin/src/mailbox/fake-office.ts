import type { AsyncResultLike, Callback, CategoryDetailsLike, MailboxLike, MessageReadLike, OfficeLike } from './office-types';

/**
 * A simulated Office with exactly what the mailbox adapter uses, for the try-out page and the tests.
 * Behaves like Outlook where it matters: categories must be in the master list before they go on an item, and
 * creating a master category fails unless the mailbox permission allows it.
 */
export interface SimulatedMessage {
  /** An EWS-style id (with `/` and `+`), as Office.js gives it. */
  itemId: string;
  conversationId: string;
  internetMessageId: string;
  subject: string;
  from: { emailAddress: string; displayName: string };
  categories: string[];
}

export interface SimulatedOfficeOptions {
  timeZone?: string;
  /** Whether masterCategories.addAsync succeeds (Outlook grants it only with mailbox-level permission). */
  canCreateMasterCategories?: boolean;
  masterCategories?: string[];
  darkTheme?: boolean;
  /** The signed-in rep as Outlook's user profile gives it (the try-out page passes the dev rep's sandbox mailbox). */
  user?: { emailAddress: string; displayName: string };
}

/**
 * Outlook gives item ids in the EWS form; Graph's REST ids are the URL-safe spelling of the same base64. The simulation
 * converts one way in convertToRestId and this the other, so an item built from a Graph message round-trips to its id.
 */
export const restIdToEwsId = (restId: string): string => restId.replace(/-/g, '/').replace(/_/g, '+');
const ewsIdToRestId = (itemId: string): string => itemId.replace(/\//g, '-').replace(/\+/g, '_');

const succeeded = <T>(value: T): AsyncResultLike<T> => ({ status: 'succeeded', value, error: null });
const failed = <T>(value: T, name: string, message: string): AsyncResultLike<T> => ({ status: 'failed', value, error: { name, message } });

export class SimulatedOffice implements OfficeLike {
  readonly MailboxEnums = { RestVersion: { v2_0: 'v2.0' }, CategoryColor: { Preset0: 'Preset0' } };
  readonly EventType = { ItemChanged: 'olkItemSelectedChanged' };
  readonly AsyncResultStatus = { Succeeded: 'succeeded' };
  readonly context: { mailbox: MailboxLike; officeTheme: { bodyBackgroundColor: string } };
  readonly masterCategories: Set<string>;
  canCreateMasterCategories: boolean;
  private selected: SimulatedMessage | null = null;
  private readonly handlers: (() => void)[] = [];

  constructor(options: SimulatedOfficeOptions = {}) {
    this.canCreateMasterCategories = options.canCreateMasterCategories ?? true;
    this.masterCategories = new Set(options.masterCategories ?? []);
    const self = this;
    this.context = {
      officeTheme: { bodyBackgroundColor: options.darkTheme ? '#292929' : '#ffffff' },
      mailbox: {
        get item() {
          return self.selected ? self.itemView(self.selected) : null;
        },
        userProfile: {
          timeZone: options.timeZone ?? 'W. Europe Standard Time',
          ...(options.user ?? { emailAddress: 'rep@contoso.example', displayName: 'Sam Rep' }),
        },
        convertToRestId: ewsIdToRestId,
        addHandlerAsync: (_type: unknown, handler: () => void, callback?: Callback<void>) => {
          self.handlers.push(handler);
          callback?.(succeeded(undefined));
        },
        masterCategories: {
          addAsync: (categories: CategoryDetailsLike[], callback: Callback<void>) => {
            if (!self.canCreateMasterCategories) {
              return later(callback, failed(undefined, 'PermissionDenied', 'This add-in does not have the permission to perform this action.'));
            }
            categories.forEach((c) => self.masterCategories.add(c.displayName));
            later(callback, succeeded(undefined));
          },
        },
      },
    };
  }

  onReady(): Promise<{ host: unknown; platform: unknown }> {
    return Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' });
  }

  /** Selects a message, as a click in the message list would, and tells a pinned pane. */
  select(message: SimulatedMessage | null): void {
    this.selected = message;
    this.handlers.forEach((h) => h());
  }

  private itemView(message: SimulatedMessage): MessageReadLike {
    const self = this;
    return {
      itemId: message.itemId,
      conversationId: message.conversationId,
      internetMessageId: message.internetMessageId,
      subject: message.subject,
      from: { ...message.from },
      categories: {
        getAsync: (cb) => later(cb, succeeded(message.categories.map((displayName) => ({ displayName, color: 'Preset0' })))),
        addAsync: (names, cb) => {
          const missing = names.filter((n) => !self.masterCategories.has(n));
          if (missing.length) return later(cb, failed(undefined, 'InvalidCategory', `Category not in the master list: ${missing.join(', ')}`));
          names.forEach((n) => message.categories.includes(n) || message.categories.push(n));
          later(cb, succeeded(undefined));
        },
        removeAsync: (names, cb) => {
          message.categories = message.categories.filter((c) => !names.includes(c));
          later(cb, succeeded(undefined));
        },
      },
    };
  }
}

/** Office.js calls back asynchronously; so does the simulation, so callers cannot come to rely on synchronous calls. */
function later<T>(callback: Callback<T>, result: AsyncResultLike<T>): void {
  setTimeout(() => callback(result), 0);
}
