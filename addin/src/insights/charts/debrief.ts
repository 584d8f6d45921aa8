import type { DebriefInsight, Insights } from '../../api/types';
import { h } from '../../ui/dom';
import { labelOf, percent, percentText, summaries, wrap } from '../insights-model';
import { canvas, fit, s } from '../svg';
import { chartSection, dataTable } from './chart-section';

const LABEL_W = 176;
const COL_W = 150;
const HEAD_H = 44;
const ROW_H = 46;
const SCALE_L = 12;
const SCALE_W = COL_W - 30;

const ofText = (part: number, whole: number) => (whole ? `${part} of ${whole} (${percentText(part, whole)})` : '—');

/** One answer's cell: how many said yes, and where "came back after yes" (dot) and "after no" (ring) sit on 0–100 %. */
function cell(d: DebriefInsight | undefined, x: number, y: number, reasonLabel: string): SVGGElement | null {
  if (!d) return null;
  const at = (p: number) => x + SCALE_L + (SCALE_W * p) / 100;
  const yes = percent(d.reEngagedWhenYes, d.yes);
  const no = percent(d.reEngagedWhenNo, d.no);
  return s('g', { class: 'cell', 'data-question': d.question, 'data-reason': d.reason },
    s('title', {}, `${reasonLabel}, ${d.label}: ${d.yes} of ${d.yes + d.no} said yes; came back ${percentText(d.reEngagedWhenYes, d.yes)} after yes, ${percentText(d.reEngagedWhenNo, d.no)} after no`),
    s('text', { x: x + SCALE_L, y: y + 16, class: 'small' }, `${percentText(d.yes, d.yes + d.no)} said yes`),
    s('line', { x1: at(0), x2: at(100), y1: y + 30, y2: y + 30, class: 'grid' }),
    no !== null ? s('circle', { cx: at(no), cy: y + 30, r: 5, class: 'dot-no' }) : null,
    yes !== null ? s('circle', { cx: at(yes), cy: y + 30, r: 5, class: 'dot-yes' }) : null);
}

/** "Habits and reasons": the self-debrief by reason and question, and which answer went with more "no"s coming back. */
export function debriefChart(insights: Insights): HTMLElement {
  const questions = [...new Map(insights.debrief.map((d) => [d.question, d.label])).entries()];
  const reasons = insights.reasons.filter((r) => insights.debrief.some((d) => d.reason === r.code));
  const find = (reason: string, question: string) => insights.debrief.find((d) => d.reason === reason && d.question === question);

  const svg = canvas(LABEL_W + questions.length * COL_W, HEAD_H + Math.max(1, reasons.length) * ROW_H, summaries.debrief(insights),
    ...questions.map(([, label], col) =>
      s('text', { class: 'axis', y: 4 }, ...wrap(label, 22).slice(0, 2).map((line) =>
        s('tspan', { x: LABEL_W + col * COL_W + SCALE_L, dy: 15 }, line)))),
    ...reasons.map((r, row) => {
      const y = HEAD_H + row * ROW_H;
      return s('g', { class: 'row' },
        s('line', { x1: 0, x2: LABEL_W + questions.length * COL_W, y1: y, y2: y, class: 'grid' }),
        s('text', { x: LABEL_W - 8, y: y + 26, 'text-anchor': 'end', class: 'label' }, s('title', {}, r.label), fit(r.label, 24)),
        ...questions.map(([question], col) => cell(find(r.code, question), LABEL_W + col * COL_W, y, r.label)));
    }));

  const key = h('p', { class: 'key', 'aria-hidden': 'true' },
    h('span', { class: 'key-yes' }), ' came back after a yes ', h('span', { class: 'key-no' }), ' after a no; left is 0 %, right 100 %');
  const table = dataTable('Self-debrief answers by reason', ['Question', 'Reason', 'Said yes', 'Came back after a yes', 'Came back after a no'],
    insights.debrief.map((d) => [d.label, labelOf(insights, d.reason), ofText(d.yes, d.yes + d.no), ofText(d.reEngagedWhenYes, d.yes), ofText(d.reEngagedWhenNo, d.no)]));
  return chartSection({
    id: 'habits', title: 'Habits and reasons', wide: true,
    lead: 'How reps answered their self-debrief for each reason, and how often the "no" came back after each answer.',
    figure: insights.debrief.length ? [svg, key] : [h('p', {}, 'No self-debriefs in this range.')], table,
  });
}
