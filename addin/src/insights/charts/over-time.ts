import type { Insights } from '../../api/types';
import { labelOf, monthLabel, niceMax, stack, summaries } from '../insights-model';
import { canvas, s } from '../svg';
import { chartSection, dataTable, legend } from './chart-section';

const AXIS_W = 36;
const PLOT_H = 200;
const TOP = 10;
const FOOT = 34;

/** "Over time": a column per month, stacked by reason in the legend's colours. */
export function overTime(insights: Insights): HTMLElement {
  const months = insights.overTime;
  const series = new Map(insights.reasons.map((r, i) => [r.code, i]));
  const max = niceMax(Math.max(0, ...months.map((m) => m.plans)));
  const step = Math.max(22, Math.min(56, 640 / Math.max(1, months.length)));
  const col = step * 0.7;
  const width = AXIS_W + months.length * step + 8;
  const y = (n: number) => TOP + PLOT_H - (PLOT_H * n) / max;
  const ticks = [0, max / 2, max].filter((t) => Number.isInteger(t));

  const svg = canvas(width, TOP + PLOT_H + FOOT, summaries.overTime(insights),
    ...ticks.map((t) => s('g', { class: 'tick' },
      s('line', { x1: AXIS_W, x2: width, y1: y(t), y2: y(t), class: 'grid' }),
      s('text', { x: AXIS_W - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'axis' }, String(t)))),
    ...months.map((m, i) => {
      const x = AXIS_W + i * step + (step - col) / 2;
      const newYear = i === 0 || m.month.endsWith('-01');
      return s('g', { class: 'month', 'data-month': m.month, 'data-plans': m.plans },
        s('title', {}, `${monthLabel(m.month)}: ${m.plans}`),
        ...stack(m.byReason, insights.reasons).map((seg) =>
          s('rect', { x, width: col, y: y(seg.below + seg.plans), height: Math.max(1, y(seg.below) - y(seg.below + seg.plans)), class: `series-${(series.get(seg.reason) ?? 9) % 10}` })),
        s('text', { x: x + col / 2, y: TOP + PLOT_H + 14, 'text-anchor': 'middle', class: 'axis' }, monthLabel(m.month, true)),
        newYear ? s('text', { x: x + col / 2, y: TOP + PLOT_H + 28, 'text-anchor': 'middle', class: 'axis small' }, m.month.slice(0, 4)) : null);
    }));

  const table = dataTable("No's per month, by reason", ['Month', 'All', ...insights.reasons.map((r) => r.label)],
    months.map((m) => [monthLabel(m.month), m.plans, ...insights.reasons.map((r) => m.byReason[r.code] ?? 0)]));
  return chartSection({
    id: 'over-time', title: 'Over time',
    lead: 'The "no"s marked each month, stacked by reason.',
    figure: [svg, legend(insights.reasons.map((r, i) => ({ name: labelOf(insights, r.code), series: i })))], table,
  });
}
