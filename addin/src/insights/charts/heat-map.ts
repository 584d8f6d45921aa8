import type { Insights } from '../../api/types';
import { STAGE_LABELS } from '../../form/form-model';
import { cellCount, heat, labelOf, summaries } from '../insights-model';
import { canvas, fit, s } from '../svg';
import { chartSection, dataTable } from './chart-section';

const LABEL_W = 176;
const CELL_W = 92;
const CELL_H = 34;
const HEAD_H = 28;

/** "Where the no's happen": reasons down, sales stages across, darker where more "no"s were marked. */
export function heatMap(insights: Insights): HTMLElement {
  const { reasons, stages } = insights;
  const max = Math.max(0, ...insights.byReasonAndStage.map((c) => c.plans));
  const width = LABEL_W + stages.length * CELL_W;
  const height = HEAD_H + reasons.length * CELL_H;

  const svg = canvas(width, height, summaries.heatMap(insights, (st) => STAGE_LABELS[st]),
    ...stages.map((stage, col) =>
      s('text', { x: LABEL_W + col * CELL_W + CELL_W / 2, y: HEAD_H - 10, 'text-anchor': 'middle', class: 'axis' }, STAGE_LABELS[stage])),
    ...reasons.map((reason, row) => {
      const y = HEAD_H + row * CELL_H;
      return s('g', { class: 'row' },
        s('text', { x: LABEL_W - 8, y: y + CELL_H / 2 + 4, 'text-anchor': 'end', class: 'label' }, s('title', {}, reason.label), fit(reason.label, 24)),
        ...stages.map((stage, col) => {
          const plans = cellCount(insights, reason.code, stage);
          const level = heat(plans, max);
          const x = LABEL_W + col * CELL_W;
          return s('g', { class: 'cell', 'data-reason': reason.code, 'data-stage': stage, 'data-plans': plans },
            s('rect', { x: x + 2, y: y + 2, width: CELL_W - 4, height: CELL_H - 4, rx: 4, class: plans ? 'heat' : 'heat-empty', 'fill-opacity': plans ? level.toFixed(2) : null }),
            plans ? s('text', { x: x + CELL_W / 2, y: y + CELL_H / 2 + 4, 'text-anchor': 'middle', class: level > 0.65 ? 'heat-text-high' : 'heat-text-low' }, String(plans)) : null);
        }));
    }));

  const table = dataTable('Plans by reason and sales stage', ['Reason', ...stages.map((st) => STAGE_LABELS[st])],
    reasons.map((r) => [labelOf(insights, r.code), ...stages.map((st) => cellCount(insights, r.code, st))]));
  return chartSection({
    id: 'where', title: "Where the no's happen",
    lead: 'Each square is the number of "no"s for a reason at a sales stage; the darker, the more.',
    figure: [svg], table,
  });
}
