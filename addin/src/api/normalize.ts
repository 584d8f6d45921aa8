import {
  STAGES, type CallbackOutcome, type CallbackWindow, type Engagement, type Insights, type Plan, type PlanMark, type PlanStep, type Reason,
  type SelfDebrief, type Stage, type StepKind, type StepRef,
} from './types';

/**
 * Reads the server's JSON into the pane's types, tolerating the spellings a .NET API may use for the same thing
 * (enum names in PascalCase or kebab-case, a cadence under either name, an emphasis as text or as an object).
 */
type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** `ColdCall`, `coldCall`, `cold_call` and `cold-call` all become `cold-call`. */
export const kebab = (v: string): string =>
  v.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[_\s]+/g, '-').toLowerCase();

export function toStage(v: unknown): Stage | null {
  const s = str(v);
  if (!s) return null;
  const k = kebab(s);
  return (STAGES as readonly string[]).includes(k) ? (k as Stage) : null;
}

function toWindow(v: unknown): CallbackWindow {
  const w = obj(v);
  const anchor = kebab(str(w.anchor) ?? 'after-mark');
  return {
    fromDays: num(w.fromDays),
    toDays: num(w.toDays),
    anchor: anchor === 'next-budget-year' ? 'next-budget-year' : 'after-mark',
  };
}

export function toReason(v: unknown): Reason {
  const r = obj(v);
  const emphasis = typeof r.emphasis === 'string' ? r.emphasis : str(obj(r.emphasis).summary) ?? str(r.emphasisSummary) ?? '';
  const days = Array.isArray(r.followUpDays) ? r.followUpDays : Array.isArray(r.cadence) ? r.cadence : [];
  return {
    code: str(r.code) ?? '',
    label: str(r.label) ?? str(r.code) ?? '',
    hint: str(r.hint) ?? '',
    callbackWindow: toWindow(r.callbackWindow),
    followUpDays: days.filter((d): d is number => typeof d === 'number'),
    emphasis,
    suggestedOpening: str(r.suggestedOpening) ?? '',
    thankYouByDefault: bool(r.thankYouByDefault) ?? true,
  };
}

const CALLBACK_OUTCOMES: readonly CallbackOutcome[] = ['reached', 'not-reached', 'reopened', 'still-no'];
const oneOf = <T extends string>(v: unknown, values: readonly T[]): T | null => (values as readonly unknown[]).includes(v) ? (v as T) : null;

function toKind(v: unknown): StepKind {
  const kind = kebab(str(v) ?? 'follow-up');
  return kind === 'thank-you' || kind === 'callback' ? kind : 'follow-up';
}

function toStep(v: unknown): PlanStep {
  const s = obj(v);
  const status = kebab(str(s.status) ?? 'planned');
  return {
    number: num(s.number),
    kind: toKind(s.kind),
    dueAt: str(s.dueAt) ?? '',
    status: status === 'done' || status === 'parked' || status === 'cancelled' ? status : 'planned',
    lastError: str(s.lastError),
    outcome: oneOf(s.outcome, CALLBACK_OUTCOMES),
    outcomeAt: str(s.outcomeAt),
    canRecordOutcome: bool(s.canRecordOutcome) ?? false,
  };
}

function toStepRef(v: unknown): StepRef | null {
  const r = obj(v);
  return str(r.kind) ? { kind: toKind(r.kind), ordinal: num(r.ordinal, 1) } : null;
}

function toEngagement(v: unknown): Engagement | null {
  const e = obj(v);
  const source = oneOf(e.source, ['prospect-replied', 'callback-reopened'] as const);
  return source ? { source, at: str(e.at) ?? '', after: toStepRef(e.after) } : null;
}

function toDebrief(v: unknown): SelfDebrief | null {
  if (!v || typeof v !== 'object') return null;
  const d = obj(v);
  return {
    proposedBeforeExploringNeeds: bool(d.proposedBeforeExploringNeeds),
    askedMoreThanPitched: bool(d.askedMoreThanPitched),
    matchedTheirPace: bool(d.matchedTheirPace),
    wasQualifiedOpportunity: bool(d.wasQualifiedOpportunity),
    leftTheDoorOpen: bool(d.leftTheDoorOpen),
    note: str(d.note),
  };
}

function toMark(source: Json): PlanMark | null {
  const reason = str(source.reason) ?? str(source.reasonCode);
  if (!reason) return null;
  const tags = obj(source.tags);
  return {
    reason,
    stage: toStage(source.stage),
    prospectWords: str(source.prospectWords),
    tags: { goals: strings(tags.goals), challenges: strings(tags.challenges), interests: strings(tags.interests) },
    callbackAgreed: bool(source.callbackAgreed) ?? false,
    callbackDate: str(source.callbackDate) ?? str(source.prospectNamedDate),
    contractEndsOn: str(source.contractEndsOn),
    thankYou: bool(source.thankYou) ?? bool(source.thankYouWanted),
    debrief: toDebrief(source.debrief),
  };
}

export function toPlan(v: unknown): Plan {
  const p = obj(v);
  const state = kebab(str(p.state) ?? 'active');
  const outcome = str(p.outcome);
  const prospect = obj(p.prospect);
  return {
    planId: str(p.planId) ?? str(p.id) ?? '',
    conversationId: str(p.conversationId),
    state: state === 'paused' || state === 'closed' ? state : 'active',
    outcome: outcome ? (kebab(outcome) as Plan['outcome']) : null,
    prospect: str(prospect.email)
      ? { email: str(prospect.email) ?? '', name: str(prospect.name), company: str(prospect.company) }
      : null,
    category: str(p.category),
    mark: toMark(p.mark && typeof p.mark === 'object' ? obj(p.mark) : p),
    steps: (Array.isArray(p.steps) ? p.steps.map(toStep) : []).sort((a, b) => (Date.parse(a.dueAt) || 0) - (Date.parse(b.dueAt) || 0) || a.number - b.number),
    engagement: toEngagement(p.engagement),
    awayUntil: str(p.awayUntil),
  };
}

/** The insights as the server sends them; only missing lists and counts are filled in, so a chart never meets undefined. */
export function toInsights(v: unknown): Insights {
  const i = obj(v);
  const list = (x: unknown): Json[] => (Array.isArray(x) ? x.map(obj) : []);
  return {
    from: str(i.from) ?? '',
    to: str(i.to) ?? '',
    totalPlans: num(i.totalPlans),
    reEngaged: num(i.reEngaged),
    reasons: list(i.reasons).map((r) => ({
      code: str(r.code) ?? '',
      label: str(r.label) ?? str(r.code) ?? '',
      plans: num(r.plans),
      reEngaged: num(r.reEngaged),
      replied: num(r.replied),
      reopened: num(r.reopened),
      afterStep: list(r.afterStep).map((a) => ({ kind: str(a.kind) ? toKind(a.kind) : null, ordinal: num(a.ordinal), plans: num(a.plans) })),
      outcomes: { reEngaged: num(obj(r.outcomes).reEngaged), won: num(obj(r.outcomes).won), stillNo: num(obj(r.outcomes).stillNo) },
    })),
    stages: strings(i.stages).map(toStage).filter((s): s is Stage => s !== null),
    byReasonAndStage: list(i.byReasonAndStage).flatMap((c) => {
      const stage = toStage(c.stage);
      return stage ? [{ reason: str(c.reason) ?? '', stage, plans: num(c.plans) }] : [];
    }),
    byRep: list(i.byRep).map((r) => ({ repId: str(r.repId) ?? '', name: str(r.name) ?? '', plans: num(r.plans), reEngaged: num(r.reEngaged) })),
    overTime: list(i.overTime).map((m) => ({
      month: str(m.month) ?? '',
      plans: num(m.plans),
      byReason: Object.fromEntries(Object.entries(obj(m.byReason)).map(([k, n]) => [k, num(n)])),
    })),
    debrief: list(i.debrief).map((d) => ({
      question: str(d.question) ?? '',
      label: str(d.label) ?? '',
      reason: str(d.reason) ?? '',
      yes: num(d.yes),
      no: num(d.no),
      reEngagedWhenYes: num(d.reEngagedWhenYes),
      reEngagedWhenNo: num(d.reEngagedWhenNo),
    })),
  };
}
