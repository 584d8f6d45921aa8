import type { CallbackOutcome, Outcome, Plan, PlanStep, StepKind, StepRef, StepStatus } from '../api/types';

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

/** A step's status as the rep reads it: a done callback is an event waiting in the calendar, not a call made. */
export function statusLabel(step: Pick<PlanStep, 'kind' | 'status'>): string {
  return step.kind === 'callback' && step.status === 'done' ? 'In your calendar' : STATUS_LABELS[step.status];
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  're-engaged': 'Re-engaged',
  won: 'Won',
  'still-no': 'Still no',
};

export const CALLBACK_OUTCOME_LABELS: Record<CallbackOutcome, string> = {
  reached: 'Reached them',
  'not-reached': 'Did not reach them',
  reopened: 'Re-opened the conversation',
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
  const parts = [plan.state === 'active' ? 'Active.' : !plan.engagement ? 'Paused.'
    : plan.engagement.source === 'prospect-replied' ? 'Paused: the prospect replied.' : 'Paused: the conversation re-opened.'];
  if (next && plan.state === 'active') parts.push(`Next: ${KIND_LABELS[next.kind].toLowerCase()} on ${formatDue(next, locale, timeZone)}.`);
  if (parked) parts.push(`${parked} step${parked > 1 ? 's need' : ' needs'} attention.`);
  return parts.join(' ');
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const STEP_NOUNS: Record<StepKind, string> = { 'thank-you': 'thank-you note', 'follow-up': 'follow-up', callback: 'callback' };

/** "the 2nd follow-up"; "the callback" when the plan has only one of that kind. */
export function describeStepRef(ref: StepRef, plan: Plan): string {
  const ofKind = plan.steps.filter((s) => s.kind === ref.kind).length;
  return ofKind <= 1 && ref.ordinal <= 1 ? `the ${STEP_NOUNS[ref.kind]}` : `the ${ordinal(ref.ordinal)} ${STEP_NOUNS[ref.kind]}`;
}

/** "Tue 3 Dec", with the year only when it is not this year's. */
export function formatDay(date: Date, locale?: string, timeZone?: string, now = new Date()): string {
  if (Number.isNaN(date.getTime())) return 'an unknown day';
  const zone = timeZone ? { timeZone } : {};
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', ...zone });
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', ...zone };
  if (year.format(date) !== year.format(now)) options.year = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(date).replace(/,/g, '');
}

/** The step a reference points at: the n-th step of that kind, in the order the plan runs them. */
function stepOf(plan: Plan, ref: StepRef): PlanStep | undefined {
  return plan.steps.filter((s) => s.kind === ref.kind).sort((a, b) => a.number - b.number)[ref.ordinal - 1];
}

/** Why the plan stopped by itself, in a sentence for the banner; null when the prospect has not come back. */
export function engagementMessage(plan: Plan, locale?: string, timeZone?: string, now = new Date()): string | null {
  const e = plan.engagement;
  if (!e) return null;
  const after = e.after ? `, after ${describeStepRef(e.after, plan)}` : '';
  if (e.source === 'prospect-replied') {
    const who = plan.prospect?.name?.trim().split(/\s+/)[0] || plan.prospect?.email || 'The prospect';
    const then = plan.state === 'paused' ? ' — the plan is paused so you can answer in person.' : '.';
    return `${who} replied on ${formatDay(new Date(e.at), locale, timeZone, now)}${after}${then}`;
  }
  const call = e.after ? stepOf(plan, e.after) : undefined;
  const then = plan.state === 'paused' ? ' — the plan is paused so you can take it from there.' : '.';
  return `You re-opened the conversation on the call of ${formatDay(new Date(call?.dueAt ?? e.at), locale, timeZone, now)}${then}`;
}

/** The out-of-office note; null when no automatic reply moved the plan, or the plan is over. */
export function awayMessage(plan: Plan, locale?: string, now = new Date()): string | null {
  if (!plan.awayUntil || plan.state === 'closed') return null;
  const day = formatDay(new Date(`${plan.awayUntil}T00:00:00Z`), locale, 'UTC', now);
  return `Out of office until ${day}: the remaining steps were moved after their return.`;
}

/** A callback whose time has passed and that has no outcome yet: the pane asks how the call went. */
export const awaitsOutcome = (step: PlanStep): boolean => step.kind === 'callback' && step.canRecordOutcome && !step.outcome;
