import type { Outcome, Plan, PlanStep, StepKind, StepStatus } from '../api/types';

export const KIND_LABELS: Record<StepKind, string> = {
  'thank-you': 'Thank-you draft',
  'follow-up': 'Follow-up draft',
  callback: 'Callback in your calendar',
};

export const STATUS_LABELS: Record<StepStatus, string> = {
  planned: 'Planned',
  done: 'Done',
  parked: 'Needs attention',
  cancelled: 'Cancelled',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  're-engaged': 'Re-engaged',
  won: 'Won',
  'still-no': 'Still no',
};

export const STATE_LABELS: Record<Plan['state'], string> = { active: 'Active', paused: 'Paused', closed: 'Closed' };

/** A step's due moment in the rep's local time: callbacks with the time, drafts by day. */
export function formatDue(step: PlanStep, locale?: string, timeZone?: string): string {
  const date = new Date(step.dueAt);
  if (Number.isNaN(date.getTime())) return 'Date not set';
  const options: Intl.DateTimeFormatOptions =
    step.kind === 'callback'
      ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }
      : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options).format(date);
}

/** The next step that still has to happen, if any. */
export function nextStep(plan: Plan): PlanStep | undefined {
  return plan.steps.find((s) => s.status === 'planned');
}

/** One line for screen readers and the header: state, and what comes next. */
export function summarize(plan: Plan, locale?: string, timeZone?: string): string {
  if (plan.state === 'closed') return `Closed${plan.outcome ? `: ${OUTCOME_LABELS[plan.outcome]}` : ''}.`;
  const next = nextStep(plan);
  const parked = plan.steps.filter((s) => s.status === 'parked').length;
  const parts = [plan.state === 'paused' ? 'Paused.' : 'Active.'];
  if (next && plan.state === 'active') parts.push(`Next: ${KIND_LABELS[next.kind].toLowerCase()} on ${formatDue(next, locale, timeZone)}.`);
  if (parked) parts.push(`${parked} step${parked > 1 ? 's need' : ' needs'} attention.`);
  return parts.join(' ');
}
