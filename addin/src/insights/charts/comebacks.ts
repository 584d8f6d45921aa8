import type { Insights } from '../../api/types';
import { afterStepLabel, percentText, summaries } from '../insights-model';
import { canvas, fit, s } from '../svg';
import { chartSection, dataTable } from './chart-section';

const LABEL_W = 176;
const BAR_W = 300;
const ROW_H = 48;

/** "Which no's come back": per reason, all its "no"s as a bar with the part that came back highlighted, and after which step. */
export function comebacks(insights: Insights): HTMLElement {
  const max = Math.max(1, ...insights.reasons.map((r) => r.plans));
  const width = LABEL_W + BAR_W + 170;
  const height = Math.max(ROW_H, insights.reasons.length * ROW_H);
  const scale = (n: number) => (BAR_W * n) / max;

  const svg = canvas(width, height, summaries.comebacks(insights),
    ...insights.reasons.map((r, row) => {
      const y = row * ROW_H + 6;
      const after = r.afterStep.map((a) => `${afterStepLabel(a)} (${a.plans})`).join(' · ');
      return s('g', { class: 'row', 'data-reason': r.code, 'data-plans': r.plans, 'data-re-engaged': r.reEngaged },
        s('text', { x: LABEL_W - 8, y: y + 14, 'text-anchor': 'end', class: 'label' }, s('title', {}, r.label), fit(r.label, 24)),
        s('rect', { x: LABEL_W, y, width: Math.max(2, scale(r.plans)), height: 20, rx: 3, class: 'bar-total' }),
        r.reEngaged ? s('rect', { x: LABEL_W, y, width: Math.max(3, scale(r.reEngaged)), height: 20, rx: 3, class: 'bar-back' }) : null,
        s('text', { x: LABEL_W + scale(r.plans) + 8, y: y + 14, class: 'value' },
          s('tspan', { class: 'strong' }, percentText(r.reEngaged, r.plans)), ` · ${r.reEngaged} of ${r.plans} came back`),
        after ? s('text', { x: LABEL_W, y: y + 34, class: 'small' }, fit(`came back ${after}`, 80)) : null);
    }));

  const table = dataTable('Plans that came back, by reason', ['Reason', "No's", 'Came back', 'Rate', 'Replied', 'Re-opened on a call', 'When they came back'],
    insights.reasons.map((r) => [r.label, r.plans, r.reEngaged, percentText(r.reEngaged, r.plans), r.replied, r.reopened,
      r.afterStep.map((a) => `${afterStepLabel(a)}: ${a.plans}`).join('; ') || '—']));
  return chartSection({
    id: 'comebacks', title: "Which no's come back",
    lead: 'The whole bar is every "no" for the reason; the highlighted part came back, by a reply or on a call.',
    figure: [svg], table,
  });
}
