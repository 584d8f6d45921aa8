import type { ApiClient } from '../api/client';
import { isApiError } from '../api/errors';
import type { Insights } from '../api/types';
import { h } from '../ui/dom';
import { describeProblem } from '../ui/errors';
import { byRep } from './charts/by-rep';
import { comebacks } from './charts/comebacks';
import { debriefChart } from './charts/debrief';
import { heatMap } from './charts/heat-map';
import { overTime } from './charts/over-time';
import { daysOf, monthChoices, monthLabel, monthsOf, totalsText } from './insights-model';

export interface InsightsElements {
  view: HTMLElement;
  status: HTMLElement;
  totals: HTMLElement;
  from: HTMLSelectElement;
  to: HTMLSelectElement;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The insights page's controller: the month range (kept in the address), one request per range, and what shows meanwhile. */
export class InsightsPage {
  /** Ignores an answer for a range the manager has already moved away from. */
  private generation = 0;

  constructor(
    private readonly el: InsightsElements,
    private readonly api: ApiClient,
    private readonly now: () => Date = () => new Date(),
  ) {
    for (const select of [el.from, el.to]) select.addEventListener('change', () => this.rangeChanged());
  }

  start(): Promise<void> {
    const query = new URLSearchParams(location.search);
    const [from, to] = [query.get('from'), query.get('to')];
    return this.load(from && to && MONTH.test(from) && MONTH.test(to) ? daysOf(from, to) : undefined);
  }

  private rangeChanged() {
    const [from, to] = this.el.from.value <= this.el.to.value ? [this.el.from.value, this.el.to.value] : [this.el.to.value, this.el.from.value];
    const query = new URLSearchParams({ from, to });
    history.replaceState(null, '', `?${query}`);
    void this.load(daysOf(from, to));
  }

  private async load(range?: { from: string; to: string }): Promise<void> {
    const generation = ++this.generation;
    this.setState('loading');
    this.el.view.setAttribute('aria-busy', 'true');
    this.el.view.replaceChildren(h('div', { class: 'loading', role: 'status' },
      h('fluent-spinner', { size: 'small', 'aria-hidden': 'true' }), h('span', {}, 'Loading insights…')));
    try {
      const insights = await this.api.getInsights(range?.from, range?.to);
      if (generation === this.generation) this.show(insights);
    } catch (e) {
      if (generation === this.generation) this.showProblem(e, () => void this.load(range));
    }
  }

  private show(insights: Insights) {
    this.fillRange(insights);
    const totals = totalsText(insights);
    this.el.totals.textContent = totals;
    const range = `${monthLabel(monthsOf(insights).from)} to ${monthLabel(monthsOf(insights).to)}`;
    this.el.view.replaceChildren(...(insights.totalPlans === 0
      ? [h('section', { class: 'info' }, h('h2', {}, 'Nothing to show yet'), h('p', {}, `No "no"s were marked from ${range}. Pick a wider range.`))]
      : [h('div', { class: 'grid' }, heatMap(insights), comebacks(insights), overTime(insights), byRep(insights)), debriefChart(insights)]));
    this.el.view.removeAttribute('aria-busy');
    this.setState(insights.totalPlans === 0 ? 'empty' : 'ready');
    this.announce(`Insights from ${range}: ${totals}.`);
  }

  /** The selectors show the range the server answered for, among the months one can pick. */
  private fillRange(insights: Insights) {
    const months = monthChoices(insights, this.now());
    const chosen = monthsOf(insights);
    for (const [select, value] of [[this.el.from, chosen.from], [this.el.to, chosen.to]] as const) {
      select.replaceChildren(...months.map((m) => h('option', { value: m, selected: m === value }, monthLabel(m))));
      select.value = value;
      select.disabled = false;
    }
  }

  private showProblem(error: unknown, retry: () => void) {
    const forbidden = isApiError(error) && error.kind === 'forbidden';
    const p = describeProblem(error);
    const heading = h('h2', { tabindex: -1 }, forbidden ? 'Not available for your role' : p.title);
    this.el.totals.textContent = '';
    this.el.view.replaceChildren(
      h('section', { class: 'problem', role: 'alert' },
        heading,
        h('p', {}, forbidden ? 'Insights are for managers: ask your admin for the FollowUp.Manager role.' : p.message),
        p.action && !forbidden ? h('fluent-button', { appearance: 'primary', onclick: retry }, p.action === 'sign-in' ? 'Sign in' : 'Try again') : null));
    this.el.view.removeAttribute('aria-busy');
    this.setState(`problem-${isApiError(error) ? error.kind : 'unexpected'}`);
    heading.focus();
  }

  private setState(state: string) {
    document.documentElement.dataset.pageState = state;
  }

  private announce(text: string) {
    this.el.status.textContent = '';
    setTimeout(() => (this.el.status.textContent = text), 50);
  }
}
