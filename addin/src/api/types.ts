/** The API's wire types (JSON, camelCase). Kept in one place so aligning with the server is one file's change. */

export const STAGES = ['cold-call', 'discovery', 'demo', 'proposal', 'negotiation'] as const;
export type Stage = (typeof STAGES)[number];

export interface CallbackWindow {
  fromDays: number;
  toDays: number;
  /** Offsets count from the mark, or from the first day of the prospect's next budget year (then negative). */
  anchor: 'after-mark' | 'next-budget-year';
}

export interface Reason {
  code: string;
  label: string;
  hint: string;
  callbackWindow: CallbackWindow;
  followUpDays: number[];
  emphasis: string;
  suggestedOpening: string;
  thankYouByDefault: boolean;
}

export interface ProspectTags {
  goals: string[];
  challenges: string[];
  interests: string[];
}

export interface SelfDebrief {
  proposedBeforeExploringNeeds: boolean | null;
  askedMoreThanPitched: boolean | null;
  matchedTheirPace: boolean | null;
  wasQualifiedOpportunity: boolean | null;
  leftTheDoorOpen: boolean | null;
  note: string | null;
}

export interface PlanRequest {
  conversationId: string;
  itemId: string;
  internetMessageId: string;
  subject: string;
  prospect: { email: string; name: string | null; company: string | null };
  reason: string;
  stage: Stage;
  prospectWords: string | null;
  tags: ProspectTags;
  callbackAgreed: boolean;
  callbackDate: string | null;
  contractEndsOn: string | null;
  thankYou: boolean;
  debrief: SelfDebrief | null;
  timeZone: string;
}

export type PlanState = 'active' | 'paused' | 'closed';
export type Outcome = 're-engaged' | 'won' | 'still-no';
export type StepKind = 'thank-you' | 'follow-up' | 'callback';
export type StepStatus = 'planned' | 'done' | 'parked' | 'cancelled';

/** What the rep says happened on a callback once its time has passed. */
export type CallbackOutcome = 'reached' | 'not-reached' | 'reopened' | 'still-no';

export interface PlanStep {
  number: number;
  kind: StepKind;
  dueAt: string;
  status: StepStatus;
  lastError: string | null;
  outcome: CallbackOutcome | null;
  outcomeAt: string | null;
  /** The server's rule: a callback that has run and whose time has passed. */
  canRecordOutcome: boolean;
}

/** A step as a person counts it: `{ kind: 'follow-up', ordinal: 2 }` is the second follow-up. */
export interface StepRef {
  kind: StepKind;
  ordinal: number;
}

/** Why the plan paused itself: the prospect wrote back, or the rep re-opened the conversation on a callback. */
export interface Engagement {
  source: 'prospect-replied' | 'callback-reopened';
  at: string;
  /** The last step that had run before; null when none had. */
  after: StepRef | null;
}

/** What the rep recorded, as the server echoes it back (to re-open the form prefilled). */
export interface PlanMark {
  reason: string;
  stage: Stage | null;
  prospectWords: string | null;
  tags: ProspectTags;
  callbackAgreed: boolean;
  callbackDate: string | null;
  contractEndsOn: string | null;
  thankYou: boolean | null;
  debrief: SelfDebrief | null;
}

export interface Plan {
  planId: string;
  conversationId: string | null;
  state: PlanState;
  outcome: Outcome | null;
  prospect: { email: string; name: string | null; company: string | null } | null;
  /** The Outlook category the server names for the message (`No: Price`). */
  category: string | null;
  /** Null when the server does not echo the mark; the pane then keeps what it sent. */
  mark: PlanMark | null;
  steps: PlanStep[];
  engagement: Engagement | null;
  /** `yyyy-MM-dd`: an automatic reply said the prospect is away until then, and the remaining steps moved after it. */
  awayUntil: string | null;
}

export interface SavedPlan {
  plan: Plan;
  created: boolean;
}

/** `GET /api/insights`: the team's "no"s over a range of days (both included) and how many came back. */
export interface Insights {
  from: string;
  to: string;
  totalPlans: number;
  reEngaged: number;
  reasons: ReasonInsight[];
  stages: Stage[];
  byReasonAndStage: { reason: string; stage: Stage; plans: number }[];
  byRep: { repId: string; name: string; plans: number; reEngaged: number }[];
  /** Every month of the range, `yyyy-MM`; byReason lists only reasons with plans that month. */
  overTime: { month: string; plans: number; byReason: Record<string, number> }[];
  debrief: DebriefInsight[];
}

export interface ReasonInsight {
  code: string;
  label: string;
  plans: number;
  reEngaged: number;
  replied: number;
  reopened: number;
  /** Plans whose prospect came back, by the step they came back after (kind null: before any step). */
  afterStep: { kind: StepKind | null; ordinal: number; plans: number }[];
  outcomes: { reEngaged: number; won: number; stillNo: number };
}

export interface DebriefInsight {
  question: string;
  label: string;
  reason: string;
  yes: number;
  no: number;
  reEngagedWhenYes: number;
  reEngagedWhenNo: number;
}
