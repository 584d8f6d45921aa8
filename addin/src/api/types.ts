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

export interface PlanStep {
  number: number;
  kind: StepKind;
  dueAt: string;
  status: StepStatus;
  lastError: string | null;
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
}

export interface SavedPlan {
  plan: Plan;
  created: boolean;
}
