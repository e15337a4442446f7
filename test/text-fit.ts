/**
 * What a reader would see cut: text of a title or a meta line that lies outside a box which clips it
 * (overflow, clip-path, an ellipsis), and bars of a meta line left at the start or the end of a line.
 * Measured on the rendered boxes, so they hold whatever the styles do.
 */

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const SLACK = 1;

/** The part of `element`'s box that is painted: its clip-path inset, when it has one. */
function paintedBox(element: Element, view: Window): Box {
  const rect = element.getBoundingClientRect();
  const clip = view.getComputedStyle(element).clipPath;
  const inset = /^inset\(([^)]*)\)/.exec(clip);
  if (!inset) return rect;
  const values = inset[1].split(/\s+/).map((value) => parseFloat(value) || 0);
  const [top, right = top, bottom = top, left = right] = values;
  return {
    top: rect.top + top,
    right: rect.right - right,
    bottom: rect.bottom - bottom,
    left: rect.left + left,
  };
}

function clips(element: Element, view: Window): boolean {
  const style = view.getComputedStyle(element);
  return style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none';
}

const inside = (rect: Box, box: Box): boolean =>
  rect.left >= box.left - SLACK &&
  rect.right <= box.right + SLACK &&
  rect.top >= box.top - SLACK &&
  rect.bottom <= box.bottom + SLACK;

/**
 * Every piece of text in `selector` (within `root`) that a reader cannot see whole: outside a clipping
 * ancestor's painted box, outside the element's own box, or cut by an ellipsis. Returns the texts.
 */
export function cutTexts(root: ShadowRoot, selector: string): string[] {
  const view = root.host.ownerDocument.defaultView!;
  const host = root.host.getBoundingClientRect();
  const cut: string[] = [];
  for (const container of root.querySelectorAll(selector)) {
    const walker = root.host.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Bars hidden from assistive technology are decoration: the one that starts a line is clipped on purpose.
      if (!node.textContent!.trim() || node.parentElement!.closest('[aria-hidden="true"]')) continue;
      const range = root.host.ownerDocument.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const clippers: Element[] = [];
      for (let element: Element | null = node.parentElement; element && element !== root.host;) {
        if (clips(element, view)) clippers.push(element);
        element = element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host as Element);
      }
      const hidden = rects.some(
        (rect) =>
          rect.left < host.left - SLACK ||
          rect.right > host.right + SLACK ||
          clippers.some((element) => !inside(rect, paintedBox(element, view))),
      );
      const ellipsis = clippers.some(
        (element) =>
          view.getComputedStyle(element).textOverflow === 'ellipsis' &&
          element.scrollWidth > element.clientWidth + SLACK,
      );
      if (hidden || ellipsis) cut.push(node.textContent!.trim());
    }
  }
  return cut;
}

interface Bar {
  box: Box;
  /** Whether the bar comes before its entry (else after it). */
  leading: boolean;
}

/** The bars of one meta entry: generated (`::before`/`::after` holding `|`) or elements of class `sep`. */
function barsOf(entry: Element, view: Window): Bar[] {
  const rect = entry.getBoundingClientRect();
  const bars: Bar[] = [];
  for (const pseudo of ['::before', '::after'] as const) {
    const style = view.getComputedStyle(entry, pseudo);
    if (!style.content.includes('|')) continue;
    const width = parseFloat(style.width) || parseFloat(style.fontSize) * 0.5;
    const margin = parseFloat(pseudo === '::before' ? style.marginRight : style.marginLeft) || 0;
    bars.push(
      pseudo === '::before'
        ? { box: { ...rectBox(rect), right: rect.left + width }, leading: true }
        : { box: { ...rectBox(rect), left: rect.right - width - margin }, leading: false },
    );
  }
  for (const sep of entry.querySelectorAll('.sep')) {
    const box = sep.getBoundingClientRect();
    bars.push({ box: rectBox(box), leading: box.left <= rect.left + SLACK });
  }
  return bars;
}

const rectBox = (rect: DOMRect): Box => ({
  left: rect.left,
  right: rect.right,
  top: rect.top,
  bottom: rect.bottom,
});

/**
 * Bars a reader sees at the start or the end of a line of a meta line (`lines`: the meta elements). Returns
 * the text of each line that has one, with the bar marked where it shows.
 */
export function danglingBars(lines: Iterable<Element>): string[] {
  const found: string[] = [];
  for (const meta of lines) {
    const view = meta.ownerDocument.defaultView!;
    const painted = paintedBox(meta, view);
    const visible = (bar: Bar) =>
      Math.min(bar.box.right, painted.right) - Math.max(bar.box.left, painted.left) > SLACK;
    const entries = [...meta.children].filter((child) => child.getBoundingClientRect().width > 0);
    // Entries on one line share a top (an entry that wraps inside itself starts on the line it starts on).
    const rows = new Map<number, Element[]>();
    for (const entry of entries) {
      const top = Math.round(entry.getBoundingClientRect().top / 4);
      rows.set(top, [...(rows.get(top) ?? []), entry]);
    }
    for (const row of rows.values()) {
      const first = row[0];
      const last = row.at(-1)!;
      const text = row.map((entry) => entry.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
      // A bar of its own (an element between entries) dangles when a line starts or ends with it.
      const isBar = (entry: Element) =>
        entry.matches('.sep') && visible({ box: paintedBox(entry, view), leading: true });
      if (isBar(first) || barsOf(first, view).some((bar) => bar.leading && visible(bar)))
        found.push(`| ${text}`);
      if (isBar(last) || barsOf(last, view).some((bar) => !bar.leading && visible(bar)))
        found.push(`${text} |`);
    }
  }
  return found;
}
