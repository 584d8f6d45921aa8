/** An SVG element builder: attributes and text nodes only, so data never becomes markup. */
const NS = 'http://www.w3.org/2000/svg';
type Attrs = Record<string, string | number | null | undefined | false>;
type Child = Node | string | null | undefined | false;

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) el.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** A chart's canvas: scales with the page up to its natural width; the drawing inside is hidden from screen readers. */
export function canvas(width: number, height: number, label: string, ...children: Child[]): SVGSVGElement {
  return s('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label, class: 'chart', preserveAspectRatio: 'xMinYMin meet' },
    ...children);
}

/** Text that does not fit is cut with an ellipsis; the full text stays in the chart's table and tooltip. */
export function fit(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}
