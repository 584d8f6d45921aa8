import { describe, expect, it } from 'vitest';
import type { Insights } from '../api/types';
import {
  afterStepLabel, busiestCell, cellCount, daysOf, heat, monthChoices, monthLabel, niceMax, percentText, stack, summaries, totalsText, widestGap, wrap,
} from './insights-model';

const insights: Insights = {
  from: '2026-01-01', to: '2026-03-31', totalPlans: 57, reEngaged: 12,
  reasons: [
    { code: 'price', label: 'Price', plans: 12, reEngaged: 4, replied: 3, reopened: 1, afterStep: [], outcomes: { reEngaged: 1, won: 1, stillNo: 2 } },
    { code: 'no-need', label: 'No need', plans: 5, reEngaged: 0, replied: 0, reopened: 0, afterStep: [], outcomes: { reEngaged: 0, won: 0, stillNo: 0 } },
  ],
  stages: ['cold-call', 'discovery', 'demo', 'proposal', 'negotiation'],
  byReasonAndStage: [{ reason: 'price', stage: 'proposal', plans: 5 }, { reason: 'price', stage: 'demo', plans: 7 }, { reason: 'no-need', stage: 'cold-call', plans: 5 }],
  byRep: [{ repId: 'r1', name: 'Sam Rivera', plans: 10, reEngaged: 3 }],
  overTime: [{ month: '2026-01', plans: 3, byReason: { price: 2, 'no-need': 1 } }, { month: '2026-02', plans: 9, byReason: { price: 9 } }, { month: '2026-03', plans: 0, byReason: {} }],
  debrief: [
    { question: 'left-the-door-open', label: 'Left the door open', reason: 'price', yes: 5, no: 1, reEngagedWhenYes: 3, reEngagedWhenNo: 0 },
    { question: 'matched-their-pace', label: 'Matched their pace', reason: 'price', yes: 4, no: 0, reEngagedWhenYes: 4, reEngagedWhenNo: 0 },
    { question: 'matched-their-pace', label: 'Matched their pace', reason: 'no-need', yes: 2, no: 2, reEngagedWhenYes: 1, reEngagedWhenNo: 1 },
  ],
};

describe('insights figures', () => {
  it('states the totals as a manager would say them', () => {
    expect(totalsText(insights)).toBe("57 no's, 12 came back (21%)");
    expect(totalsText({ totalPlans: 1, reEngaged: 0 })).toBe('1 no, 0 came back (0%)');
    expect(totalsText({ totalPlans: 0, reEngaged: 0 })).toBe('No "no"s were marked in this range.');
  });

  it('shows no rate rather than a division by zero', () => {
    expect(percentText(0, 0)).toBe('—');
    expect(percentText(1, 3)).toBe('33%');
  });

  it('reads a heat-map cell and finds the busiest one, empty cells staying blank', () => {
    expect(cellCount(insights, 'price', 'demo')).toBe(7);
    expect(cellCount(insights, 'price', 'negotiation')).toBe(0);
    expect(busiestCell(insights)).toEqual({ reason: 'price', stage: 'demo', plans: 7 });
    expect(heat(0, 7)).toBe(0);
    expect(heat(1, 7)).toBeGreaterThan(0.15);
    expect(heat(7, 7)).toBe(1);
  });

  it('stacks a month by the legend\'s order, whatever order the month lists its reasons in', () => {
    expect(stack({ 'no-need': 1, price: 2 }, insights.reasons)).toEqual([
      { reason: 'price', plans: 2, below: 0 },
      { reason: 'no-need', plans: 1, below: 2 },
    ]);
  });

  it('rounds an axis up to a number people read', () => {
    expect([0, 1, 3, 9, 11, 27, 51].map(niceMax)).toEqual([1, 1, 5, 10, 20, 50, 100]);
  });

  it('names the step a prospect came back after', () => {
    expect(afterStepLabel({ kind: null, ordinal: 0 })).toBe('before any step');
    expect(afterStepLabel({ kind: 'thank-you', ordinal: 1 })).toBe('after the thank-you note');
    expect(afterStepLabel({ kind: 'follow-up', ordinal: 2 })).toBe('after the 2nd follow-up');
    expect(afterStepLabel({ kind: 'callback', ordinal: 1 })).toBe('after the callback');
  });
});

describe('month range', () => {
  it('asks for whole months, first day to last, in either order of choice', () => {
    expect(daysOf('2026-01', '2026-02')).toEqual({ from: '2026-01-01', to: '2026-02-28' });
    expect(daysOf('2024-02', '2023-11')).toEqual({ from: '2023-11-01', to: '2024-02-29' });
  });

  it('offers three years back from now, and every month of the range the server answered for', () => {
    const months = monthChoices({ from: '2022-06-01', to: '2027-01-31' }, new Date('2026-12-01T10:00:00Z'));
    expect(months[0]).toBe('2022-06');
    expect(months.at(-1)).toBe('2027-01');
    expect(months).toContain('2024-02');
    expect(monthChoices({ from: '2026-11-01', to: '2026-12-31' }, new Date('2026-12-01T10:00:00Z'))).toHaveLength(36);
    expect(monthLabel('2026-03')).toBe('Mar 2026');
  });
});

describe('what a screen reader hears for each chart', () => {
  it('summarises each chart\'s main point', () => {
    expect(summaries.heatMap(insights, (s) => s.toUpperCase())).toContain('Most often: Price at DEMO (7)');
    expect(summaries.comebacks(insights)).toBe("Which no's came back, by reason: Price 4 of 12 (33%); No need 0 of 5 (0%).");
    expect(summaries.overTime(insights)).toContain('from Jan 2026 to Mar 2026, by reason. Busiest: Feb 2026 with 9.');
    expect(summaries.byRep(insights)).toBe("No's by rep: Sam Rivera 10 no's, 3 came back.");
    expect(summaries.debrief(insights)).toBe('Self-debrief answers by reason and question. Widest difference: Price, "Left the door open": 60% came back after a yes, 0% after a no.');
  });

  it('compares only answers given both ways', () => {
    expect(widestGap(insights.debrief.slice(1))).toMatchObject({ item: { reason: 'no-need' }, yes: 50, no: 50 });
    expect(widestGap([])).toBeNull();
  });

  it('wraps a question over lines for a column heading', () => {
    expect(wrap('Proposed before exploring needs', 22)).toEqual(['Proposed before', 'exploring needs']);
    expect(wrap('Antidisestablishmentarianism rules', 10)).toEqual(['Antidisestablishmentarianism', 'rules']);
  });
});
