import { createMailbox, type Mailbox } from './mailbox';
import type { OfficeLike } from './office-types';

declare global {
  interface Window {
    /** Set by the try-out page (on itself, the parent of the pane's frame) in dev builds only. */
    __followUpSimulatedOffice?: OfficeLike;
  }
}

export interface Host {
  /** Null when the pane is not inside Outlook (and no simulated mailbox is allowed and present). */
  mailbox: Mailbox | null;
  /** The Office theme's preference, when Office tells one. */
  prefersDark: boolean | null;
}

/** Waits for office.js, then connects to Outlook's mailbox, or to the try-out page's simulated one in dev builds. */
export async function connectToHost(allowSimulated: boolean): Promise<Host> {
  const office = (globalThis as unknown as { Office?: OfficeLike }).Office;
  if (office) await office.onReady();
  performance.mark('followup:office-ready');

  if (office?.context?.mailbox) {
    return { mailbox: createMailbox(office), prefersDark: isDark(office.context.officeTheme?.bodyBackgroundColor) };
  }
  const simulated = allowSimulated ? findSimulatedOffice() : null;
  if (simulated) {
    await simulated.onReady();
    return { mailbox: createMailbox(simulated), prefersDark: isDark(simulated.context?.officeTheme?.bodyBackgroundColor) };
  }
  return { mailbox: null, prefersDark: null };
}

function findSimulatedOffice(): OfficeLike | null {
  if (window.__followUpSimulatedOffice) return window.__followUpSimulatedOffice;
  try {
    // Same-origin parent only (the try-out page); inside Outlook the parent is another origin and this throws.
    return window.parent !== window ? (window.parent.__followUpSimulatedOffice ?? null) : null;
  } catch {
    return null;
  }
}

/** `#rrggbb` → dark when its relative luminance is low. */
export function isDark(color: string | undefined | null): boolean | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
