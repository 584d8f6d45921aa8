import { h } from './dom';

/**
 * "Team insights" at the foot of the pane: the insights page is its own entry (insights.html beside the pane), opened in
 * a browser tab because it is a wide page a manager reads, not part of the message's pane.
 */
export function insightsLink(): HTMLElement {
  return h('p', { class: 'insights-link' },
    h('a', { href: new URL('insights.html', location.href).href, target: '_blank', rel: 'noopener' }, 'Team insights'));
}
