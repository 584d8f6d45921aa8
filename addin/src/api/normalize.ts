import { STAGES, type CallbackWindow, type Plan, type PlanMark, type PlanStep, type Reason, type SelfDebrief, type Stage } from './types';

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

function toStep(v: unknown): PlanStep {
  const s = obj(v);
  const kind = kebab(str(s.kind) ?? 'follow-up');
  const status = kebab(str(s.status) ?? 'planned');
  return {
    number: num(s.number),
    kind: kind === 'thank-you' || kind === 'callback' ? kind : 'follow-up',
    dueAt: str(s.dueAt) ?? '',
    status: status === 'done' || status === 'parked' || status === 'cancelled' ? status : 'planned',
    lastError: str(s.lastError),
  };
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
  };
}
