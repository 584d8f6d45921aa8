import type { ApiClient } from './api/client';
import { isApiError } from './api/errors';
import type { Outcome, Plan, Reason } from './api/types';
import { emptyForm, fromPlan, mapServerErrors, markOf, toRequest, validate, type FormState } from './form/form-model';
import { formView } from './form/form-view';
import { categoryName, type CategoryResult, type Mailbox, type Message } from './mailbox/mailbox';
import { planView } from './plan/plan-view';
import { summarize } from './plan/plan-model';
import { h } from './ui/dom';
import { describeProblem } from './ui/errors';

export interface AppElements {
  view: HTMLElement;
  status: HTMLElement;
  prospect: HTMLElement;
  notice: HTMLElement;
}

/** The pane's controller: which view shows, and what happens on each action. */
export class App {
  private reasons: Reason[] | null = null;
  private message: Message | null = null;
  private plan: Plan | null = null;
  /** Ignores answers for a message the rep has already moved away from (pinned pane). */
  private generation = 0;

  constructor(
    private readonly el: AppElements,
    private readonly mailbox: Mailbox | null,
    private readonly api: ApiClient,
  ) {}

  async start(): Promise<void> {
    if (!this.mailbox) {
      this.showInfo('Open a message in Outlook', 'Follow-Up works on a message from a prospect. Open one in Outlook and start Follow-Up from the ribbon.');
      return;
    }
    this.mailbox.onItemChanged((m) => void this.open(m)).catch(() => undefined);
    await this.open(this.mailbox.current());
  }

  async open(message: Message | null): Promise<void> {
    const generation = ++this.generation;
    this.message = message;
    this.plan = null;
    this.el.notice.replaceChildren();
    this.renderProspect();
    if (!message) {
      this.showInfo('No message selected', 'Select a message from a prospect to mark it as a "no".');
      return;
    }
    this.showLoading('Loading…');
    try {
      const [reasons, plan] = await Promise.all([this.loadReasons(), this.api.getPlanByConversation(message.conversationId)]);
      if (generation !== this.generation) return;
      this.reasons = reasons;
      this.plan = plan;
      if (plan) this.showPlan(false);
      else this.showForm(emptyForm(), false);
    } catch (e) {
      if (generation === this.generation) this.showProblem(e, () => this.open(message));
    }
  }

  private async loadReasons(): Promise<Reason[]> {
    this.reasons ??= await this.api.getReasons();
    return this.reasons;
  }

  private renderProspect() {
    const m = this.message;
    this.el.prospect.replaceChildren(
      ...(m
        ? [h('span', { class: 'prospect-name' }, m.sender.name ?? m.sender.email), m.sender.name ? h('span', { class: 'muted' }, ` ${m.sender.email}`) : '',
           h('span', { class: 'subject' }, m.subject)]
        : []),
    );
  }

  private showForm(initial: FormState, editing: boolean) {
    const reasons = this.reasons ?? [];
    const view = formView({
      reasons,
      initial,
      editing,
      announce: (t) => this.announce(t),
      onCancel: () => this.showPlan(true),
      onSubmit: (state) => void this.save(state, view),
    });
    this.swap(view.element);
    if (editing) view.focusStart();
    performance.mark('followup:interactive');
    document.documentElement.dataset.paneState = 'form';
  }

  private async save(state: FormState, view: ReturnType<typeof formView>) {
    const message = this.message;
    if (!message || !this.mailbox) return;
    const errors = validate(state, this.reasons ?? [], localToday());
    if (Object.keys(errors).length) {
      view.showErrors(errors);
      this.announce('Some entries need a look.');
      return;
    }
    const generation = this.generation;
    const request = toRequest(state, message, this.mailbox.timeZone());
    view.setBusy(true);
    this.announce('Saving…');
    try {
      const saved = await this.api.savePlan(request);
      if (generation !== this.generation) return;
      this.plan = saved.plan.mark ? saved.plan : { ...saved.plan, mark: markOf(request) };
      this.showPlan(true, saved.created ? 'Plan saved.' : 'Plan updated.');
      const label = this.reasons?.find((r) => r.code === request.reason)?.label ?? request.reason;
      const category = saved.plan.category ?? categoryName(label);
      this.showCategory(await this.mailbox.markCategory(category).catch((e: unknown) => ({
        applied: false as const, category, reason: e instanceof Error ? e.message : 'Outlook did not answer.',
      })));
    } catch (e) {
      if (generation !== this.generation) return;
      view.setBusy(false);
      if (isApiError(e) && e.kind === 'validation') {
        const fieldErrors = mapServerErrors(e.fieldErrors);
        view.showErrors(Object.keys(fieldErrors).length ? fieldErrors : { form: e.message });
        this.announce('The service found entries that need a look.');
      } else {
        this.showNotice(e, () => void this.save(view.state(), view));
      }
    }
  }

  private showPlan(focus: boolean, announcement?: string) {
    const plan = this.plan;
    if (!plan) return;
    const view = planView({
      plan,
      reasons: this.reasons ?? [],
      onPause: () => void this.act(view, (id) => this.api.pausePlan(id), 'Plan paused.'),
      onResume: () => void this.act(view, (id) => this.api.resumePlan(id), 'Plan resumed.'),
      onClose: (outcome: Outcome) => void this.act(view, (id) => this.api.closePlan(id, outcome), 'Plan closed.'),
      onRecordOutcome: (step, outcome) => void this.act(view, (id) => this.api.recordOutcome(id, step, outcome), 'Call outcome recorded.'),
      onChangeReason: () => {
        this.el.notice.replaceChildren();
        const form = fromPlan(plan);
        this.showForm(plan.state === 'closed' ? { ...form, reason: '' } : form, plan.state !== 'closed');
      },
    });
    this.swap(view.element);
    document.documentElement.dataset.paneState = `plan-${plan.state}`;
    performance.mark('followup:interactive');
    if (focus) view.focusStart();
    this.announce(`${announcement ? `${announcement} ` : ''}${summarize(plan)}`);
  }

  private async act(view: ReturnType<typeof planView>, call: (planId: string) => Promise<Plan>, done: string) {
    const plan = this.plan;
    if (!plan) return;
    view.setBusy(true);
    this.el.notice.replaceChildren();
    try {
      const next = await call(plan.planId);
      this.plan = next.mark ? next : { ...next, mark: plan.mark };
      this.showPlan(true, done);
    } catch (e) {
      view.setBusy(false);
      const reload = () => void this.open(this.message);
      this.showNotice(e, isApiError(e) && e.kind === 'conflict' ? reload : () => void this.act(view, call, done));
    }
  }

  private showCategory(result: CategoryResult) {
    if (result.applied) {
      this.el.notice.replaceChildren(messageBar('success', `Marked the message "${result.category}"${result.created ? ' (new category created)' : ''}.`, 'category-notice'));
    } else {
      this.el.notice.replaceChildren(messageBar('warning', `Category not added. ${result.reason}`, 'category-notice'));
    }
  }

  /** A problem while the current view stays (save, pause...): a message bar above it, the rep's entries kept. */
  private showNotice(error: unknown, retry: () => void) {
    const p = describeProblem(error);
    const bar = messageBar(p.action ? 'error' : 'warning', `${p.title}. ${p.message}`, 'problem');
    if (p.action) bar.append(h('fluent-button', { slot: 'actions', size: 'small', onclick: retry }, p.action === 'sign-in' ? 'Sign in' : 'Try again'));
    this.el.notice.replaceChildren(bar);
    document.documentElement.dataset.paneState = `problem-${isApiError(error) ? error.kind : 'unexpected'}`;
  }

  /** A problem instead of a view (loading failed): title, message, and the one button that helps. */
  private showProblem(error: unknown, retry: () => void) {
    const p = describeProblem(error);
    const heading = h('h2', { tabindex: -1 }, p.title);
    this.swap(
      h('section', { class: 'problem', role: 'alert' },
        heading,
        h('p', {}, p.message),
        p.action ? h('fluent-button', { appearance: 'primary', onclick: retry }, p.action === 'sign-in' ? 'Sign in' : 'Try again') : null),
    );
    document.documentElement.dataset.paneState = `problem-${isApiError(error) ? error.kind : 'unexpected'}`;
    performance.mark('followup:interactive');
    heading.focus();
  }

  private showInfo(title: string, text: string) {
    this.swap(h('section', { class: 'info' }, h('h2', {}, title), h('p', {}, text)));
    document.documentElement.dataset.paneState = 'info';
    performance.mark('followup:interactive');
  }

  private showLoading(text: string) {
    this.swap(h('div', { class: 'loading', role: 'status' }, h('fluent-spinner', { size: 'small', 'aria-hidden': 'true' }), h('span', {}, text)));
    document.documentElement.dataset.paneState = 'loading';
  }

  private swap(content: HTMLElement) {
    this.el.view.replaceChildren(content);
    this.el.view.removeAttribute('aria-busy');
  }

  private announce(text: string) {
    // Clear first so the same words are read again.
    this.el.status.textContent = '';
    setTimeout(() => (this.el.status.textContent = text), 50);
  }
}

function messageBar(intent: 'success' | 'warning' | 'error', text: string, id: string): HTMLElement {
  return h('fluent-message-bar', { intent, id, layout: 'multiline' }, text);
}

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

