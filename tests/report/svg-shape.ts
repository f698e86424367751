// A strict little reader for the SVG we emit: every '<' must open a known tag with only quoted
// attributes, so injected markup cannot hide. Returns elements with unescaped attributes.

export interface SvgElement {
  name: string;
  attrs: Record<string, string>;
  /** Unescaped text directly inside the element (for text and title). */
  text: string;
  /** Names of enclosing elements, outermost first. */
  ancestors: string[];
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITY[e] ?? '');
}

/** Parses our SVG output; throws on anything that is not a plain well-formed element or text. */
export function parseSvg(svg: string): SvgElement[] {
  const elements: SvgElement[] = [];
  const stack: SvgElement[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < svg.length) {
    const lt = svg.indexOf('<', i);
    const text = svg.slice(i, lt === -1 ? svg.length : lt);
    if (/[<>]/.test(text)) throw new Error(`stray angle bracket in text: ${text}`);
    const top = stack[stack.length - 1];
    if (top) top.text += unescapeXml(text);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(svg);
    if (!m) throw new Error(`unparseable markup at ${lt}: ${svg.slice(lt, lt + 60)}`);
    const [, close, name = '', attrText = '', selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`mismatched </${name}>`);
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if ((a[1] ?? '') in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1] ?? ''] = unescapeXml(a[2] ?? '');
      }
      const el: SvgElement = { name, attrs, text: '', ancestors: stack.map((s) => s.name) };
      elements.push(el);
      if (!selfClose) stack.push(el);
    }
    i = tag.lastIndex;
  }
  if (stack.length) throw new Error('unclosed elements');
  return elements;
}

/** Elements and attributes our diagrams may contain; anything else means injection or a bug. */
export const SVG_ELEMENTS = new Set(['svg', 'title', 'g', 'rect', 'text', 'path', 'polygon', 'circle', 'line']);
export const SVG_ATTRIBUTES = new Set([
  'xmlns', 'width', 'height', 'viewBox', 'role', 'aria-label', 'font-family', 'class', 'data-step-id', 'data-lane',
  'data-department', 'data-edge', 'data-flow', 'data-node', 'data-mark', 'data-panel', 'data-side', 'x', 'y', 'rx', 'fill', 'stroke', 'stroke-width',
  'stroke-dasharray', 'font-size', 'font-weight', 'text-anchor', 'd', 'points', 'cx', 'cy', 'r', 'transform',
  'x1', 'y1', 'x2', 'y2', 'data-from', 'data-to',
]);
