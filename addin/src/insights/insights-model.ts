import type { DebriefInsight, Insights, ReasonInsight, Stage, StepKind } from '../api/types';

/**
 * The arithmetic behind the insights page, without a DOM: rates, ranges of months, scales and the sentences a screen
 * reader hears for each chart. The figures themselves come from the API; nothing here recounts plans.
 */

/** A whole percentage, or null when there is nothing to divide by. */
export const percent = (part: number, whole: number): number | null => (whole > 0 ? Math.round((100 * part) / whole) : null);

export const percentText = (part: number, whole: number): string => {
  const p = percent(part, whole);
  return p === null ? '—' : `${p}%`;
};

const noes = (n: number) => `${n} no's`.replace(/^1 no's$/, '1 no');

/** "57 no's, 12 came back (21%)". */
export function totalsText(insights: Pick<Insights, 'totalPlans' | 'reEngaged'>): string {
  if (insights.totalPlans === 0) return 'No "no"s were marked in this range.';
  return `${noes(insights.totalPlans)}, ${insights.reEngaged} came back (${percentText(insights.reEngaged, insights.totalPlans)})`;
}

/** Plans of one reason at one stage (0 when the API lists none). */
export function cellCount(insights: Insights, reason: string, stage: Stage): number {
  return insights.byReasonAndStage.find((c) => c.reason === reason && c.stage === stage)?.plans ?? 0;
}

/** The busiest reason × stage cell, for the heat map's spoken summary. */
export function busiestCell(insights: Insights): { reason: string; stage: Stage; plans: number } | null {
  return insights.byReasonAndStage.reduce<{ reason: string; stage: Stage; plans: number } | null>((best, c) => (!best || c.plans > best.plans ? c : best), null);
}

/** 0…1 for a heat-map cell: 0 only for an empty cell, so a single plan still shows. */
export const heat = (plans: number, max: number): number => (plans <= 0 || max <= 0 ? 0 : 0.15 + (0.85 * plans) / max);

/** An axis maximum a person can read: 1, 2, 5, 10, 20, 50 … at or above n. */
export function niceMax(n: number): number {
  if (n <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= n) ?? 10 * power;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03` → "Mar 2026" (or "Mar" when short). */
export function monthLabel(month: string, short = false): string {
  const [year, m] = month.split('-');
  const name = MONTHS[Number(m) - 1] ?? month;
  return short ? name : `${name} ${year}`;
}

const monthOf = (day: string) => day.slice(0, 7);
const addMonths = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** The months a person can pick: three years back from now, stretched to cover the range the API answered for. */
export function monthChoices(range: { from: string; to: string }, now: Date): string[] {
  const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const first = [addMonths(current, -35), monthOf(range.from)].filter(Boolean).sort()[0]!;
  const last = [current, monthOf(range.to)].filter(Boolean).sort().at(-1)!;
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The days the API takes for a range of whole months: the first of the first month to the last of the last. */
export function daysOf(fromMonth: string, toMonth: string): { from: string; to: string } {
  const [a, b] = fromMonth <= toMonth ? [fromMonth, toMonth] : [toMonth, fromMonth];
  const end = new Date(Date.UTC(Number(b.slice(0, 4)), Number(b.slice(5, 7)), 0));
  return { from: `${a}-01`, to: `${b}-${String(end.getUTCDate()).padStart(2, '0')}` };
}

/** The months of a range of days (`yyyy-MM-dd`), for the selectors. */
export const monthsOf = (range: { from: string; to: string }) => ({ from: monthOf(range.from), to: monthOf(range.to) });

const NOUNS: Record<StepKind, string> = { 'thank-you': 'thank-you note', 'follow-up': 'follow-up', callback: 'callback' };
const nth = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** "before any step", "after the thank-you note", "after the 2nd follow-up", "after the callback". */
export function afterStepLabel(step: { kind: StepKind | null; ordinal: number }): string {
  if (!step.kind) return 'before any step';
  return step.kind === 'follow-up' || step.ordinal > 1 ? `after the ${nth(step.ordinal)} ${NOUNS[step.kind]}` : `after the ${NOUNS[step.kind]}`;
}

export interface Segment {
  reason: string;
  plans: number;
  /** Plans below this segment in its column. */
  below: number;
}

/** One month's column: its reasons stacked in the order of the legend (the reasons' order). */
export function stack(byReason: Record<string, number>, reasons: readonly Pick<ReasonInsight, 'code'>[]): Segment[] {
  const segments: Segment[] = [];
  let below = 0;
  const known = new Set(reasons.map((r) => r.code));
  const order = [...reasons.map((r) => r.code), ...Object.keys(byReason).filter((c) => !known.has(c)).sort()];
  for (const reason of order) {
    const plans = byReason[reason] ?? 0;
    if (plans <= 0) continue;
    segments.push({ reason, plans, below });
    below += plans;
  }
  return segments;
}

/** The reason's label as the API names it, or its code. */
export const labelOf = (insights: Insights, code: string): string => insights.reasons.find((r) => r.code === code)?.label ?? code;

/** Splits a label into lines of at most `width` characters at spaces (a word longer than that keeps its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The debrief answer whose "yes" and "no" came back at the most different rates: the habit worth a conversation. */
export function widestGap(debrief: readonly DebriefInsight[]): { item: DebriefInsight; yes: number; no: number } | null {
  let best: { item: DebriefInsight; yes: number; no: number } | null = null;
  for (const item of debrief) {
    const yes = percent(item.reEngagedWhenYes, item.yes);
    const no = percent(item.reEngagedWhenNo, item.no);
    if (yes === null || no === null) continue;
    if (!best || Math.abs(yes - no) > Math.abs(best.yes - best.no)) best = { item, yes, no };
  }
  return best;
}

/** The sentences a screen reader hears for each chart (the charts' accessible names). */
export const summaries = {
  heatMap(insights: Insights, stageLabel: (s: Stage) => string): string {
    const top = busiestCell(insights);
    if (!top) return 'Where the no\'s happen: none in this range.';
    return `Where the no's happen, by reason and sales stage. Most often: ${labelOf(insights, top.reason)} at ${stageLabel(top.stage)} (${top.plans}).`;
  },
  comebacks(insights: Insights): string {
    const parts = insights.reasons.map((r) => `${r.label} ${r.reEngaged} of ${r.plans} (${percentText(r.reEngaged, r.plans)})`);
    return `Which no's came back, by reason: ${parts.join('; ') || 'none in this range'}.`;
  },
  overTime(insights: Insights): string {
    const months = insights.overTime;
    if (!months.length) return 'No\'s per month: none in this range.';
    const busiest = months.reduce((a, b) => (b.plans > a.plans ? b : a));
    return `No's per month from ${monthLabel(months[0]!.month)} to ${monthLabel(months.at(-1)!.month)}, by reason. Busiest: ${monthLabel(busiest.month)} with ${busiest.plans}.`;
  },
  debrief(insights: Insights): string {
    const gap = widestGap(insights.debrief);
    if (!gap) return 'Self-debrief answers by reason: too few answers to compare.';
    return `Self-debrief answers by reason and question. Widest difference: ${labelOf(insights, gap.item.reason)}, "${gap.item.label}": ` +
      `${gap.yes}% came back after a yes, ${gap.no}% after a no.`;
  },
  byRep(insights: Insights): string {
    const parts = insights.byRep.map((r) => `${r.name || 'Unnamed rep'} ${noes(r.plans)}, ${r.reEngaged} came back`);
    return `No's by rep: ${parts.join('; ') || 'none in this range'}.`;
  },
};
