import type { Insights } from '../../api/types';
import { percentText, summaries } from '../insights-model';
import { canvas, fit, s } from '../svg';
import { chartSection, dataTable } from './chart-section';

const LABEL_W = 176;
const BAR_W = 300;
const ROW_H = 30;

/** "By rep": each rep's "no"s as a bar, the part that came back highlighted. */
export function byRep(insights: Insights): HTMLElement {
  const max = Math.max(1, ...insights.byRep.map((r) => r.plans));
  const scale = (n: number) => (BAR_W * n) / max;
  const svg = canvas(LABEL_W + BAR_W + 170, Math.max(ROW_H, insights.byRep.length * ROW_H), summaries.byRep(insights),
    ...insights.byRep.map((r, row) => {
      const y = row * ROW_H + 5;
      const name = r.name || 'Unnamed rep';
      return s('g', { class: 'row', 'data-rep': r.repId, 'data-plans': r.plans, 'data-re-engaged': r.reEngaged },
        s('text', { x: LABEL_W - 8, y: y + 14, 'text-anchor': 'end', class: 'label' }, s('title', {}, name), fit(name, 24)),
        s('rect', { x: LABEL_W, y, width: Math.max(2, scale(r.plans)), height: 20, rx: 3, class: 'bar-total' }),
        r.reEngaged ? s('rect', { x: LABEL_W, y, width: Math.max(3, scale(r.reEngaged)), height: 20, rx: 3, class: 'bar-back' }) : null,
        s('text', { x: LABEL_W + scale(r.plans) + 8, y: y + 14, class: 'value' }, `${r.plans} · ${r.reEngaged} came back`));
    }));
  const table = dataTable("No's and comebacks by rep", ['Rep', "No's", 'Came back', 'Rate'],
    insights.byRep.map((r) => [r.name || 'Unnamed rep', r.plans, r.reEngaged, percentText(r.reEngaged, r.plans)]));
  return chartSection({
    id: 'by-rep', title: 'By rep',
    lead: 'Who hears the "no"s, and how many of them came back.',
    figure: [svg], table,
  });
}
