import type { Plan, PlanRequest, Reason, SelfDebrief, Stage } from '../api/types';
import { STAGES } from '../api/types';
import type { Message } from '../mailbox/mailbox';

/** The "no" form's state: plain data, so the rules below are testable without a DOM. */
export interface FormState {
  reason: string;
  stage: Stage | '';
  prospectWords: string;
  goals: string[];
  challenges: string[];
  interests: string[];
  callbackAgreed: boolean;
  callbackDate: string;
  contractEndsOn: string;
  thankYou: boolean;
  /** True once the rep set the thank-you toggle themselves; a new reason then no longer changes it. */
  thankYouChosen: boolean;
  debrief: DebriefState;
}

export type Answer = 'yes' | 'no' | '';
export interface DebriefState {
  proposedBeforeExploringNeeds: Answer;
  askedMoreThanPitched: Answer;
  matchedTheirPace: Answer;
  wasQualifiedOpportunity: Answer;
  leftTheDoorOpen: Answer;
  note: string;
}
export type DebriefQuestion = Exclude<keyof DebriefState, 'note'>;

export const DEBRIEF_QUESTIONS: readonly { key: DebriefQuestion; text: string }[] = [
  { key: 'proposedBeforeExploringNeeds', text: 'Did I propose before exploring their needs?' },
  { key: 'askedMoreThanPitched', text: 'Did I ask more than I pitched?' },
  { key: 'matchedTheirPace', text: 'Did I match their pace?' },
  { key: 'wasQualifiedOpportunity', text: 'Was this a qualified opportunity?' },
  { key: 'leftTheDoorOpen', text: 'Did I leave the door open?' },
];

export const STAGE_LABELS: Record<Stage, string> = {
  'cold-call': 'Cold call',
  discovery: 'Discovery',
  demo: 'Demo',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
};

export type TagList = 'goals' | 'challenges' | 'interests';

/** Limits mirrored from the API's validation, so most mistakes are caught before a round trip. */
export const LIMITS = {
  prospectWords: 2000,
  note: 2000,
  tagLength: 50,
  contractMaxYearsAhead: 10,
  tagsPerList: 20,
  callbackMaxDaysAhead: 2 * 366,
} as const;

export type FieldId =
  | 'reason'
  | 'stage'
  | 'prospectWords'
  | 'tags.goals'
  | 'tags.challenges'
  | 'tags.interests'
  | 'callbackDate'
  | 'contractEndsOn'
  | 'thankYou'
  | 'debrief.note'
  | 'form';
export type FieldErrors = Partial<Record<FieldId, string>>;

export function emptyForm(): FormState {
  return {
    reason: '',
    stage: '',
    prospectWords: '',
    goals: [],
    challenges: [],
    interests: [],
    callbackAgreed: false,
    callbackDate: '',
    contractEndsOn: '',
    thankYou: true,
    thankYouChosen: false,
    debrief: {
      proposedBeforeExploringNeeds: '',
      askedMoreThanPitched: '',
      matchedTheirPace: '',
      wasQualifiedOpportunity: '',
      leftTheDoorOpen: '',
      note: '',
    },
  };
}

/** Picking a reason brings its thank-you default, unless the rep already chose. */
export function chooseReason(state: FormState, reason: Reason | undefined): FormState {
  if (!reason) return { ...state, reason: '' };
  return { ...state, reason: reason.code, thankYou: state.thankYouChosen ? state.thankYou : reason.thankYouByDefault };
}

export function chooseThankYou(state: FormState, on: boolean): FormState {
  return { ...state, thankYou: on, thankYouChosen: true };
}

/** Adds a tag typed by the rep; trims, ignores blanks and case-insensitive duplicates. */
export function addTag(state: FormState, list: TagList, text: string): FormState {
  const tag = text.trim().replace(/\s+/g, ' ');
  if (!tag || state[list].some((t) => t.toLowerCase() === tag.toLowerCase())) return state;
  return { ...state, [list]: [...state[list], tag] };
}

export function removeTag(state: FormState, list: TagList, index: number): FormState {
  return { ...state, [list]: state[list].filter((_, i) => i !== index) };
}

const weeks = (days: number) => Math.max(1, Math.round(days / 7));

/** The reason's playbook in one or two short lines, shown as the rep picks it. */
export function describeDefaults(reason: Reason): { callback: string; cadence: string; thankYou: string; emphasis: string } {
  const w = reason.callbackWindow;
  const callback =
    w.anchor === 'next-budget-year'
      ? `Callback ${Math.min(-w.fromDays, -w.toDays)}–${Math.max(-w.fromDays, -w.toDays)} days before their next budget year`
      : `Callback in ${w.fromDays}–${w.toDays} days`;
  const days = reason.followUpDays;
  let cadence: string;
  if (days.length === 0) cadence = 'No follow-ups';
  else if (days.length >= 4 && days.every((d, i) => i === 0 || d - (days[i - 1] ?? 0) === days[1]! - days[0]!) && days[1]! - days[0]! >= 28)
    cadence = `Follow-ups about monthly (${days.length})`;
  else if (days.length === 1) cadence = days[0]! < 7 ? `One follow-up after ${days[0]} days` : `One follow-up after ~${weeks(days[0]!)} weeks`;
  else cadence = `Follow-ups after ~${days.map(weeks).join(', ')} weeks`;
  return {
    callback,
    cadence,
    thankYou: reason.thankYouByDefault ? 'Thank-you note by default' : 'No thank-you note by default',
    emphasis: reason.emphasis,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
const dayNumber = (value: string) => Math.floor(Date.parse(`${value}T00:00:00Z`) / 86_400_000);

/** Client-side validation mirroring the API's rules. `today` is the rep's local date, yyyy-mm-dd. */
export function validate(state: FormState, reasons: readonly Reason[], today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!state.reason) errors.reason = 'Choose why they said no.';
  else if (!reasons.some((r) => r.code === state.reason)) errors.reason = 'Choose one of the listed reasons.';
  if (!state.stage) errors.stage = 'Choose the sales stage.';
  else if (!STAGES.includes(state.stage)) errors.stage = 'Choose one of the listed stages.';
  if (state.prospectWords.length > LIMITS.prospectWords)
    errors.prospectWords = `Keep their words under ${LIMITS.prospectWords} characters (now ${state.prospectWords.length}).`;
  for (const list of ['goals', 'challenges', 'interests'] as const) {
    const tags = state[list];
    if (tags.length > LIMITS.tagsPerList) errors[`tags.${list}`] = `At most ${LIMITS.tagsPerList} ${list}.`;
    else if (tags.some((t) => t.length > LIMITS.tagLength)) errors[`tags.${list}`] = `Each tag at most ${LIMITS.tagLength} characters.`;
  }
  if (state.callbackAgreed && state.callbackDate) {
    if (!isDate(state.callbackDate)) errors.callbackDate = 'Enter the date as yyyy-mm-dd.';
    else if (dayNumber(state.callbackDate) <= dayNumber(today)) errors.callbackDate = 'The callback date must be after today.';
    else if (dayNumber(state.callbackDate) - dayNumber(today) > LIMITS.callbackMaxDaysAhead)
      errors.callbackDate = 'The callback date must be within two years.';
  }
  if (state.contractEndsOn) {
    if (!isDate(state.contractEndsOn)) errors.contractEndsOn = 'Enter the date as yyyy-mm-dd.';
    else if (dayNumber(state.contractEndsOn) < dayNumber(today)) errors.contractEndsOn = 'The contract end cannot be in the past.';
    else if (dayNumber(state.contractEndsOn) - dayNumber(today) > LIMITS.contractMaxYearsAhead * 366)
      errors.contractEndsOn = `The contract end must be within ${LIMITS.contractMaxYearsAhead} years.`;
  }
  if (state.debrief.note.length > LIMITS.note) errors['debrief.note'] = `Keep the note under ${LIMITS.note} characters.`;
  return errors;
}

const answer = (a: Answer): boolean | null => (a === 'yes' ? true : a === 'no' ? false : null);
const fromAnswer = (b: boolean | null): Answer => (b === true ? 'yes' : b === false ? 'no' : '');

function debriefOf(d: DebriefState): SelfDebrief | null {
  const result: SelfDebrief = {
    proposedBeforeExploringNeeds: answer(d.proposedBeforeExploringNeeds),
    askedMoreThanPitched: answer(d.askedMoreThanPitched),
    matchedTheirPace: answer(d.matchedTheirPace),
    wasQualifiedOpportunity: answer(d.wasQualifiedOpportunity),
    leftTheDoorOpen: answer(d.leftTheDoorOpen),
    note: d.note.trim() || null,
  };
  return Object.values(result).every((v) => v === null) ? null : result;
}

/** The PUT /api/plans body for the open message. Call only after `validate` found nothing. */
export function toRequest(state: FormState, message: Message, timeZone: string): PlanRequest {
  return {
    conversationId: message.conversationId,
    itemId: message.itemId,
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    prospect: { email: message.sender.email, name: message.sender.name, company: companyOf(message.sender.email) },
    reason: state.reason,
    stage: state.stage as Stage,
    prospectWords: state.prospectWords.trim() || null,
    tags: { goals: [...state.goals], challenges: [...state.challenges], interests: [...state.interests] },
    callbackAgreed: state.callbackAgreed,
    callbackDate: state.callbackAgreed && state.callbackDate ? state.callbackDate : null,
    contractEndsOn: state.contractEndsOn || null,
    thankYou: state.thankYou,
    debrief: debriefOf(state.debrief),
    timeZone,
  };
}

const PUBLIC_MAIL = /^(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|web)\./i;
/** A best guess at the prospect's organisation from the mail domain ("contoso.com" → "Contoso"); null for public mail. */
export function companyOf(email: string): string | null {
  const domain = email.split('@')[1]?.toLowerCase();
  if (!domain || PUBLIC_MAIL.test(domain)) return null;
  const parts = domain.split('.');
  const name = parts.length > 2 && parts.at(-2)!.length <= 3 ? parts.at(-3)! : parts.at(-2) ?? parts[0]!;
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : null;
}

/** The form as the plan's mark says it was filled (for "change reason"). */
export function fromPlan(plan: Plan): FormState {
  const base = emptyForm();
  const m = plan.mark;
  if (!m) return base;
  return {
    ...base,
    reason: m.reason,
    stage: m.stage ?? '',
    prospectWords: m.prospectWords ?? '',
    goals: [...m.tags.goals],
    challenges: [...m.tags.challenges],
    interests: [...m.tags.interests],
    callbackAgreed: m.callbackAgreed,
    callbackDate: m.callbackDate ?? '',
    contractEndsOn: m.contractEndsOn ?? '',
    thankYou: m.thankYou ?? true,
    thankYouChosen: m.thankYou !== null,
    debrief: m.debrief
      ? {
          proposedBeforeExploringNeeds: fromAnswer(m.debrief.proposedBeforeExploringNeeds),
          askedMoreThanPitched: fromAnswer(m.debrief.askedMoreThanPitched),
          matchedTheirPace: fromAnswer(m.debrief.matchedTheirPace),
          wasQualifiedOpportunity: fromAnswer(m.debrief.wasQualifiedOpportunity),
          leftTheDoorOpen: fromAnswer(m.debrief.leftTheDoorOpen),
          note: m.debrief.note ?? '',
        }
      : base.debrief,
  };
}

/** The plan's mark as the pane sent it, for servers that do not echo it back. */
export function markOf(request: PlanRequest): NonNullable<Plan['mark']> {
  return {
    reason: request.reason,
    stage: request.stage,
    prospectWords: request.prospectWords,
    tags: request.tags,
    callbackAgreed: request.callbackAgreed,
    callbackDate: request.callbackDate,
    contractEndsOn: request.contractEndsOn,
    thankYou: request.thankYou,
    debrief: request.debrief,
  };
}

/**
 * Server field paths (`tags.goals[2]`, `Debrief.Note`, `$.callbackDate`) → the form's fields; anything the form does
 * not show (the message's ids, the time zone) goes to `form`.
 */
export function mapServerErrors(errors: Readonly<Record<string, readonly string[]>>): FieldErrors {
  const known: readonly FieldId[] = ['reason', 'stage', 'prospectWords', 'tags.goals', 'tags.challenges', 'tags.interests', 'callbackDate', 'contractEndsOn', 'thankYou', 'debrief.note'];
  const aliases: Record<string, FieldId> = { prospectNamedDate: 'callbackDate', reasonCode: 'reason', thankYouWanted: 'thankYou' };
  const result: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const text = messages.filter(Boolean).join(' ');
    if (!text) continue;
    const normalized = path
      .replace(/^\$\.?/, '')
      .replace(/\[\d+\]/g, '')
      .split('.')
      .filter(Boolean)
      .map((s) => s.charAt(0).toLowerCase() + s.slice(1))
      .join('.');
    const field: FieldId = (known as readonly string[]).includes(normalized)
      ? (normalized as FieldId)
      : aliases[normalized] ?? (normalized.startsWith('debrief') ? 'debrief.note' : normalized === 'tags' ? 'tags.goals' : 'form');
    result[field] = result[field] ? `${result[field]} ${text}` : text;
  }
  return result;
}
