import type { CallbackOutcome, Outcome, Plan, PlanStep, Reason } from '../api/types';
import { STAGE_LABELS } from '../form/form-model';
import { h, uid } from '../ui/dom';
import { insightsLink } from '../ui/insights-link';
import {
  awaitsOutcome, awayMessage, CALLBACK_OUTCOME_LABELS, engagementMessage, formatDue, KIND_LABELS, OUTCOME_LABELS, STATE_LABELS,
  statusLabel, summarize,
} from './plan-model';

export interface PlanViewOptions {
  plan: Plan;
  reasons: Reason[];
  onPause(): void;
  onResume(): void;
  onChangeReason(): void;
  onClose(outcome: Outcome): void;
  onRecordOutcome(stepNumber: number, outcome: CallbackOutcome): void;
}

const BADGE_COLOR: Record<string, string> = { planned: 'informative', done: 'success', parked: 'danger', cancelled: 'subtle' };
const CALL_BADGE_COLOR: Record<CallbackOutcome, string> = { reached: 'brand', 'not-reached': 'warning', reopened: 'success', 'still-no': 'subtle' };

/** The plan as a timeline of steps with their status, and what the rep can do with it. */
export function planView(options: PlanViewOptions): { element: HTMLElement; setBusy(busy: boolean): void; focusStart(): void } {
  const { plan } = options;
  const reason = options.reasons.find((r) => r.code === plan.mark?.reason);
  const buttons: HTMLElement[] = [];
  const button = (label: string, onclick: () => void, appearance?: string) => {
    const b = h('fluent-button', { type: 'button', appearance, onclick }, label);
    buttons.push(b);
    return b;
  };

  // One click records it: the four answers are buttons in a named group rather than a radio group and a Save button.
  const outcomeChoice = (step: PlanStep) => {
    const titleId = uid('call-outcome');
    return h('div', { class: 'call-outcome ask', role: 'group', 'aria-labelledby': titleId },
      h('p', { id: titleId, class: 'call-outcome-title' }, 'How did the call go?'),
      h('div', { class: 'actions' },
        ...(Object.keys(CALLBACK_OUTCOME_LABELS) as CallbackOutcome[]).map((o) =>
          button(CALLBACK_OUTCOME_LABELS[o], () => options.onRecordOutcome(step.number, o), 'outline'))));
  };

  // Recording again replaces the outcome: "Change" opens the same choice under the badge.
  const recordedOutcome = (step: PlanStep, outcome: CallbackOutcome) => {
    const badge = h('fluent-badge', { appearance: 'tint', color: CALL_BADGE_COLOR[outcome], size: 'medium' }, `Call: ${CALLBACK_OUTCOME_LABELS[outcome]}`);
    if (!step.canRecordOutcome || plan.state === 'closed') return h('p', { class: 'call-outcome' }, badge);
    const choice = outcomeChoice(step);
    choice.hidden = true;
    const change = button('Change', () => {
      choice.hidden = false;
      change.remove();
      choice.querySelector<HTMLElement>('fluent-button')?.focus();
    });
    change.setAttribute('size', 'small');
    change.setAttribute('aria-label', 'Change the call\'s outcome');
    return h('div', { class: 'call-outcome' }, h('p', { class: 'call-outcome-recorded' }, badge, ' ', change), choice);
  };

  const steps = h('ol', { class: 'timeline', 'aria-label': 'Steps' },
    ...plan.steps.map((step) =>
      h('li', { class: `step status-${step.status}` },
        h('div', { class: 'step-head' },
          h('span', { class: 'step-kind' }, KIND_LABELS[step.kind]),
          h('fluent-badge', { appearance: 'tint', color: BADGE_COLOR[step.status] ?? 'informative', size: 'small' }, statusLabel(step))),
        h('time', { datetime: step.dueAt }, formatDue(step)),
        step.status === 'parked' && step.lastError
          ? h('p', { class: 'step-error' }, `Stopped after repeated failures: ${step.lastError}`)
          : null,
        step.outcome ? recordedOutcome(step, step.outcome) : null,
        awaitsOutcome(step) && plan.state !== 'closed' ? outcomeChoice(step) : null,
      ),
    ),
  );
  if (plan.steps.length === 0) steps.append(h('li', { class: 'step' }, 'No steps planned.'));

  const closeBox = h('fieldset', { class: 'close-box', hidden: true },
    h('legend', {}, 'How did it end?'),
    ...(Object.keys(OUTCOME_LABELS) as Outcome[]).map((o, i) =>
      h('label', { class: 'radio' }, h('input', { type: 'radio', name: 'outcome', value: o, checked: i === 2 }), OUTCOME_LABELS[o])),
    h('div', { class: 'actions' },
      button('Close plan', () => {
        const chosen = closeBox.querySelector<HTMLInputElement>('input[name=outcome]:checked');
        options.onClose((chosen?.value as Outcome) ?? 'still-no');
      }, 'primary'),
      button('Keep it open', () => {
        closeBox.hidden = true;
        closeToggle.focus();
      })),
  );
  const closeToggle = button('Close with outcome…', () => {
    closeBox.hidden = false;
    closeBox.querySelector<HTMLInputElement>('input:checked')?.focus();
  });

  const actions =
    plan.state === 'closed'
      ? h('div', { class: 'actions' }, button('Mark again with a new reason', options.onChangeReason))
      : h('div', { class: 'actions' },
          plan.state === 'paused' ? button('Resume', options.onResume, 'primary') : button('Pause', options.onPause),
          button('Change reason', options.onChangeReason),
          closeToggle);

  const engaged = engagementMessage(plan);
  const away = awayMessage(plan);
  const element = h('section', { class: 'plan', 'aria-labelledby': 'plan-title' },
    h('h2', { id: 'plan-title', tabindex: -1 }, 'Follow-up plan'),
    engaged ? h('fluent-message-bar', { intent: 'success', id: 'engagement-notice', layout: 'multiline' }, engaged) : null,
    away ? h('fluent-message-bar', { intent: 'info', id: 'away-notice', layout: 'multiline' }, away) : null,
    h('p', { class: 'plan-summary' },
      h('fluent-badge', { appearance: 'filled', color: plan.state === 'active' ? 'brand' : plan.state === 'paused' ? 'warning' : 'subtle' }, STATE_LABELS[plan.state]),
      ' ', summarize(plan)),
    plan.mark
      ? h('p', { class: 'muted' }, `Reason: ${reason?.label ?? plan.mark.reason}${plan.mark.stage ? ` · Stage: ${STAGE_LABELS[plan.mark.stage]}` : ''}`)
      : null,
    steps,
    reason?.suggestedOpening && plan.state !== 'closed'
      ? h('p', { class: 'opening' }, h('strong', {}, 'For the callback: '), reason.suggestedOpening)
      : null,
    h('p', { class: 'muted' }, 'Drafts appear in your Drafts folder when due; nothing is sent for you.'),
    actions,
    closeBox,
    insightsLink(),
  );

  return {
    element,
    setBusy(busy) {
      buttons.forEach((b) => b.toggleAttribute('disabled', busy));
      element.setAttribute('aria-busy', String(busy));
    },
    focusStart() {
      element.querySelector<HTMLElement>('#plan-title')?.focus();
    },
  };
}
