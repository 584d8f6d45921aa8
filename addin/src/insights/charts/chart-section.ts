import { h, type Child } from '../../ui/dom';

export interface ChartSectionOptions {
  id: string;
  title: string;
  /** One line under the heading: what to look for. */
  lead: string;
  /** The chart (an SVG with role="img" and an accessible name) and anything beside it, such as a legend. */
  figure: Child[];
  /** Spans the page's width rather than one column. */
  wide?: boolean;
  /** The numbers behind the chart, for anyone who would rather read them. */
  table: HTMLTableElement;
}

/** A chart as a section: heading, lead, the drawing, and its numbers in a table under "The numbers". */
export function chartSection(o: ChartSectionOptions): HTMLElement {
  return h('section', { class: o.wide ? 'card wide' : 'card', id: o.id, 'aria-labelledby': `${o.id}-title` },
    h('h2', { id: `${o.id}-title` }, o.title),
    h('p', { class: 'muted' }, o.lead),
    h('div', { class: 'figure' }, ...o.figure),
    h('details', { class: 'numbers' }, h('summary', {}, 'The numbers'), o.table));
}

/** A table with a caption, column headers, and each row's first cell as its row header. */
export function dataTable(caption: string, headers: string[], rows: (string | number)[][]): HTMLTableElement {
  return h('table', { class: 'data' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, ...headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...rows.map(([head, ...cells]) =>
      h('tr', {}, h('th', { scope: 'row' }, String(head ?? '')), ...cells.map((c) => h('td', { class: typeof c === 'number' ? 'num' : null }, String(c)))))));
}

/** A legend entry: a swatch in the series' colour and its name. */
export function legend(items: { name: string; series: number }[]): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': 'Legend' },
    ...items.map((i) => h('li', {}, h('span', { class: `swatch series-${i.series % 10}`, 'aria-hidden': 'true' }), i.name)));
}
