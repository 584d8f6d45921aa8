import './tryout.css';
import { SimulatedOffice } from '../src/mailbox/fake-office';
import { simulateProspect, type ProspectAnswer } from '../src/mailbox/prospect-simulation';
import { fetchDevIdentity, fetchSandboxEmails, type DevIdentity, type SandboxEmail } from '../src/mailbox/sandbox-mailbox';

/**
 * The try-out page: a message list and reading pane over a simulated Outlook mailbox, with the real task pane in a
 * frame beside it. The pane finds the simulation on this page (same origin, dev builds only); the task pane is pinned,
 * so selecting another message raises ItemChanged just as Outlook does. The messages are the dev rep's in the dev
 * host's Graph sandbox (same origin), so a "no" marked here gets its thank-you draft in that very thread.
 */
const params = new URLSearchParams(location.search);
const list = document.getElementById('messages')!;
const reading = document.getElementById('reading')!;
const frame = document.getElementById('pane') as HTMLIFrameElement;
const allowCategories = document.getElementById('can-create-categories') as HTMLInputElement;
const replies = document.getElementById('prospect-replies') as HTMLButtonElement;
const away = document.getElementById('prospect-away') as HTMLButtonElement;
const simulateStatus = document.getElementById('simulate-status')!;

let me: DevIdentity;
let emails: SandboxEmail[];
let office: SimulatedOffice;
try {
  me = await fetchDevIdentity();
  emails = await fetchSandboxEmails(me);
  office = new SimulatedOffice({
    timeZone: params.get('tz') ?? me.mailbox!.timeZone,
    canCreateMasterCategories: params.get('categories') !== 'deny',
    darkTheme: matchMedia('(prefers-color-scheme: dark)').matches,
    user: { emailAddress: me.mailbox!.userPrincipalName, displayName: me.mailbox!.displayName },
  });
} catch (e) {
  // A page that cannot reach the sandbox says so instead of showing an empty inbox.
  reading.replaceChildren(Object.assign(document.createElement('p'), {
    className: 'empty',
    textContent: `Could not load the dev rep's mailbox from the dev host's Graph sandbox: ${(e as Error).message}`,
  }));
  throw e;
}
window.__followUpSimulatedOffice = office;
allowCategories.checked = office.canCreateMasterCategories;
allowCategories.addEventListener('change', () => (office.canCreateMasterCategories = allowCategories.checked));

let selected: SandboxEmail | null = null;
/** "Mon 09:12", as a message list shows the week's mail. */
const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit' }).replace(',', '');

/** The body's paragraphs as plain text: DOMParser runs no scripts, and textContent keeps any markup inert. */
function paragraphs(html: string): string[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const blocks = [...body.querySelectorAll('p, div')].filter((b) => !b.querySelector('p, div'));
  return (blocks.length ? blocks.map((b) => b.textContent ?? '') : [body.textContent ?? '']).map((t) => t.trim()).filter(Boolean);
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

function renderList() {
  list.replaceChildren(
    ...emails.map((m) => {
      const li = el('li');
      const b = el('button', undefined, 'message');
      b.type = 'button';
      b.setAttribute('aria-current', String(m === selected));
      b.dataset.conversation = m.conversationId;
      b.append(el('span', m.from.displayName, 'from'), el('span', when(m.received), 'when'), el('span', m.subject, 'subject'));
      if (m.categories.length) b.append(el('span', m.categories.join(', '), 'cats'));
      b.addEventListener('click', () => select(m));
      li.append(b);
      return li;
    }),
  );
}

function renderReading() {
  if (!selected) {
    reading.replaceChildren(el('p', 'Select a message to read it.', 'empty'));
    return;
  }
  const cats = el('p', undefined, 'categories');
  cats.id = 'message-categories';
  cats.setAttribute('aria-label', 'Categories');
  selected.categories.forEach((c) => cats.append(el('span', c, 'category')));
  reading.replaceChildren(
    el('h1', selected.subject),
    el('p', `${selected.from.displayName} <${selected.from.emailAddress}>`, 'sender'),
    cats,
    ...paragraphs(selected.bodyHtml).map((p) => el('p', p)),
  );
}

function select(message: SandboxEmail) {
  selected = message;
  renderList();
  renderReading();
  replies.disabled = away.disabled = false;
  simulateStatus.textContent = '';
  office.select(message);
}

/** The prospect answers in the selected thread; re-selecting the message reloads the pinned pane, as ItemChanged would. */
async function playProspect(answer: ProspectAnswer) {
  const message = selected;
  if (!message) return;
  replies.disabled = away.disabled = true;
  simulateStatus.textContent = answer.kind === 'reply' ? 'Replying as the prospect…' : 'Sending an out-of-office…';
  try {
    simulateStatus.textContent = await simulateProspect(me, message.conversationId, answer);
    if (selected === message) office.select(message);
  } catch (e) {
    simulateStatus.textContent = `Could not play the prospect: ${(e as Error).message}`;
  } finally {
    replies.disabled = away.disabled = false;
  }
}
replies.addEventListener('click', () => void playProspect({ kind: 'reply' }));
away.addEventListener('click', () => void playProspect({ kind: 'out-of-office', awayDays: 14 }));

// Categories change when the pane saves; keep the list and the reading pane in step.
let lastCategories = '';
setInterval(() => {
  const now = JSON.stringify(emails.map((m) => m.categories));
  if (now !== lastCategories) {
    lastCategories = now;
    renderList();
    renderReading();
  }
}, 250);

const first = emails[Number(params.get('email') ?? 1) - 1] ?? emails[0];
if (first) select(first);
else renderReading();
frame.src = new URL('../taskpane.html', location.href).href;
